import { describe, expect, it } from "vitest";
import { decide, lint, type Rule } from "../../../src/core";
import { compose, profile, to } from "../helpers";

const PNR = "781121-2393"; // Skatteverket test personnummer (never a real person's)

describe("lint: the personnummer rule end to end", () => {
  it("is an error when the message goes outside the kommun", () => {
    const report = lint(compose(`Hej, gäller ${PNR}.`, to("kund@gmail.com")), profile("mjolby"));
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding?.severity).toBe("error");
    expect(finding?.guideline?.quote).toContain("Undvik att skicka personuppgifter");
    expect(decide(report, profile("mjolby").send)).toBe("block");
  });

  it("is a warning when every recipient is internal", () => {
    const report = lint(compose(`Gäller 19${PNR.replace("-", "")}`, to("kollega@mjolby.se")), profile("mjolby"));
    expect(report.findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(decide(report, profile("mjolby").send)).toBe("prompt");
  });

  it("never puts the number itself in a finding", () => {
    const report = lint(compose(`Pnr ${PNR}`, to("kund@gmail.com")), profile("mjolby"));
    const serialised = JSON.stringify(report.findings.map(({ fix, ...rest }) => rest));
    expect(serialised).not.toContain("2393");
    expect(serialised).not.toContain("781121");
    expect(report.findings[0]?.excerpt).toBe("7811••-••••");
  });

  it("says which kind of number it found, for callers that count kinds (the Send dialog)", () => {
    const report = lint(compose("Gäller 781121-2393 och 198012742394.", to("kund@gmail.com")), profile("mjolby"));
    expect(report.findings.map((f) => f.kind)).toEqual(["personnummer", "samordningsnummer"]);
  });

  it("renders English when asked", () => {
    const report = lint(compose(PNR, to("kund@gmail.com")), profile("mjolby"), { locale: "en" });
    expect(report.findings[0]?.message).toMatch(/recipients outside the kommun/);
  });

  it("offers a mask fix that keeps the date", () => {
    const body = `Pnr: ${PNR}.`;
    const [finding] = lint(compose(body, to("a@gmail.com")), profile("mjolby")).findings;
    expect(finding?.fix?.edits).toEqual([{ range: { start: 5, end: 16 }, text: "781121-XXXX" }]);
  });

  it("allows a clean message and says what it checked", () => {
    const report = lint(compose("Välkommen på möte i morgon.", to("a@gmail.com", "b@mjolby.se")), profile("mjolby"));
    expect(report.findings).toEqual([]);
    expect(report.checked).toMatchObject({ recipients: 2, externalRecipients: 1, rules: expect.arrayContaining(["personnummer"]) });
    expect(decide(report, profile("mjolby").send)).toBe("allow");
  });

  it("turns a rule that throws into one finding and runs the others", () => {
    const boom: Rule = {
      meta: { id: "boom", description: { sv: "Boom", en: "Boom" }, guideline: "x", messages: {}, enabledByDefault: true },
      check() {
        throw new Error("secret 781121-2393");
      },
    };
    const ok: Rule = {
      meta: { id: "ok", description: { sv: "Ok", en: "Ok" }, guideline: "x", messages: { m: { sv: "fint", en: "fine" } }, enabledByDefault: true },
      check(ctx) {
        ctx.report({ messageId: "m", severity: "info", field: "body" });
      },
    };
    const report = lint(compose("x"), { ...profile("mjolby"), rules: {} }, { rules: [boom, ok] });
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([["boom", "warning"], ["ok", "info"]]);
    expect(JSON.stringify(report)).not.toContain("2393");
  });

  it("respects a profile that switches the rule off", () => {
    const p = { ...profile("mjolby"), rules: { personnummer: "off" as const } };
    expect(lint(compose(PNR, to("a@gmail.com")), p).findings).toEqual([]);
  });
});

describe("lint: profile hygiene", () => {
  it("points out a rule id the profile names but no rule has", () => {
    const report = lint(compose("x"), { ...profile("mjolby"), rules: { personummer: "on" } });
    expect(report.findings).toMatchObject([{ ruleId: "profile", messageId: "unknownRule", severity: "info" }]);
    expect(report.findings[0]?.message).toContain("personummer");
  });
});
