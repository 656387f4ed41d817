/**
 * Who may import what: production code (src/ outside src/fake-office) never
 * imports the fake; demo/ and bench/ never import test/; the fake's index
 * (which the demo bundles) does not reach the Node-only vm runtime.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** The module specifiers a file imports (static, dynamic and re-exports). */
function imports(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

function offending(dir: string, forbidden: (absolute: string) => boolean): string[] {
  return files(join(ROOT, dir)).flatMap((file) =>
    imports(file)
      .filter((spec) => spec.startsWith("."))
      .filter((spec) => forbidden(resolve(file, "..", spec)))
      .map((spec) => `${relative(ROOT, file)} → ${spec}`),
  );
}

describe("import boundaries", () => {
  it("production code never imports src/fake-office", () => {
    const fake = join(ROOT, "src/fake-office");
    const bad = files(join(ROOT, "src"))
      .filter((file) => !file.startsWith(fake))
      .flatMap((file) => imports(file).filter((spec) => spec.startsWith(".") && resolve(file, "..", spec).startsWith(fake)).map((spec) => `${relative(ROOT, file)} → ${spec}`));
    expect(bad).toEqual([]);
  });

  it.each(["demo", "bench"])("%s/ imports nothing from test/", (dir) => {
    expect(offending(dir, (target) => target.startsWith(join(ROOT, "test")))).toEqual([]);
  });

  it("the fake's index does not pull in the Node-only vm runtime", () => {
    expect(offending("src/fake-office", (target) => target.endsWith("node-vm-launchevent")).filter((line) => !line.startsWith("src/fake-office/node-vm"))).toEqual([]);
  });
});
