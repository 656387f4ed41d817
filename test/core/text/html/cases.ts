/**
 * HTML that browsers show (or hide) differently from what Postvakt's old
 * hand-written readers assumed. Plain data, no project code: the tables in
 * this folder run them against the tokenizer, the projection, html-to-text,
 * masking and the signature region. Every case failed on the old readers
 * (see the commit that added this file).
 *
 * The numbers are Skatteverket's test personnummer.
 */

export const PNR = "781121-2393";
const MASKED = "781121-XXXX";

export interface VisibleCase {
  readonly name: string;
  readonly html: string;
  /** A piece of the text a browser shows: the projection must contain it. */
  readonly shows: string;
  /** The HTML after masking: the hidden digits replaced in the source, every other character as it was. */
  readonly masked: string;
}

/** Replaces the one occurrence of `find` in `html`; throws if it is not there exactly once (a typo in a case). */
function once(html: string, find: string, replace: string): string {
  const at = html.indexOf(find);
  if (at < 0 || html.indexOf(find, at + 1) >= 0) throw new Error(`case: ${JSON.stringify(find)} must occur once in ${html}`);
  return html.slice(0, at) + replace + html.slice(at + find.length);
}

function visible(name: string, html: string, shows: string, maskedFrom = PNR, maskedTo = MASKED): VisibleCase {
  return { name, html, shows, masked: once(html, maskedFrom, maskedTo) };
}

export const VISIBLE_CASES: readonly VisibleCase[] = [
  // Content a browser moves out of <head> or never treats as special.
  visible("the rest of the body after an unclosed <head>", `<html><head><title>Ärende</title><p>Pnr ${PNR}</p></html>`, `Pnr ${PNR}`),
  visible("text straight inside an unclosed <head>", `<head><meta charset="utf-8">Pnr ${PNR}`, `Pnr ${PNR}`),
  visible("a stray <head> inside the body", `<html><body><p>Hej</p><head><p>Pnr ${PNR}</p></head><p>Mvh</p></body></html>`, `Pnr ${PNR}`),
  visible("a stray <xml> inside the body", `<body><p>Hej</p><xml><p>Pnr ${PNR}</p></xml><p>Mvh</p></body>`, `Pnr ${PNR}`),
  visible("an unclosed <xml>", `<body><p>Hej</p><xml>Pnr ${PNR}`, `Pnr ${PNR}`),

  // Attributes: quotes inside unquoted values and names are ordinary characters.
  visible("an unquoted attribute value with an apostrophe", `<p><span title=don't>Pnr ${PNR}</span> och <span title=won't>mer</span></p>`, `Pnr ${PNR} och mer`),
  visible("an attribute name with an apostrophe", `<p><span don't>Pnr ${PNR}</span><span x='y'>z</span></p>`, `Pnr ${PNR}z`),
  visible("an unquoted value with a double quote", `<p><font face=Arial" size=2>Pnr ${PNR}</font> <b class="x">y</b></p>`, `Pnr ${PNR} y`),

  // Comments end where the tokenizer says, not at the next "-->".
  visible("a comment ended by <!-->", `<p>Hej<!-->Pnr ${PNR}</p><!-- ok -->`, `HejPnr ${PNR}`),
  visible("a comment ended by <!--->", `<p>Hej<!--->Pnr ${PNR}</p><!-- ok -->`, `HejPnr ${PNR}`),
  visible("a comment ended by --!>", `<p>Hej<!-- x --!>Pnr ${PNR}</p><!-- ok -->`, `HejPnr ${PNR}`),
  visible("a bogus comment (<![CDATA[ in HTML) ends at its first '>'", `<p><![CDATA[ "x ]]>Pnr ${PNR}</p><p title="y">z</p>`, `Pnr ${PNR}`),
  visible("a processing instruction is a bogus comment that ends at its first '>'", `<?xml version="1.0 ?>Pnr ${PNR}<p title="x">z</p>`, `Pnr ${PNR}`),
  visible("a doctype ends at '>' even inside its quoted identifier", `<!DOCTYPE html SYSTEM "about:legacy>Pnr ${PNR}"><p>x</p>`, `Pnr ${PNR}"`),

  // Character references as browsers read them.
  visible("&nbsp without a semicolon", "<p>19781121&nbsp2393</p>", "19781121\u00a02393", "2393", "XXXX"),
  visible("a decimal reference without a semicolon", "<p>Pnr 78112&#49-2393</p>", `Pnr ${PNR}`, "2393", "XXXX"),
  visible("a hexadecimal reference with leading zeros and no semicolon", "<p>Pnr 78112&#x0031-2393</p>", `Pnr ${PNR}`, "2393", "XXXX"),
  visible("a decimal reference with many leading zeros", "<p>Pnr 78112&#0000000049;-2393</p>", `Pnr ${PNR}`, "2393", "XXXX"),
  visible("&dash; (HTML5 name for U+2010)", "<p>Pnr 781121&dash;2393</p>", "Pnr 781121\u20102393", "2393", "XXXX"),
  visible("&NonBreakingSpace;", "<p>19781121&NonBreakingSpace;2393</p>", "19781121\u00a02393", "2393", "XXXX"),
  visible("&#150; is the windows-1252 en dash", "<p>Pnr 781121&#150;2393</p>", "Pnr 781121\u20132393", "2393", "XXXX"),
  visible("a digit written as a reference without a semicolon is masked whole", "<p>Pnr 781121-239&#51</p>", `Pnr ${PNR}`, "239&#51", "XXXX"),

  // Raw text that browsers show as text.
  visible("a comment inside <textarea> is text", `<textarea><!-- Pnr ${PNR} --></textarea>`, `<!-- Pnr ${PNR} -->`),
  visible("tags inside <xmp> are text", `<xmp><b>Pnr ${PNR}</b></xmp>`, `<b>Pnr ${PNR}</b>`),
  visible("everything after <plaintext> is text", `<p>a</p><plaintext><!-- Pnr ${PNR} -->`, `<!-- Pnr ${PNR} -->`),
];

