import { describe, expect, it } from "vitest";
import {
  createMailMessage,
  actionOfType,
  lint,
  renderSignature,
  type ComposeType,
  type Finding,
  type MailMessage,
} from "../../../src/core";
import { profile } from "../helpers";
import { ANNA, template } from "./fixtures";

const OUTSIDE = [{ field: "to" as const, address: "medborgare@gmail.com" }];

function mail(text: string, html?: string, composeType: ComposeType = "new", recipients = OUTSIDE): MailMessage {
  return createMailMessage({
    mode: "compose",
    composeType,
    subject: "Bygglov",
    body: { text, ...(html !== undefined ? { html } : {}) },
    from: { address: "anna.andersson@example.se", name: "Anna Andersson" },
    recipients,
  });
}

function signatureFindings(message: MailMessage, id: string, locale: "sv" | "en" = "sv"): Finding[] {
  return lint(message, profile(id), { locale }).findings.filter((f) => f.ruleId === "signature");
}

const ids = (findings: Finding[]) => findings.map((f) => f.messageId);

/** A message whose body ends in the kommun's own rendered signature. */
function withSignature(id: string, variant: "full" | "short" = "full", htmlInsideSignature = "") {
  const rendered = renderSignature(template(id), ANNA, { variant });
  const html = `<html><body><div>Hej!</div><div>Ditt ärende är mottaget.</div><div>&nbsp;</div>${rendered.html.replace(/<\/div>$/, `${htmlInsideSignature}</div>`)}</body></html>`;
  return { text: `Hej!\nDitt ärende är mottaget.\n\n${rendered.text}`, html };
}

describe("signature rule: compliant messages pass", () => {
  it.each([["ale"], ["oxelosund"], ["sorsele"], ["sjobo"]])("%s: the rendered signature satisfies the check", (id) => {
    const { text, html } = withSignature(id);
    expect(signatureFindings(mail(text, html), id)).toEqual([]);
    expect(signatureFindings(mail(text), id)).toEqual([]);
  });

  it("accepts Sjöbo's short variant on a reply, above the quoted history", () => {
    const short = withSignature("sjobo", "short");
    const history = "\n\nFrån: Kalle Karlsson <kalle@gmail.com>\nSkickat: den 3 mars 2026 10:00\nTill: Anna\nÄmne: Fråga\n\nHej :-)\nKalle\nLerums kommun";
    const html = short.html.replace(
      "</body>",
      `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Från:</b> Kalle</div><div>Hej 😀 <img src="cid:kalle-logo"></div><div style="background:#ffcc00">Lerums kommun</div></body>`,
    );
    expect(signatureFindings(mail(short.text + history, html, "reply"), "sjobo")).toEqual([]);
  });

  it("does not accept the short variant on a new message where the full one is asked for", () => {
    // Mjölby's check is off by default; a kommun may turn it on.
    const mjolby = { ...profile("mjolby"), rules: { signature: "on" as const } };
    const short = withSignature("mjolby", "short");
    const check = (composeType: ComposeType) => lint(mail(short.text, short.html, composeType), mjolby).findings.filter((f) => f.ruleId === "signature");
    expect(check("reply")).toEqual([]);
    const findings = check("new");
    expect(ids(findings)).toEqual(["incomplete"]);
    expect(findings[0]?.message).toBe("Signaturen saknar www.mjolby.se. Ersätt den med kommunens standardsignatur.");
  });

  it("accepts a hand-written Sorsele footer without a greeting: name, Sorsele kommun and a number", () => {
    expect(signatureFindings(mail("Hej!\nVi ses på mötet.\n\nAnna Andersson\nSorsele kommun\n0952-140 00"), "sorsele")).toEqual([]);
  });

  it("does not read 'Vår kommun' in the body as another kommun's name", () => {
    const { text } = withSignature("ale");
    expect(signatureFindings(mail(`Vår kommun bjuder in.\n${text}`), "ale")).toEqual([]);
    const [finding] = signatureFindings(mail("Hej\n\nMed vänlig hälsning\nAnna Andersson\nVår kommun\n0303-33 00 00\nwww.ale.se"), "ale");
    expect(finding?.messageId).toBe("incomplete");
  });

  it("reports as info where the profile asks for it, so Send does not stop for a signature", () => {
    const quiet = { ...profile("ale"), rules: { signature: "info" as const } };
    expect(lint(mail("Hej"), quiet).findings.filter((f) => f.ruleId === "signature").map((f) => f.severity)).toEqual(["info"]);
  });

  it("stays quiet for internal mail, read mode and where the profile turns the check off", () => {
    const inside = [{ field: "to" as const, address: "kollega@ale.se" }];
    expect(signatureFindings(mail("Hej", undefined, "new", inside), "ale")).toEqual([]);
    const read = createMailMessage({ mode: "read", body: { text: "Hej" }, recipients: OUTSIDE });
    expect(signatureFindings(read, "ale")).toEqual([]);
    expect(signatureFindings(mail("Hej"), "mjolby")).toEqual([]);
  });
});

