/**
 * A number split by characters a reader does not see (soft hyphen, zero-width
 * space, joiners, word joiner, byte-order mark) or written with look-alike
 * characters (full-width digits and hyphen, non-breaking hyphen, figure dash,
 * minus sign, narrow no-break space) is still a number: found, with a range
 * into the original text, a safe excerpt, and masked in place.
 */
import { describe, expect, it } from "vitest";
import { asciiDigits, createPersonnummerDetector, maskIdentityNumbersInHtml, maskIdentityNumbersInText, redactIdentityNumber } from "../../../src/core";
import { normalizeNumberChars } from "../../../src/core/text/number-chars";

const detector = createPersonnummerDetector({ referenceYear: 2026 });

const SHY = "\u00ad";
const ZWSP = "\u200b";
const ZWNJ = "\u200c";
const ZWJ = "\u200d";
const WJ = "\u2060";
const BOM = "\ufeff";
const NB_HYPHEN = "\u2011";
const FIGURE_DASH = "\u2012";
const MINUS = "\u2212";
const NARROW_NBSP = "\u202f";
/** Full-width digits and hyphen, as phones and East Asian keyboards type them. */
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/-/g, "\uff0d");

// Skatteverket test numbers.
const TWELVE = "19781121-2393";
const TEN = "781121-2393";

describe("numbers split or written with characters a reader does not tell apart", () => {
  it.each([
    ["a soft hyphen in place of the separator", `Gäller 781121${SHY}2393 tack`, `781121${SHY}2393`, "medium"],
    ["a soft hyphen in place of the separator, after a label", `Pnr 781121${SHY}2393`, `781121${SHY}2393`, "high"],
    ["a soft hyphen inside the serial", `Gäller 19781121-23${SHY}93.`, `19781121-23${SHY}93`, "high"],
    ["a zero-width space inside the date", `Gäller 1978${ZWSP}1121-2393.`, `1978${ZWSP}1121-2393`, "high"],
    ["a zero-width space between every digit", `Gäller ${"781121".split("").join(ZWSP)}-2393.`, `${"781121".split("").join(ZWSP)}-2393`, "high"],
    ["a zero-width joiner and non-joiner", `Gäller 78${ZWJ}1121-23${ZWNJ}93.`, `78${ZWJ}1121-23${ZWNJ}93`, "high"],
    ["a word joiner beside the separator", `Gäller 781121${WJ}-2393.`, `781121${WJ}-2393`, "high"],
    ["a byte-order mark in the middle", `Gäller 7811${BOM}21-2393.`, `7811${BOM}21-2393`, "high"],
    ["a non-breaking hyphen", `Gäller 19781121${NB_HYPHEN}2393.`, `19781121${NB_HYPHEN}2393`, "high"],
    ["a figure dash", `Gäller 781121${FIGURE_DASH}2393.`, `781121${FIGURE_DASH}2393`, "high"],
    ["a minus sign", `Gäller 781121${MINUS}2393.`, `781121${MINUS}2393`, "high"],
    ["a narrow no-break space", `Gäller 781121${NARROW_NBSP}2393.`, `781121${NARROW_NBSP}2393`, "medium"],
    ["full-width digits and hyphen, long form", `Mitt personnummer är ${fullWidth(TWELVE)}`, fullWidth(TWELVE), "high"],
    ["full-width digits and hyphen, short form", `Gäller ${fullWidth(TEN)}, tack`, fullWidth(TEN), "high"],
    ["twelve bare full-width digits", `Gäller ${fullWidth("197811212393")}.`, fullWidth("197811212393"), "high"],
    ["full-width digits with an ASCII hyphen", `Gäller ${fullWidth("781121")}-${fullWidth("2393")}.`, `${fullWidth("781121")}-${fullWidth("2393")}`, "high"],
  ])("%s", (_name, text, expected, confidence) => {
    const matches = detector.detect(text);
    expect(matches.map((m) => [text.slice(m.start, m.end), m.confidence])).toEqual([[expected, confidence]]);
  });

  it("reads a label with a soft hyphen in it", () => {
    expect(detector.detect(`Person${SHY}nummer: 7811212393`).map((m) => m.confidence)).toEqual(["high"]);
  });

  it("keeps invisible characters around the number outside its range", () => {
    const text = `Pnr:${ZWSP} ${BOM}781121-2393${ZWSP}${SHY}.`;
    const [m] = detector.detect(text);
    expect(text.slice(m!.start, m!.end)).toBe("781121-2393");
  });

  it("maps every range back into the original, with invisible characters before and between numbers", () => {
    const text = `a${ZWSP}b${SHY}c ${TEN} och ${fullWidth(TEN)}, d${ZWJ}${ZWJ}e 1978${ZWSP}1121-2393 ${BOM}f ${TWELVE}`;
    const found = detector.detect(text).map((m) => asciiDigits(text.slice(m.start, m.end)));
    expect(found).toEqual(["7811212393", "7811212393", "197811212393", "197811212393"]);
  });

  it("does not let an invisible character join a number to more digits than the reader sees", () => {
    // The reader sees "12781121-2393", which is no personnummer.
    expect(detector.detect(`Gäller 12${ZWSP}781121-2393.`)).toEqual([]);
  });

  it("reports a mistyped full-width number after a label at low confidence, like an ASCII one", () => {
    expect(detector.detect(`Personnummer: ${fullWidth("781121-2394")}`).map((m) => m.confidence)).toEqual(["low"]);
  });

  it("tells a full-width look-alike apart by its context too", () => {
    expect(detector.detect(`Mobil: ${fullWidth("0701012395")}`)).toEqual([]);
  });
});

