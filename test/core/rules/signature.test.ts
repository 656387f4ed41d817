/**
 * The signature rule's table. The rule's wider behaviour (regions in HTML,
 * images, backgrounds, the replace ranges) is pinned down in
 * test/core/signature/rule.test.ts beside the signature code it rests on.
 */
import { signatureRule } from "../../../src/core/rules/signature";
import { ruleTester } from "./rule-tester";

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
    { name: "at level info where the kommun wants only a note", message: "Hej!", profile: "ale", setting: "info", errors: [{ messageId: "missing", severity: "info" }] },
  ],
});