describe("signature rule: what is wrong, with a fix as data", () => {
  it("finds a missing signature and offers to insert one, citing the guideline", () => {
    const [finding, ...rest] = signatureFindings(mail("Hej!\nMötet flyttas till torsdag."), "ale");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageId: "missing", severity: "warning", field: "body" });
    expect(finding?.message).toBe("Kommunens standardsignatur saknas. Infoga den innan du skickar.");
    expect(finding?.guideline?.quote).toContain("skriva en hälsningsfras enligt nedanstående anvisningar");
    expect(finding?.actions).toEqual([
      { type: "insertSignature", id: "insertSignature", title: { sv: "Infoga signatur", en: "Insert signature" }, variant: "full", mode: "insert" },
    ]);
  });

  it("asks for the short variant when a Sjöbo reply has no signature", () => {
    const text = "Tack, det stämmer.\n\nFrån: Kalle <kalle@gmail.com>\nSkickat: i dag\nTill: Anna\nÄmne: Fråga\n\nHej";
    const [finding] = signatureFindings(mail(text, undefined, "reply"), "sjobo");
    expect(finding?.messageId).toBe("missing");
    expect(actionOfType(finding?.actions, "insertSignature")).toMatchObject({ variant: "short", mode: "insert" });
  });

  it("says in English what is missing from an incomplete signature", () => {
    const text = "Hej!\n\nMed vänlig hälsning\nAnna Andersson\nAle kommun";
    const [finding] = signatureFindings(mail(text), "ale", "en");
    expect(finding?.messageId).toBe("incomplete");
    expect(finding?.message).toBe("The signature lacks a phone number and www.ale.se. Replace it with the kommun's standard signature.");
    expect(finding?.range).toEqual({ start: 6, end: text.length });
    expect(finding?.actions).toEqual([
      {
        type: "insertSignature",
        id: "insertSignature",
        title: { sv: "Ersätt signatur", en: "Replace signature" },
        variant: "full",
        mode: "replace",
        textRange: { start: 6, end: text.length },
      },
    ]);
  });

  it("notices the writer's name is missing", () => {
    const text = "Hej!\n\nMed vänlig hälsning\nBygglov\nAle kommun\nTelefon: 0303-33 00 00\nwww.ale.se";
    expect(signatureFindings(mail(text), "ale")[0]?.message).toBe("Signaturen saknar ditt namn. Ersätt den med kommunens standardsignatur.");
  });

  it("names another kommun's name in a signature", () => {
    const { text, html } = withSignature("ale");
    const [finding, ...rest] = signatureFindings(mail(text.replace("Ale kommun", "Lerums kommun"), html.replace("Ale kommun", "Lerums kommun")), "ale");
    expect(rest).toEqual([]);
    expect(finding?.messageId).toBe("wrongOrganisation");
    expect(finding?.message).toBe("Signaturen anger ”Lerums kommun” men du skriver för Ale kommun. Ersätt den med kommunens standardsignatur.");
  });

  it("finds Oxelösund's inline logo and offers to replace the signature, keeping the writer's greeting", () => {
    const rendered = renderSignature(template("oxelosund"), ANNA);
    const html = `<html><body><div>Hej!</div><div>Med vänliga hälsningar</div>${rendered.html}<div><img src="cid:logo" width="120"></div></body></html>`;
    const text = `Hej!\nMed vänliga hälsningar\n${rendered.text}\n`;
    const findings = signatureFindings(mail(text, html), "oxelosund");
    expect(ids(findings)).toEqual(["image"]);
    expect(findings[0]?.message).toBe("Kommunen tillåter inga bilder eller logotyper i signaturen. Ersätt den med standardsignaturen.");
    const fix = actionOfType(findings[0]?.actions, "insertSignature");
    if (!fix) throw new Error("no signature action");
    expect(fix.mode).toBe("replace");
    const { htmlRange, textRange } = fix;
    // Oxelösund's model has no greeting line: the replacement starts below the writer's own.
    expect(html.slice(htmlRange!.start, htmlRange!.end)).toBe(`${rendered.html}<div><img src="cid:logo" width="120"></div></body></html>`);
    expect(text.slice(textRange!.start, textRange!.end)).toBe(`${rendered.text}\n`);
  });

  it.each([
    ["a data: URI picture", '<img src="data:image/png;base64,iVBORw0KGgo=">'],
    ["a linked image", "<IMG SRC=https://example.se/logo.png>"],
    ["a Word VML picture", '<v:shape><v:imagedata src="image001.png" o:title=""/></v:shape>'],
    ["an SVG", '<svg width="10" height="10"></svg>'],
    ["a CSS background image", '<div style="background-image:url(cid:bg)">x</div>'],
  ])("finds %s in Oxelösund's signature", (_name, markup) => {
    const { text, html } = withSignature("oxelosund", "full", markup);
    expect(ids(signatureFindings(mail(text, html), "oxelosund"))).toEqual(["image"]);
  });

  it("finds an inline image placeholder in a plain-text body", () => {
    const { text } = withSignature("oxelosund");
    expect(ids(signatureFindings(mail(`${text}\n[cid:image001.png@01DA1234.56789AB0]`), "oxelosund"))).toEqual(["image"]);
  });

  it("leaves images alone where the profile allows them (Ale)", () => {
    const { text, html } = withSignature("ale", "full", '<img src="cid:logo">');
    expect(signatureFindings(mail(text, html), "ale")).toEqual([]);
  });

  it.each([["😀"], [":-)"], [";)"], [":D"], ["👍🏻"]])("finds the smiley %s in Oxelösund's signature", (smiley) => {
    const { text, html } = withSignature("oxelosund");
    const findings = signatureFindings(mail(`${text} ${smiley}`, html.replace("</div>\n</div>", ` ${smiley}</div>\n</div>`)), "oxelosund");
    expect(ids(findings)).toEqual(["emoji"]);
  });

  it.each([["kl. 10:30)"], ["Tel:Direkt"], ["☎ 0155-123 45"], ["(se 3:e punkten)"]])("does not take %s for a smiley", (innocent) => {
    const { text } = withSignature("oxelosund");
    expect(signatureFindings(mail(`${text}\n${innocent}`), "oxelosund")).toEqual([]);
  });

  it("leaves a smiley in the message itself alone, but not one in a signature without a greeting", () => {
    expect(signatureFindings(mail("Tack för hjälpen :-)"), "oxelosund").map((f) => f.messageId)).toEqual(["missing"]);
    const footer = "Tack för hjälpen :-)\n\nAnna Andersson\nOxelösunds kommun\nTelefon 0155-123 45 😀";
    expect(ids(signatureFindings(mail(footer), "oxelosund"))).toEqual(["emoji"]);
    const bodyOnly = "Tack för hjälpen :-)\n\nAnna Andersson\nOxelösunds kommun\nTelefon 0155-123 45";
    expect(signatureFindings(mail(bodyOnly), "oxelosund")).toEqual([]);
  });

  it.each([
    ["a coloured div", '<div style="background-color: #FFE0E0">Mobil</div>'],
    ["a table cell with bgcolor", '<table><tr><td bgcolor="yellow">x</td></tr></table>'],
    ["Word highlighting", '<span style="background:yellow;mso-highlight:yellow">x</span>'],
    ["a mark element", "<mark>x</mark>"],
  ])("finds %s in Oxelösund's signature", (_name, markup) => {
    const { text, html } = withSignature("oxelosund", "full", markup);
    expect(ids(signatureFindings(mail(text, html), "oxelosund"))).toEqual(["background"]);
  });

  it("finds a coloured table wrapped around the whole signature", () => {
    const rendered = renderSignature(template("oxelosund"), ANNA);
    const html = `<div>Hej!</div><table style="background:rgb(230, 240, 255)"><tr><td>Med vänlig hälsning<br>${rendered.html}</td></tr></table>`;
    expect(ids(signatureFindings(mail(`Hej!\nMed vänlig hälsning\n${rendered.text}`, html), "oxelosund"))).toEqual(["background"]);
  });

  it.each([["background:white"], ["background-color:#FFFFFF"], ["background:transparent"], ["background: rgb(255, 255, 255)"], ["background:none"]])(
    "does not count %s as a coloured background",
    (style) => {
      const { text, html } = withSignature("oxelosund", "full", `<div style="${style}">x</div>`);
      expect(signatureFindings(mail(text, html), "oxelosund")).toEqual([]);
    },
  );

  it("reports several problems at once, with one fix among them (not one identical button per problem)", () => {
    const { text, html } = withSignature("oxelosund", "full", '<img src="cid:logo"><span style="background:#f00">😀</span>');
    const findings = signatureFindings(mail(`${text} 😀`, html), "oxelosund");
    expect(ids(findings).sort()).toEqual(["background", "emoji", "image"]);
    expect(findings.filter((f) => f.actions).map((f) => f.actions?.[0]?.type)).toEqual(["insertSignature"]);
  });

  it("finds the signature in Outlook's signature element", () => {
    const html = `<div>Hej!</div><div id="Signature"><div>Anna Andersson</div><div>Ale kommun</div><img src="cid:x"></div>`;
    const findings = signatureFindings(mail("Hej!\nAnna Andersson\nAle kommun", html), "sjobo");
    expect(ids(findings)).toEqual(["wrongOrganisation", "image"]);
    const fix = actionOfType(findings[0]?.actions, "insertSignature");
    expect(fix?.htmlRange).toEqual({ start: html.indexOf('<div id="Signature">'), end: html.length });
  });
});

