/**
 * The signature rule's table. The rule's wider behaviour (regions in HTML,
 * images, backgrounds, the replace ranges) is pinned down in
 * test/core/signature/rule.test.ts beside the signature code it rests on.
 */
import { describe, expect, it } from "vitest";
import { createMailMessage } from "../../../src/core";
import { signatureRule } from "../../../src/core/rules/signature";
import { ruleTester, runRule } from "./rule-tester";

const ALE_SIGNATURE = "Med vänlig hälsning\n\nAnna Andersson\nHandläggare\nAle kommun\nTelefon: 0303-33 00 00\nwww.ale.se";

ruleTester(signatureRule, {
  valid: [
    { name: "a complete Ale signature to an external recipient", message: `Hej!\nMötet flyttas.\n\n${ALE_SIGNATURE}`, profile: "ale" },
    { name: "no signature, but every recipient is internal", message: "Hej!\nMötet flyttas.", to: ["kollega@ale.se"], profile: "ale" },
  ],
  invalid: [
    { name: "no signature at all", message: "Hej!\nMötet flyttas till torsdag.", profile: "ale", errors: [{ messageId: "missing", severity: "warning", field: "body" }] },
    {
      name: "a signature without phone and web address",
      message: "Hej!\n\nMed vänlig hälsning\nAnna Andersson\nAle kommun",
      profile: "ale",
      errors: [{ messageId: "incomplete", text: "ett telefonnummer och www.ale.se" }],
    },
    {
      name: "another kommun's name",
      message: "Hej!\n\nMed vänlig hälsning\nAnna Andersson\nLerums kommun\n0303-33 00 00\nwww.ale.se",
      profile: "ale",
      errors: [{ messageId: "wrongOrganisation", text: "Lerums kommun" }],
    },
    {
      name: "Sorsele requires the title the user saved, and the signature lacks it",
      message: "Hej!\n\nMed vänlig hälsning\nAnna Andersson\nSorsele kommun\nTelefon: 0952-140 00",
      profile: "sorsele",
      lint: { user: { signature: { givenName: "Anna", surname: "Andersson", title: "Socialsekreterare", phone: "0952-140 00" } } },
      errors: [{ messageId: "incomplete", text: "titel" }],
    },
    {
      name: "a logo and a coloured background: two problems, one Ersätt signatur",
      message: createMailMessage({
        mode: "compose",
        composeType: "new",
        subject: "Ärende",
        body: {
          text: "Hej!\n\nMed vänliga hälsningar\n\nAnna Andersson\nOxelösunds kommun\n0155-380 00",
          html: '<div>Hej!</div><div>Med vänliga hälsningar</div><div style="background-color:#ffe0e0"><img src="cid:logo"><div>Anna Andersson</div><div>Oxelösunds kommun</div><div>0155-380 00</div></div>',
        },
        recipients: [{ field: "to", address: "kund@exempel.se" }],
      }),
      profile: "oxelosund",
      errors: [{ messageId: "image" }, { messageId: "background" }],
    },
    { name: "at level info where the kommun wants only a note", message: "Hej!", profile: "ale", setting: "info", errors: [{ messageId: "missing", severity: "info" }] },
  ],
});

describe("signature rule: one way to put it right", () => {
  it("gives only the first of several findings the Ersätt signatur action", () => {
    const html =
      '<div>Hej!</div><div>Med vänliga hälsningar</div><div style="background-color:#ffe0e0"><img src="cid:logo"><div>Anna Andersson</div><div>Oxelösunds kommun</div><div>0155-380 00</div></div>';
    const message = createMailMessage({
      mode: "compose",
      composeType: "new",
      subject: "Ärende",
      body: { text: "Hej!\n\nMed vänliga hälsningar\n\nAnna Andersson\nOxelösunds kommun\n0155-380 00", html },
      recipients: [{ field: "to", address: "kund@exempel.se" }],
    });
    const findings = runRule(signatureRule, { name: "x", message, profile: "oxelosund" });
    expect(findings.length).toBeGreaterThan(1);
    expect(findings.filter((f) => f.actions && f.actions.length > 0)).toHaveLength(1);
  });
});
