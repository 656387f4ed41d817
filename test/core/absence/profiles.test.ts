/** The absence sections of the built-in profiles, and the guideline passages the assistant cites. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILE_IDS, validateProfile } from "../../../src/core";
import { POLICIES_DIR } from "../../fixture-dirs";
import { profile } from "../helpers";

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();
const ABSENCE_KEYS = ["absenceReply", "absenceMailbox", "absenceForwarding", "absenceDelegation", "absencePhone"];
const KOMMUNER = ["mjolby", "sorsele", "sjobo", "ale", "oxelosund"];

describe("absence in the built-in profiles", () => {
  it.each(BUILTIN_PROFILE_IDS.map((id) => [id]))("%s has an absence section with the five kinds and no health reason", (id) => {
    const absence = profile(id).absence;
    expect(absence).toBeDefined();
    expect(absence!.kinds.map((k) => k.id)).toEqual(expect.arrayContaining(["semester", "tjansteresa", "kurs", "tjanstledighet", "foraldraledighet"]));
    expect(absence!.kinds.map((k) => k.id).join(" ")).not.toMatch(/sjuk|sick/);
  });

  it.each(KOMMUNER.map((id) => [id]))("%s: every absence passage is quoted verbatim from its guideline document", (id) => {
    const document = squash(readFileSync(`${POLICIES_DIR}/${id}.txt`, "utf8"));
    const guidelines = profile(id).guidelines;
    const cited = ABSENCE_KEYS.filter((key) => guidelines[key]);
    expect(cited.length).toBeGreaterThanOrEqual(4);
    for (const key of cited) expect(document, `${id}.${key}`).toContain(squash(guidelines[key]!.quote));
  });

  it.each(BUILTIN_PROFILE_IDS.map((id) => [id]))("%s cites a passage for each requirement it sets", (id) => {
    const p = profile(id);
    const req = p.absence!.requirements;
    expect(p.guidelines.absenceReply).toBeDefined();
    if (req.someoneReadsMail) expect(p.guidelines.absenceMailbox, "absenceMailbox").toBeDefined();
    if (req.noExternalForwarding || req.tellForwardee) expect(p.guidelines.absenceForwarding, "absenceForwarding").toBeDefined();
    if (req.noSharedMailboxDelegation || req.delegateAfterDays !== undefined) expect(p.guidelines.absenceDelegation, "absenceDelegation").toBeDefined();
  });

  it("holds each kommun's own rules: Sorsele's forwarding and delegation, Ale's three days, Oxelösund's phone codes", () => {
    expect(profile("sorsele").absence!.requirements).toMatchObject({ noExternalForwarding: true, noSharedMailboxDelegation: true });
    expect(profile("ale").absence!.requirements.delegateAfterDays).toBe(3);
    expect(profile("sjobo").absence!.requirements.someoneReadsMail).toBe(true);
    expect(profile("mjolby").absence!.requirements.someoneReadsMail).toBe(true);
    const codes = Object.fromEntries(profile("oxelosund").absence!.kinds.map((k) => [k.id, k.phoneCode]));
    expect(codes).toMatchObject({ semester: "SEM", tjansteresa: "TJÄ", sammantrade: "SAM" });
    for (const id of ["mjolby", "sorsele", "sjobo", "ale", "default"]) expect(profile(id).absence!.kinds.some((k) => k.phoneCode)).toBe(false);
  });

  it("rejects a template that names a placeholder the assistant does not fill", () => {
    const raw = JSON.parse(JSON.stringify(profile("ale")));
    raw.absence.templates.sv.opening = "Jag är borta {{perioden}}.";
    const result = validateProfile(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe("absence.templates.sv.opening");
  });

  it("rejects a phone code with the colon written in", () => {
    const raw = JSON.parse(JSON.stringify(profile("oxelosund")));
    raw.absence.kinds[0].phoneCode = "SEM:";
    const result = validateProfile(raw);
    expect(!result.ok && result.problems[0]!.path).toBe("absence.kinds[0].phoneCode");
  });
});
