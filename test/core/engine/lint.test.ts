import { describe, expect, it } from "vitest";
import { ENGINE_RULE_FAILED, ENGINE_UNKNOWN_RULE, decide, lint, shiftSeverity, type Profile } from "../../../src/core";
import { compose, profile, testRule, to } from "../helpers";

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
    const serialised = JSON.stringify(report.findings.map(({ actions, ...rest }) => rest));
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

  it("offers a mask action that keeps the date", () => {
    const body = `Pnr: ${PNR}.`;
    const [finding] = lint(compose(body, to("a@gmail.com")), profile("mjolby")).findings;
    expect(finding?.actions?.[0]).toMatchObject({ type: "editBody", purpose: "mask", edits: [{ range: { start: 5, end: 16 }, text: "781121-XXXX" }] });
  });

  it("masks every digit where the profile says so", () => {
    const base = profile("mjolby");
    const p: Profile = { ...base, rules: { ...base.rules, personnummer: { options: { mask: "all" } } } };
    const [finding] = lint(compose(`Pnr: ${PNR}.`, to("a@gmail.com")), p).findings;
    expect(finding?.actions?.[0]).toMatchObject({ edits: [{ text: "XXXXXX-XXXX" }] });
  });

  it("carries the detector's confidence", () => {
    const [sure] = lint(compose(`Pnr: ${PNR}.`, to("a@gmail.com")), profile("mjolby")).findings;
    expect(sure?.confidence).toBe("high");
  });

  it("allows a clean message and says what it checked", () => {
    const report = lint(compose("Välkommen på möte i morgon.", to("a@gmail.com", "b@mjolby.se")), profile("mjolby"));
    expect(report.findings).toEqual([]);
    expect(report.checked).toMatchObject({ recipients: 2, externalRecipients: 1, rules: expect.arrayContaining(["personnummer"]) });
    expect(decide(report, profile("mjolby").send)).toBe("allow");
  });

  it("turns a rule that throws into one engine finding, keeps what it reported before, and runs the others", () => {
    const boom = testRule("boom", (ctx) => {
      ctx.report({ messageId: "m", severity: "warning", field: "body", data: { n: 1 } });
      throw new Error("secret 781121-2393");
    });
    const ok = testRule("ok", (ctx) => ctx.report({ messageId: "m", severity: "info", field: "body", data: { n: 2 } }));
    const report = lint(compose("x"), { ...profile("mjolby"), rules: {} }, { rules: [boom, ok] });
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["boom", "warning"],
      [ENGINE_RULE_FAILED, "warning"],
      ["ok", "info"],
    ]);
    expect(report.findings.find((f) => f.ruleId === ENGINE_RULE_FAILED)).toMatchObject({ incomplete: true, failedRule: "boom" });
    expect(JSON.stringify(report)).not.toContain("2393");
  });

  it("lists at most the cap of one rule's findings and counts the rest", () => {
    const many = testRule("many", (ctx) => {
      for (let i = 0; i < 250; i++) ctx.report({ messageId: "m", severity: "warning", field: "body", data: { n: i } });
    });
    const report = lint(compose("x"), { ...profile("mjolby"), rules: {} }, { rules: [many], maxFindingsPerRule: 100 });
    expect(report.findings).toHaveLength(100);
    expect(report.omitted).toEqual({ many: 150 });
  });

  it("reports a hundred thousand identity numbers without failing the rule", () => {
    const body = Array.from({ length: 130_000 }, () => PNR).join(" ");
    const report = lint(compose(body, to("a@gmail.com")), profile("mjolby"));
    expect(report.findings.some((f) => f.incomplete)).toBe(false);
    expect(report.findings.filter((f) => f.ruleId === "personnummer")).toHaveLength(100);
    expect(report.omitted?.personnummer).toBe(129_900);
    expect(decide(report, profile("mjolby").send)).toBe("block");
  });

  it("moves a rule's whole scale to the level the profile sets", () => {
    const base = profile("mjolby");
    const external = compose(PNR, to("a@gmail.com"));
    const internal = compose(PNR, to("b@mjolby.se"));
    const at = (level: "warning" | "info") => ({ ...base, rules: { ...base.rules, personnummer: level } });
    expect(lint(external, at("warning")).findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(lint(internal, at("warning")).findings.map((f) => f.severity)).toEqual(["info"]);
    expect(lint(external, at("info")).findings.map((f) => f.severity)).toEqual(["info"]);
    expect(lint(external, { ...base, rules: { ...base.rules, personnummer: { level: "on" } } }).findings.map((f) => f.severity)).toEqual(["error"]);
  });

  it("raises a rule above its default when the profile says so", () => {
    expect(shiftSeverity("warning", "error", "warning")).toBe("error");
    expect(shiftSeverity("info", "error", "warning")).toBe("warning");
    expect(shiftSeverity("error", "info", "error")).toBe("info");
  });

  it("gives a rule its default options with the profile's over them", () => {
    const seen: unknown[] = [];
    const rule = testRule("opts", (ctx) => void seen.push(ctx.options), { defaultOptions: { a: 1, b: "x" } });
    lint(compose("x"), { ...profile("mjolby"), rules: { opts: { options: { b: "y" } } } as Profile["rules"] }, { rules: [rule] });
    expect(seen).toEqual([{ a: 1, b: "y" }]);
  });

  it("hands rules the user and the instant of the check through the context, not the profile", () => {
    const seen: unknown[] = [];
    const rule = testRule("who", (ctx) => void seen.push([ctx.user, ctx.now]));
    lint(compose("x"), { ...profile("mjolby"), rules: {} }, { rules: [rule], user: { email: "a@mjolby.se", ownMobileNumbers: ["070-123 45 67"] }, now: 42 });
    expect(seen).toEqual([[{ email: "a@mjolby.se", ownMobileNumbers: ["070-123 45 67"] }, 42]]);
  });

  it("respects a profile that switches the rule off", () => {
    const p = { ...profile("mjolby"), rules: { personnummer: "off" as const } };
    expect(lint(compose(PNR, to("a@gmail.com")), p).findings).toEqual([]);
  });
});

describe("lint: profile hygiene", () => {
  it("points out a rule id the profile names but no rule has", () => {
    const report = lint(compose("x"), { ...profile("mjolby"), rules: { personummer: "on" } as Profile["rules"] });
    expect(report.findings).toMatchObject([{ ruleId: ENGINE_UNKNOWN_RULE, messageId: "unknownRule", severity: "info" }]);
    expect(report.findings[0]?.message).toContain("personummer");
  });
});
