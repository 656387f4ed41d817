/**
 * `postvakt absence FILE.txt... --profile ID [--json]`: the automatic-reply
 * check on the command line. Other tools read its --json lines, so their
 * shape is fixed: {"file", "missing": [...], "warnings": [{"code", "text"}]}.
 * The error paths run in-process through main(); one run goes through the
 * real bin/postvakt.js (the build, which npm test makes first).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "postvakt-absence-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const complete = file("complete.txt", "Jag har semester 29/6–7/8 och är åter måndag 10/8. Kontakta Eva Lund, 0952-140 45.\n");
const sick = file("sick.txt", "Jag är sjukskriven till och med 30 september. Ring Per Sandström på 070-174 06 12.\n");
const english = file("english.txt", "\uFEFFI'm away this week. Back soon.\n");
const latin1 = file("latin1.txt", Buffer.from([0x4a, 0x61, 0x67, 0x20, 0xe4, 0x72, 0x20, 0x6c, 0x65, 0x64, 0x69, 0x67]));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out, err };
}

describe("postvakt absence --json", () => {
  it("prints one object per file per line, in exactly the fixed shape", async () => {
    const { status, out, err } = await run("absence", complete, sick, english, "--profile", "sorsele", "--json");
    expect(err).toEqual([]);
    expect(status).toBe(1);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l))).toEqual([["file", "missing", "warnings"], ["file", "missing", "warnings"], ["file", "missing", "warnings"]]);
    expect(lines[0]).toEqual({ file: complete, missing: [], warnings: [] });
    expect(lines[1].file).toBe(sick);
    expect(lines[1].missing).toEqual(["return"]);
    expect(lines[1].warnings.map((w: { code: string }) => w.code)).toEqual(["health", "colleagueMobile"]);
    for (const w of lines[1].warnings) expect(Object.keys(w)).toEqual(["code", "text"]);
    expect(lines[2].missing).toEqual(["period", "return", "contact"]);
    expect(out.join("\n")).not.toContain("174 06");
  });

  it("exits 0 when every text is complete and has no warning", async () => {
    expect((await run("absence", complete, "--profile", "mjolby", "--json")).status).toBe(0);
  });

  it("writes the warnings in English with --lang en", async () => {
    const { out } = await run("absence", sick, "--profile", "ale", "--json", "--lang", "en");
    expect(JSON.parse(out[0]!).warnings[0].text).toMatch(/^The reply mentions health/);
  });
});

describe("postvakt absence without --json", () => {
  it("says per file what is missing and what is risky, and what falls outside the MailTip", async () => {
    const long = file("long.txt", `${"Tack för ditt mejl. ".repeat(13)}Jag har semester 29/6–7/8, åter 10/8. Kontakta Eva Lund, eva.lund@mjolby.se.`);
    const { status, out } = await run("absence", complete, sick, long, "--profile", "sorsele");
    expect(status).toBe(1);
    expect(out[0]).toBe(`${complete}: complete`);
    expect(out[1]).toBe(`${sick}: missing return; 2 warning(s)`);
    expect(out[2]).toMatch(/^ {2}health: Frånvaromeddelandet berättar om hälsa \(sjukskriven\)/);
    expect(out[3]).toMatch(/^ {2}colleagueMobile: .*Det tillåter inte kommunen/);
    expect(out[5]).toBe("  beyond the first 250 characters (the MailTip colleagues see): period, return, contact");
  });
});

describe("postvakt absence: unreadable input", () => {
  it("exits 2 with a sentence for a file that is missing or not UTF-8, and goes on with the others", async () => {
    const { status, out, err } = await run("absence", join(dir, "missing.txt"), latin1, complete, "--profile", "sjobo", "--json");
    expect(status).toBe(2);
    expect(err).toEqual([`postvakt: ${join(dir, "missing.txt")}: cannot read the file (the file does not exist).`, `postvakt: ${latin1}: not UTF-8 text (save it as UTF-8 and try again).`]);
    expect(out.map((l) => JSON.parse(l).file)).toEqual([complete]);
  });

  it("exits 2 for a directory, an unknown profile, or no profile at all", async () => {
    expect((await run("absence", dir, "--profile", "sjobo")).err[0]).toContain("it is a directory");
    const unknown = await run("absence", complete, "--profile", "nowhere");
    expect(unknown.status).toBe(2);
    expect(unknown.err.join("\n")).toContain('no built-in profile "nowhere"');
    const none = await run("absence", complete);
    expect(none.status).toBe(2);
    expect(none.err.join("\n")).toContain("absence needs --profile");
  });
});

describe("npx postvakt absence (bin/postvakt.js)", () => {
  it("runs the real command with the same shape", async () => {
    const result = await new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, "bin", "postvakt.js"), "absence", sick, "--profile", "sorsele", "--json"], { cwd: ROOT });
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stdout }));
    });
    expect(result.status).toBe(1);
    const line = JSON.parse(result.stdout.trim());
    expect(line).toMatchObject({ file: sick, missing: ["return"] });
    expect(line.warnings.map((w: { code: string }) => w.code)).toEqual(["health", "colleagueMobile"]);
  }, 60_000);
});
