import { describe, expect, it } from "vitest";
import { mobileNumberDetector, normalizeSwedishMobile, redactPhoneNumber } from "../../../src/core";

const found = (text: string) => mobileNumberDetector.detect(text).map((m) => text.slice(m.start, m.end));

describe("mobile-number detector", () => {
  it.each([
    ["070-123 45 67", "070-123 45 67"],
    ["Mobil: 070 123 45 67.", "070 123 45 67"],
    ["ring 0701234567", "0701234567"],
    ["070-1234567", "070-1234567"],
    ["072-345 67 89", "072-345 67 89"],
    ["073 - 123 45 67", "073 - 123 45 67"],
    ["076-12 34 567", "076-12 34 567"],
    ["079/123 45 67", "079/123 45 67"],
    ["+46 70 123 45 67", "+46 70 123 45 67"],
    ["+46701234567", "+46701234567"],
    ["+46 (0)70-123 45 67", "+46 (0)70-123 45 67"],
    ["0046 70 123 45 67", "0046 70 123 45 67"],
    ["0046701234567", "0046701234567"],
    ["(070-123 45 67)", "070-123 45 67"],
  ])("finds %s", (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ["a landline", "0142-850 00, 0303-33 00 00, 08-123 456 78"],
    ["a series that is not mobile", "071-123 45 67, 074-123 45 67, 077-123 45 67"],
    ["too few digits", "070-123 45 6"],
    ["too many digits", "070-123 45 678"],
    ["inside a longer number", "1070-123 45 67 och 80701234567"],
    ["another country", "+47 70 123 45 67"],
    ["a personnummer form", "070123-4567"],
    ["glued to letters", "ID0701234567"],
  ])("ignores %s", (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it("normalises every form to the national digits, so numbers can be compared", () => {
    for (const raw of ["070-123 45 67", "+46 70 123 45 67", "+46 (0)70-123 45 67", "0046701234567", "070 - 123 45 67"]) {
      expect(normalizeSwedishMobile(raw)).toBe("0701234567");
    }
    expect(normalizeSwedishMobile("0142-850 00")).toBeUndefined();
    expect(normalizeSwedishMobile("+47 70 123 45 67")).toBeUndefined();
  });

  it("redacts all but the series and the last two digits", () => {
    expect(redactPhoneNumber("070-123 45 67")).toBe("070-••• •• 67");
    expect(redactPhoneNumber("+46 70 123 45 67")).toBe("+46 70 ••• •• 67");
    expect(mobileNumberDetector.detect("070-123 45 67")[0]?.redacted).toBe("070-••• •• 67");
  });
});
