import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../../src/core";
import { projectHtml } from "../../../../src/core/text/html/projection";
import { HIDDEN_CASES, PNR, VISIBLE_CASES } from "./cases";

/** Every non-space character maps to source whose decoded text is that character. */
function expectMapHolds(html: string): void {
  const { text, sourceStart, sourceEnd } = projectHtml(html);
  expect(sourceStart).toHaveLength(text.length);
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text.charAt(i))) continue;
    const source = html.slice(sourceStart[i] as number, sourceEnd[i] as number);
    expect(decodeHTML(source), `${JSON.stringify(text.charAt(i))} at ${i}`).toContain(text.charAt(i));
  }
}

describe("what a reader sees", () => {
  it.each(VISIBLE_CASES.map((c) => [c.name, c] as const))("shows %s", (_name, c) => {
    expect(projectHtml(c.html).text).toContain(c.shows);
    expect(htmlToText(c.html)).toContain(c.shows.trim());
    expectMapHolds(c.html);
  });

  it.each(HIDDEN_CASES.map((c) => [c.name, c] as const))("hides %s", (_name, c) => {
    expect(projectHtml(c.html).text).not.toContain(PNR);
    expect(projectHtml(c.html).text).toContain("ok");
  });

  it.each([
    ["<p>a</p><p>b</p>", "a\nb\n"],
    ["a<br>b<br><br>c", "a\nb\n\nc"],
    ["a<br></p>b", "a\nb"],
    ["  a \n\t b  <b> c </b> d ", "a b c d"],
    ["<div> a </div> b", "a\nb"],
    ["<table><tr><td>A</td><td> B </td></tr><tr><th>C</th></tr></table>", "A B\nC\n"],
    ["<pre>\na  b\r\nc</pre>d", "a  b\nc\nd"],
    ["<textarea>\n x  y </textarea>z", " x  y  z"],
    ["a&nbsp; b", "a\u00a0 b"],
    ["a&#32;&#10; b", "a b"],
    ["a\u0000b", "ab"],
    ["<textarea>a\u0000b</textarea>", "a\ufffdb"],
    ["<svg><![CDATA[ 781121-2393 ]]></svg>", "781121-2393"],
    ["<svg><style>x{}</style><text>s</text></svg>", "s"],
    ["<svg><p>a</p></svg><style>x</style>b", "a\nb"],
    ["<svg><title>t</title><foreignObject><textarea>a</textarea></foreignObject></svg>", "a"],
    ["<template><p>x</p></template>y", "y"],
    ["<template><template>x</template>y</template>z", "z"],
    ["</template>a", "a"],
    ["<head><title>T</title><style>s</style></head><body>b</body>", "b\n"],
    ["<noscript>n</noscript><noembed>e</noembed><iframe>i</iframe>x", "x"],
  ])("%j reads %j", (html, text) => expect(projectHtml(html).text).toBe(text));

  it("maps inserted line breaks and cell separators to the tag's '<', with an empty range", () => {
    const html = "<p>a</p>b<td>c";
    const { text, sourceStart, sourceEnd } = projectHtml(html);
    expect(text).toBe("a\nb c");
    expect([sourceStart[1], sourceEnd[1]]).toEqual([html.indexOf("</p>"), html.indexOf("</p>")]);
    expect([sourceStart[3], sourceEnd[3]]).toEqual([html.indexOf("<td>"), html.indexOf("<td>")]);
  });

  it("maps a reference to its whole source and reads only a window when asked", () => {
    const html = "<p>x&#0055;y</p><p>tail</p>";
    const { text, sourceStart, sourceEnd } = projectHtml(html);
    expect(text.slice(0, 3)).toBe("x7y");
    expect(html.slice(sourceStart[1], sourceEnd[1])).toBe("&#0055;");
    expect(projectHtml(html, { from: 10, to: html.length }).text).toBe("tail\n");
  });

  it("gives the start tags with their text positions and attributes, outside hidden content", () => {
    const { tags, endTags } = projectHtml('a<img src="cid:x"><template><img src=t></template><b title=&amp;>b</b>', { tags: true });
    expect(tags.map((t) => [t.tag.name, t.textIndex])).toEqual([["img", 1], ["template", 1], ["b", 1]]);
    expect(tags[2]?.tag.attributes.title).toBe("&");
    expect(endTags.map((t) => t.name)).toEqual(["template", "b"]);
  });

  it("is linear: 1 MB of markup, 100 KB of unclosed tags, deep nesting", () => {
    const cases = ["<p style='margin:0'>Lorem <b>ipsum</b> &amp; 781121-2393.</p>\n".repeat(16_000), "<div>".repeat(100_000), "<svg>".repeat(50_000) + "x", "<template>".repeat(50_000)];
    for (const html of cases) {
      const started = performance.now();
      projectHtml(html, { tags: true });
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});
