import { describe, expect, it } from "vitest";
import { absenceDays, formatIsoDate, isOneDay, lastAbsentDay, periodProblem, returnDay, formatWallDateTime, parseWallDateTime } from "../../../src/core";
import { at, period } from "./helpers";

describe("the return day: the first working day after the absence", () => {
  it.each([
    ["2026-06-29 00:00", "2026-08-07 23:59", "2026-08-10", "through Friday: back Monday"],
    ["2026-06-29 08:00", "2026-08-07 17:00", "2026-08-10", "Friday 17:00 is the end of the day"],
    ["2026-06-29 00:00", "2026-08-10 00:00", "2026-08-10", "an end at 00:00 is the day before"],
    ["2026-06-15 08:00", "2026-06-18 17:00", "2026-06-22", "past midsommarafton and the weekend"],
    ["2026-12-21 08:00", "2026-12-23 17:00", "2026-12-28", "past julafton, juldagen, annandag jul"],
    ["2026-12-28 08:00", "2026-12-30 17:00", "2027-01-04", "past nyårsafton and nyårsdagen"],
    ["2027-03-22 08:00", "2027-03-25 17:00", "2027-03-30", "past långfredagen and annandag påsk"],
    ["2027-05-03 08:00", "2027-05-05 17:00", "2027-05-07", "past Kristi himmelsfärds dag"],
    ["2026-08-08 09:00", "2026-08-08 12:00", "2026-08-10", "a Saturday morning: the next working day"],
  ])("%s to %s: back %s (%s)", (from, to, back) => {
    const r = returnDay(period(from, to));
    expect(formatIsoDate(r.date)).toBe(back);
    expect(r.time).toBeUndefined();
  });

  it("an absence that ends on a working day before 16:00 ends within that day", () => {
    expect(returnDay(period("2026-09-04 08:00", "2026-09-04 13:00"))).toEqual({ date: at("2026-09-04").date, time: { hour: 13, minute: 0 } });
    expect(formatIsoDate(returnDay(period("2026-09-04 08:00", "2026-09-04 16:00")).date)).toBe("2026-09-07");
  });
});

describe("the period", () => {
  it("counts the calendar days touched and knows a one-day absence", () => {
    expect(absenceDays(period("2026-06-29 00:00", "2026-08-07 23:59"))).toBe(40);
    expect(absenceDays(period("2026-08-07 12:00", "2026-08-10 00:00"))).toBe(3);
    expect(formatIsoDate(lastAbsentDay(period("2026-08-07 12:00", "2026-08-10 00:00")))).toBe("2026-08-09");
    expect(isOneDay(period("2026-09-04 08:00", "2026-09-04 13:00"))).toBe(true);
    expect(isOneDay(period("2026-09-04 08:00", "2026-09-05 00:00"))).toBe(true);
    expect(isOneDay(period("2026-09-04 08:00", "2026-09-05 08:00"))).toBe(false);
  });

  it("says what is wrong with one it cannot use", () => {
    expect(periodProblem(period("2026-08-07 17:00", "2026-08-07 17:00"))).toBe("endNotAfterStart");
    expect(periodProblem(period("2026-08-07 17:00", "2026-08-01 17:00"))).toBe("endNotAfterStart");
    expect(periodProblem({ start: at("2026-08-07"), end: { date: { year: 2026, month: 2, day: 30 }, time: { hour: 8, minute: 0 } } })).toBe("invalidDate");
    expect(periodProblem({ start: at("2026-08-07"), end: { date: at("2026-08-09").date, time: { hour: 24, minute: 0 } } })).toBe("invalidTime");
    expect(periodProblem(period("2026-08-07 17:00", "2026-08-09 08:00"))).toBeUndefined();
  });

  it("writes and reads Graph's wall-clock date-times", () => {
    expect(formatWallDateTime(at("2026-06-29 08:05"))).toBe("2026-06-29T08:05:00");
    expect(parseWallDateTime("2026-06-29T08:05:00.0000000")).toEqual(at("2026-06-29 08:05"));
    expect(parseWallDateTime("2026-02-30T08:05:00")).toBeUndefined();
    expect(parseWallDateTime("2026-06-29T08:05:00Z")).toBeUndefined();
  });
});