describe("excerpts of such numbers are safe", () => {
  it.each([
    [`Pnr ${fullWidth(TWELVE)}`, "197811••-••••"],
    [`Pnr ${fullWidth(TEN)}`, "7811••-••••"],
    [`Pnr 19781121-23${SHY}93`, "197811••-••••"],
    [`Pnr 1978${ZWSP}1121-2393`, "197811••-••••"],
  ])("%s", (text, redacted) => {
    expect(detector.detect(text).map((m) => m.redacted)).toEqual([redacted]);
  });

  it("redacts full-width digits however the caller got the string", () => {
    expect(redactIdentityNumber(fullWidth(TEN))).toBe("7811••-••••");
    expect(redactIdentityNumber(`19781121-23${SHY}93`)).toBe("197811••-••••");
  });
});

describe("masking such numbers hides their digits", () => {
  it.each([
    [`Pnr ${fullWidth(TWELVE)}.`, `Pnr ${fullWidth("19781121-")}XXXX.`],
    [`Pnr 19781121-23${SHY}93.`, `Pnr 19781121-XX${SHY}XX.`],
    [`Pnr 1978${ZWSP}1121-2393.`, `Pnr 1978${ZWSP}1121-XXXX.`],
    [`Gäller 781121${SHY}2393.`, `Gäller 781121${SHY}XXXX.`],
  ])("in text: %s", (text, masked) => {
    const result = maskIdentityNumbersInText(text, (t) => detector.detect(t));
    expect(result).toEqual({ text: masked, masked: 1 });
    expect(detector.detect(result.text).filter((m) => m.confidence !== "low")).toEqual([]);
  });

  it("in HTML, with the soft hyphen as an entity and full-width digits as characters and entities", () => {
    const html = `<p>Pnr 19781121-23&shy;93</p><p>Pnr ${fullWidth(TEN)}</p><p>Pnr &#xFF17;&#xFF18;1121-2393</p>`;
    const result = maskIdentityNumbersInHtml(html, (t) => detector.detect(t));
    expect(result.masked).toBe(3);
    expect(result.html).toBe(`<p>Pnr 19781121-XX&shy;XX</p><p>Pnr ${fullWidth("781121-")}XXXX</p><p>Pnr &#xFF17;&#xFF18;1121-XXXX</p>`);
  });
});

describe("normalizeNumberChars", () => {
  it("maps back every character it keeps", () => {
    const original = `x${SHY}1${ZWSP}２${NB_HYPHEN}3${BOM}`;
    const n = normalizeNumberChars(original);
    expect(n.text).toBe("x12-3");
    expect([0, 1, 2, 3, 4, 5].map((k) => n.toOriginal(k))).toEqual([0, 2, 4, 5, 6, 8]);
    expect(n.rangeToOriginal(1, 5)).toEqual({ start: 2, end: 7 });
  });

  it("returns text without such characters as it is", () => {
    const n = normalizeNumberChars("Pnr 781121-2393");
    expect(n.text).toBe("Pnr 781121-2393");
    expect(n.toOriginal(7)).toBe(7);
  });
});
