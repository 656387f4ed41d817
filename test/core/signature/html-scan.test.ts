import { describe, expect, it } from "vitest";
import { locateSignatureInHtml, locateSignatureInText } from "../../../src/core";
import { decodeCharacterReferences, scanHtml, type ScannedToken } from "../../../src/core/signature/html-scan";
import { findEmoji, isColouredBackground } from "../../../src/core/signature/inspect";

function tokens(html: string): ScannedToken[] {
  const out: ScannedToken[] = [];
  scanHtml(html, (t) => {
    out.push(t);
  });
  return out;
}

const tagNames = (html: string) => tokens(html).flatMap((t) => (t.type === "tag" ? [`${t.kind === "close" ? "/" : ""}${t.name}`] : []));

describe("the tag scanner", () => {
  it("reads tags, attributes in any quoting and text runs with offsets", () => {
    const html = `<P Class=x STYLE='color:red' title="a &amp; b">Hej</p>`;
    const [open, text, close] = tokens(html);
    expect(open).toMatchObject({ type: "tag", kind: "open", name: "p", attributes: { class: "x", style: "color:red", title: "a & b" }, start: 0 });
    expect(text).toEqual({ type: "text", start: html.indexOf("Hej"), end: html.indexOf("Hej") + 3 });
    expect(close).toMatchObject({ kind: "close", name: "p", start: html.indexOf("</p>") });
  });

  it("skips comments, conditional comments, doctype, script and style content", () => {
    expect(tagNames(`<!DOCTYPE html><!--<img src=a>--><![if !vml]><style>p{background:red}<img></style><script>"<img>"</script ><b>x</b>`)).toEqual([
      "style",
      "/style",
      "script",
      "/script",
      "b",
      "/b",
    ]);
  });

  it("treats a stray '<' as text and survives unterminated quotes and comments", () => {
    expect(tagNames("a < b <3 <img src='x>")).toEqual(["img"]);
    expect(tagNames("<div>ok</div><!-- never closed <img>")).toEqual(["div", "/div"]);
    expect(tagNames("<style>never closed <img>")).toEqual(["style"]);
    expect(tagNames('<img src="x" / alt=>')).toEqual(["img"]);
  });

  it("handles pathological input in one pass", () => {
    // Each of these would take minutes with a backtracking regex or a quadratic scan.
    const many = "<a ".repeat(100_000);
    expect(tagNames(many)).toHaveLength(1);
    const nested = "<div>".repeat(50_000) + "Med vänlig hälsning" + "</span>".repeat(20_000);
    const region = locateSignatureInHtml(nested);
    expect(region.source).toBe("greeting");
    expect(region.enclosing.length).toBeLessThanOrEqual(20);
    expect(tagNames("<!--".repeat(100_000))).toEqual([]);
    expect(tagNames('<p a="'.repeat(100_000))).toEqual(["p"]);
    const markers = "gmail_quote ".repeat(100_000);
    expect(locateSignatureInHtml(markers).end).toBe(markers.length);
    const unclosed = `<div title="${"appendonsend ".repeat(100_000)}`;
    expect(locateSignatureInHtml(unclosed).end).toBe(unclosed.length);
    const real = `${"<p>gmail_quote</p>".repeat(50_000)}<blockquote type="cite">`;
    expect(locateSignatureInHtml(real).end).toBe(real.length - '<blockquote type="cite">'.length);
  });

  it("decodes the common character references and leaves unknown ones", () => {
    expect(decodeCharacterReferences("&auml;&#246;&#xE5;&amp;&nbsp;&bogus;")).toBe("äöå&\u00a0&bogus;");
  });
});

describe("locating the signature", () => {
  it("starts at the last closing greeting and ends before quoted history (text)", () => {
    const text = "Hej!\nMed vänlig hälsning till alla\nsa hon.\n\nVänliga hälsningar\nAnna\n\n-----Ursprungligt meddelande-----\nFrån: x\n\nMed vänlig hälsning\nKalle";
    const region = locateSignatureInText(text);
    expect(text.slice(region.start, region.end)).toBe("Vänliga hälsningar\nAnna\n\n");
    expect(region.source).toBe("greeting");
  });

  it("falls back to the last lines when there is no greeting", () => {
    const lines = Array.from({ length: 15 }, (_, i) => `rad ${i}`).join("\n");
    const region = locateSignatureInText(lines);
    expect(region.source).toBe("tail");
    expect(lines.slice(region.start)).toMatch(/^rad 5\n/);
  });

  it("keeps inline answers ('> quoted' lines) inside the writer's text", () => {
    const text = "> Kan ni?\nJa.\n\nMvh\nAnna\nAle kommun";
    expect(locateSignatureInText(text).end).toBe(text.length);
  });

  it("maps the HTML region back to offsets in the source, before the reply header", () => {
    const html = `<div>Hej</div><p class=MsoNormal>Med&nbsp;vänlig&nbsp;hälsning<o:p></o:p></p><p>Anna</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>Från:</b> Kalle</p></div><p>Mvh Kalle</p>`;
    const region = locateSignatureInHtml(html);
    expect(region.source).toBe("greeting");
    // The greeting's own paragraph goes with it, so a replacement leaves no empty <p> behind.
    expect(html.slice(region.start, region.end)).toBe("<p class=MsoNormal>Med&nbsp;vänlig&nbsp;hälsning<o:p></o:p></p><p>Anna</p>");
    expect(region.text).toBe("Med vänlig hälsning\nAnna");
    expect(region.greetingEnd).toBe(html.indexOf("<p>Anna"));
  });

  it.each([['<div id="divRplyFwdMsg">'], ["<blockquote type=cite>"], ['<div class="gmail_quote">'], ['<hr id="stopSpelling">']])("stops at %s", (marker) => {
    const html = `<div>Mvh</div><div>Anna</div>${marker}<div>Mvh Kalle</div>`;
    expect(locateSignatureInHtml(html).end).toBe(html.indexOf(marker));
  });

  it("does not take the writer's own indented blockquote for history", () => {
    const html = "<div>Enligt lagen:</div><blockquote>Citat</blockquote><div>Mvh</div><div>Anna</div>";
    const region = locateSignatureInHtml(html);
    expect(region.end).toBe(html.length);
    expect(region.text).toBe("Mvh\nAnna");
  });
});

describe("forbidden content", () => {
  it.each([
    ["#FFE0E0", true],
    ["yellow", true],
    ["rgb(1,2,3)", true],
    ["white", false],
    ["#fff !important", false],
    ["url(cid:x) no-repeat", false],
    ["rgba(0, 0, 0, 0)", false],
    ["windowtext", false],
  ])("background %s coloured: %s", (value, coloured) => expect(isColouredBackground(value)).toBe(coloured));

  it.each([
    ["Hej :-)", 4],
    [";) ok", 0],
    ["Ses! 🎉", 5],
    ["Klart ✅", 6],
    ["Tel:D", -1],
    ["10:30)", -1],
    ["✉ anna@x.se ☎ 070", -1],
  ])("findEmoji(%j) = %i", (text, at) => expect(findEmoji(text)).toBe(at));
});
