/**
 * The date part of a personnummer or samordningsnummer: which century it is
 * from and whether it is a date Skatteverket could have issued.
 */
import { isCalendarDate } from "./checksum";

/** Interim numbers ("000101-T220") are temporary numbers health care gives people without a personnummer. */
export type IdentityKind = "personnummer" | "samordningsnummer" | "interimsnummer";

/**
 * The birth year. The 12-digit form says it outright; the 10-digit form
 * means "the most recent such year" (age 0-99), and a "+" separator means a
 * hundred years earlier (Skatteverket's sign for a person aged 100 or more).
 */
export function inferBirthYear(yy: number, century: number | undefined, separator: string, referenceYear: number): number {
  if (century !== undefined) return century * 100 + yy;
  const year = referenceYear - ((((referenceYear - yy) % 100) + 100) % 100);
  return separator === "+" ? year - 100 : year;
}

/**
 * What the date part makes the number, or undefined when no such number can
 * exist. Samordningsnummer add 60 to the day; Skatteverket issues them with
 * month 00 or day 60 when the birth date is unknown, and its own test numbers
 * include dates a calendar does not have (04-31 + 60), so their date is only
 * checked for range, not against the calendar.
 */
export function kindOfDate(year: number, month: number, day: number, referenceYear: number): IdentityKind | undefined {
  if (year < 1870 || year > referenceYear) return undefined;
  if (day >= 60 && day <= 91 && month >= 0 && month <= 12) return "samordningsnummer";
  if (isCalendarDate(year, month, day)) return "personnummer";
  return undefined;
}
