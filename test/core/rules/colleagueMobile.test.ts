import { describe, expect, it } from "vitest";
import { lint, type Finding, type MailMessage, type Profile } from "../../../src/core";
import { colleagueMobileRule } from "../../../src/core/rules/colleagueMobile";
import { compose, profile, to } from "../helpers";
import { ruleTester } from "./rule-tester";

const run = (message: MailMessage, p: Profile = profile("sorsele"), ownMobileNumbers?: string[]): Finding[] =>
  lint(message, p, { rules: [colleagueMobileRule], ...(ownMobileNumbers ? { user: { ownMobileNumbers } } : {}) }).findings.filter(
    (f) => f.ruleId === "colleagueMobile",
  );

describe("colleagueMobile rule", () => {
  it("warns when an external message gives out a mobile number", () => {
    const findings = run(compose("Ring min kollega Bo på 070-123 45 67.", to("kund@gmail.com")));
    expect(findings.map((f) => [f.severity, f.excerpt])).toEqual([["warning", "070-••• •• 67"]]);
    expect(findings[0]?.guideline?.quote).toContain("andra medarbetares 07-nummer");
  });

  it("stays quiet internally", () => {
    expect(run(compose("Ring Bo på 070-123 45 67.", to("bo@sorsele.se")))).toEqual([]);
  });

  it("allows the sender's own numbers from the lint context, in any written form", () => {
    const found = run(compose("Nå mig på 0701234567 eller Bo på 073-555 12 12.", to("kund@gmail.com")), profile("sorsele"), ["+46 70 123 45 67"]);
    expect(found.map((f) => f.excerpt)).toEqual(["073-••• •• 12"]);
  });

  it("takes numbers below the sign-off as the sender's own signature when none are configured", () => {
    const body = "Hej, återkommer i morgon.\n\nMed vänlig hälsning\nAnna\nMobil 070-123 45 67";
    expect(run(compose(body, to("kund@gmail.com")))).toEqual([]);
  });

  it("still warns below the sign-off when the words there give someone else's number", () => {
    for (const line of ["Om du har frågor, ring Per på 070-123 45 67.", "Vid frågor: kontakta min kollega Eva Ek 070-123 45 67", "Bo nås på 070-123 45 67 under min semester."]) {
      const body = `Hej, här kommer beslutet.\n\nVänliga hälsningar\nAnna\n${line}`;
      expect(run(compose(body, to("kund@gmail.com"))).map((f) => f.excerpt), line).toEqual(["070-••• •• 67"]);
    }
    const own = "Hej!\n\nVänliga hälsningar\nAnna Berg\nRing mig på 070-123 45 67";
    expect(run(compose(own, to("kund@gmail.com")))).toEqual([]);
  });

  it("does not take the signature as own once own numbers are configured", () => {
    const body = "Hej!\n\nMed vänlig hälsning\nAnna\nMobil 070-999 88 77";
    expect(run(compose(body, to("kund@gmail.com")), profile("sorsele"), ["070-123 45 67"])).toHaveLength(1);
  });

  it("ignores the quoted history, where other people's signatures live", () => {
    const body = "Tack!\n\nFrån: Bo <bo@sorsele.se>\nSkickat: i går\nTill: Anna\n\nRing mig på 070-123 45 67";
    expect(run(compose(body, to("kund@gmail.com")))).toEqual([]);
  });

  it("takes a number the writer presents as their own as theirs", () => {
    expect(run(compose("Ring mig på 070-123 45 67 i eftermiddag.", to("kund@gmail.com")))).toEqual([]);
    expect(run(compose("Mitt mobilnummer är 070-123 45 67.", to("kund@gmail.com")))).toEqual([]);
    expect(run(compose("Min kollega Bo nås på 070-123 45 67.", to("kund@gmail.com")))).toHaveLength(1);
  });

  it("reports each number once and ignores landlines", () => {
    expect(run(compose("Bo: 070-123 45 67, 0701234567. Växel 0952-140 00.", to("kund@gmail.com")))).toHaveLength(1);
  });

  it("leaves the signature's numbers alone only while the option says so", () => {
    const body = "Hej, återkommer i morgon.\n\nMed vänlig hälsning\nAnna\nMobil 070-123 45 67";
    const base = profile("sorsele");
    const strict: Profile = { ...base, rules: { ...base.rules, colleagueMobile: { options: { signatureNumbersAreOwn: false } } } };
    expect(run(compose(body, to("kund@gmail.com")), strict)).toHaveLength(1);
  });

  it("is off unless the profile turns it on", () => {
    expect(lint(compose("Ring Bo på 070-123 45 67.", to("kund@gmail.com")), profile("mjolby")).findings.filter((f) => f.ruleId === "colleagueMobile")).toEqual([]);
    expect(lint(compose("Ring Bo på 070-123 45 67.", to("kund@gmail.com")), profile("sorsele")).findings.filter((f) => f.ruleId === "colleagueMobile")).toHaveLength(1);
  });
});

ruleTester(colleagueMobileRule, {
  valid: [
    { name: "the switchboard number", message: "Ring växeln på 0952-140 00.", profile: "sorsele" },
    { name: "internal recipients", message: "Ring Bo på 070-123 45 67.", to: ["bo@sorsele.se"], profile: "sorsele" },
    { name: "the writer's own number from the lint context", message: "Nå mig på 070-123 45 67.", profile: "sorsele", lint: { user: { ownMobileNumbers: ["0701234567"] } } },
  ],
  invalid: [
    { name: "a colleague's mobile to an external recipient", message: "Ring min kollega Bo på 070-123 45 67.", profile: "sorsele", errors: [{ messageId: "external", severity: "warning", excerpt: "070-••• •• 67" }] },
  ],
});
