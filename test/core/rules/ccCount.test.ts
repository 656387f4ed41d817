import { describe, expect, it } from "vitest";
import { createMailMessage, lint, type MailMessage, type Profile, type RecipientField } from "../../../src/core";
import { ccCountRule } from "../../../src/core/rules/ccCount";
import { massMailRule } from "../../../src/core/rules/massMail";
import { profile } from "../helpers";
import { ruleTester } from "./rule-tester";

function message(cc: number, to = 1, mode: "compose" | "read" = "compose", ccAddresses?: string[]): MailMessage {
  const list = (field: RecipientField, n: number, name: string) => Array.from({ length: n }, (_, i) => ({ field, address: `${name}${i + 1}@sjobo.se` }));
  return createMailMessage({
    mode,
    subject: "Protokoll",
    body: { text: "Här är protokollet." },
    recipients: [...list("to", to, "till"), ...(ccAddresses ? ccAddresses.map((address) => ({ field: "cc" as const, address })) : list("cc", cc, "kopia"))],
  });
}
const sjobo = { profile: "sjobo" } as const;
const withoutMassMail = (): Profile => {
  const p = profile("sjobo");
  return { ...p, rules: { ...p.rules, massMail: "off" } as Profile["rules"] };
};

ruleTester(ccCountRule, {
  valid: [
    { name: "five on Cc, the limit itself", message: message(5), ...sjobo },
    { name: "no one on Cc, forty on To", message: message(0, 20), ...sjobo },
    { name: "six Cc entries that are five addresses", message: message(0, 1, "compose", ["a@sjobo.se", "b@sjobo.se", "c@sjobo.se", "d@sjobo.se", "e@sjobo.se", "A@SJOBO.SE"]), ...sjobo },
    { name: "reading a message with many on Cc", message: message(12, 1, "read"), ...sjobo },
    { name: "a mass mailing is the massMail rule's (one cause, one finding)", message: message(6, 25), ...sjobo },
  ],
  invalid: [
    { name: "six on Cc, one over the limit", message: message(6), ...sjobo, errors: [{ messageId: "tooMany", severity: "info", field: "recipients", text: "6 mottagare står på Kopia-raden, fler än 5" }] },
    { name: "a kommun's own limit", message: message(3), ...sjobo, setting: { options: { maxCc: 2 } }, errors: [{ messageId: "tooMany", text: "fler än 2" }] },
    { name: "a level the profile raises", message: message(9), ...sjobo, setting: "warning", errors: [{ messageId: "tooMany", severity: "warning" }] },
    { name: "many on Cc where massMail is off", message: message(6, 25), profile: withoutMassMail(), errors: [{ messageId: "tooMany" }] },
    { name: "in English", message: message(7), ...sjobo, lint: { locale: "en" }, errors: [{ messageId: "tooMany", text: "7 recipients are on the Cc line, more than 5" }] },
  ],
});

describe("ccCount and massMail together", () => {
  it("give one finding for thirty-one visible recipients of whom six are on Cc, from massMail", () => {
    const findings = lint(message(6, 25), profile("sjobo"), { rules: [ccCountRule, massMailRule] }).findings;
    expect(findings.map((f) => f.ruleId).filter((id) => !id.startsWith("engine/"))).toEqual(["massMail"]);
  });
});
