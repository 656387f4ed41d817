/**
 * An instant as the UI shows it in Stockholm time: "mån 16 juni kl. 07.00"
 * (sv, the time with a full stop as Swedish writes it) or "Mon 16 June 07:00"
 * (en). No padStart: the send-time runtime may be ES2016.
 */
import type { Locale } from "../i18n/locale";
import { formatDate, type FormatDateOptions } from "./format";
import { stockholmClockTime, stockholmDate, type Instant } from "./stockholm";

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "07.00" (sv) or "07:00" (en). */
export function formatTimeOfDay(hour: number, minute: number, locale: Locale): string {
  return `${two(hour)}${locale === "sv" ? "." : ":"}${two(minute)}`;
}

/** "kl. 07.00" (sv) or "07:00" (en). */
export function formatClock(hour: number, minute: number, locale: Locale): string {
  return locale === "sv" ? `kl. ${formatTimeOfDay(hour, minute, locale)}` : formatTimeOfDay(hour, minute, locale);
}

/** "mån 16 juni kl. 07.00" / "Mon 16 June 07:00". */
export function formatStockholmMoment(instant: Instant, locale: Locale, options: FormatDateOptions = {}): string {
  const time = stockholmClockTime(instant);
  return `${formatDate(stockholmDate(instant), locale, options)} ${formatClock(time.hour, time.minute, locale)}`;
}
