import { describe, expect, it } from "vitest";
import { locateSignatureInHtml, locateSignatureInText } from "../../../src/core";
import { findEmoji } from "../../../src/core/signature/inspect";
import { isColouredBackground } from "../../../src/core/signature/inspect-html";

describe("locating the signature in huge or pathological HTML, in one pass", () => {
  it("handles deep nesting, marker soup and unterminated tags", () => {
    // Each of these would take minutes with a backtracking regex or a quadratic scan.
    const nested = "<div>".repeat(50_000) + "Med vänlig hälsning" + "</span>".repeat(20_000);
    const region = locateSignatureInHtml(nested);
    expect(region.source).toBe("greeting");
    expect(region.enclosing.length).toBeLessThanOrEqual(20);
    const markers = "gmail_quote ".repeat(100_000);
    expect(locateSignatureInHtml(markers).end).toBe(markers.length);
    const unclosed = `<div title="${"appendonsend ".repeat(100_000)}`;
    expect(locateSignatureInHtml(unclosed).end).toBe(unclosed.length);
    const real = `${"<p>gmail_quote</p>".repeat(50_000)}<blockquote type="cite">`;
    expect(locateSignatureInHtml(real).end).toBe(real.length - '<blockquote type="cite">'.length);
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
