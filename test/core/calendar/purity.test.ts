/**
 * The calendar must not depend on when or where it runs: no clock, no Intl, no
 * host time zone. And the oracle package stays a test-only dependency.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

/** The code without comments, so the documentation may name what the code must not use. */
function code(path: string): string {
  return readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}

describe("calendar purity", () => {
  it("reads neither the clock nor Intl nor the host zone", () => {
    const forbidden = [
      /Date\.now\s*\(/,
      /new Date\s*\(\s*\)/,
      /\bIntl\b/,
      /toLocale\w*\s*\(/,
      /getTimezoneOffset/,
      /\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds)\s*\(/, // the local-time getters; only getUTC* is allowed
      /\bprocess\b/,
      /performance\.now/,
    ];
    const files = sourceFiles(join(ROOT, "src/core/calendar"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = code(file);
      for (const pattern of forbidden) expect(`${file}: ${pattern.test(text) ? pattern : "clean"}`).toBe(`${file}: clean`);
    }
  });

  it("nothing in src/ imports date-holidays", () => {
    for (const file of sourceFiles(join(ROOT, "src"))) {
      expect(`${file}: ${/date-holidays/.test(code(file)) ? "imports it" : "clean"}`).toBe(`${file}: clean`);
    }
  });

  it("date-holidays is a devDependency only", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    expect(pkg.devDependencies?.["date-holidays"]).toBeDefined();
    expect(pkg.dependencies?.["date-holidays"]).toBeUndefined();
    expect(pkg.optionalDependencies?.["date-holidays"]).toBeUndefined();
  });
});
