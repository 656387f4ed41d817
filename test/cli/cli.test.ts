/**
 * The real command line, started three ways that must behave alike:
 *  - bin/postvakt.js in the checkout, as `npx postvakt` starts it (it runs the
 *    build, dist-cli/postvakt.cjs, which `npm test` makes first);
 *  - dist-cli/* copied alone into an empty temporary directory, with no
 *    node_modules there or above it, run with plain `node`: the build needs
 *    nothing but Node;
 *  - the TypeScript sources through tsx, what bin/ falls back to before a build.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "postvakt.js");
const BUILT_DIR = join(ROOT, "dist-cli");
const dir = mkdtempSync(join(tmpdir(), "postvakt-cli-"));
const bare = mkdtempSync(join(tmpdir(), "postvakt-cli-built-"));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Launcher {
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

const LAUNCHERS: readonly Launcher[] = [
  { name: "bin/postvakt.js", args: [BIN], cwd: ROOT },
  // Only PATH: no NODE_PATH, no NODE_OPTIONS hooks from the test runner.
  { name: "the built file alone", args: [join(bare, "postvakt.cjs")], cwd: bare, env: { PATH: process.env.PATH ?? "" } },
  { name: "the sources through tsx", args: ["--require", "tsx/cjs", join(ROOT, "src", "cli", "bin.ts")], cwd: ROOT },
];

function spawnNode(launcher: Launcher, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...launcher.args, ...args], { cwd: launcher.cwd, ...(launcher.env ? { env: launcher.env } : {}) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every directory from `start` up to the root that holds a node_modules. */
function nodeModulesAbove(start: string): string[] {
  const found: string[] = [];
  for (let d = start; ; d = dirname(d)) {
    if (existsSync(join(d, "node_modules"))) found.push(d);
    if (dirname(d) === d) return found;
  }
}

// Each run starts Node (and tsx, for the sources: most of a second), so every
// invocation the tests need is started at once, before the tests, and the
// tests read the results.
const planned = new Map<string, readonly string[]>();
const results = new Map<string, Map<string, Run>>();
function runOf(launcher: Launcher, args: readonly string[]): Run {
  const run = results.get(launcher.name)?.get(JSON.stringify(args));
  if (!run) throw new Error(`no run of ${launcher.name}: ${args.join(" ")}`);
  return run;
}
function plan(...args: string[]): void {
  planned.set(JSON.stringify(args), args);
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function eml(opts: { to: string; body: string; subject?: string; html?: boolean; date?: string | null }): string {
  const type = opts.html ? "text/html" : "text/plain";
  return [
    "From: Anna Handläggare <anna@sjobo.se>",
    `To: ${opts.to}`,
    `Subject: ${opts.subject ?? "Ärende"}`,
    ...(opts.date === null ? [] : [`Date: ${opts.date ?? "Mon, 18 May 2026 10:15:00 +0200"}`]),
    "MIME-Version: 1.0",
    `Content-Type: ${type}; charset=utf-8`,
    "Content-Transfer-Encoding: 8bit",
    "",
    opts.body,
  ].join("\r\n");
}

const TXT = "Åäö 😀\r\nPnr: 781121-2393, mobil 070-123 45 67.\n";
const files = {
  a: file("a.txt", TXT),
  b: file("b.txt", "Inget här."),
  m: file("m.eml", eml({ to: "x@example.com", body: "Samordningsnummer 801274-2394, sjukskriven." })),
  h: file("h.eml", eml({ to: "x@example.com", html: true, body: "<p>Pnr:&nbsp;<b>781121-2393</b></p>" })),
  ok: file("ok.txt", "781121-2393"),
  ext: file("ext.eml", eml({ to: "Extern <kund@example.com>", body: "Gäller 781121-2393, som är sjukskriven." })),
  int: file("int.eml", eml({ to: "kollega@sjobo.se", body: "Gäller 781121-2393." })),
  p: file("p.eml", eml({ to: "a@b.se", body: "x" })),
  saturday: file("saturday.eml", eml({ to: "kollega@sjobo.se", subject: "Protokoll från nämnden", body: "Här är protokollet.", date: "Sat, 13 Jun 2026 10:15:00 +0200" })),
  undated: file("undated.eml", eml({ to: "kollega@sjobo.se", subject: "Protokoll från nämnden", body: "Här är protokollet.", date: null })),
  broken: file("broken.json", "{ not json"),
  notMail: file("not-mail.eml", "\u0000\u0001 just bytes"),
  // HTML only, with a <head> that is never closed: a browser shows the rest as the body.
  head: file("head.eml", eml({ to: "kund@example.com", html: true, body: "<html><head><title>Ärende</title><p>Pnr: 781121-2393</p></html>" })),
};
const DETECT_ALL = ["detect", files.a, files.b, files.m, files.h, join(dir, "missing.txt"), files.ok];
plan(...DETECT_ALL);
plan("check", files.ext, "--profile", "sjobo");
plan("check", files.int, "--profile", "sjobo", "--json");
plan("check", files.saturday, "--profile", "sjobo", "--json", "--now", "2026-06-15T09:00:00+02:00");

/** The error paths run in-process through the same main(); the spawned runs above cover the bin itself. */
async function inProcess(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { out: (l) => (stdout += `${l}\n`), err: (l) => (stderr += `${l}\n`) });
  return { status, stdout, stderr };
}

