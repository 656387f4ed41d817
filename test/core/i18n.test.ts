import { describe, expect, it } from "vitest";
import { formatMessage, localeFromDisplayLanguage } from "../../src/core";

describe("locale", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["en-US", "en"],
    ["fi-FI", "en"],
    [undefined, "sv"],
    ["", "sv"],
  ])("%s -> %s", (lang, locale) => expect(localeFromDisplayLanguage(lang)).toBe(locale));

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("{{a}} och {{ b }} och {{c}}", { a: 1, b: "två" })).toBe("1 och två och {{c}}");
  });
});
