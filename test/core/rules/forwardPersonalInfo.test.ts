import { describe, expect, it } from "vitest";
import { createMailMessage, lint, type ComposeType, type MailMessage } from "../../../src/core";
import { forwardPersonalInfoRule } from "../../../src/core/rules/forwardPersonalInfo";
import { profile } from "../helpers";
import { ruleTester } from "./rule-tester";

// Skatteverket's published test personnummer.
const PNR = "850101-2382";
const header = "Från: Kalle Kund <kalle@exempel.se>\nSkickat: den 2 juni 2026 09:14\nTill: Anna Andersson <anna@sjobo.se>\nÄmne: Ansökan\n\n";

function forward(original: string, own = "För kännedom.", composeType: ComposeType | undefined = "forward", to = "per@sjobo.se"): MailMessage {
  return createMailMessage({
    mode: "compose",
    ...(composeType ? { composeType } : {}),
    subject: "VB: Ansökan",
    body: { text: `${own}\n\n${header}${original}` },
    recipients: [{ field: "to", address: to }],
  });
}
const sjobo = { profile: "sjobo" } as const;

ruleTester(forwardPersonalInfoRule, {
  valid: [
    { name: "a forward of an ordinary question", message: forward("Hej, när är biblioteket öppet?"), ...sjobo },
    { name: "a reply quoting a personnummer is no forward", message: forward(`Mitt personnummer är ${PNR}.`, "Tack, vi återkommer.", "reply"), ...sjobo },
    { name: "a personnummer in one's own text above the original (rule personnummer's)", message: forward("Hej, när är biblioteket öppet?", `Gäller ${PNR}.`), ...sjobo },
    { name: "a new message that mentions a diagnosis", message: createMailMessage({ mode: "compose", composeType: "new", subject: "Fråga", body: { text: "Eleven har diabetes." } }), ...sjobo },
    { name: "a phone number is not an identity number", message: forward("Ring mig på 0416-270 00 eller 070-123 45 67."), ...sjobo },
  ],
  invalid: [
    {
      name: "a forwarded personnummer",
      message: forward(`Mitt personnummer är ${PNR}.`),
      ...sjobo,
      errors: [{ messageId: "forwarded", severity: "warning", field: "body", inQuotedHistory: true, text: "Du vidarebefordrar ett mottaget meddelande med personnummer." }],
    },
    { name: "a forwarded diagnosis", message: forward("Min son har autism och behöver stöd i skolan."), ...sjobo, errors: [{ messageId: "forwarded", severity: "warning", text: "med känsliga personuppgifter" }] },
    {
      name: "both, and many of them: one finding",
      message: forward(`Pnr ${PNR}. Hon är sjukskriven. Pnr ${PNR} igen, och LVU.`),
      ...sjobo,
      errors: [{ messageId: "forwarded", text: "med personnummer och känsliga personuppgifter" }],
    },
    { name: "only a moderate word: a note", message: forward("Det gäller insatser enligt LSS."), ...sjobo, errors: [{ messageId: "forwarded", severity: "info" }] },
    { name: "to someone outside the kommun, too", message: forward(`Pnr ${PNR}`, "För kännedom.", "forward", "kund@exempel.se"), ...sjobo, errors: [{ messageId: "forwarded" }] },
    { name: "no compose type, a forward prefix", message: forward(`Pnr ${PNR}`, "För kännedom.", undefined), ...sjobo, errors: [{ messageId: "forwarded" }] },
    { name: "in English", message: forward(`Pnr ${PNR}`), ...sjobo, lint: { locale: "en" }, errors: [{ messageId: "forwarded", text: "You are forwarding a received message with personal identity numbers." }] },
  ],
});

describe("forwardPersonalInfo", () => {
  it("never shows the number: no excerpt, no digits in the text", () => {
    const [finding] = lint(forward(`Pnr ${PNR}`), profile("sjobo"), { rules: [forwardPersonalInfoRule] }).findings.filter((f) => f.ruleId === "forwardPersonalInfo");
    expect(finding?.excerpt).toBeUndefined();
    expect(finding?.message).not.toMatch(/\d/);
  });

  it("cites Sjöbo's sentence on forwarding received messages", () => {
    const [finding] = lint(forward(`Pnr ${PNR}`), profile("sjobo"), { rules: [forwardPersonalInfoRule] }).findings.filter((f) => f.ruleId === "forwardPersonalInfo");
    expect(finding?.guideline?.quote).toContain("Visa aldrig eller vidarebefordra mottagna meddelanden med personlig information.");
  });
});
