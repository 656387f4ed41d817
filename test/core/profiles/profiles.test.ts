import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILE_IDS, RULES, isRuleEnabled, loadBuiltinProfile, parseProfile, validateProfile } from "../../../src/core";
import { profileJsonSchemaText } from "../../../src/core/profiles/json-schema";

describe("built-in profiles", () => {
  it("has the five kommuner and a neutral default", () => {
    expect([...BUILTIN_PROFILE_IDS].sort()).toEqual(["ale", "default", "mjolby", "oxelosund", "sjobo", "sorsele"]);
  });

  it.each(BUILTIN_PROFILE_IDS.map((id) => [id]))("%s is valid and cites a passage for every rule it runs", (id) => {
    const result = loadBuiltinProfile(id);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.profile.id).toBe(id);
    for (const rule of RULES) {
      if (isRuleEnabled(rule, result.profile)) expect(result.profile.guidelines[rule.meta.guideline], `${id}: ${rule.meta.guideline}`).toBeDefined();
    }
  });

  it("the committed JSON Schema matches the zod schema (run `npm run schema`)", () => {
    const committed = readFileSync(new URL("../../../src/core/profiles/profile.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(profileJsonSchemaText());
  });
});

describe("invalid profiles are reported as data, naming the field", () => {
  const base = () => JSON.parse(JSON.stringify(loadBuiltinProfile("mjolby").ok ? (loadBuiltinProfile("mjolby") as { profile: unknown }).profile : {}));

  it("names a bad domain by its index", () => {
    const p = base();
    p.domains = ["mjolby.se", "https://evil"];
    const result = validateProfile(p);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((x) => x.path)).toEqual(["domains[1]"]);
  });

  it("names a nested field", () => {
    const p = base();
    p.send.blockAt = "sometimes";
    const result = validateProfile(p);
    expect(!result.ok && result.problems[0]?.path).toBe("send.blockAt");
  });

  it("rejects an unknown field instead of ignoring a typo", () => {
    const p = base();
    p.domain = ["x.se"];
    expect(validateProfile(p).ok).toBe(false);
  });

  it("names a rule id that is no rule", () => {
    const p = base();
    p.rules.personummer = "on";
    const result = validateProfile(p);
    expect(!result.ok && result.problems).toEqual([{ path: "rules.personummer", message: "is not a rule Postvakt has" }]);
  });

  it("names a typo in a rule's options, and a value the option does not take", () => {
    const p = base();
    p.rules.personnummer = { level: "warning", options: { maks: "all" } };
    p.rules.colleagueMobile = { options: { signatureNumbersAreOwn: "ja" } };
    const result = validateProfile(p);
    expect(!result.ok && result.problems.map((x) => x.path).sort()).toEqual(["rules.colleagueMobile.options.signatureNumbersAreOwn", "rules.personnummer.options.maks"]);
  });

  it("names a level that is none", () => {
    const p = base();
    p.rules.personnummer = "loud";
    const result = validateProfile(p);
    expect(!result.ok && result.problems.map((x) => x.path)).toEqual(["rules.personnummer"]);
    expect(!result.ok && result.problems[0]?.message).toMatch(/"on", "off", "error", "warning", "info"/);
  });

  it("accepts every level and a settings object", () => {
    for (const level of ["on", "off", "error", "warning", "info"]) {
      const p = base();
      p.rules.signature = level;
      expect(validateProfile(p).ok, level).toBe(true);
    }
    const p = base();
    p.rules.personnummer = { level: "warning", options: { mask: "all" } };
    expect(validateProfile(p).ok).toBe(true);
  });

  it("returns a bounded list of problems for a profile with a hundred thousand bad entries", () => {
    const p = base();
    p.domains = Array.from({ length: 100_000 }, (_, i) => `BAD DOMAIN ${i}`);
    const result = validateProfile(p);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.length).toBeLessThanOrEqual(21);
      expect(result.problems[result.problems.length - 1]?.message).toMatch(/^and \d+ more problems$/);
    }
  });

  it("returns a problem, not an exception, for an input whose getters throw", () => {
    const p = base();
    Object.defineProperty(p, "send", { enumerable: true, get: () => { throw new Error("boom 811218"); } });
    const result = validateProfile(p);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("811218");
  });

  it("reports broken JSON without throwing", () => {
    const result = parseProfile("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("(JSON)");
  });

  it("does not echo the input in its messages", () => {
    const p = base();
    p.name = 811218;
    const result = validateProfile(p);
    expect(JSON.stringify(result)).not.toContain("811218");
  });
});
