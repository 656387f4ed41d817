/**
 * How bin/postvakt.js chooses what to run, each case in a temporary copy of
 * the package laid out as it would be installed:
 *  - bin/ + dist-cli/ with no node_modules (a packed install: "files" in
 *    package.json) runs the build;
 *  - bin/ + src/ + node_modules/ with no build (a fresh clone after npm ci)
 *    runs the sources through tsx;
 *  - bin/ + src/ with no build and no node_modules (so no tsx: an install
 *    without devDependencies, before a build) prints one sentence, exits 2.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const TEXT = "Pnr: 781121-2393, mobil 070-123 45 67.\n";
const EXPECTED = '{"file":"a.txt","matches":[{"detector":"personnummer","kind":"personnummer","start":5,"end":16,"confidence":"high"},{"detector":"mobile","kind":"mobile","start":24,"end":37,"confidence":"high"}]}\n';

const made: string[] = [];
afterAll(() => {
  // rmSync removes the symlinks to src/ and node_modules/, never what they point at.
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A temporary package directory holding a copy of bin/, what `extra` adds, and a.txt. */
function layout(name: string, extra: (pkg: string) => void): string {
  const pkg = mkdtempSync(join(tmpdir(), `postvakt-bin-${name}-`));
  made.push(pkg);
  cpSync(join(ROOT, "bin"), join(pkg, "bin"), { recursive: true });
  extra(pkg);
  writeFileSync(join(pkg, "a.txt"), TEXT);
  return pkg;
}

function postvakt(pkg: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(pkg, "bin", "postvakt.js"), ...args], { cwd: pkg, encoding: "utf8", env: { PATH: process.env.PATH ?? "" }, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function nodeModulesAbove(start: string): string[] {
  const found: string[] = [];
  for (let d = start; ; d = dirname(d)) {
    if (existsSync(join(d, "node_modules"))) found.push(d);
    if (dirname(d) === d) return found;
  }
}

describe("bin/postvakt.js", () => {
  it("runs the build when there is one, with no node_modules anywhere", () => {
    expect(existsSync(join(ROOT, "dist-cli", "postvakt.cjs")), 'dist-cli/ is missing: run "npm run build" first').toBe(true);
    const pkg = layout("built", (p) => cpSync(join(ROOT, "dist-cli"), join(p, "dist-cli"), { recursive: true }));
    expect(nodeModulesAbove(pkg)).toEqual([]);
    expect(postvakt(pkg, "detect", "a.txt")).toEqual({ status: 0, stdout: EXPECTED, stderr: "" });
  });

  it("runs the sources through tsx before a build", () => {
    const pkg = layout("source", (p) => {
      symlinkSync(join(ROOT, "src"), join(p, "src"), "dir");
      symlinkSync(join(ROOT, "node_modules"), join(p, "node_modules"), "dir");
    });
    expect(existsSync(join(pkg, "dist-cli"))).toBe(false);
    expect(postvakt(pkg, "detect", "a.txt")).toEqual({ status: 0, stdout: EXPECTED, stderr: "" });
  });

  it("says to build first, in one sentence, and exits 2 when there is neither a build nor tsx", () => {
    const pkg = layout("neither", (p) => symlinkSync(join(ROOT, "src"), join(p, "src"), "dir"));
    expect(nodeModulesAbove(pkg)).toEqual([]);
    const run = postvakt(pkg, "detect", "a.txt");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^postvakt: Run npm run build first[^\n]*\.\n$/);
  });
});