beforeAll(async () => {
  const built = existsSync(BUILT_DIR) ? readdirSync(BUILT_DIR) : [];
  for (const name of built) copyFileSync(join(BUILT_DIR, name), join(bare, name));
  const launchers = built.includes("postvakt.cjs") ? LAUNCHERS : LAUNCHERS.filter((l) => l.cwd !== bare);
  await Promise.all(
    launchers.map(async (launcher) => {
      const runs = new Map<string, Run>();
      for (const [key, run] of await Promise.all([...planned.entries()].map(async ([key, args]) => [key, await spawnNode(launcher, args)] as const))) runs.set(key, run);
      results.set(launcher.name, runs);
    }),
  );
}, 120_000);

afterAll(() => {
  for (const d of [dir, bare]) rmSync(d, { recursive: true, force: true });
});

describe("the built command line", () => {
  it("exists: dist-cli/postvakt.cjs (npm test builds it; npm run build or npm run build:cli makes it)", () => {
    expect(existsSync(join(BUILT_DIR, "postvakt.cjs")), `${BUILT_DIR}/postvakt.cjs is missing: run "npm run build" first`).toBe(true);
  });

  it("needs nothing outside Node: it requires only Node's built-in modules", () => {
    const requires = [...readFileSync(join(BUILT_DIR, "postvakt.cjs"), "utf8").matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(requires.length).toBeGreaterThan(0);
    expect(requires.filter((name) => !name?.startsWith("node:"))).toEqual([]);
  });

  it("runs from a directory with no node_modules in it or above it", () => {
    expect(nodeModulesAbove(bare)).toEqual([]);
    expect(readdirSync(bare).sort()).toEqual(["postvakt.cjs", "postvakt.cjs.LICENSES.txt"]);
  });

  it("carries the licences of the packages bundled into it", () => {
    const licences = readFileSync(join(BUILT_DIR, "postvakt.cjs.LICENSES.txt"), "utf8");
    expect(licences).toMatch(/^postal-mime \S+ \(MIT-0\)$/m);
    expect(licences).toMatch(/^zod \S+ \(MIT\)$/m);
  });

  it("prints the same bytes and exit status as the sources, whichever way it is started", () => {
    for (const args of planned.values()) {
      const reference = runOf(LAUNCHERS[2] as Launcher, args);
      for (const launcher of LAUNCHERS.slice(0, 2)) expect(runOf(launcher, args), `${launcher.name}: ${args[0]}`).toEqual(reference);
    }
  });
});

describe.each(LAUNCHERS)("postvakt detect ($name)", (launcher) => {
  const postvakt = (...args: string[]): Run => runOf(launcher, args);
  const detectLine = (path: string): { file: string; matches: { kind: string; start: number; end: number; confidence: string; detector: string }[] } => {
    const line = postvakt(...DETECT_ALL).stdout.trim().split("\n").map((l) => JSON.parse(l)).find((l: { file: string }) => l.file === path);
    if (!line) throw new Error(`no line for ${path}`);
    return line;
  };

  it("prints one JSON line per file, with UTF-16 offsets into the exact .txt content", () => {
    const { status, stdout, stderr } = postvakt(...DETECT_ALL);
    expect(status).toBe(2); // one file is missing: see below
    expect(stderr).toContain("missing.txt: cannot read the file (the file does not exist)");
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l: { file: string }) => l.file)).toEqual([files.a, files.b, files.m, files.h, files.ok]);
    const a = detectLine(files.a);
    const start = TXT.indexOf("781121");
    expect(a.matches[0]).toEqual({ detector: "personnummer", kind: "personnummer", start, end: start + 11, confidence: "high" });
    expect(a.matches.map((m) => m.kind)).toEqual(["personnummer", "mobile"]);
    expect(detectLine(files.b)).toEqual({ file: files.b, matches: [] });
    expect(stdout).not.toContain("781121-2393");
  });

  it("reads an .eml file's text body with a MIME parser", () => {
    expect(detectLine(files.m).matches.map((m) => m.kind)).toEqual(["samordningsnummer", "health"]);
  });

  it("reads an HTML-only .eml as the text a reader sees", () => {
    expect(detectLine(files.h).matches).toMatchObject([{ kind: "personnummer", confidence: "high" }]);
  });

  it("goes on with the other files after one it cannot read", () => {
    expect(detectLine(files.ok).matches).toHaveLength(1);
  });
});

