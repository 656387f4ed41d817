import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  calendarDate,
  easterSunday,
  formatDate,
  formatIsoDate,
  formatSwedishDate,
  holidayName,
  isWorkingDay,
  nextWorkingDay,
  parseIsoDate,
  swedishHolidays,
  weekday,
  type CalendarDate,
  type HolidayId,
} from "../../../src/core";

const d = (iso: string): CalendarDate => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
};
const dateOf = (year: number, id: HolidayId): string | undefined => {
  const h = swedishHolidays(year).find((x) => x.id === id);
  return h && formatIsoDate(h.date);
};

describe("calendar dates", () => {
  it("parses and formats ISO dates and refuses dates the calendar does not have", () => {
    expect(parseIsoDate("2026-06-23")).toEqual({ year: 2026, month: 6, day: 23 });
    expect(parseIsoDate("2026-02-29")).toBeUndefined();
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2026-6-23")).toBeUndefined();
    expect(parseIsoDate("2026-06-23T10:00")).toBeUndefined();
    expect(() => calendarDate(2026, 13, 1)).toThrow(RangeError);
    expect(() => isWorkingDay({ year: 2026, month: 2, day: 30 })).toThrow(RangeError);
    expect(formatIsoDate(calendarDate(2026, 1, 5))).toBe("2026-01-05");
  });

  it("knows the weekday (0 = Sunday)", () => {
    expect(weekday(d("2026-06-23"))).toBe(2);
    expect(weekday(d("2000-01-01"))).toBe(6);
    expect(weekday(d("1970-01-01"))).toBe(4);
    expect(weekday(d("1600-03-01"))).toBe(3);
  });
});

describe("Easter (Gregorian computus)", () => {
  // Including the years a popular package gets wrong (2019, 2038, 2045, 2049, 2057, ...),
  // the earliest and latest possible dates (22 March, 25 April) and the first Gregorian year.
  it.each([
    [1583, "1583-04-10"],
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2045, "2045-04-09"],
    [2049, "2049-04-18"],
    [2057, "2057-04-22"],
    [2069, "2069-04-14"],
    [2076, "2076-04-19"],
    [2089, "2089-04-03"],
    [2095, "2095-04-24"],
    [2096, "2096-04-15"],
    [2285, "2285-03-22"],
  ])("%i: %s", (year, expected) => {
    expect(formatIsoDate(easterSunday(year))).toBe(expected);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1583; year <= 4099; year++) {
      const e = easterSunday(year);
      expect(weekday(e)).toBe(0);
      const key = e.month * 100 + e.day;
      expect(key >= 322 && key <= 425).toBe(true);
    }
  });

  it("places the moveable holidays around it", () => {
    expect(dateOf(2019, "langfredagen")).toBe("2019-04-19");
    expect(dateOf(2019, "annandag-pask")).toBe("2019-04-22");
    expect(dateOf(2026, "kristi-himmelsfards-dag")).toBe("2026-05-14");
    expect(dateOf(2026, "pingstdagen")).toBe("2026-05-24");
    expect(dateOf(2038, "langfredagen")).toBe("2038-04-23");
  });
});

