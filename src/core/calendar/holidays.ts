/**
 * Swedish working days.
 *
 * A working day (arbetsdag) is Monday to Friday, except
 *  - the allmänna helgdagar of lag (1989:253): nyårsdagen, trettondedag jul,
 *    långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärds
 *    dag, pingstdagen, nationaldagen (from 2005), midsommardagen (the
 *    Saturday 20-26 June), alla helgons dag (the Saturday 31 Oct-6 Nov),
 *    juldagen, annandag jul, and every Sunday;
 *  - annandag pingst up to and including 2004: lag (2004:1320) replaced it
 *    with nationaldagen from 2005 (the `date-holidays` package, our test
 *    oracle, lists it as an ordinary day in those years);
 *  - the three eves that lag (1930:173) 2 § and semesterlagen 3 a § treat like
 *    a Sunday: midsommarafton (the Friday 19-25 June), julafton, nyårsafton.
 * Half-days (trettondagsafton, valborgsmässoafton, allhelgonaafton, skärtorsdagen)
 * are working days.
 *
 * Everything works on calendar dates, never on instants: convert an instant
 * with `stockholmDate` first.
 */
import type { Locale } from "../i18n/locale";
import { addDays, calendarDate, fromDayNumber, toDayNumber, weekday, type CalendarDate } from "./date";

export type HolidayId =
  | "nyarsdagen"
  | "trettondedag-jul"
  | "langfredagen"
  | "paskdagen"
  | "annandag-pask"
  | "forsta-maj"
  | "kristi-himmelsfards-dag"
  | "pingstdagen"
  | "annandag-pingst"
  | "nationaldagen"
  | "midsommarafton"
  | "midsommardagen"
  | "alla-helgons-dag"
  | "julafton"
  | "juldagen"
  | "annandag-jul"
  | "nyarsafton";

export interface Holiday {
  readonly id: HolidayId;
  readonly date: CalendarDate;
  /** "holiday": an allmän helgdag by law; "eve": one of the three eves counted as non-working. */
  readonly kind: "holiday" | "eve";
}

const NAMES: Readonly<Record<HolidayId, Readonly<Record<Locale, string>>>> = {
  nyarsdagen: { sv: "nyårsdagen", en: "New Year's Day" },
  "trettondedag-jul": { sv: "trettondedag jul", en: "Epiphany" },
  langfredagen: { sv: "långfredagen", en: "Good Friday" },
  paskdagen: { sv: "påskdagen", en: "Easter Sunday" },
  "annandag-pask": { sv: "annandag påsk", en: "Easter Monday" },
  "forsta-maj": { sv: "första maj", en: "May Day" },
  "kristi-himmelsfards-dag": { sv: "Kristi himmelsfärds dag", en: "Ascension Day" },
  pingstdagen: { sv: "pingstdagen", en: "Whit Sunday" },
  "annandag-pingst": { sv: "annandag pingst", en: "Whit Monday" },
  nationaldagen: { sv: "nationaldagen", en: "National Day of Sweden" },
  midsommarafton: { sv: "midsommarafton", en: "Midsummer Eve" },
  midsommardagen: { sv: "midsommardagen", en: "Midsummer Day" },
  "alla-helgons-dag": { sv: "alla helgons dag", en: "All Saints' Day" },
  julafton: { sv: "julafton", en: "Christmas Eve" },
  juldagen: { sv: "juldagen", en: "Christmas Day" },
  "annandag-jul": { sv: "annandag jul", en: "Boxing Day" },
  nyarsafton: { sv: "nyårsafton", en: "New Year's Eve" },
};

/**
 * Easter Sunday of a Gregorian year (1583 on): the Sunday after the
 * ecclesiastical full moon on or after 21 March, found from the epact
 * (the moon's age on 1 January) with the Gregorian solar and lunar
 * corrections.
 */
export function easterSunday(year: number): CalendarDate {
  calendarDate(year, 3, 21); // range check
  const golden = (year % 19) + 1;
  const century = Math.floor(year / 100) + 1;
  const solar = Math.floor((3 * century) / 4) - 12; // leap days skipped since 1582
  const lunar = Math.floor((8 * century + 5) / 25) - 5; // the moon's drift against the 19-year cycle
  let epact = (((11 * golden + 20 + lunar - solar) % 30) + 30) % 30;
  if (epact === 24 || (epact === 25 && golden > 11)) epact++;
  // The full moon falls on "March N" (N > 31 runs into April), 21 March at the earliest.
  let n = 44 - epact;
  if (n < 21) n += 30;
  const fullMoon = toDayNumber(calendarDate(year, 3, 1)) + n - 1;
  const dow = weekday(fromDayNumber(fullMoon));
  return fromDayNumber(fullMoon + 7 - dow); // the next Sunday, a full week on when the moon falls on one
}

