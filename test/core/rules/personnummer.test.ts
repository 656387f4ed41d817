import { describe, expect, it } from "vitest";
import { createMailMessage, lint, personnummerDetector, type Finding, type MailMessage } from "../../../src/core";
import { personnummerRule } from "../../../src/core/rules/personnummer";
import { compose, profile, to } from "../helpers";
import { ruleTester } from "./rule-tester";

const PNR = "781121-2393"; // Skatteverket test number
const run = (message: MailMessage, id = "mjolby"): Finding[] => lint(message, profile(id), { rules: [personnummerRule] }).findings.filter((f) => f.ruleId === "personnummer");

describe("personnummer rule", () => {
  it.each([
    ["external, sure", compose(`Gäller ${PNR}`, to("a@gmail.com")), "error", "external"],
    ["external, uncertain (failing check digit after a label)", compose("Personnummer: 781121-2394", to("a@gmail.com")), "warning", "externalUncertain"],
    ["internal, sure", compose(`Gäller ${PNR}`, to("b@mjolby.se")), "warning", "internal"],
    ["internal, uncertain", compose("Personnummer: 781121-2394", to("b@mjolby.se")), "info", "internalUncertain"],
    ["read mode", createMailMessage({ mode: "read", body: { text: `Gäller ${PNR}` }, recipients: to("b@mjolby.se") }), "info", "received"],
  ])("%s", (_name, message, severity, messageId) => {
    const findings = run(message);
    expect(findings.map((f) => [f.severity, f.messageId])).toEqual([[severity, messageId]]);
  });

  it("treats a mix of internal and external recipients as external", () => {
    expect(run(compose(PNR, to("b@mjolby.se", "a@gmail.com")))[0]?.severity).toBe("error");
  });

  it("names the kind and cites the kommun's own guideline", () => {
    const [finding] = run(compose(`Samordningsnummer 801274-2394`, to("a@gmail.com")), "sorsele");
    expect(finding?.message).toContain("Samordningsnummer (8012••-••••)");
    expect(finding?.guideline?.quote).toContain("Känsliga, ömtåliga personuppgifter");
  });

  it("offers a mask action in compose that keeps the date", () => {
    const body = `Pnr: 19781121-2393 och ${PNR}.`;
    const findings = run(compose(body, to("a@gmail.com")));
    const edits = findings.flatMap((f) => f.actions?.flatMap((a) => (a.type === "editBody" ? a.edits : [])) ?? []);
    let masked = body;
    for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) masked = masked.slice(0, edit.range.start) + edit.text + masked.slice(edit.range.end);
    expect(masked).toBe("Pnr: 19781121-XXXX och 781121-XXXX.");
    expect(personnummerDetector.detect(masked)).toEqual([]);
  });

  it("offers no action when reading", () => {
    const read = createMailMessage({ mode: "read", body: { text: PNR } });
    expect(run(read)[0]?.actions).toBeUndefined();
  });

  it("checks the quoted history too, says so, and keeps offsets into the whole body", () => {
    const body = `Hej!\nSe nedan.\n\nFrån: Anna <anna@mjolby.se>\nSkickat: den 14 maj 2024\nTill: Bo\nÄmne: X\n\nPnr ${PNR}\n`;
    const [finding] = run(compose(body, to("a@gmail.com")));
    expect(finding?.inQuotedHistory).toBe(true);
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain("i tidigare meddelande nedan");
    expect(body.slice(finding!.range!.start, finding!.range!.end)).toBe(PNR);
  });

  it("does not mark a number above the quoted history as quoted", () => {
    const body = `Pnr ${PNR}\n\n> gammalt citat\n> mer\n`;
    expect(run(compose(body, to("a@gmail.com")))[0]?.inQuotedHistory).toBeUndefined();
  });

  it("checks the subject and attachment names, without a body action", () => {
    const message = createMailMessage({
      mode: "compose",
      subject: `Ang. ${PNR}`,
      body: { text: "Se bilaga." },
      recipients: to("a@gmail.com"),
      attachments: [{ name: `Utredning_${PNR}.pdf` }],
    });
    const findings = run(message);
    expect(findings.map((f) => [f.field, f.severity, f.actions]).sort()).toEqual([
      ["attachments", "error", undefined],
      ["subject", "error", undefined],
    ]);
    expect(findings.find((f) => f.field === "attachments")?.excerpt).toBe("7811••-••••");
  });

  it("finds a number written in full-width digits or split by a soft hyphen, with a safe excerpt and a mask that hides the digits", () => {
    const fullWidth = "\uff17\uff18\uff11\uff11\uff12\uff11\uff0d\uff12\uff13\uff19\uff13"; // ７８１１２１－２３９３
    const body = `Pnr ${fullWidth} och 19781121-23\u00ad93.`;
    const findings = run(compose(body, to("a@gmail.com")));
    expect(findings.map((f) => [f.excerpt, body.slice(f.range!.start, f.range!.end)])).toEqual([
      ["7811••-••••", fullWidth],
      ["197811••-••••", "19781121-23\u00ad93"],
    ]);
    const edits = findings.flatMap((f) => f.actions?.flatMap((a) => (a.type === "editBody" ? a.edits : [])) ?? []);
    expect(edits.map((e) => e.text)).toEqual(["\uff17\uff18\uff11\uff11\uff12\uff11\uff0dXXXX", "19781121-XX\u00adXX"]);
    expect(JSON.stringify(findings.map(({ actions, ...rest }) => rest))).not.toMatch(/2393|\uff12\uff13\uff19\uff13/);
  });

  it("never puts the number in a finding", () => {
    const message = createMailMessage({ mode: "compose", subject: PNR, body: { text: `Pnr ${PNR}` }, recipients: to("a@gmail.com"), attachments: [{ name: `${PNR}.pdf` }] });
    const serialised = JSON.stringify(run(message).map(({ actions, ...rest }) => rest));
    expect(serialised).not.toContain("2393");
    expect(serialised).not.toContain("781121");
  });

  it("reports nothing for phone numbers, org numbers and references", () => {
    expect(run(compose("Ring 070-123 45 67. Org.nr 556036-0793. OCR 6310166407. Dnr KS 2013/0744.", to("a@gmail.com")))).toEqual([]);
  });
});

ruleTester(personnummerRule, {
  valid: [
    { name: "a phone number that looks like a date", message: "Ring mig på 070-311 23 83." },
    { name: "an organisationsnummer", message: "Faktura till Exempel AB, org.nr 556677-8899." },
    { name: "a date and a time", message: "Mötet är 2024-05-12 kl. 13.15." },
  ],
  invalid: [
    { name: "a personnummer to an external recipient", message: "Pnr 781121-2393", errors: [{ messageId: "external", severity: "error", excerpt: "7811••-••••", kind: "personnummer" }] },
    { name: "internally only a warning", message: "Pnr 781121-2393", to: ["kollega@mjolby.se"], errors: [{ messageId: "internal", severity: "warning" }] },
    { name: "a check-digit typo after a label is uncertain", message: "Personnummer: 781121-2394", errors: [{ messageId: "externalUncertain", severity: "warning" }] },
    { name: "a samordningsnummer says so", message: "Samordningsnummer 801274-2394", errors: [{ messageId: "external", kind: "samordningsnummer", text: "Samordningsnummer" }] },
    { name: "level warning moves the scale", message: "Pnr 781121-2393", setting: "warning", errors: [{ messageId: "external", severity: "warning" }] },
  ],
});