describe("the fixed-weekday holidays and the eves", () => {
  it.each([
    [2020, "2020-06-19", "2020-06-20", "2020-10-31"],
    [2021, "2021-06-25", "2021-06-26", "2021-11-06"],
    [2022, "2022-06-24", "2022-06-25", "2022-11-05"],
    [2023, "2023-06-23", "2023-06-24", "2023-11-04"],
    [2024, "2024-06-21", "2024-06-22", "2024-11-02"],
    [2025, "2025-06-20", "2025-06-21", "2025-11-01"],
    [2026, "2026-06-19", "2026-06-20", "2026-10-31"],
    [2027, "2027-06-25", "2027-06-26", "2027-11-06"],
    [2028, "2028-06-23", "2028-06-24", "2028-11-04"],
  ])("%i: midsommarafton %s, midsommardagen %s, alla helgons dag %s", (year, afton, dagen, helgon) => {
    expect(dateOf(year, "midsommarafton")).toBe(afton);
    expect(dateOf(year, "midsommardagen")).toBe(dagen);
    expect(dateOf(year, "alla-helgons-dag")).toBe(helgon);
    for (const iso of [afton, dagen, helgon]) expect(isWorkingDay(d(iso))).toBe(false);
  });

  it("midsommardagen is the Saturday 20-26 June and alla helgons dag the Saturday 31 Oct-6 Nov, every year", () => {
    for (let year = 1900; year <= 2200; year++) {
      const afton = swedishHolidays(year).find((h) => h.id === "midsommarafton")!.date;
      const dagen = swedishHolidays(year).find((h) => h.id === "midsommardagen")!.date;
      const helgon = swedishHolidays(year).find((h) => h.id === "alla-helgons-dag")!.date;
      expect([weekday(afton), weekday(dagen), weekday(helgon)]).toEqual([5, 6, 6]);
      expect(dagen.month === 6 && dagen.day >= 20 && dagen.day <= 26).toBe(true);
      expect(afton.month === 6 && afton.day === dagen.day - 1).toBe(true);
      expect((helgon.month === 10 && helgon.day === 31) || (helgon.month === 11 && helgon.day <= 6)).toBe(true);
    }
  });

  it("julafton, nyårsafton and midsommarafton are not working days, even on a weekday", () => {
    expect(isWorkingDay(d("2026-12-24"))).toBe(false); // Thursday
    expect(isWorkingDay(d("2026-12-31"))).toBe(false); // Thursday
    expect(isWorkingDay(d("2026-06-19"))).toBe(false); // Friday
  });

  it("the half-days and other named days are working days", () => {
    for (const iso of ["2026-01-05", "2026-04-30", "2026-10-30", "2026-04-02", "2026-01-13", "2026-11-06", "2026-12-23"]) {
      expect(isWorkingDay(d(iso))).toBe(true);
    }
  });

  it("nationaldagen is a holiday from 2005; annandag pingst was one until 2004", () => {
    expect(isWorkingDay(d("2003-06-06"))).toBe(true); // Friday, not yet a holiday
    expect(isWorkingDay(d("2005-06-06"))).toBe(false); // Monday
    expect(isWorkingDay(d("2004-05-31"))).toBe(false); // annandag pingst
    expect(isWorkingDay(d("2005-05-16"))).toBe(true); // the Monday after pingst, no longer a holiday
    expect(holidayName(d("2004-05-31"), "sv")).toBe("annandag pingst");
  });

  it("every Sunday and every Saturday is a day off", () => {
    expect(isWorkingDay(d("2026-06-21"))).toBe(false);
    expect(isWorkingDay(d("2026-03-07"))).toBe(false);
    expect(isWorkingDay(d("2026-03-09"))).toBe(true);
  });
});

describe("holiday names", () => {
  it.each([
    ["2026-06-19", "midsommarafton", "Midsummer Eve"],
    ["2026-06-20", "midsommardagen", "Midsummer Day"],
    ["2026-12-24", "julafton", "Christmas Eve"],
    ["2026-12-26", "annandag jul", "Boxing Day"],
    ["2026-12-31", "nyårsafton", "New Year's Eve"],
    ["2026-01-06", "trettondedag jul", "Epiphany"],
    ["2026-04-03", "långfredagen", "Good Friday"],
    ["2026-05-14", "Kristi himmelsfärds dag", "Ascension Day"],
    ["2026-06-06", "nationaldagen", "National Day of Sweden"],
    ["2026-10-31", "alla helgons dag", "All Saints' Day"],
    ["2008-05-01", "första maj och Kristi himmelsfärds dag", "May Day and Ascension Day"],
  ])("%s: %s / %s", (iso, sv, en) => {
    expect(holidayName(d(iso), "sv")).toBe(sv);
    expect(holidayName(d(iso), "en")).toBe(en);
  });

  it("an ordinary Sunday or a half-day has no name", () => {
    expect(holidayName(d("2026-06-21"), "sv")).toBeUndefined();
    expect(holidayName(d("2026-04-30"), "sv")).toBeUndefined();
  });
});