/** The first date in [from, from + 6] that falls on `dow`. */
function firstWeekdayFrom(year: number, month: number, fromDay: number, dow: number): CalendarDate {
  const from = calendarDate(year, month, fromDay);
  return addDays(from, (dow - weekday(from) + 7) % 7);
}

const cache = new Map<number, readonly Holiday[]>();

/** The holidays and the three eves of a year, in date order. */
export function swedishHolidays(year: number): readonly Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = toDayNumber(easterSunday(year));
  const fromEaster = (days: number) => fromDayNumber(easter + days);
  const list: Holiday[] = [];
  const add = (id: HolidayId, date: CalendarDate, kind: Holiday["kind"] = "holiday") => list.push(Object.freeze({ id, date, kind }));
  add("nyarsdagen", calendarDate(year, 1, 1));
  add("trettondedag-jul", calendarDate(year, 1, 6));
  add("langfredagen", fromEaster(-2));
  add("paskdagen", fromEaster(0));
  add("annandag-pask", fromEaster(1));
  add("forsta-maj", calendarDate(year, 5, 1));
  add("kristi-himmelsfards-dag", fromEaster(39));
  add("pingstdagen", fromEaster(49));
  if (year <= 2004) add("annandag-pingst", fromEaster(50));
  if (year >= 2005) add("nationaldagen", calendarDate(year, 6, 6));
  add("midsommarafton", firstWeekdayFrom(year, 6, 19, 5), "eve");
  add("midsommardagen", firstWeekdayFrom(year, 6, 20, 6));
  add("alla-helgons-dag", firstWeekdayFrom(year, 10, 31, 6));
  add("julafton", calendarDate(year, 12, 24), "eve");
  add("juldagen", calendarDate(year, 12, 25));
  add("annandag-jul", calendarDate(year, 12, 26));
  add("nyarsafton", calendarDate(year, 12, 31), "eve");
  list.sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  const frozen = Object.freeze(list);
  cache.set(year, frozen);
  return frozen;
}

/** The holidays falling on a date: usually none, at most two (e.g. Kristi himmelsfärd on 1 May). */
export function holidaysOn(date: CalendarDate): readonly Holiday[] {
  const day = toDayNumber(date);
  return swedishHolidays(date.year).filter((h) => toDayNumber(h.date) === day);
}

/**
 * The name of the holiday or eve on a date, for the UI ("midsommarafton",
 * "Midsummer Eve"); two on one day are joined ("första maj och Kristi
 * himmelsfärds dag"). Undefined on other days, ordinary Sundays included.
 */
export function holidayName(date: CalendarDate, locale: Locale): string | undefined {
  const names = holidaysOn(date).map((h) => NAMES[h.id][locale]);
  if (names.length === 0) return undefined;
  return names.join(locale === "sv" ? " och " : " and ");
}

/** The name of a holiday by id. */
export function holidayNameOf(id: HolidayId, locale: Locale): string {
  return NAMES[id][locale];
}

/** Monday to Friday, and neither an allmän helgdag nor one of the three eves. */
export function isWorkingDay(date: CalendarDate): boolean {
  const dow = weekday(date);
  if (dow === 0 || dow === 6) return false;
  return holidaysOn(date).length === 0;
}

/** The first working day after `date` (never `date` itself). */
export function nextWorkingDay(date: CalendarDate): CalendarDate {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The last working day before `date` (never `date` itself). */
export function previousWorkingDay(date: CalendarDate): CalendarDate {
  let d = addDays(date, -1);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/**
 * `n` working days on from `date`: each step goes to the next working day, so
 * 1 is `nextWorkingDay(date)` whatever `date` is (Friday or Sunday + 1 is
 * Monday). 0 is `date` itself when it is a working day, else the next one.
 * A negative `n` steps back the same way. `n` must be an integer.
 */
export function addWorkingDays(date: CalendarDate, n: number): CalendarDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  if (n === 0) return isWorkingDay(date) ? date : nextWorkingDay(date);
  let d = date;
  for (let i = 0; i < Math.abs(n); i++) d = n > 0 ? nextWorkingDay(d) : previousWorkingDay(d);
  return d;
}
