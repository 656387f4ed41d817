/**
 * The signature check on a 10 MB HTML body (the size the house rules name):
 * it must stay well inside the send check's time budget (3 s in the profiles).
 * Run with `npm run bench`.
 */
import { bench, describe } from "vitest";
import { createMailMessage, findRule, lint, renderSignature } from "../../../src/core";
import { profile } from "../helpers";

const oxelosund = profile("oxelosund");
const signature = renderSignature(oxelosund.signature!, { givenName: "Anna", surname: "Andersson", title: "Handläggare", department: "KS", phone: "0155-123 45" });
const paragraph = "<p style='margin:0'>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit &amp; mer text.</p>\n";
const html = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)) + signature.html + '<img src="cid:logo">';
const text = "Lorem ipsum dolor sit amet.\n".repeat(350_000) + signature.text;
const message = createMailMessage({ mode: "compose", composeType: "new", body: { text, html }, recipients: [{ field: "to", address: "x@gmail.com" }] });
const rules = [findRule("signature")!];

describe("signature check", () => {
  bench("10 MB HTML body with a logo in the signature", () => {
    lint(message, oxelosund, { rules });
  }, { iterations: 5 });
});
