import { describe, expect, it } from "vitest";
import { createMailMessage, type MailMessage } from "../../../src/core";
import { embeddedImages, externalImagesRule } from "../../../src/core/rules/externalImages";
import { ruleTester } from "./rule-tester";

function message(html: string, to = "kund@exempel.se", mode: "compose" | "read" = "compose"): MailMessage {
  return createMailMessage({
    mode,
    subject: "Ritningar",
    from: { address: "anna@sjobo.se", name: "Anna Andersson" },
    body: { text: "(text)", html },
    recipients: [{ field: "to", address: to }],
  });
}
const IMG = '<img src="cid:image001.png@01DA1234.56789ABC" width="400">';
const DATA_IMG = '<img src="data:image/png;base64,iVBORw0KGgo=">';
const SIGNATURE = '<p>Med vänliga hälsningar</p><p>Anna Andersson</p><p>Sjöbo kommun</p><img src="cid:logo.png">';
const QUOTED = '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Från:</b> Kalle</div><div><img src="cid:their-photo.jpg"></div>';
const sjobo = { profile: "sjobo" } as const;

ruleTester(externalImagesRule, {
  valid: [
    { name: "a logo in the signature (the signature rule's business)", message: message(`<p>Hej, se nedan.</p>${SIGNATURE}`), ...sjobo },
    { name: "a logo inside Outlook's signature element", message: message(`<p>Hej</p><div id="Signature"><p>Anna</p>${IMG}</div>`), ...sjobo },
    { name: "pictures in the quoted original", message: message(`<p>Se nedan.</p>${QUOTED}`), ...sjobo },
    { name: "a linked picture (not embedded)", message: message('<p>Karta: <img src="https://karta.sjobo.se/a.png"></p>'), ...sjobo },
    { name: "a pasted picture to a colleague", message: message(`<p>Skärmdump:</p>${IMG}`, "kollega@sjobo.se"), ...sjobo },
    { name: "a picture only in Word's VML copy inside a comment", message: message('<p>Hej</p><!--[if gte vml 1]><img src="cid:vml.png"><![endif]-->'), ...sjobo },
    { name: "reading a message with pictures", message: message(`<p>Bild:</p>${IMG}`, "kund@exempel.se", "read"), ...sjobo },
    { name: "pictures in the last lines when they read as a signature (no greeting)", message: message(`<p>Hej</p><p>Anna Andersson</p><p>Telefon 0416-270 00</p>${IMG}`), ...sjobo },
  ],
  invalid: [
    { name: "a pasted screenshot to someone outside", message: message(`<p>Hej, så här ser felet ut:</p>${IMG}${SIGNATURE}`), ...sjobo, errors: [{ messageId: "images", severity: "info", field: "body", text: "Meddelandet har en inklistrad bild och går till mottagare utanför kommunen" }] },
    { name: "a data: picture", message: message(`<p>Kartan:</p>${DATA_IMG}<p>Med vänliga hälsningar</p>`), ...sjobo, errors: [{ messageId: "images" }] },
    { name: "three pictures give one finding that counts them", message: message(`<p>Bilder:</p>${IMG}${IMG}${DATA_IMG}${SIGNATURE}${QUOTED}`), ...sjobo, errors: [{ messageId: "images", text: "tre inklistrade bilder" }] },
    { name: "a short message with a picture and no signature", message: message(`<p>Hej!</p>${IMG}<p>/Anna</p>`), ...sjobo, errors: [{ messageId: "images" }] },
    { name: "a kommun that makes it a warning", message: message(`<p>Se bild</p>${IMG}`), ...sjobo, setting: "warning", errors: [{ messageId: "images", severity: "warning" }] },
    { name: "in English", message: message(`<p>See:</p>${IMG}`), ...sjobo, lint: { locale: "en" }, errors: [{ messageId: "images", text: "The message has one pasted image" }] },
  ],
});

describe("externalImages: embedded pictures", () => {
  it("counts cid: and data: pictures, whatever the quoting of src, and no others", () => {
    expect(embeddedImages(`<IMG SRC=cid:a>${"<img src='DATA:image/gif;base64,R0'>"}<img alt="x" src="https://x/y.png"><img>`, 1e9)).toBe(2);
  });

  it("stops at the end it is given", () => {
    const html = `<p>a</p>${IMG}<p>b</p>${IMG}`;
    expect(embeddedImages(html, html.lastIndexOf("<img"))).toBe(1);
  });
});
