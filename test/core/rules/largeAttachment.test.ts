import { describe, expect, it } from "vitest";
import { createMailMessage, lint, type AttachmentInfo, type MailMessage } from "../../../src/core";
import { largeAttachmentRule } from "../../../src/core/rules/largeAttachment";
import { profile } from "../helpers";
import { ruleTester } from "./rule-tester";

const MB = 1024 * 1024;
function message(sizes: (number | undefined)[], to: string[] = ["kollega@sjobo.se"], mode: "compose" | "read" = "compose"): MailMessage {
  const attachments: AttachmentInfo[] = sizes.map((size, i) => ({ name: `bilaga-${i + 1}.pdf`, ...(size !== undefined ? { size } : {}) }));
  return createMailMessage({ mode, subject: "Underlag", body: { text: "Se bilagorna." }, recipients: to.map((address) => ({ field: "to" as const, address })), attachments });
}
// The rule tester sets the rule's own setting: these are Sjöbo's options (checked against the profile below).
const sjobo = { profile: "sjobo", setting: { options: { totalMb: 20, internalTotalMb: 10 } } } as const;
const EXTERNAL = ["kund@exempel.se"];

ruleTester(largeAttachmentRule, {
  valid: [
    { name: "10 MB in all to colleagues, the internal limit itself", message: message([6 * MB, 4 * MB]), ...sjobo },
    { name: "15 MB to someone outside (only the 20 MB limit applies)", message: message([15 * MB], EXTERNAL), ...sjobo },
    { name: "20 MB to anyone, the limit itself", message: message([20 * MB], EXTERNAL), ...sjobo },
    { name: "attachments of unknown size", message: message([undefined, undefined]), ...sjobo },
    { name: "11 MB internally where the profile has no internal limit (Mjölby)", message: message([11 * MB], ["kollega@mjolby.se"]), profile: "mjolby" },
    { name: "11 MB with no recipients yet", message: message([11 * MB], []), ...sjobo },
    { name: "reading a message with a large attachment", message: message([30 * MB], EXTERNAL, "read"), ...sjobo },
  ],
  invalid: [
    {
      name: "one byte over 10 MB to colleagues",
      message: message([10 * MB + 1]),
      ...sjobo,
      errors: [{ messageId: "shareLink", severity: "info", field: "attachments", text: "Bilagorna är 10,1 MB tillsammans och alla mottagare finns i kommunen" }],
    },
    { name: "one byte over 20 MB to someone outside", message: message([20 * MB + 1], EXTERNAL), ...sjobo, errors: [{ messageId: "tooLarge", severity: "warning", text: "Bilagorna är 20,1 MB tillsammans, mer än 20 MB" }] },
    { name: "over 20 MB internally: the larger limit, once", message: message([15 * MB, 8 * MB]), ...sjobo, errors: [{ messageId: "tooLarge", text: "23 MB tillsammans" }] },
    { name: "several attachments add up", message: message([3 * MB, 3 * MB, 3 * MB, 3 * MB]), ...sjobo, errors: [{ messageId: "shareLink", text: "12 MB" }] },
    { name: "Mjölby's 20 MB", message: message([25 * MB], ["kollega@mjolby.se"]), profile: "mjolby", errors: [{ messageId: "tooLarge" }] },
    { name: "a profile's own limits", message: message([6 * MB], EXTERNAL), ...sjobo, setting: { options: { totalMb: 5, internalTotalMb: 10 } }, errors: [{ messageId: "tooLarge", text: "mer än 5 MB" }] },
    { name: "in English", message: message([25 * MB], EXTERNAL), ...sjobo, lint: { locale: "en" }, errors: [{ messageId: "tooLarge", text: "The attachments come to 25 MB, more than 20 MB" }] },
  ],
});

describe("largeAttachment in the built-in profiles", () => {
  it("Sjöbo's profile has the limits its guideline gives: a link over 10 MB internally, a warning over 20 MB", () => {
    const findings = (m: MailMessage) => lint(m, profile("sjobo"), { rules: [largeAttachmentRule] }).findings.filter((f) => f.ruleId === "largeAttachment");
    expect(findings(message([11 * MB])).map((f) => [f.messageId, f.severity])).toEqual([["shareLink", "info"]]);
    expect(findings(message([21 * MB], EXTERNAL)).map((f) => [f.messageId, f.severity])).toEqual([["tooLarge", "warning"]]);
  });
});
