import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILE_IDS, RULES, loadBuiltinProfile, parseProfile, validateProfile } from "../../../src/core";
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
      const setting = result.profile.rules[rule.meta.id];
      const enabled = setting === undefined ? rule.meta.enabledByDefault : setting !== "off" && (typeof setting !== "object" || setting.enabled !== false);
      if (enabled) expect(result.profile.guidelines[rule.meta.guideline], `${id}: ${rule.meta.guideline}`).toBeDefined();
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
