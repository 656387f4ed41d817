import { describe, expect, it } from "vitest";
import { createMailMessage, type ComposeType, type MailMessage } from "../../../src/core";
import { forwardCommentRule } from "../../../src/core/rules/forwardComment";
import { isForward, ownWords } from "../../../src/core/rules/message-facts";
import { ruleTester } from "./rule-tester";

const ORIGINAL = "Från: Kalle Kund <kalle@exempel.se>\nSkickat: den 2 juni 2026 09:14\nTill: Anna Andersson <anna@sjobo.se>\nÄmne: Altan\n\nHej, får jag bygga en altan på 20 kvm?";

function forward(own: string, options: { composeType?: ComposeType | null; subject?: string; html?: string } = {}): MailMessage {
  const composeType = options.composeType === null ? undefined : (options.composeType ?? "forward");
  return createMailMessage({
    mode: "compose",
    ...(composeType ? { composeType } : {}),
    subject: options.subject ?? "VB: Altan",
    from: { address: "anna@sjobo.se", name: "Anna Andersson" },
    body: { text: own === "" ? ORIGINAL : `${own}\n\n${ORIGINAL}`, ...(options.html ? { html: options.html } : {}) },
    recipients: [{ field: "to", address: "per@sjobo.se" }],
  });
}

const OUTLOOK_HTML = (own: string) =>
  `<html><body><div>${own}</div><div id="Signature"><p>Anna Andersson</p><p>Bygglovshandläggare</p><p>Sjöbo kommun</p></div>` +
  `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Från:</b> Kalle Kund<br><b>Ämne:</b> Altan</div><div>Hej, får jag bygga en altan?</div></body></html>`;
const sjobo = { profile: "sjobo" } as const;

ruleTester(forwardCommentRule, {
  valid: [
    { name: "“För kännedom” is a reason", message: forward("För kännedom."), ...sjobo },
    { name: "a greeting, a request and a sign-off", message: forward("Hej Per,\nKan du svara honom senast fredag?\nMvh Anna"), ...sjobo },
    { name: "a greeting with the reason on the same line", message: forward("Hej, för kännedom"), ...sjobo },
    { name: "one word of one's own", message: forward("FYI"), ...sjobo },
    { name: "a reply with nothing of one's own is no forward", message: forward("", { composeType: "reply", subject: "SV: Altan" }), ...sjobo },
    { name: "a new message", message: forward("", { composeType: "new", subject: "Altan" }), ...sjobo },
    { name: "no compose type and a reply prefix", message: forward("", { composeType: null, subject: "SV: Altan" }), ...sjobo },
    {
      name: "own words above Outlook's signature element (HTML)",
      message: forward("Per: kan du ta den här?\nAnna Andersson\nBygglovshandläggare", { html: OUTLOOK_HTML("Per: kan du ta den här?") }),
      ...sjobo,
    },
  ],
  invalid: [
    { name: "only the original", message: forward(""), ...sjobo, errors: [{ messageId: "noComment", severity: "warning", field: "body", text: "Skriv överst varför du skickar det" }] },
    { name: "a greeting alone", message: forward("Hej!"), ...sjobo, errors: [{ messageId: "noComment" }] },
    { name: "a greeting with names alone", message: forward("Hej Per och Lisa,"), ...sjobo, errors: [{ messageId: "noComment" }] },
    { name: "a sign-off and a first name", message: forward("Mvh\nAnna"), ...sjobo, errors: [{ messageId: "noComment" }] },
    { name: "a slash signature", message: forward("/Anna"), ...sjobo, errors: [{ messageId: "noComment" }] },
    { name: "thanks alone", message: forward("Tack!"), ...sjobo, errors: [{ messageId: "noComment" }] },
    { name: "the phone's footer", message: forward("Skickat från min iPhone"), ...sjobo, errors: [{ messageId: "noComment" }] },
    {
      name: "a greeting and the signature below the closing greeting",
      message: forward("Hej,\n\nMed vänliga hälsningar\nAnna Andersson\nBygglovshandläggare\nSjöbo kommun\nTelefon: 0416-270 00"),
      ...sjobo,
      errors: [{ messageId: "noComment" }],
    },
    {
      name: "Outlook's signature element and nothing else (HTML)",
      message: forward("Anna Andersson\nBygglovshandläggare\nSjöbo kommun", { html: OUTLOOK_HTML("<br>") }),
      ...sjobo,
      errors: [{ messageId: "noComment" }],
    },
    {
      name: "a forward as an attachment with an empty body",
      message: createMailMessage({ mode: "compose", composeType: "forward", subject: "VB: Altan", body: { text: "" }, attachments: [{ name: "Altan.eml", size: 4000 }] }),
      ...sjobo,
      errors: [{ messageId: "noComment" }],
    },
    { name: "no compose type but a forward prefix (older Outlook, an .eml file)", message: forward("", { composeType: null }), ...sjobo, errors: [{ messageId: "noComment" }] },
    { name: "in English", message: forward(""), ...sjobo, lint: { locale: "en" }, errors: [{ messageId: "noComment", text: "You are forwarding without writing anything of your own" }] },
  ],
});

describe("forwardComment: what counts as one's own words", () => {
  it.each([
    ["Hej Anna!\nMvh Per", ""],
    ["God morgon alla,\n\nHälsningar\n/Per", ""],
    ["Hej,\nSe nedan.", "Se nedan."],
    ["Hej, ta den här!", "Hej, ta den här!"],
    ["Anna Andersson", ""],
  ])("%j leaves %j", (text, left) => {
    expect(ownWords(text, "Anna Andersson")).toBe(left);
  });

  it("reads a forward from the compose type first, the subject only where that is unknown", () => {
    expect(isForward(forward("", { composeType: "reply", subject: "VB: x" }))).toBe(false);
    expect(isForward(forward("", { composeType: null, subject: "Fwd: x" }))).toBe(true);
    expect(isForward(createMailMessage({ mode: "read", subject: "VB: x" }))).toBe(false);
  });
});
