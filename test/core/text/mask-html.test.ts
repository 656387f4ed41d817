import { describe, expect, it } from "vitest";
import { htmlToText, maskIdentityNumbersInHtml, maskIdentityNumbersInText, personnummerDetector } from "../../../src/core";

const PNR = "781121-2393"; // Skatteverket test number
/** The caller finds the numbers (mask-html knows no detector). */
const find = (text: string) => personnummerDetector.detect(text);

describe("masking identity numbers inside HTML", () => {
  it("masks the last four digits and leaves every tag and attribute as it was", () => {
    const html = `<p class="MsoNormal" style="margin:0"><span lang="SV">Pnr: ${PNR}</span></p>`;
    expect(maskIdentityNumbersInHtml(html, find)).toMatchObject({ html: `<p class="MsoNormal" style="margin:0"><span lang="SV">Pnr: 781121-XXXX</span></p>`, masked: 1, unmasked: 0 });
  });

  it("masks a number that spans formatting tags", () => {
    expect(maskIdentityNumbersInHtml(`<b>781121</b>-<i>2393</i>`, find).html).toBe(`<b>781121</b>-<i>XXXX</i>`);
  });

  it("keeps entities and decodes them to find numbers", () => {
    const { html, masked } = maskIdentityNumbersInHtml(`19781121&nbsp;2393 &amp; 781121&#8209;2393 &lt;x&gt;`, find);
    expect(masked).toBe(2);
    expect(html).toBe(`19781121&nbsp;XXXX &amp; 781121&#8209;XXXX &lt;x&gt;`);
  });

  it("masks digits written as entities by replacing the entity", () => {
    expect(maskIdentityNumbersInHtml(`781121-239&#51;`, find).html).toBe(`781121-XXXX`);
  });

  it("leaves attributes, comments, styles, scripts and the title alone", () => {
    const html = `<html><head><title>${PNR}</title><style>.x{content:"${PNR}"}</style></head><body><a href="https://x.se/?id=${PNR}" title="${PNR}">länk</a><!-- ${PNR} --><script>var a="${PNR}"</script></body></html>`;
    expect(maskIdentityNumbersInHtml(html, find)).toMatchObject({ html, masked: 0, unmasked: 0 });
  });

  it("leaves phone numbers, org numbers and references alone", () => {
    const html = `<p>Ring 070-123 45 67, org.nr 556036-0793, OCR 6310166407</p>`;
    expect(maskIdentityNumbersInHtml(html, find)).toMatchObject({ html, masked: 0, unmasked: 0 });
  });

  it("masks table cells separately", () => {
    const html = `<table><tr><td>Erik</td><td>${PNR}</td></tr><tr><td>Sara</td><td>950331-2382</td></tr></table>`;
    const result = maskIdentityNumbersInHtml(html, find);
    expect(result.masked).toBe(2);
    expect(result.html).toBe(`<table><tr><td>Erik</td><td>781121-XXXX</td></tr><tr><td>Sara</td><td>950331-XXXX</td></tr></table>`);
  });

  it("survives odd HTML: unclosed tags, a stray <, quotes with >", () => {
    const html = `<div title="a>b">x < y ${PNR}<p>oavslutad`;
    expect(maskIdentityNumbersInHtml(html, find).html).toBe(`<div title="a>b">x < y 781121-XXXX<p>oavslutad`);
  });

  it("has the same in plain text", () => {
    expect(maskIdentityNumbersInText(`Pnr ${PNR} och 19950331-2382`, find)).toEqual({ text: "Pnr 781121-XXXX och 19950331-XXXX", masked: 2 });
  });

  it("after masking, nothing is detected any more", () => {
    const html = `<p>${PNR}</p><p>7811212393</p><p>19781121 2393</p>`;
    expect(personnummerDetector.detect(htmlToText(maskIdentityNumbersInHtml(html, find).html))).toEqual([]);
  });
});

describe("html to text", () => {
  it("reads what a user sees: blocks and breaks as lines, entities decoded, whitespace collapsed", () => {
    const html = `<html><head><style>p{}</style></head><body><p>Hej&nbsp;Anna,</p><p>rad   ett<br>rad&#160;två</p><ul><li>ett</li><li>två</li></ul><table><tr><td>A</td><td>B</td></tr></table></body></html>`;
    expect(htmlToText(html)).toBe("Hej\u00a0Anna,\nrad ett\nrad\u00a0två\nett\ntvå\nA B");
  });

  it("keeps the text of <pre> as written", () => {
    expect(htmlToText("<pre>a  b\nc</pre>")).toBe("a  b\nc");
  });
});
