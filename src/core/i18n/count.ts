/**
 * Counts in words. Up to twelve they are written out, so that the texts
 * Postvakt shows outside the task pane (the Send dialog, the hint bars)
 * carry no digits in the common case: no reader, and no test, has to wonder
 * whether a digit came from an identity number. Larger counts are grouped as
 * Swedish and English write them ("2 000 097" / "2,000,097").
 */
import type { Locale, Localized } from "./locale";
import { formatMessage } from "./locale";

const NUMBER_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  sv: ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
};

/** 2000097 -> "2 000 097" (sv, with a no-break space) or "2,000,097" (en). */
export function groupDigits(count: number, locale: Locale): string {
  const digits = String(Math.trunc(Math.abs(count)));
  const separator = locale === "sv" ? "\u00a0" : ",";
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits.charAt(i);
  }
  return count < 0 ? `-${out}` : out;
}

/** "ett", "två", … "tolv", then grouped digits. Swedish "en" vs "ett" follows the noun: pass `common` for en-words. */
export function countWord(count: number, locale: Locale, common = false): string {
  if (locale === "sv" && common && count === 1) return "en";
  return NUMBER_WORDS[locale][count] ?? groupDigits(count, locale);
}

/** A text with a singular and a plural form; `{{count}}` in either is the count in words. */
export interface CountedForms {
  readonly one: string;
  readonly other: string;
}

export type LocalizedCount = Readonly<Record<Locale, CountedForms>>;

/** Picks the form for `count` and fills `{{count}}` (in words) and any other placeholders. */
export function localizeCount(
  text: LocalizedCount,
  locale: Locale,
  count: number,
  data?: Readonly<Record<string, string | number>>,
  common = false,
): string {
  const forms = text[locale];
  return formatMessage(count === 1 ? forms.one : forms.other, { ...data, count: countWord(count, locale, common) });
}

/** "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? "";
  const and = locale === "sv" ? " och " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

/** The same list joined in both languages. */
export function joinLocalized(items: readonly Localized[]): Localized {
  return { sv: joinList(items.map((i) => i.sv), "sv"), en: joinList(items.map((i) => i.en), "en") };
}
