/**
 * The committed copies of third-party data and kommun documents are the bytes
 * their READMEs describe: every file listed with its SHA-256, none unlisted.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTERNAL_DIR, POLICIES_DIR } from "./fixture-dirs";

function listed(dir: string): Map<string, string> {
  const readme = readFileSync(join(dir, "README.md"), "utf8");
  const out = new Map<string, string>();
  for (const m of readme.matchAll(/^\s*(?:\d+\s+)?([0-9a-f]{64})\s+(\S+)$/gm)) out.set(m[2] as string, m[1] as string);
  return out;
}

function files(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), root) : e.name === "README.md" ? [] : [relative(root, join(dir, e.name))]));
}

describe.each([
  ["test/fixtures/policies", POLICIES_DIR, 5],
  ["test/fixtures/external", EXTERNAL_DIR, 7],
])("%s", (_name, dir, count) => {
  it("holds exactly the files its README lists, byte for byte", () => {
    const expected = listed(dir);
    expect(expected.size).toBe(count);
    expect(files(dir).sort()).toEqual([...expected.keys()].sort());
    for (const [file, sha] of expected) expect(createHash("sha256").update(readFileSync(join(dir, file))).digest("hex"), file).toBe(sha);
  });
});
