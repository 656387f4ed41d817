import { describe, expect, it } from "vitest";
import { blankOut, findQuotedHistory } from "../../../src/core";
import { isInside } from "../../../src/core/text/quoted";

const quotedPart = (text: string) => findQuotedHistory(text).map((r) => text.slice(r.start, r.end));

describe("quoted history", () => {
  it.each([
    ["an Outlook reply header (Swedish)", "Svar.\n\nFrån: Anna <a@x.se>\nSkickat: den 14 maj 2024 09:12\nTill: Bo\nÄmne: X\n\nGammalt", "Från: Anna"],
    ["an Outlook reply header (English)", "Reply.\n\nFrom: Anna <a@x.se>\nSent: Tuesday\nTo: Bo\n\nOld", "From: Anna"],
    ["an Outlook rule line", "Svar.\n________________________________\nFrån: Anna <a@x.se>\nSkickat: i går\n\nGammalt", "________"],
    ["Ursprungligt meddelande", "Svar.\n-----Ursprungligt meddelande-----\nGammalt", "-----Ursprungligt"],
    ["Original Message", "Reply.\n-----Original Message-----\nOld", "-----Original"],
    ["a Gmail/Apple line", "Svar.\n\nDen 14 maj 2024 kl. 09:12 skrev Anna <a@x.se>:\n> Gammalt", "Den 14 maj"],
    ["an English wrote line", "Reply.\n\nOn Tue, 14 May 2024 at 09:12, Anna <a@x.se> wrote:\n> Old", "On Tue"],
  ])("from %s to the end", (_name, text, startsWith) => {
    const parts = quotedPart(text);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.startsWith(startsWith)).toBe(true);
    expect(text.endsWith(parts[0] as string)).toBe(true);
  });

  it("finds > quoted blocks between new text", () => {
    expect(quotedPart("Svar 1\n> citat a\n> citat b\nSvar 2\n> citat c\n")).toEqual(["> citat a\n> citat b\n", "> citat c\n"]);
  });

  it("finds nothing in a new message, also one that mentions From: in passing", () => {
    expect(findQuotedHistory("Hej!\nFrån: oss alla, tack för i år.\nAnna")).toEqual([]);
  });

  it("tells whether an offset lies in a region", () => {
    const text = "a\n> q1\nb\n> q2\nc\n> q3\n";
    const ranges = findQuotedHistory(text);
    const inside = [...text].map((_, i) => isInside(ranges, i));
    expect(inside).toEqual([...text].map((_, i) => ranges.some((r) => i >= r.start && i < r.end)));
    expect(isInside(ranges, text.indexOf("q2"))).toBe(true);
    expect(isInside(ranges, text.indexOf("b"))).toBe(false);
  });

  it("blanks out regions without moving anything", () => {
    const text = "Ny text\n> gammal 7811\nmer";
    const blanked = blankOut(text, findQuotedHistory(text));
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(`Ny text\n${" ".repeat("> gammal 7811".length)}\nmer`);
  });
});