describe.each(LAUNCHERS)("postvakt check ($name)", (launcher) => {
  const postvakt = (...args: string[]): Run => runOf(launcher, args);

  it("runs every rule with the recipients and exits 1 on an error finding", () => {
    const { status, stdout } = postvakt("check", files.ext, "--profile", "sjobo");
    expect(status).toBe(1);
    expect(stdout).toContain("1 external");
    expect(stdout).toMatch(/error\s+personnummer/);
    expect(stdout).toMatch(/error\s+sensitiveContent/);
    expect(stdout).toContain("E-riktlinjer (Sjöbo kommun)");
    expect(stdout).not.toContain("781121-2393");
  });

  it("reads an HTML-only mail with an unclosed <head> as a reader sees it, not as empty", async () => {
    const { status, stdout } = await inProcess("check", files.head, "--profile", "sjobo");
    expect(status).toBe(1);
    expect(stdout).toMatch(/error\s+personnummer/);
    expect(stdout).not.toContain("781121-2393");
  });

  it("exits 0 when the worst finding is a warning (internal recipients)", () => {
    const { status, stdout } = postvakt("check", files.int, "--profile", "sjobo", "--json");
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === "personnummer")).toMatchObject({ severity: "warning", excerpt: "7811••-••••" });
  });
});

describe.each(LAUNCHERS)("postvakt check --now ($name)", (launcher) => {
  it("checks at the instant --now gives, and says which it used", () => {
    const { status, stdout } = runOf(launcher, ["check", files.saturday, "--profile", "sjobo", "--json", "--now", "2026-06-15T09:00:00+02:00"]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.now).toBe("2026-06-15T07:00:00.000Z");
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("officeHours");
  });
});

describe("postvakt check: the instant of the check", () => {
  const officeHours = (stdout: string) => JSON.parse(stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "officeHours");

  it("takes the file's Date header without --now", async () => {
    const { status, stdout } = await inProcess("check", files.saturday, "--profile", "sjobo", "--json");
    expect(status).toBe(0);
    expect(JSON.parse(stdout).now).toBe("2026-06-13T08:15:00.000Z");
    expect(officeHours(stdout)).toMatchObject([{ severity: "warning", message: expect.stringContaining("Det är lördag 13 juni, utanför kontorstid") }]);
  });

  it("lets --now win over the Date header", async () => {
    const { stdout } = await inProcess("check", files.saturday, "--profile", "sjobo", "--json", "--now=2026-06-15T18:30:00+02:00");
    expect(officeHours(stdout)).toMatchObject([{ message: expect.stringContaining("Klockan är 18.30") }]);
  });

  it("reads the clock when the file has no Date header", async () => {
    const spy = vi.spyOn(Date, "now").mockReturnValue(Date.parse("2026-06-14T12:00:00+02:00"));
    try {
      const { stdout } = await inProcess("check", files.undated, "--profile", "sjobo", "--json");
      expect(JSON.parse(stdout).now).toBe("2026-06-14T10:00:00.000Z");
      expect(officeHours(stdout)).toMatchObject([{ message: expect.stringContaining("Det är söndag 14 juni") }]);
    } finally {
      spy.mockRestore();
    }
  });

  it("exits 2 for an instant without its offset, naming the form it takes", async () => {
    const { status, stderr } = await inProcess("check", files.saturday, "--profile", "sjobo", "--now", "2026-06-13T10:00");
    expect(status).toBe(2);
    expect(stderr).toContain("--now takes an ISO 8601 instant with its offset, such as 2026-06-13T10:00:00+02:00");
  });
});

describe("postvakt check: the error paths", () => {
  it("exits 2 with a clear message for an unknown profile", async () => {
    const { status, stderr } = await inProcess("check", files.p, "--profile", "nowhere");
    expect(status).toBe(2);
    expect(stderr).toContain('no built-in profile "nowhere"');
  });

  it("exits 2 for a broken profile file, naming the problem", async () => {
    const { status, stderr } = await inProcess("check", files.p, "--profile", files.broken);
    expect(status).toBe(2);
    expect(stderr).toContain("cannot be used");
    expect(stderr).toContain("(JSON)");
  });

  it("exits 2 for a file that is not a mail", async () => {
    const { status, stderr } = await inProcess("check", files.notMail, "--profile", "sjobo");
    expect(status).toBe(2);
    expect(stderr).toContain("not a readable e-mail (.eml) file");
  });

  it("exits 2 with its own sentence for an empty .eml, in check and in detect", async () => {
    const empty = join(mkdtempSync(join(tmpdir(), "postvakt-empty-")), "tom.eml");
    writeFileSync(empty, "\n  \n");
    for (const args of [["check", empty, "--profile", "sjobo"], ["detect", empty]]) {
      const { status, stderr } = await inProcess(...args);
      expect(status).toBe(2);
      expect(stderr).toContain("tom.eml: the file is empty.");
      expect(stderr).not.toContain("not a readable");
    }
  });

  it("exits 2 with usage for a missing profile or unknown command", async () => {
    expect((await inProcess("check", "x.eml")).status).toBe(2);
    const unknown = await inProcess("scan");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Usage:");
  });
});
