/**
 * The absence as the user enters it: from a date and time to a date and
 * time, wall-clock in the mailbox's own time zone (Outlook and Graph take it
 * that way, so nothing here converts between zones).
 *
 * The return is computed with the Swedish working-day calendar
 * (src/core/calendar, the same one the diary deadlines use):
 *  - the last day of absence is the end date, or the day before when the
 *    absence ends at 00:00 ("to 10 August 00:00" is away through the 9th);
 *  - an absence that ends on a working day before 16:00 ends within that
 *    day: the user is back that day, at that time ("kl. 13.00");
 *  - otherwise the user is back on the first working day after the last day
 *    of absence (away through Friday 7 August: back Monday 10 August; through
 *    23 December: back 28 December, past julafton and the two jul days).
 */
import { addDays, compareDates, formatIsoDate, isValidCalendarDate, toDayNumber, type CalendarDate } from "../calendar/date";
import { isWorkingDay, nextWorkingDay } from "../calendar/holidays";

export interface WallTime {
  readonly hour: number;
  readonly minute: number;
}

export interface WallDateTime {
  readonly date: CalendarDate;
  readonly time: WallTime;
}

export interface AbsencePeriod {
  readonly start: WallDateTime;
  readonly end: WallDateTime;
}

/** When the user is back: a day, and the hour where the absence ends within a working day. */
export interface ReturnDay {
  readonly date: CalendarDate;
  readonly time?: WallTime;
}

/** An absence ending on a working day before this hour ends within that day. */
export const SAME_DAY_RETURN_BEFORE_HOUR = 16;

export type PeriodProblem = "invalidDate" | "invalidTime" | "endNotAfterStart";

function validTime(time: WallTime): boolean {
  return Number.isInteger(time.hour) && Number.isInteger(time.minute) && time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59;
}

function minutes(time: WallTime): number {
  return time.hour * 60 + time.minute;
}

/** Negative when a is earlier. */
export function compareWall(a: WallDateTime, b: WallDateTime): number {
  return compareDates(a.date, b.date) * 1440 + (minutes(a.time) - minutes(b.time));
}

/** What is wrong with a period, or undefined when it can be used. */
export function periodProblem(period: AbsencePeriod): PeriodProblem | undefined {
  if (!isValidCalendarDate(period.start.date) || !isValidCalendarDate(period.end.date)) return "invalidDate";
  if (!validTime(period.start.time) || !validTime(period.end.time)) return "invalidTime";
  if (compareWall(period.end, period.start) <= 0) return "endNotAfterStart";
  return undefined;
}

/** The last date the user is away (the end date, or the day before for an end at 00:00). */
export function lastAbsentDay(period: AbsencePeriod): CalendarDate {
  const { date, time } = period.end;
  return time.hour === 0 && time.minute === 0 ? addDays(date, -1) : date;
}

/** True when the absence begins and ends on the same day. */
export function isOneDay(period: AbsencePeriod): boolean {
  return compareDates(period.start.date, lastAbsentDay(period)) === 0;
}

/** The calendar days the absence touches (a weekend away Friday to Monday is four). */
export function absenceDays(period: AbsencePeriod): number {
  return toDayNumber(lastAbsentDay(period)) - toDayNumber(period.start.date) + 1;
}

/** When the user is back (see the file's comment for the rule). */
export function returnDay(period: AbsencePeriod): ReturnDay {
  const { date, time } = period.end;
  const atMidnight = time.hour === 0 && time.minute === 0;
  if (!atMidnight && isWorkingDay(date) && time.hour < SAME_DAY_RETURN_BEFORE_HOUR) return { date, time };
  return { date: nextWorkingDay(lastAbsentDay(period)) };
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2026-06-29T08:00:00": the form Graph's dateTimeTimeZone takes. */
export function formatWallDateTime(value: WallDateTime): string {
  return `${formatIsoDate(value.date)}T${pad2(value.time.hour)}:${pad2(value.time.minute)}:00`;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Graph's "2026-06-29T08:00:00.0000000" (no offset) as a wall-clock date-time; undefined for anything else. */
export function parseWallDateTime(text: string): WallDateTime | undefined {
  const m = WALL.exec(text.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const time = { hour: Number(m[4]), minute: Number(m[5]) };
  if (!isValidCalendarDate(date) || !validTime(time)) return undefined;
  return { date, time };
}

/** "08:00" -> the time; undefined for anything else. */
export function parseWallTime(text: string): WallTime | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const time = { hour: Number(m[1]), minute: Number(m[2]) };
  return validTime(time) ? time : undefined;
}

/** "08:00". */
export function formatWallTime(time: WallTime): string {
  return `${pad2(time.hour)}:${pad2(time.minute)}`;
}
