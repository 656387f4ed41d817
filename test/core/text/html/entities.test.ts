import { decodeHTML, decodeHTMLAttribute } from "entities";
import { describe, expect, it } from "vitest";
import { decodeCharacterReferences, decodeReferenceAt } from "../../../../src/core/text/html/entities";

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
