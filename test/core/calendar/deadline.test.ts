import { describe, expect, it } from "vitest";
import { deadlineFor, type ResponseRule } from "../../../src/core";

const SJOBO: ResponseRule = { kind: "next-working-day" }; // "besvaras nästkommande arbetsdag"
const OXELOSUND: ResponseRule = { kind: "hours", hours: 48, rollToWorkingDay: true }; // "inom 48 timmar"
const OXELOSUND_STRICT: ResponseRule = { kind: "hours", hours: 48 };
const TYRESO: ResponseRule = { kind: "working-days", days: 2 }; // "inom två arbetsdagar"

describe("deadlines: next working day (Sjöbo)", () => {
  it.each([
    ["Thursday 16:40 before midsommar", "2026-06-18T16:40:00+02:00", "2026-06-22"],
    ["midsommarafton 16:40", "2026-06-19T16:40:00+02:00", "2026-06-22"],
    ["Friday 16:40, a week before midsommar", "2026-06-12T16:40:00+02:00", "2026-06-15"],
    ["a Sunday", "2026-06-21T11:00:00+02:00", "2026-06-22"],
    ["julafton", "2026-12-24T10:00:00+01:00", "2026-12-28"],
    ["nyårsafton", "2026-12-31T10:00:00+01:00", "2027-01-04"],
    // 22:30 UTC on Thursday is already midsommarafton in Sweden.
    ["late Thursday evening in UTC", "2026-06-18T22:30:00Z", "2026-06-22"],
    ["an ordinary Tuesday", "2026-09-08T08:00:00+02:00", "2026-09-09"],
  ])("%s -> %s", (_what, received, due) => {
    expect(deadlineFor(SJOBO, received)).toEqual({ kind: "next-working-day", due });
  });
});

describe("deadlines: hours (Oxelösund)", () => {
  it.each([
    // received, due (rolled to a working day)
    ["Thursday 16:40 before midsommar: Saturday is rolled to Monday", "2026-06-18T16:40:00+02:00", "2026-06-22T16:40:00+02:00"],
    ["midsommarafton 16:40: Sunday is rolled to Monday", "2026-06-19T16:40:00+02:00", "2026-06-22T16:40:00+02:00"],
    ["arrival on a Sunday: Tuesday is a working day", "2026-06-21T16:40:00+02:00", "2026-06-23T16:40:00+02:00"],
    ["over an ordinary weekend", "2026-03-06T15:00:00+01:00", "2026-03-09T15:00:00+01:00"],
    ["a working-day due stays as it is", "2026-09-07T10:05:00+02:00", "2026-09-09T10:05:00+02:00"],
    ["to julafton, rolled past the whole of Christmas", "2026-12-22T09:00:00+01:00", "2026-12-28T09:00:00+01:00"],
    // 48 elapsed hours over the spring change-over land at 11:00 CEST on Sunday; Monday keeps that clock time.
    ["over the spring change-over", "2026-03-27T10:00:00+01:00", "2026-03-30T11:00:00+02:00"],
    ["over the autumn change-over", "2026-10-23T09:15:00+02:00", "2026-10-26T08:15:00+01:00"],
  ])("%s", (_what, received, due) => {
    expect(deadlineFor(OXELOSUND, received)).toEqual({ kind: "hours", due });
  });

  it("without the flag, the due instant is just N hours on", () => {
    expect(deadlineFor(OXELOSUND_STRICT, "2026-06-18T16:40:00+02:00")).toEqual({ kind: "hours", due: "2026-06-20T16:40:00+02:00" });
    expect(deadlineFor({ kind: "hours", hours: 24, rollToWorkingDay: false }, "2026-03-28T12:00:00+01:00")).toEqual({ kind: "hours", due: "2026-03-29T13:00:00+02:00" });
  });

  it("gives the same answer for a Date, epoch milliseconds and ISO strings in any offset", () => {
    const expected = { kind: "hours", due: "2026-06-22T16:40:00+02:00" };
    const ms = Date.parse("2026-06-18T14:40:00Z");
    for (const received of [ms, new Date(ms), "2026-06-18T14:40:00Z", "2026-06-18T10:40:00-04:00", "2026-06-19T00:40:00+10:00"]) {
      expect(deadlineFor(OXELOSUND, received)).toEqual(expected);
    }
  });

  it("drops milliseconds", () => {
    expect(deadlineFor({ kind: "hours", hours: 1 }, "2026-09-07T10:05:07.850+02:00").due).toBe("2026-09-07T11:05:07+02:00");
  });
});

describe("deadlines: working days, same day, none", () => {
  it("counts working days from the arrival's Stockholm date (Tyresö)", () => {
    expect(deadlineFor(TYRESO, "2026-06-18T16:40:00+02:00")).toEqual({ kind: "working-days", due: "2026-06-23" });
    expect(deadlineFor(TYRESO, "2026-06-21T09:00:00+02:00")).toEqual({ kind: "working-days", due: "2026-06-23" });
    expect(deadlineFor(TYRESO, "2026-12-23T12:00:00+01:00")).toEqual({ kind: "working-days", due: "2026-12-29" });
    expect(deadlineFor({ kind: "working-days", days: 0 }, "2026-06-20T12:00:00+02:00")).toEqual({ kind: "working-days", due: "2026-06-22" });
  });

  it("same day: the arrival date, or the next working day when it is not one", () => {
    expect(deadlineFor({ kind: "same-day" }, "2026-06-23T08:00:00+02:00")).toEqual({ kind: "same-day", due: "2026-06-23" });
    expect(deadlineFor({ kind: "same-day" }, "2026-06-21T08:00:00+02:00")).toEqual({ kind: "same-day", due: "2026-06-22" });
    expect(deadlineFor({ kind: "same-day" }, "2026-12-24T08:00:00+01:00")).toEqual({ kind: "same-day", due: "2026-12-28" });
  });

  it("as soon as possible and none have no due date", () => {
    expect(deadlineFor({ kind: "as-soon-as-possible" }, "2026-06-23T08:00:00+02:00")).toEqual({ kind: "as-soon-as-possible", due: null });
    expect(deadlineFor({ kind: "none" }, "2026-06-23T08:00:00+02:00")).toEqual({ kind: "none", due: null });
  });

  it("refuses malformed rules and instants", () => {
    expect(() => deadlineFor({ kind: "hours", hours: -1 }, "2026-06-23T08:00:00+02:00")).toThrow(RangeError);
    expect(() => deadlineFor({ kind: "hours", hours: Number.NaN }, "2026-06-23T08:00:00+02:00")).toThrow(RangeError);
    expect(() => deadlineFor({ kind: "working-days", days: 1.5 }, "2026-06-23T08:00:00+02:00")).toThrow(RangeError);
    expect(() => deadlineFor({ kind: "working-days", days: -1 }, "2026-06-23T08:00:00+02:00")).toThrow(RangeError);
    expect(() => deadlineFor({ kind: "bogus" } as unknown as ResponseRule, "2026-06-23T08:00:00+02:00")).toThrow(RangeError);
    expect(() => deadlineFor(SJOBO, "2026-06-23 08:00")).toThrow(RangeError);
  });
});