describe("next working day and adding working days", () => {
  // The golden cases of research-notes §C4.
  it.each([
    ["2026-06-18", "2026-06-22"], // Thursday before midsommarafton
    ["2026-12-23", "2026-12-28"],
    ["2026-12-30", "2027-01-04"],
    ["2027-03-25", "2027-03-30"], // skärtorsdagen -> the Tuesday after annandag påsk
    ["2027-05-05", "2027-05-07"], // over Kristi himmelsfärd
    ["2026-04-29", "2026-04-30"], // valborgsmässoafton is a working day
    ["2026-06-21", "2026-06-22"], // Sunday
    ["2026-06-22", "2026-06-23"],
  ])("after %s comes %s", (from, to) => {
    expect(formatIsoDate(nextWorkingDay(d(from)))).toBe(to);
  });

  it("julafton + 1 working day is 27 December or later, every year", () => {
    for (let year = 1990; year <= 2100; year++) {
      const next = addWorkingDays(calendarDate(year, 12, 24), 1);
      expect(next.month).toBe(12);
      expect(next.day).toBeGreaterThanOrEqual(27);
      expect(next.day).toBeLessThanOrEqual(29);
    }
    expect(formatIsoDate(addWorkingDays(d("2021-12-24"), 1))).toBe("2021-12-27"); // Friday
    expect(formatIsoDate(addWorkingDays(d("2022-12-24"), 1))).toBe("2022-12-27"); // Saturday; 26th is a Monday holiday
    expect(formatIsoDate(addWorkingDays(d("2025-12-24"), 1))).toBe("2025-12-29"); // Wednesday
    expect(formatIsoDate(addWorkingDays(d("2026-12-24"), 1))).toBe("2026-12-28");
  });

  it("steps n working days, from a working day or not", () => {
    expect(formatIsoDate(addWorkingDays(d("2026-06-18"), 2))).toBe("2026-06-23");
    expect(formatIsoDate(addWorkingDays(d("2026-06-21"), 2))).toBe("2026-06-23"); // from a Sunday
    expect(formatIsoDate(addWorkingDays(d("2026-12-23"), 3))).toBe("2026-12-30");
    expect(formatIsoDate(addWorkingDays(d("2026-06-22"), 0))).toBe("2026-06-22");
    expect(formatIsoDate(addWorkingDays(d("2026-06-20"), 0))).toBe("2026-06-22");
    expect(formatIsoDate(addWorkingDays(d("2026-06-22"), -1))).toBe("2026-06-18");
    expect(formatIsoDate(addWorkingDays(d("2027-01-04"), -2))).toBe("2026-12-29");
    expect(() => addWorkingDays(d("2026-06-22"), 1.5)).toThrow(RangeError);
  });
});

describe("formatting dates for the UI", () => {
  it("writes Swedish and English dates with a short weekday", () => {
    expect(formatSwedishDate(d("2026-06-23"))).toBe("tis 23 juni");
    expect(formatSwedishDate(d("2026-06-18"))).toBe("tors 18 juni");
    expect(formatSwedishDate(d("2027-01-04"), { year: true })).toBe("mån 4 januari 2027");
    expect(formatSwedishDate(d("2026-06-19"), { weekday: "long" })).toBe("fredag 19 juni");
    expect(formatSwedishDate(d("2026-06-19"), { weekday: "none" })).toBe("19 juni");
    expect(formatDate(d("2026-06-23"), "en")).toBe("Tue 23 June");
    expect(formatDate(d("2026-12-28"), "en", { year: true })).toBe("Mon 28 December 2026");
  });
});
