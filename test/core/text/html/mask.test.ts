import { describe, expect, it } from "vitest";
import { maskIdentityNumbersInHtml, personnummerDetector } from "../../../../src/core";
import { HIDDEN_CASES, VISIBLE_CASES } from "./cases";

const find = (text: string) => personnummerDetector.detect(text);

describe("masking where a browser shows the number", () => {
  it.each(VISIBLE_CASES.map((c) => [c.name, c] as const))("%s: the digits are replaced in the source, the markup kept byte for byte", (_name, c) => {
    const result = maskIdentityNumbersInHtml(c.html, find);
    expect(result.html).toBe(c.masked);
    expect(result).toMatchObject({ masked: 1, unmasked: 0 });
    // Nothing is left to find.
    expect(find(maskIdentityNumbersInHtml(result.html, find).text)).toEqual([]);
  });

  it.each(HIDDEN_CASES.map((c) => [c.name, c] as const))("%s: not shown, so not touched", (_name, c) => {
    expect(maskIdentityNumbersInHtml(c.html, find)).toMatchObject({ html: c.html, masked: 0, unmasked: 0 });
  });
});

describe("what masking cannot do, it says", () => {
  it("counts a number whose digits share one source (overlapping finds) as not masked", () => {
    const html = "<p>Pnr 781121-2393</p>";
    const twice = (text: string) => [...find(text), ...find(text)];
    expect(maskIdentityNumbersInHtml(html, twice)).toMatchObject({ html: "<p>Pnr 781121-XXXX</p>", masked: 1, unmasked: 1 });
  });
});