describe("applying the fix gives a message the check accepts", () => {
  function apply(body: string, range: { start: number; end: number }, replacement: string) {
    return body.slice(0, range.start) + replacement + body.slice(range.end);
  }

  it("replaces Oxelösund's signature with a logo, in HTML and text, keeping the message and the history", () => {
    const rendered = renderSignature(template("oxelosund"), ANNA);
    const history = '<div id="divRplyFwdMsg"><b>Från:</b> Kalle</div><div>Hej <img src="cid:kalle"></div>';
    const html = `<div>Hej!</div><div>Med vänliga hälsningar</div><div>Anna Andersson 😀</div><div>Oxelösunds kommun</div><img src="cid:logo">${history}`;
    const text = "Hej!\nMed vänliga hälsningar\nAnna Andersson 😀\nOxelösunds kommun\n";
    const findings = signatureFindings(mail(text, html, "reply"), "oxelosund");
    expect(ids(findings).sort()).toEqual(["emoji", "image", "incomplete"]);
    const fix = actionOfType(findings[0]?.actions, "insertSignature");
    if (!fix?.htmlRange || !fix.textRange) throw new Error("expected a replace action");
    const fixedHtml = apply(html, fix.htmlRange, rendered.html);
    const fixedText = apply(text, fix.textRange, rendered.text);
    expect(fixedHtml.startsWith("<div>Hej!</div><div>Med vänliga hälsningar</div>")).toBe(true);
    expect(fixedHtml.endsWith(history)).toBe(true);
    expect(signatureFindings(mail(fixedText, fixedHtml, "reply"), "oxelosund")).toEqual([]);
  });

  it("replaces an incomplete Ale signature in a plain-text body", () => {
    const text = "Hej!\n\nMed vänlig hälsning\nAnna\nLerums kommun";
    const [finding] = signatureFindings(mail(text), "ale");
    const fix = actionOfType(finding?.actions, "insertSignature");
    if (!fix?.textRange) throw new Error("expected a replace action");
    const fixed = apply(text, fix.textRange, renderSignature(template("ale"), ANNA).text);
    expect(fixed.startsWith("Hej!\n\nMed vänlig hälsning\n\nAnna Andersson")).toBe(true);
    expect(fixed.match(/Med vänlig hälsning/g)).toHaveLength(1);
    expect(signatureFindings(mail(fixed), "ale")).toEqual([]);
  });
});
