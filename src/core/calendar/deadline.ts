/**
 * When an answer is due, from a kommun's response rule and the instant a
 * message arrived. The arrival's date is its date in Stockholm, whatever zone
 * the reader's machine is in.
 *
 * The kinds and the formats of `due` are an external interface (the command
 * line prints them): keep them.
 *  - "next-working-day" (Sjöbo: "besvaras nästkommande arbetsdag"): the first
 *    working day after the arrival's date. Due "YYYY-MM-DD".
 *  - "hours" (Oxelösund: "inom 48 timmar"): arrival + N hours, as an ISO 8601
 *    date-time with the Stockholm offset ("2026-06-23T16:40:00+02:00", whole
 *    seconds). With `rollToWorkingDay` (off unless set), a due instant whose
 *    Stockholm date is not a working day moves to the same Stockholm clock
 *    time on the next working day: the analogy with lag (1930:173) 2 §, which
 *    is a policy choice since a kommun's own target is not a författning.
 *  - "working-days" (Tyresö: "två arbetsdagar"): `addWorkingDays(arrival date, N)`;
 *    N = 0 is the same as "same-day". Due "YYYY-MM-DD".
 *  - "same-day": the arrival's date, or the next working day when it is not one.
 *  - "as-soon-as-possible" and "none": no date (`due: null`); the first says
 *    "skyndsamt", the second that the kommun sets no target.
 */
import { formatIsoDate, type CalendarDate } from "./date";
import { addWorkingDays, isWorkingDay, nextWorkingDay } from "./holidays";
import { formatStockholmDateTime, instantMs, stockholmClockTime, stockholmDate, stockholmInstant, type Instant } from "./stockholm";

export type ResponseRule =
  | { readonly kind: "next-working-day" }
  | { readonly kind: "hours"; readonly hours: number; readonly rollToWorkingDay?: boolean }
  | { readonly kind: "working-days"; readonly days: number }
  | { readonly kind: "same-day" }
  | { readonly kind: "as-soon-as-possible" }
  | { readonly kind: "none" };

export type ResponseRuleKind = ResponseRule["kind"];

export interface Deadline {
  readonly kind: ResponseRuleKind;
  /** "YYYY-MM-DD" for the day kinds, an ISO date-time with the Stockholm offset for "hours", null when there is none. */
  readonly due: string | null;
}

const HOUR_MS = 3_600_000;

function day(kind: ResponseRuleKind, date: CalendarDate): Deadline {
  return { kind, due: formatIsoDate(date) };
}

/** The deadline a rule gives a message received at `received`. RangeError on a malformed rule or instant. */
export function deadlineFor(rule: ResponseRule, received: Instant): Deadline {
  const at = instantMs(received);
  const date = stockholmDate(at);
  switch (rule.kind) {
    case "next-working-day":
      return day(rule.kind, nextWorkingDay(date));
    case "same-day":
      return day(rule.kind, isWorkingDay(date) ? date : nextWorkingDay(date));
    case "working-days":
      if (!Number.isInteger(rule.days) || rule.days < 0) throw new RangeError(`"working-days" needs a whole number of days, 0 or more: ${rule.days}`);
      return day(rule.kind, addWorkingDays(date, rule.days));
    case "hours": {
      if (!Number.isFinite(rule.hours) || rule.hours < 0) throw new RangeError(`"hours" needs a number of hours, 0 or more: ${rule.hours}`);
      let due = at + rule.hours * HOUR_MS;
      const dueDate = stockholmDate(due);
      if (rule.rollToWorkingDay === true && !isWorkingDay(dueDate)) {
        due = stockholmInstant(nextWorkingDay(dueDate), stockholmClockTime(due));
      }
      return { kind: rule.kind, due: formatStockholmDateTime(due) };
    }
    case "as-soon-as-possible":
    case "none":
      return { kind: rule.kind, due: null };
    default: {
      const unknown: never = rule;
      throw new RangeError(`Unknown response rule: ${JSON.stringify(unknown)}`);
    }
  }
}
