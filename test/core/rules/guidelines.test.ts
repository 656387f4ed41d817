import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES, isRuleEnabled } from "../../../src/core";
import { colleagueMobileRule } from "../../../src/core/rules/colleagueMobile";
import { personnummerRule } from "../../../src/core/rules/personnummer";
import { sensitiveContentRule } from "../../../src/core/rules/sensitiveContent";
import { profile } from "../helpers";
import { POLICIES_DIR } from "../../fixture-dirs";

const POLICIES = POLICIES_DIR;
const KOMMUNER = ["mjolby", "sorsele", "sjobo", "ale", "oxelosund"];
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("each rule cites the kommun's own words", () => {
  it("the detection rules use the keys personalData, confidential and colleagueMobile", () => {
    expect([personnummerRule, sensitiveContentRule, colleagueMobileRule].map((r) => r.meta.guideline)).toEqual(["personalData", "confidential", "colleagueMobile"]);
  });

  // The guideline texts are committed in test/fixtures/policies (see its README).
  it.each(KOMMUNER)("%s: every passage the profile cites is quoted verbatim from its guideline document", (id) => {
    const document = squash(readFileSync(`${POLICIES}/${id}.txt`, "utf8"));
    const passages = Object.entries(profile(id).guidelines);
    expect(passages.length).toBeGreaterThan(2);
    for (const [key, passage] of passages) expect(document, `${id}.${key}`).toContain(squash(passage.quote));
  });

  it.each(KOMMUNER)("%s: every rule the profile runs has its passage; the data-protection ones always", (id) => {
    const p = profile(id);
    for (const key of ["personalData", "confidential"]) expect(p.guidelines[key], `${id}.${key}`).toBeDefined();
    for (const rule of RULES) if (isRuleEnabled(rule, p)) expect(p.guidelines[rule.meta.guideline], `${id}: ${rule.meta.id}`).toBeDefined();
  });

  it("the default profile has a passage for each rule it runs", () => {
    const p = profile("default");
    for (const rule of RULES) if (isRuleEnabled(rule, p)) expect(p.guidelines[rule.meta.guideline]?.quote.length, rule.meta.id).toBeGreaterThan(10);
  });
});
