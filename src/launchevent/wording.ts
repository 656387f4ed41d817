/**
 * Small text helpers for the send dialog and the live hints. Counts are
 * written as words up to twelve so that the texts carry no digits at all in
 * the common case: a reader (or a test) never has to wonder whether a digit
 * came from an identity number.
 */
import type { Locale } from "../core";

const NUMBER_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  sv: ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
};

/** "ett", "två", ... "tolv", then digits. Swedish "en" vs "ett" follows the noun: pass `common` for en-words. */
export function countWord(count: number, locale: Locale, common = false): string {
  if (locale === "sv" && common && count === 1) return "en";
  return NUMBER_WORDS[locale][count] ?? String(count);
}

/** "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? "";
  const and = locale === "sv" ? " och " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

/** Cuts text to at most `max` characters at a word boundary, ending in "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "";
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** Escapes the characters Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]#<>|~]/g, (ch) => `\\${ch}`);
}
