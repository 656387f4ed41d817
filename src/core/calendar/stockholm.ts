/**
 * Swedish time (Europe/Stockholm) computed from the rule itself, so the
 * answer never depends on Intl, on the time-zone data the runtime happens to
 * carry or on the machine's own zone.
 *
 * The rule: CET (UTC+1), and CEST (UTC+2) from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October. This is the EU rule
 * (directive 2000/84/EC, and the same dates since 1996). It is applied to
 * every year, so instants before 1996 come out as if the rule had held then
 * too; Sweden actually ended summer time on the last Sunday of September in
 * 1980-1995 and had none in 1949-1979. Mail the add-in sees is recent, so
 * that is documented rather than modelled. Should the EU ever abolish the
 * change of clocks, this file is the one place to change.
 *
 * Instants come in as a `Date`, milliseconds since the epoch, or an ISO 8601
 * date-time string that names its offset ("2026-06-19T16:40:00+02:00",
 * "2026-06-19T14:40:00Z"). A string without an offset would be read in the
 * host's zone by `Date.parse`, so it is refused (RangeError).
 */
import { calendarDate, formatIsoDate, toDayNumber, type CalendarDate } from "./date";

export type Instant = Date | number | string;

/** A wall-clock time of day. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch; RangeError for an invalid instant or a string without an offset. */
export function instantMs(instant: Instant): number {
  let ms: number;
  if (typeof instant === "number") ms = instant;
  else if (typeof instant === "string") {
    if (!ISO_INSTANT.test(instant)) throw new RangeError(`Not an ISO 8601 date-time with Z or an offset: ${instant}`);
    ms = Date.parse(instant);
  } else ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return ms;
}

/** The day number of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const nextMonthFirst = month === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, month + 1, 1);
  const last = toDayNumber(nextMonthFirst) - 1;
  const dow = (((last + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return last - dow;
}

/** The two change-overs of a year, as epoch milliseconds (both at 01:00 UTC). */
export function summerTimeBounds(year: number): { readonly start: number; readonly end: number } {
  return {
    start: lastSunday(year, 3) * DAY_MS + HOUR_MS,
    end: lastSunday(year, 10) * DAY_MS + HOUR_MS,
  };
}

/**
 * Stockholm's offset from UTC at an instant, in minutes: 60 or 120. The UTC
 * year decides which year's change-overs apply; both fall well inside it.
 */
export function stockholmOffsetMinutes(instant: Instant): 60 | 120 {
  const ms = instantMs(instant);
  const { start, end } = summerTimeBounds(new Date(ms).getUTCFullYear());
  return ms >= start && ms < end ? 120 : 60;
}

/** The Stockholm wall clock at an instant, as UTC fields of a shifted Date. */
function shifted(ms: number): Date {
  return new Date(ms + stockholmOffsetMinutes(ms) * MINUTE_MS);
}

/** The calendar date in Stockholm at an instant. */
export function stockholmDate(instant: Instant): CalendarDate {
  const t = shifted(instantMs(instant));
  return calendarDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The Stockholm time of day at an instant (whole seconds; milliseconds dropped). */
export function stockholmClockTime(instant: Instant): Required<ClockTime> {
  const t = shifted(instantMs(instant));
  return { hour: t.getUTCHours(), minute: t.getUTCMinutes(), second: t.getUTCSeconds() };
}

function assertClock(time: ClockTime): void {
  const second = time.second ?? 0;
  const ok =
    Number.isInteger(time.hour) && Number.isInteger(time.minute) && Number.isInteger(second) &&
    time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59 && second >= 0 && second <= 59;
  if (!ok) throw new RangeError(`Not a time of day: ${JSON.stringify(time)}`);
}

/**
 * The instant at which Stockholm clocks show `time` on `date`, in epoch ms.
 *
 * Two days a year are irregular, and both are resolved one fixed way (the
 * same as Temporal's "compatible" disambiguation):
 *  - the gap (last Sunday of March, 02:00-02:59 does not exist): the time is
 *    read with the offset in force before the change (UTC+1), so 02:30 gives
 *    the instant the clocks show 03:30 CEST;
 *  - the overlap (last Sunday of October, 02:00-02:59 happens twice): the
 *    earlier of the two, still in summer time (UTC+2).
 * Both days are Sundays, so a deadline rolled to a working day never meets them.
 */
export function stockholmInstant(date: CalendarDate, time: ClockTime): number {
  assertClock(time);
  const wall = toDayNumber(date) * DAY_MS + time.hour * HOUR_MS + time.minute * MINUTE_MS + (time.second ?? 0) * 1000;
  const asSummer = wall - 120 * MINUTE_MS;
  const asWinter = wall - 60 * MINUTE_MS;
  // Summer time when that reading holds (the only one, or the earlier in the
  // overlap); otherwise winter time, which also places a time in the gap.
  return stockholmOffsetMinutes(asSummer) === 120 ? asSummer : asWinter;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2026-06-23T16:40:00+02:00": the instant in Stockholm time with its offset, whole seconds. */
export function formatStockholmDateTime(instant: Instant): string {
  const ms = instantMs(instant);
  const offset = stockholmOffsetMinutes(ms);
  const t = new Date(ms + offset * MINUTE_MS);
  const date = formatIsoDate(calendarDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));
  return `${date}T${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}+${pad2(offset / 60)}:00`;
}
