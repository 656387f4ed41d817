/**
 * The meta-check: every registered rule is complete. It has its folder
 * (named by its id) and its table tests, an options schema its defaults
 * pass, a guideline passage in every built-in profile that runs it, texts in
 * both languages with the same placeholders, and a row in docs/rules.md.
 * `checkRuleMeta` returns the problems as sentences, so the test below and
 * the one that breaks a rule on purpose read the same thing.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILE_IDS, RULES, isRuleEnabled, loadBuiltinProfile, type AnyRule, type Localized, type LocalizedCount } from "../../../src/core";
import { RULE_OPTION_SCHEMAS } from "../../../src/core/rules/option-schemas";
import { RULES_DOC, rulesTable } from "../../../scripts/rules-doc";

const ROOT = resolve(__dirname, "..", "..", "..");

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string).sort();
}

function checkLocalized(label: string, text: Localized, problems: string[]): void {
  if (!text.sv?.trim() || !text.en?.trim()) problems.push(`${label} lacks a Swedish or English text`);
  else if (JSON.stringify(placeholders(text.sv)) !== JSON.stringify(placeholders(text.en))) problems.push(`${label} has different placeholders in Swedish and English`);
}

export function checkRuleMeta(rule: AnyRule, docs: string): string[] {
  const problems: string[] = [];
  const { meta } = rule;
  if (!/^[a-z][A-Za-z0-9]*$/.test(meta.id)) problems.push(`rule id "${meta.id}" is not a camelCase name`);
  if (!existsSync(resolve(ROOT, "src/core/rules", meta.id, "index.ts"))) problems.push(`src/core/rules/${meta.id}/index.ts is missing (the folder is named by the rule id)`);
  if (!existsSync(resolve(ROOT, "test/core/rules", `${meta.id}.test.ts`))) problems.push(`test/core/rules/${meta.id}.test.ts is missing`);
  const schema = (RULE_OPTION_SCHEMAS as Record<string, { safeParse(v: unknown): { success: boolean } }>)[meta.id];
  if (!schema) problems.push(`${meta.id} has no options schema in src/core/rules/option-schemas.ts`);
  else if (!schema.safeParse(meta.defaultOptions).success) problems.push(`${meta.id}'s defaultOptions do not pass its options schema`);
  checkLocalized(`${meta.id}: description`, meta.description, problems);
  for (const [id, text] of Object.entries(meta.messages)) checkLocalized(`${meta.id}: message ${id}`, text as Localized, problems);
  const counted: [string, LocalizedCount][] = [["summary", meta.send.summary], ["todo", meta.send.todo]];
  if (meta.send.hint) counted.push(["hint", meta.send.hint]);
  for (const [name, text] of counted) {
    for (const form of ["one", "other"] as const) checkLocalized(`${meta.id}: send.${name}.${form}`, { sv: text.sv[form], en: text.en[form] }, problems);
  }
  for (const id of BUILTIN_PROFILE_IDS) {
    const loaded = loadBuiltinProfile(id);
    if (loaded.ok && isRuleEnabled(rule, loaded.profile) && !loaded.profile.guidelines[meta.guideline]) {
      problems.push(`profile ${id} runs ${meta.id} but has no guidelines.${meta.guideline}`);
    }
  }
  if (!docs.includes(`| \`${meta.id}\` |`)) problems.push(`docs/rules.md has no row for ${meta.id}`);
  return problems;
}

describe("rule meta-check", () => {
  const docs = readFileSync(RULES_DOC, "utf8");

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))("%s is complete", (_id, rule) => {
    expect(checkRuleMeta(rule, docs)).toEqual([]);
  });

  it("lists every rule id once and only rules the registry has in the options schemas", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(RULE_OPTION_SCHEMAS).sort()).toEqual([...ids].sort());
  });

  it("has the rules table in docs/rules.md up to date (npx tsx scripts/rules-doc.ts)", () => {
    expect(docs).toContain(rulesTable());
  });

  it("notices a rule that breaks each of its requirements", () => {
    const rule = RULES[0] as AnyRule;
    const broken: AnyRule = {
      ...rule,
      meta: {
        ...rule.meta,
        id: "noSuchRule",
        guideline: "noSuchPassage",
        enabledByDefault: true,
        messages: { x: { sv: "Hej {{a}}", en: "" } },
      },
    };
    const problems = checkRuleMeta(broken, "");
    expect(problems).toEqual(
      expect.arrayContaining([
        "src/core/rules/noSuchRule/index.ts is missing (the folder is named by the rule id)",
        "test/core/rules/noSuchRule.test.ts is missing",
        "noSuchRule has no options schema in src/core/rules/option-schemas.ts",
        "noSuchRule: message x lacks a Swedish or English text",
        "profile mjolby runs noSuchRule but has no guidelines.noSuchPassage",
        "docs/rules.md has no row for noSuchRule",
      ]),
    );
  });
});
