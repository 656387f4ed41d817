/**
 * docs/guidelines.md, the coverage table, stays true. For each of the five
 * kommuner: every quoted sentence occurs in the kommun's guideline text;
 * every passage its profile cites stands in the table (a passage of several
 * sentences as consecutive rows); every rule the table names exists, runs in
 * that profile and cites the rows that name it; and the numbers at the end
 * are the tables' own. `checkCoverage` returns the problems as sentences, so
 * the test that breaks the page on purpose reads the same thing.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, findRule, isRuleEnabled, loadBuiltinProfile } from "../../../src/core";
import { POLICIES_DIR } from "../../fixture-dirs";

const DOC = resolve(__dirname, "..", "..", "..", "docs", "guidelines.md");
const KOMMUNER = ["mjolby", "sorsele", "sjobo", "ale", "oxelosund"];
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

type Status = "rule" | "helped" | "beyond";
interface Row {
  readonly quote: string;
  readonly rules: readonly string[];
  readonly status: Status;
}

/** The kommun sections' rows and the numbers table, read from the page. */
export function parseCoverage(doc: string): { sections: Map<string, Row[]>; numbers: Map<string, number[]> } {
  const sections = new Map<string, Row[]>();
  const numbers = new Map<string, number[]>();
  let current: string | undefined;
  let inNumbers = false;
  for (const line of doc.split("\n")) {
    const heading = /^## .*\(`([a-z0-9-]+)`\)\s*$/.exec(line);
    if (heading) {
      current = heading[1] as string;
      sections.set(current, []);
      inNumbers = false;
      continue;
    }
    if (/^## Coverage in numbers/.test(line)) {
      current = undefined;
      inNumbers = true;
      continue;
    }
    if (!line.startsWith("| ")) continue;
    const cells = line.split(" | ").map((c) => c.replace(/^\|\s*/, "").replace(/\s*\|$/, "").trim());
    if (current && /^\d+$/.test(cells[0] ?? "")) {
      const quote = (cells[1] ?? "").replace(/^”/, "").replace(/”$/, "");
      const postvakt = cells[2] ?? "";
      const rules = [...postvakt.matchAll(/`([A-Za-z0-9]+)`/g)].map((m) => m[1] as string);
      const status: Status = rules.length > 0 ? "rule" : postvakt === "beyond an add-in" ? "beyond" : "helped";
      (sections.get(current) as Row[]).push({ quote, rules, status });
    } else if (inNumbers) {
      const id = /\(`([a-z0-9-]+)`\)/.exec(cells[0] ?? "");
      if (id) numbers.set(id[1] as string, cells.slice(1).map(Number));
    }
  }
  return { sections, numbers };
}

const HELPERS = new Set(["diary advisor", "absence assistant", "signature view", "beyond an add-in"]);

export function checkCoverage(doc: string): string[] {
  const problems: string[] = [];
  const { sections, numbers } = parseCoverage(doc);
  for (const id of KOMMUNER) {
    const rows = sections.get(id);
    if (!rows || rows.length === 0) {
      problems.push(`${id}: no table`);
      continue;
    }
    const loaded = loadBuiltinProfile(id);
    if (!loaded.ok) {
      problems.push(`${id}: the profile does not load`);
      continue;
    }
    const profile = loaded.profile;
    const text = squash(readFileSync(`${POLICIES_DIR}/${id}.txt`, "utf8"));
    rows.forEach((row, i) => {
      if (!text.includes(squash(row.quote))) problems.push(`${id} row ${i + 1}: not quoted verbatim from the guideline`);
      for (const ruleId of row.rules) {
        const rule = findRule(ruleId);
        if (!rule) problems.push(`${id} row ${i + 1}: names ${ruleId}, which is no rule`);
        else if (!isRuleEnabled(rule, profile)) problems.push(`${id} row ${i + 1}: names ${ruleId}, which the profile does not run`);
      }
    });
    const all = squash(rows.map((r) => r.quote).join(" "));
    for (const [key, passage] of Object.entries(profile.guidelines)) {
      if (!all.includes(squash(passage.quote))) problems.push(`${id}: the profile cites guidelines.${key}, which the table lacks`);
    }
    for (const rule of RULES) {
      if (!isRuleEnabled(rule, profile)) continue;
      const passage = profile.guidelines[rule.meta.guideline];
      const naming = squash(rows.filter((r) => r.rules.includes(rule.meta.id)).map((r) => r.quote).join(" "));
      if (passage && !naming.includes(squash(passage.quote))) problems.push(`${id}: ${rule.meta.id} cites a passage no row naming ${rule.meta.id} holds`);
    }
    const counted = [rows.length, ...(["rule", "helped", "beyond"] as const).map((s) => rows.filter((r) => r.status === s).length)];
    if (JSON.stringify(numbers.get(id)) !== JSON.stringify(counted)) problems.push(`${id}: the numbers say ${JSON.stringify(numbers.get(id))}, the table ${JSON.stringify(counted)}`);
  }
  return problems;
}

describe("docs/guidelines.md, the coverage of the five guidelines", () => {
  const doc = readFileSync(DOC, "utf8");

  it("is true: quotes, citations, rule ids and numbers", () => {
    expect(checkCoverage(doc)).toEqual([]);
  });

  it("gives the README the same counts per kommun", () => {
    const readme = readFileSync(resolve(__dirname, "..", "..", "..", "README.md"), "utf8");
    const { numbers } = parseCoverage(doc);
    const NAMES: Record<string, string> = { mjolby: "Mjölby", sorsele: "Sorsele", sjobo: "Sjöbo", ale: "Ale", oxelosund: "Oxelösund" };
    for (const id of KOMMUNER) {
      const row = readme.split("\n").find((line) => line.startsWith(`| ${NAMES[id]} | `));
      expect(row, id).toBeDefined();
      const cells = (row as string).split("|").slice(2, -1).map((c) => Number(c.trim()));
      expect(cells, id).toEqual(numbers.get(id));
    }
  });

  it("writes every row's Postvakt column in the page's own words", () => {
    for (const line of doc.split("\n").filter((l) => /^\| \d+ \| ”/.test(l))) {
      const postvakt = line.split(" | ")[2] ?? "";
      expect(/^rules? `/.test(postvakt) || HELPERS.has(postvakt), line.slice(0, 60)).toBe(true);
    }
  });

  it("notices a missing citation, an unknown rule, a rule the profile does not run, a misquote and wrong numbers", () => {
    const broken = doc
      .replace("| rule `subject` |", "| rule `subjectLine` |")
      .replace("| rules `massMail`, `largeAttachment` |", "| rules `massMail`, `officeHours` |")
      .replace("”Massutskick ska användas restriktivt.”", "”Massutskick ska användas sparsamt.”")
      .replace("| Sorsele kommun (`sorsele`) | 17 |", "| Sorsele kommun (`sorsele`) | 18 |");
    expect(checkCoverage(broken)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sjobo row \d+: names subjectLine, which is no rule$/),
        "mjolby row 22: names officeHours, which the profile does not run",
        expect.stringMatching(/^sjobo row \d+: not quoted verbatim from the guideline$/),
        "sjobo: the profile cites guidelines.massMail, which the table lacks",
        "sjobo: subject cites a passage no row naming subject holds",
        expect.stringMatching(/^sorsele: the numbers say \[18,/),
      ]),
    );
  });
});
