/**
 * Calendar dates without a time or a time zone: "the 23rd of June 2026", as a
 * working-day rule or a deadline thinks of it. One representation throughout
 * the calendar module: a frozen `{ year, month, day }` with month 1-12.
 *
 * Arithmetic goes through a day number (days since 1970-01-01, the proleptic
 * Gregorian calendar) computed with `Date.UTC`, which depends on neither the
 * clock nor the host's time zone. Years 1583 (the first full Gregorian year)
 * to 9999 are accepted; anything else is a RangeError, as is a date the
 * calendar does not have (2026-02-30).
 */

export interface CalendarDate {
  readonly year: number;
  /** 1 = January ... 12 = December. */
  readonly month: number;
  readonly day: number;
}

/** 0 = Sunday, 1 = Monday ... 6 = Saturday (as `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const MIN_YEAR = 1583;
export const MAX_YEAR = 9999;

const DAY_MS = 86_400_000;

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real date within the supported years. */
export function isValidCalendarDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= monthLength(year, month)
  );
}

function assertDate(date: CalendarDate): void {
  if (!isValidCalendarDate(date)) {
    throw new RangeError(`Not a calendar date between ${MIN_YEAR} and ${MAX_YEAR}: ${JSON.stringify(date)}`);
  }
}

/** A checked, frozen date; RangeError when it does not exist. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const date = { year, month, day };
  assertDate(date);
  return Object.freeze(date);
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: CalendarDate): number {
  assertDate(date);
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** The date of a day number; RangeError outside the supported years. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a day number: ${dayNumber}`);
  const t = new Date(dayNumber * DAY_MS);
  return calendarDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function weekday(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** Negative when a is earlier, 0 when the same day, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "2026-06-23". */
export function formatIsoDate(date: CalendarDate): string {
  assertDate(date);
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-06-23" -> the date; undefined for any other text or a date that does not exist. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(date) ? Object.freeze(date) : undefined;
}
