/**
 * Oracle: our isWorkingDay against the `date-holidays` package (a
 * devDependency; nothing in src/ may import it) for every day 2000-2100.
 *
 * What date-holidays says for Sweden ("SE"), as inspected:
 *  - type "public": the allmänna helgdagar (and nationaldagen from 2005);
 *  - type "bank": exactly midsommarafton, julafton and nyårsafton;
 *  - type "optional", from 12:00: trettondagsafton, valborgsmässoafton,
 *    allhelgonaafton (half-days, working days for us);
 *  - type "observance": name days, flag days, påskafton, annandag pingst, ...
 * So the expected answer is "not Saturday or Sunday, no public holiday, no
 * bank eve".
 *
 * One known disagreement, on purpose: annandag pingst was an allmän helgdag
 * until 2004 (lag 2004:1320 replaced it with nationaldagen from 2005), and
 * date-holidays lists it as an observance in every year. The five Mondays
 * 2000-2004 are listed below and asserted exactly, so any other mismatch fails.
 *
 * Time zones: the comparison never touches the host zone. Each holiday is
 * taken from date-holidays' `date` field ("YYYY-MM-DD hh:mm:ss", the date in
 * Sweden, which the package computes in its own zone), days are stepped and
 * weekdays read with UTC arithmetic only. Run once also with
 * `TZ=America/New_York npx vitest run test/core/calendar` (done, and with
 * TZ=Pacific/Kiritimati, UTC+14, and Pacific/Pago_Pago, UTC-11): the same
 * 36,890 days, the same five mismatches.
 */
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { calendarDate, easterSunday, formatIsoDate, isWorkingDay, swedishHolidays, toDayNumber, fromDayNumber } from "../../../src/core";

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The non-working dates date-holidays gives a year, and the names it marks "bank". */
function oracleYear(hd: Holidays, year: number): { nonWorking: Set<string>; bankNames: string[] } {
  const nonWorking = new Set<string>();
  const bankNames: string[] = [];
  for (const h of hd.getHolidays(year)) {
    const iso = h.date.slice(0, 10);
    if (h.type === "public") nonWorking.add(iso);
    if (h.type === "bank") {
      bankNames.push(h.name);
      nonWorking.add(iso);
    }
  }
  return { nonWorking, bankNames };
}

describe("oracle: date-holidays, every day 2000-01-01 ... 2100-12-31", () => {
  const hd = new Holidays("SE");

  it("marks exactly the three eves as bank days, every year", () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      expect(oracleYear(hd, year).bankNames.sort()).toEqual(["julafton", "midsommarafton", "nyårsafton"]);
    }
  });

  it("agrees with isWorkingDay on every day but the five annandag pingst of 2000-2004", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const { nonWorking } = oracleYear(hd, year);
      const first = toDayNumber(calendarDate(year, 1, 1));
      const last = toDayNumber(calendarDate(year, 12, 31));
      for (let n = first; n <= last; n++) {
        const date = fromDayNumber(n);
        const iso = formatIsoDate(date);
        const dow = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
        const expected = dow !== 0 && dow !== 6 && !nonWorking.has(iso);
        compared++;
        if (isWorkingDay(date) !== expected) mismatches.push(`${iso}: ours ${isWorkingDay(date) ? "working" : "non-working"}`);
      }
    }
    expect(compared).toBe(36_890);
    const whitMondays = [2000, 2001, 2002, 2003, 2004].map((y) => formatIsoDate(fromDayNumber(toDayNumber(easterSunday(y)) + 50)));
    expect(whitMondays).toEqual(["2000-06-12", "2001-06-04", "2002-05-20", "2003-06-09", "2004-05-31"]);
    expect(mismatches).toEqual(whitMondays.map((iso) => `${iso}: ours non-working`));
  });

  it("that disagreement is date-holidays calling annandag pingst an observance", () => {
    for (const year of [2000, 2001, 2002, 2003, 2004]) {
      const ours = swedishHolidays(year).find((h) => h.id === "annandag-pingst");
      const theirs = hd.getHolidays(year).find((h) => h.name === "annandag pingst");
      expect(ours && formatIsoDate(ours.date)).toBe(theirs?.date.slice(0, 10));
      expect(theirs?.type).toBe("observance");
    }
  });
});
