import { describe, expect, it } from "vitest";
import { isSwedishMobile, swedishNationalDigits } from "../../../src/core/text/swedish-phone";

describe("swedishNationalDigits", () => {
  it.each([
    ["070-123 45 67", "0701234567"],
    ["+46 70 123 45 67", "0701234567"],
    ["+46 (0)70-123 45 67", "0701234567"],
    ["0046 70 123 45 67", "0701234567"],
    ["+46 070 123 45 67", "0701234567"],
    ["0303-33 00 00", "0303330000"],
    ["+46 155 123 45", "015512345"],
  ])("%s -> %s", (raw, digits) => expect(swedishNationalDigits(raw)).toBe(digits));

  it("refuses another country's number", () => {
    expect(swedishNationalDigits("+47 912 34 567")).toBeUndefined();
    expect(swedishNationalDigits("0045 12 34 56 78")).toBeUndefined();
  });
});

describe("isSwedishMobile", () => {
  it.each([
    ["0701234567", true],
    ["0791234567", true],
    ["0741234567", false],
    ["070123456", false],
    ["0303330000", false],
  ])("%s: %s", (digits, mobile) => expect(isSwedishMobile(digits)).toBe(mobile));
});
