import { describe, expect, it } from "vitest";
import {
  calendarDate,
  formatIsoDate,
  formatStockholmDateTime,
  instantMs,
  stockholmClockTime,
  stockholmDate,
  stockholmInstant,
  stockholmOffsetMinutes,
  summerTimeBounds,
} from "../../../src/core";

const utc = (iso: string) => Date.parse(iso);

describe("Stockholm offset: the EU rule", () => {
  it.each([
    // year, summer time starts, ends (both 01:00 UTC, the last Sundays of March and October)
    [1996, "1996-03-31T01:00:00Z", "1996-10-27T01:00:00Z"],
    [2024, "2024-03-31T01:00:00Z", "2024-10-27T01:00:00Z"],
    [2025, "2025-03-30T01:00:00Z", "2025-10-26T01:00:00Z"],
    [2026, "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z"],
    [2027, "2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z"],
  ])("%i: CEST from %s to %s", (year, start, end) => {
    expect(summerTimeBounds(year)).toEqual({ start: utc(start), end: utc(end) });
    expect(stockholmOffsetMinutes(utc(start) - 1)).toBe(60);
    expect(stockholmOffsetMinutes(utc(start))).toBe(120);
    expect(stockholmOffsetMinutes(utc(end) - 1)).toBe(120);
    expect(stockholmOffsetMinutes(utc(end))).toBe(60);
  });

  it("takes a Date, epoch milliseconds or an ISO string with an offset, and refuses one without", () => {
    const ms = utc("2026-06-19T14:40:00Z");
    expect(instantMs(new Date(ms))).toBe(ms);
    expect(instantMs(ms)).toBe(ms);
    expect(instantMs("2026-06-19T16:40:00+02:00")).toBe(ms);
    expect(instantMs("2026-06-19T14:40Z")).toBe(ms);
    expect(() => instantMs("2026-06-19T16:40:00")).toThrow(RangeError);
    expect(() => instantMs("2026-06-19")).toThrow(RangeError);
    expect(() => instantMs(Number.NaN)).toThrow(RangeError);
    expect(() => instantMs(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("the Stockholm date and time of an instant", () => {
  it.each([
    ["2026-06-18T21:59:59Z", "2026-06-18", "23:59:59"],
    ["2026-06-18T22:00:00Z", "2026-06-19", "00:00:00"], // Thursday in UTC, midsommarafton in Sweden
    ["2026-12-31T22:59:59Z", "2026-12-31", "23:59:59"],
    ["2026-12-31T23:00:00Z", "2027-01-01", "00:00:00"],
    ["2026-03-29T00:59:59Z", "2026-03-29", "01:59:59"], // just before the clocks go forward
    ["2026-03-29T01:00:00Z", "2026-03-29", "03:00:00"],
    ["2026-10-25T00:30:00Z", "2026-10-25", "02:30:00"], // 02:30 the first time (CEST)
    ["2026-10-25T01:30:00Z", "2026-10-25", "02:30:00"], // and the second (CET)
    ["2026-10-24T22:00:00Z", "2026-10-25", "00:00:00"],
  ])("%s is %s %s", (instant, date, clock) => {
    expect(formatIsoDate(stockholmDate(instant))).toBe(date);
    const t = stockholmClockTime(instant);
    expect([t.hour, t.minute, t.second].map((n) => String(n).padStart(2, "0")).join(":")).toBe(clock);
  });

  it("formats an instant in Stockholm time with its offset, whole seconds", () => {
    expect(formatStockholmDateTime("2026-06-23T14:40:00Z")).toBe("2026-06-23T16:40:00+02:00");
    expect(formatStockholmDateTime("2026-01-05T08:15:30.999Z")).toBe("2026-01-05T09:15:30+01:00");
    expect(formatStockholmDateTime("2026-10-25T01:30:00Z")).toBe("2026-10-25T02:30:00+01:00");
  });
});

describe("the instant of a Stockholm wall-clock time", () => {
  it("is exact on ordinary days, summer and winter", () => {
    expect(formatStockholmDateTime(stockholmInstant(calendarDate(2026, 6, 23), { hour: 16, minute: 40 }))).toBe("2026-06-23T16:40:00+02:00");
    expect(new Date(stockholmInstant(calendarDate(2026, 1, 5), { hour: 9, minute: 0, second: 5 })).toISOString()).toBe("2026-01-05T08:00:05.000Z");
  });

  it("moves a time in the spring gap forward by an hour (read with the winter offset)", () => {
    const t = stockholmInstant(calendarDate(2026, 3, 29), { hour: 2, minute: 30 });
    expect(new Date(t).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(formatStockholmDateTime(t)).toBe("2026-03-29T03:30:00+02:00");
    expect(formatStockholmDateTime(stockholmInstant(calendarDate(2026, 3, 29), { hour: 1, minute: 59 }))).toBe("2026-03-29T01:59:00+01:00");
    expect(formatStockholmDateTime(stockholmInstant(calendarDate(2026, 3, 29), { hour: 3, minute: 0 }))).toBe("2026-03-29T03:00:00+02:00");
  });

  it("takes the earlier of the two in the autumn overlap (still summer time)", () => {
    const t = stockholmInstant(calendarDate(2026, 10, 25), { hour: 2, minute: 30 });
    expect(new Date(t).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(formatStockholmDateTime(stockholmInstant(calendarDate(2026, 10, 25), { hour: 3, minute: 0 }))).toBe("2026-10-25T03:00:00+01:00");
    expect(formatStockholmDateTime(stockholmInstant(calendarDate(2026, 10, 25), { hour: 1, minute: 59 }))).toBe("2026-10-25T01:59:00+02:00");
  });

  it("refuses a time of day that does not exist", () => {
    expect(() => stockholmInstant(calendarDate(2026, 6, 23), { hour: 24, minute: 0 })).toThrow(RangeError);
    expect(() => stockholmInstant(calendarDate(2026, 6, 23), { hour: 10, minute: 60 })).toThrow(RangeError);
  });
});

describe("oracle: the runtime's own time-zone data (Intl, used in tests only)", () => {
  // Intl's Europe/Stockholm applies the same EU rule from 1996 on, including future years.
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "longOffset",
  });
  const viaIntl = (ms: number) => {
    const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, offset: p.timeZoneName === "GMT+02:00" ? 120 : p.timeZoneName === "GMT+01:00" ? 60 : -1 };
  };

  it("agrees on the date and offset near every Stockholm midnight and at every change-over, 1996-2100", () => {
    let compared = 0;
    const mismatches: string[] = [];
    const check = (ms: number) => {
      const ours = { date: formatIsoDate(stockholmDate(ms)), offset: stockholmOffsetMinutes(ms) };
      const theirs = viaIntl(ms);
      compared++;
      if (ours.date !== theirs.date || ours.offset !== theirs.offset) mismatches.push(`${new Date(ms).toISOString()}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
    };
    for (let year = 1996; year <= 2100; year++) {
      const { start, end } = summerTimeBounds(year);
      for (const t of [start - 1, start, end - 1, end]) check(t);
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        // 22:00 and 23:00 UTC are local midnight in summer and in winter; a minute either side of each.
        for (const m of [21 * 60 + 59, 22 * 60, 22 * 60 + 59, 23 * 60]) check(t + m * 60_000);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(150_000);
  });
});