export interface HiddenCase {
  readonly name: string;
  readonly html: string;
}

/** Numbers a browser does not show: the projection must not contain them and masking leaves the HTML alone. */
export const HIDDEN_CASES: readonly HiddenCase[] = [
  { name: "a double-escaped script runs past its inner </script>", html: `<script><!--<script>x</script> Pnr ${PNR} --></script><p>ok</p>` },
  { name: "</stylex> does not end a <style>", html: `<style>a{}</stylex> Pnr ${PNR} </style><p>ok</p>` },
  { name: "<template> content is not rendered", html: `<p>ok</p><template><p>Pnr ${PNR}</p></template>` },
  { name: "<noscript> (scripting on, as parse5 and browsers parse it)", html: `<p>ok</p><noscript>Pnr ${PNR}</noscript>` },
  { name: "<iframe> content is raw text that is not shown", html: `<p>ok</p><iframe>Pnr ${PNR}</iframe>` },
  { name: "<noembed>", html: `<p>ok</p><noembed>Pnr ${PNR}</noembed>` },
  { name: "<noframes>", html: `<p>ok</p><noframes>Pnr ${PNR}</noframes>` },
];

/** A signature at the end of an HTML body, after `before`, with something forbidden in `after`. */
export interface SignatureCase {
  readonly name: string;
  readonly html: string;
  /** How many images the signature region shows. */
  readonly images: number;
  /** Whether it paints a coloured background. */
  readonly background: boolean;
  /** The region must be found from the greeting. */
  readonly greeting: boolean;
}

const SIGN_OFF = "<p>Med vänlig hälsning</p><p>Anna Andersson</p>";

export const SIGNATURE_CASES: readonly SignatureCase[] = [
  { name: "a logo after a comment ended by --!>", html: `<p>Hej</p>${SIGN_OFF}<!-- x --!><img src="cid:logo.png"><!-- y -->`, images: 1, background: false, greeting: true },
  { name: "a logo after <!-->", html: `<p>Hej</p>${SIGN_OFF}<!--><img src="cid:logo.png"><!-- y -->`, images: 1, background: false, greeting: true },
  { name: "a coloured background after <!--->", html: `<p>Hej</p><!---><div style="background:yellow">${SIGN_OFF}</div><!-- y -->`, images: 0, background: true, greeting: true },
  { name: "a greeting written with &nbsp without semicolons", html: "<p>Hej</p><p>Med&nbspvänlig&nbsphälsning</p><p>Anna Andersson</p>", images: 0, background: false, greeting: true },
  { name: "a background colour written with a long numeric reference", html: `<p>Hej</p><div style="background:&#000000035;ffe0e0">${SIGN_OFF}</div>`, images: 0, background: true, greeting: true },
  { name: "an image inside <template> is not shown", html: `<p>Hej</p>${SIGN_OFF}<template><img src="cid:logo.png"></template>`, images: 0, background: false, greeting: true },
];
