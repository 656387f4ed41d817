import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { colleagueMobileRule } from "../../../src/core/rules/colleague-mobile";
import { personnummerRule } from "../../../src/core/rules/personnummer";
import { sensitiveContentRule } from "../../../src/core/rules/sensitive-content";
import { profile } from "../helpers";
import { POLICIES_DIR } from "../../../scripts/shared-data";

const POLICIES = POLICIES_DIR;
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("each detection rule cites the kommun's own words", () => {
  const keys = [personnummerRule, sensitiveContentRule, colleagueMobileRule].map((r) => r.meta.guideline);

  it("uses the keys personalData, confidential and colleagueMobile", () => {
    expect(keys).toEqual(["personalData", "confidential", "colleagueMobile"]);
  });

  // The shared policy texts live outside the repository; where they are absent the check is skipped, visibly.
  it.skipIf(!existsSync(POLICIES)).each(["mjolby", "sorsele", "sjobo", "ale", "oxelosund"])("%s: every passage is quoted verbatim from its guideline document", (id) => {
    const document = squash(readFileSync(`${POLICIES}/${id}.txt`, "utf8"));
    for (const key of keys) {
      const passage = profile(id).guidelines[key];
      expect(passage, `${id}.${key}`).toBeDefined();
      expect(document, `${id}.${key}`).toContain(squash(passage!.quote));
    }
  });

  it("the default profile has a passage for each key too", () => {
    for (const key of keys) expect(profile("default").guidelines[key]?.quote.length).toBeGreaterThan(10);
  });
});
