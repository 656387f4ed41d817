import { describe, expect, it } from "vitest";
import { lint, withOwnMobileNumbers, type Finding, type MailMessage, type Profile } from "../../../src/core";
import { colleagueMobileRule } from "../../../src/core/rules/colleague-mobile";
import { compose, profile, to } from "../helpers";

const run = (message: MailMessage, p: Profile = profile("sorsele")): Finding[] => lint(message, p, { rules: [colleagueMobileRule] }).findings.filter((f) => f.ruleId === "colleagueMobile");

describe("colleague-mobile rule", () => {
  it("warns when an external message gives out a mobile number", () => {
    const findings = run(compose("Ring min kollega Bo på 070-123 45 67.", to("kund@gmail.com")));
    expect(findings.map((f) => [f.severity, f.excerpt])).toEqual([["warning", "070-••• •• 67"]]);
    expect(findings[0]?.guideline?.quote).toContain("andra medarbetares 07-nummer");
  });

  it("stays quiet internally", () => {
    expect(run(compose("Ring Bo på 070-123 45 67.", to("bo@sorsele.se")))).toEqual([]);
  });

  it("allows the sender's own numbers from the rule options, in any written form", () => {
    const own = withOwnMobileNumbers(profile("sorsele"), ["+46 70 123 45 67"]);
    expect(run(compose("Nå mig på 0701234567 eller Bo på 073-555 12 12.", to("kund@gmail.com")), own).map((f) => f.excerpt)).toEqual(["073-••• •• 12"]);
  });

  it("keeps the profile's other settings when adding own numbers", () => {
    const own = withOwnMobileNumbers(profile("sorsele"), ["070-123 45 67"]);
    expect(own.rules.colleagueMobile).toEqual({ enabled: true, options: { ownNumbers: ["070-123 45 67"] } });
    expect(own.rules.personnummer).toBe("on");
  });

  it("takes numbers below the sign-off as the sender's own signature when none are configured", () => {
    const body = "Hej, återkommer i morgon.\n\nMed vänlig hälsning\nAnna\nMobil 070-123 45 67";
    expect(run(compose(body, to("kund@gmail.com")))).toEqual([]);
  });

  it("does not take the signature as own once own numbers are configured", () => {
    const body = "Hej!\n\nMed vänlig hälsning\nAnna\nMobil 070-999 88 77";
    const own = withOwnMobileNumbers(profile("sorsele"), ["070-123 45 67"]);
    expect(run(compose(body, to("kund@gmail.com")), own)).toHaveLength(1);
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

  it("is off unless the profile turns it on", () => {
    expect(lint(compose("Ring Bo på 070-123 45 67.", to("kund@gmail.com")), profile("mjolby")).findings.filter((f) => f.ruleId === "colleagueMobile")).toEqual([]);
    expect(lint(compose("Ring Bo på 070-123 45 67.", to("kund@gmail.com")), profile("sorsele")).findings.filter((f) => f.ruleId === "colleagueMobile")).toHaveLength(1);
  });
});
