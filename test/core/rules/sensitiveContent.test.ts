import { describe, expect, it } from "vitest";
import { createMailMessage, lint, type Finding, type MailMessage } from "../../../src/core";
import { sensitiveContentRule } from "../../../src/core/rules/sensitiveContent";
import { compose, profile, to } from "../helpers";
import { ruleTester } from "./rule-tester";

const run = (message: MailMessage, id = "sjobo"): Finding[] => lint(message, profile(id), { rules: [sensitiveContentRule] }).findings.filter((f) => f.ruleId === "sensitiveContent");

describe("sensitive-content rule", () => {
  it.each([
    ["strong term to an external recipient", compose("Hon är sjukskriven hela maj.", to("a@gmail.com")), "error", "externalStrong"],
    ["moderate term to an external recipient", compose("Beslut om insats enligt LSS.", to("a@gmail.com")), "warning", "externalModerate"],
    ["strong term internally", compose("Hon är sjukskriven hela maj.", to("b@sjobo.se")), "info", "internal"],
    ["a secrecy marking externally", compose("Sekretess enligt 26 kap. 1 § OSL", to("a@gmail.com")), "error", "externalStrong"],
  ])("%s", (_name, message, severity, messageId) => {
    expect(run(message).map((f) => [f.severity, f.messageId])).toEqual([[severity, messageId]]);
  });

  it("reports one finding per term and place, not one per occurrence", () => {
    const findings = run(compose("LVU. LVU-utredningen. LVU igen. Diagnosen.", to("a@gmail.com")));
    expect(findings.map((f) => f.excerpt)).toEqual(["LVU", "Diagnosen"]);
  });

  it("checks attachment names and the subject", () => {
    const message = createMailMessage({
      mode: "compose",
      subject: "Orosanmälan",
      body: { text: "Se bilagan." },
      recipients: to("a@gmail.com"),
      attachments: [{ name: "läkarintyg.pdf" }],
    });
    expect(run(message).map((f) => [f.field, f.excerpt, f.severity]).sort()).toEqual([
      ["attachments", "läkarintyg", "error"],
      ["subject", "Orosanmälan", "error"],
    ]);
  });

  it("marks terms in the quoted history", () => {
    const body = "Tack!\n\n-----Ursprungligt meddelande-----\nFrån: X\nHan är sjukskriven.";
    const [finding] = run(compose(body, to("a@gmail.com")));
    expect(finding?.inQuotedHistory).toBe(true);
    expect(finding?.message).toContain("tidigare meddelande");
  });

  it("cites the kommun's passage on confidential information", () => {
    const [finding] = run(compose("sekretessbelagd", to("a@gmail.com")), "mjolby");
    expect(finding?.guideline?.quote).toBe("E-post får inte användas för att skicka sekretessbelagd information.");
  });

  it("stays quiet on ordinary mail and when reading", () => {
    expect(run(compose("Välkommen på möte om budgeten. Med vänliga hälsningar", to("a@gmail.com")))).toEqual([]);
    expect(run(createMailMessage({ mode: "read", body: { text: "Hon är sjukskriven." } }))).toEqual([]);
  });
});

ruleTester(sensitiveContentRule, {
  valid: [
    { name: "an ordinary message", message: "Hej! Vi ses på mötet i morgon." },
    { name: "reading a message (received mail is the reader's business)", message: createMailMessage({ mode: "read", body: { text: "Ärendet gäller LVU." } }) },
  ],
  invalid: [
    { name: "a secrecy marking to an external recipient", message: "Utredningen är sekretessbelagd.", errors: [{ messageId: "externalStrong", severity: "error" }] },
    { name: "only a note inside the kommun", message: "Utredningen är sekretessbelagd.", to: ["kollega@mjolby.se"], errors: [{ messageId: "internal", severity: "info" }] },
  ],
});
