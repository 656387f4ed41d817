import { decodeHTML, decodeHTMLAttribute } from "entities";
import { describe, expect, it } from "vitest";
import { decodeCharacterReferences, decodeReferenceAt } from "../../../../src/core/text/html/entities";
import { matchNamedReference } from "../../../../src/core/text/html/named-references";
import { COMPACT_LEGACY_NAMES, COMPACT_NAMES, matchNamedReference as matchCompact } from "../../../../src/core/text/html/named-references-compact";

describe("character references", () => {
  it.each([
    // [source, decoded in text, decoded in an attribute value]
    ["&amp;", "&", "&"],
    ["&nbsp", "\u00a0", "\u00a0"],
    ["&nbspx", "\u00a0x", "&nbspx"],
    ["&copy=1", "©=1", "&copy=1"],
    ["&copy;=1", "©=1", "©=1"],
    ["&notin;", "∉", "∉"],
    ["&notit;", "¬it;", "&notit;"],
    ["&notin", "¬in", "&notin"],
    ["&dash;", "\u2010", "\u2010"],
    ["&dash", "&dash", "&dash"],
    ["&NonBreakingSpace;", "\u00a0", "\u00a0"],
    ["&NotEqualTilde;", "\u2242\u0338", "\u2242\u0338"],
    ["&CounterClockwiseContourIntegral;", "\u2233", "\u2233"],
    ["&AMP&COPY;&REG", "&©®", "&©®"],
    ["&Amp;", "&Amp;", "&Amp;"],
    ["&#55;&#0055;&#0000000055&#x37&#X0037;", "77777", "77777"],
    ["&#150;&#x80;&#159;&#x81;", "–€Ÿ\u0081", "–€Ÿ\u0081"],
    ["&#0;&#xD800;&#xDFFF;&#x110000;&#999999999999999999999;", "\ufffd".repeat(5), "\ufffd".repeat(5)],
    ["&#13;&#9;&#1;", "\r\t\u0001", "\r\t\u0001"],
    ["&#x1F600;", "😀", "😀"],
    ["&#;&#x;&#xg;&#a", "&#;&#x;&#xg;&#a", "&#;&#x;&#xg;&#a"],
    ["& &; &bogus; &&amp;", "& &; &bogus; &&", "& &; &bogus; &&"],
  ])("%j", (source, text, attribute) => {
    expect(decodeCharacterReferences(source)).toBe(text);
    expect(decodeCharacterReferences(source, true)).toBe(attribute);
    // The same as the entities package's own decoders (the standard's algorithm).
    expect(decodeHTML(source)).toBe(text);
    expect(decodeHTMLAttribute(source)).toBe(attribute);
  });

  it("says how much of the source a reference takes", () => {
    expect(decodeReferenceAt("x&amp;y", 1, 7, false)).toEqual({ value: "&", length: 5 });
    expect(decodeReferenceAt("x&ampy", 1, 6, false)).toEqual({ value: "&", length: 4 });
    expect(decodeReferenceAt("&#0000055;", 0, 10, false)).toEqual({ value: "7", length: 10 });
    expect(decodeReferenceAt("&amp;", 0, 3, false)).toBeUndefined(); // "&am" up to the end given: no name
    expect(decodeReferenceAt("&x", 0, 2, false)).toBeUndefined();
  });
});

describe("the compact table of the send-time file", () => {
  it("has the 252 HTML 4 names, &apos; and the six upper-case legacy spellings", () => {
    expect(COMPACT_NAMES).toHaveLength(259);
    expect(new Set(COMPACT_NAMES).size).toBe(259);
  });

  it("holds all 106 names the standard accepts without ';'", () => {
    expect(COMPACT_LEGACY_NAMES).toHaveLength(106);
    for (const name of COMPACT_LEGACY_NAMES) expect(matchNamedReference(`${name} `, 0, name.length + 1), name).toMatchObject({ length: name.length });
  });

  it("decodes every name as the full table does, with and without ';'", () => {
    for (const name of COMPACT_NAMES) {
      for (const input of [`${name};`, `${name} x`, `${name}x;`, `${name}`]) {
        expect(matchCompact(input, 0, input.length), input).toEqual(matchNamedReference(input, 0, input.length));
      }
    }
  });

  it("leaves names outside it as written, like unknown names", () => {
    expect(matchCompact("dash;", 0, 5)).toBeUndefined();
    expect(matchCompact("NonBreakingSpace;", 0, 17)).toBeUndefined();
    expect(matchCompact("notin;", 0, 6)).toEqual({ value: "∉", length: 6 });
    expect(matchCompact("notinx", 0, 6)).toEqual({ value: "¬", length: 3 });
  });
});
