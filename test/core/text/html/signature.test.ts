import { describe, expect, it } from "vitest";
import { locateSignatureInHtml } from "../../../../src/core";
import { findColouredBackgrounds, findImages } from "../../../../src/core/signature/inspect-html";
import { SIGNATURE_CASES } from "./cases";

describe("the signature check reads HTML as a browser shows it", () => {
  it.each(SIGNATURE_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const region = locateSignatureInHtml(c.html);
    expect(region.source === "greeting").toBe(c.greeting);
    expect(region.text).toMatch(/^Med vänlig hälsning\nAnna Andersson/);
    expect(findImages(region.tags)).toHaveLength(c.images);
    expect(findColouredBackgrounds([...region.enclosing, ...region.tags]).length > 0).toBe(c.background);
  });
});
