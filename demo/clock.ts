/**
 * The demo's clock. `?now=2026-07-04T10:30` (Stockholm wall time) sets the
 * simulated computer's clock to that moment, and it runs on from there: the
 * host page (and so the send check) and the task pane iframe install the same
 * clock before any of Postvakt's code runs, so both read the same time, as
 * they would on one computer. This is how the demo shows a send on a Saturday
 * evening or the day after an absence ended. Without `now` the real clock
 * stands.
 */
import { isValidCalendarDate, stockholmInstant } from "../src/core";

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant a `now` parameter names, or undefined when it is absent or not a date and time. */
export function parseDemoNow(value: string | null): number | undefined {
  const m = value ? WALL_TIME.exec(value.trim()) : null;
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const time = { hour: Number(m[4]), minute: Number(m[5]) };
  if (!isValidCalendarDate(date) || time.hour > 23 || time.minute > 59) return undefined;
  return stockholmInstant(date, time);
}

/** The `now` parameter of a URL's query, as given (for passing it on). */
export function demoNowParameter(search: string): string | null {
  return new URLSearchParams(search).get("now");
}

/**
 * Replaces the global Date so that `Date.now()` and `new Date()` read the
 * chosen moment plus the time since the page loaded. Dates built from a
 * value are untouched. Returns false (and changes nothing) without a valid
 * `now`.
 */
export function installDemoClock(search: string, target: typeof globalThis = globalThis): boolean {
  const start = parseDemoNow(demoNowParameter(search));
  if (start === undefined) return false;
  const RealDate = target.Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  class DemoDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return now();
    }
  }
  target.Date = DemoDate as DateConstructor;
  return true;
}
