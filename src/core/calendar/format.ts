/**
 * Dates as the UI shows them: "tis 23 juni", "Tue 23 June", with the year on
 * request ("tis 23 juni 2026"). Fixed tables rather than Intl, so the text is
 * the same in every runtime and locale setting.
 */
import type { Locale } from "../i18n/locale";
import { toDayNumber, weekday, type CalendarDate } from "./date";

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  sv: ["sön", "mån", "tis", "ons", "tors", "fre", "lör"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};

const WEEKDAYS_LONG: Readonly<Record<Locale, readonly string[]>> = {
  sv: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export interface FormatDateOptions {
  /** "short" ("tis", the default), "long" ("tisdag") or "none". */
  readonly weekday?: "short" | "long" | "none";
  /** Add the year ("tis 23 juni 2026"). Off by default. */
  readonly year?: boolean;
}

/** "tis 23 juni" (sv) or "Tue 23 June" (en). */
export function formatDate(date: CalendarDate, locale: Locale, options: FormatDateOptions = {}): string {
  toDayNumber(date); // range check
  const style = options.weekday ?? "short";
  const parts: string[] = [];
  if (style !== "none") parts.push(((style === "long" ? WEEKDAYS_LONG : WEEKDAYS)[locale] as readonly string[])[weekday(date)] as string);
  parts.push(String(date.day), MONTHS[locale][date.month - 1] as string);
  if (options.year === true) parts.push(String(date.year));
  return parts.join(" ");
}

/** "tis 23 juni": `formatDate` in Swedish. */
export function formatSwedishDate(date: CalendarDate, options: FormatDateOptions = {}): string {
  return formatDate(date, "sv", options);
}
