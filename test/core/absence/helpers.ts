/** Builders for the absence tests. */
import { calendarDate, type AbsenceContact, type AbsenceForwarding, type AbsencePeriod, type AbsencePlan } from "../../../src/core";

/** "2026-08-07 17:00" -> a wall-clock date-time. */
export function at(text: string): AbsencePeriod["start"] {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`bad date-time ${text}`);
  return { date: calendarDate(Number(m[1]), Number(m[2]), Number(m[3])), time: { hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0) } };
}

export function period(from: string, to: string): AbsencePeriod {
  return { start: at(from), end: at(to) };
}

export const KARIN: AbsenceContact = { kind: "colleague", name: "Karin Holm", phone: "0155-381 24", email: "karin.holm@oxelosund.se" };

export function plan(overrides: Partial<AbsencePlan> & { contact?: AbsenceContact; forwarding?: AbsenceForwarding } = {}): AbsencePlan {
  return {
    kindId: "semester",
    period: period("2026-06-29 00:00", "2026-08-07 23:59"),
    contact: KARIN,
    forwarding: { kind: "none" },
    english: false,
    ...overrides,
  };
}
