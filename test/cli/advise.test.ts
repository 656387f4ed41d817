/**
 * `postvakt advise FILE.eml... --profile ID [--mailbox ADDRESS] [--json]`:
 * the exact JSON shape other tools rely on (issue 10), the Swedish summary,
 * the receiving mailbox, and exit status 2 with a sentence for input it
 * cannot read. Most runs go in-process through main(); one goes through
 * bin/postvakt.js as `npx postvakt` starts it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { DIARY_DEV_DIR } from "../core/advisors/helpers";

const ROOT = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "postvakt-advise-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

async function postvakt(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { out: (l) => (stdout += `${l}\n`), err: (l) => (stderr += `${l}\n`) });
  return { status, stdout, stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function eml(headers: Record<string, string>, body: string): string {
  return [...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body].join("\r\n");
}

const dev = (name: string) => join(DIARY_DEV_DIR, name);
const labels = JSON.parse(readFileSync(join(DIARY_DEV_DIR, "labels.json"), "utf8")) as Record<string, { caseNumbers: unknown; deadline: unknown; urgent: boolean; documentType: string | null }>;

describe("postvakt advise --json", () => {
  it("prints one object per file per line, with exactly the fields issue 10 fixes, in order", async () => {
    const files = ["dev-010.eml", "dev-009.eml"].map(dev);
    const { status, stdout, stderr } = await postvakt("advise", ...files, "--profile", "sjobo", "--json");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    const objects = lines.map((l) => JSON.parse(l));
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(["file", "registration", "caseNumbers", "deadline"]);
      expect(Object.keys(o.registration)).toEqual(["verdict", "urgent", "documentType", "reasons"]);
      expect(Object.keys(o.deadline)).toEqual(["kind", "due"]);
      for (const r of o.registration.reasons) {
        expect(Object.keys(r)).toEqual(["code", "text"]);
        expect(typeof r.text).toBe("string");
      }
      for (const c of o.caseNumbers) expect(Object.keys(c)).toEqual(["text", "field"]);
    }
    expect(objects[0]).toMatchObject({
      file: files[0],
      registration: { verdict: "register", urgent: false, documentType: "ansökan" },
      caseNumbers: [],
      deadline: { kind: "next-working-day", due: "2026-06-15" },
    });
    expect(objects[0].registration.reasons[0]).toEqual({ code: "documentType", text: "Innehåller en ansökan" });
    // A request: urgent, due the day it came; the case numbers as written, without their label.
    expect(objects[1]).toMatchObject({
      registration: { verdict: "register", urgent: true, documentType: "begäran om allmän handling" },
      caseNumbers: labels["dev-009.eml"]!.caseNumbers,
      deadline: { kind: "same-day", due: "2026-02-27" },
    });
  });

  it("gives Oxelösund's deadline as a date-time with the Stockholm offset", async () => {
    const { stdout } = await postvakt("advise", dev("dev-111.eml"), "--profile", "oxelosund", "--json");
    expect(JSON.parse(stdout).deadline).toEqual({ kind: "hours", due: "2026-09-07T16:45:00+02:00" });
  });

  it("counts from the Date header, in Stockholm time: a mail sent Wednesday 23:15 UTC came on julafton", async () => {
    const { stdout } = await postvakt("advise", dev("dev-036.eml"), "--profile", "oxelosund", "--json");
    expect(JSON.parse(stdout).deadline).toEqual({ kind: "same-day", due: "2026-12-28" });
  });

  it("the receiving mailbox is --mailbox, else the first To address", async () => {
    const m = file(
      "cc.eml",
      eml({ From: "Konsult <a@konsult.se>", To: "annan@sjobo.se", Cc: "bygglov@sjobo.se", Subject: "Byggmöte", Date: "Wed, 17 Jun 2026 10:00:00 +0200" }, "Hej, här är protokollet från byggmötet. Hör av er om något är fel."),
    );
    const asTo = JSON.parse((await postvakt("advise", m, "--profile", "sjobo", "--json")).stdout);
    const asCc = JSON.parse((await postvakt("advise", m, "--profile", "sjobo", "--mailbox", "bygglov@sjobo.se", "--json")).stdout);
    expect(asTo.deadline.kind).toBe("next-working-day");
    expect(asCc.deadline).toEqual({ kind: "none", due: null });
    expect(asCc.registration.reasons.map((r: { code: string }) => r.code)).toContain("ccOnly");
  });

  it("gives no due date for a mail without a Date header", async () => {
    const m = file("undated.eml", eml({ From: "k@gmail.com", To: "kanslihuset@sjobo.se", Subject: "Ansökan" }, "Vi ansöker om bidrag till midsommarfirandet."));
    expect(JSON.parse((await postvakt("advise", m, "--profile", "sjobo", "--json")).stdout).deadline).toEqual({ kind: "next-working-day", due: null });
  });
});

describe("postvakt advise, the readable summary", () => {
  it("says the verdict, the handling, the reasons, the case numbers and the deadline in Swedish", async () => {
    const { status, stdout } = await postvakt("advise", dev("dev-076.eml"), "--profile", "oxelosund");
    expect(status).toBe(0);
    expect(stdout.split("\n")).toEqual([
      `${dev("dev-076.eml")}: Bör diarieföras`,
      "  Handling: remiss",
      expect.stringMatching(/^ {2}Skäl: Innehåller en remiss; Hänvisar till ärende 513-1288-2026; /),
      "  Diarienummer: 513-1288-2026 (ämnesraden), 513-1288-2026 (texten)",
      "  Svar: Svara senast ons 11 februari kl. 10.22 (inom 48 timmar)",
      "",
    ]);
  });

  it("marks a request for documents", async () => {
    expect((await postvakt("advise", dev("dev-019.eml"), "--profile", "sjobo")).stdout).toContain("  BRÅDSKANDE: Begäran om allmän handling – skyndsamt\n");
  });
});

describe("postvakt advise, what it cannot use", () => {
  it("exits 2 with a sentence for a file that is no mail, and still advises on the others", async () => {
    const bad = file("bytes.eml", "\u0000\u0001 just bytes");
    const { status, stdout, stderr } = await postvakt("advise", bad, dev("dev-010.eml"), join(dir, "missing.eml"), "--profile", "sjobo", "--json");
    expect(status).toBe(2);
    expect(stderr).toContain(`${bad}: not a readable e-mail (.eml) file.`);
    expect(stderr).toContain("missing.eml: cannot read the file (the file does not exist).");
    expect(stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([dev("dev-010.eml")]);
  });

  it("exits 2 on bad usage, an unknown profile and a profile without a diary section", async () => {
    expect((await postvakt("advise", "--profile", "sjobo")).status).toBe(2);
    const noProfile = await postvakt("advise", dev("dev-010.eml"));
    expect(noProfile.status).toBe(2);
    expect(noProfile.stderr).toContain("advise needs --profile");
    const unknown = await postvakt("advise", dev("dev-010.eml"), "--profile", "ystad");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no built-in profile "ystad"');
    const badMailbox = await postvakt("advise", dev("dev-010.eml"), "--profile", "sjobo", "--mailbox", "kansliet");
    expect(badMailbox.status).toBe(2);
    expect(badMailbox.stderr).toContain("--mailbox takes an e-mail address");
    const profileJson = JSON.parse(readFileSync(join(ROOT, "src/core/profiles/builtin/sjobo.json"), "utf8"));
    delete profileJson.diary;
    const noDiary = await postvakt("advise", dev("dev-010.eml"), "--profile", file("no-diary.json", JSON.stringify(profileJson)));
    expect(noDiary.status).toBe(2);
    expect(noDiary.stderr).toContain("has no diary section");
  });
});

describe("npx postvakt advise", () => {
  it("runs through bin/postvakt.js with the same output", async () => {
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, "bin", "postvakt.js"), "advise", dev("dev-010.eml"), "--profile", "sjobo", "--json"], { cwd: ROOT });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
    expect(run).toEqual(await postvakt("advise", dev("dev-010.eml"), "--profile", "sjobo", "--json"));
  }, 30_000);
});
