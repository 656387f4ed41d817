/**
 * Identity-number detector: personnummer and samordningsnummer, as people
 * write them in mail.
 *
 * 1. Scan: one pass over the text's runs of digits, no regex, so the cost is
 *    linear whatever the input (a megabyte of digits included). A candidate
 *    is 10 or 12 digits, or 6 or 8 digits, one separator ("-", "+", a space,
 *    a no-break space or a dash Word typed for you) and exactly 4 digits,
 *    or a date written in groups as a spreadsheet shows it ("2016 01 02-2385").
 * 2. Boundaries, by hand (no lookbehind in Outlook's ES2016 runtime): digits
 *    inside a longer run, or joined to more digits by "-", "/" or ".", are
 *    parts of something else (IBAN, OCR, phone with country code, amounts).
 * 3. Validity: a date Skatteverket could issue (century inferred from the
 *    12-digit form, from "+", or from age 0-99) and the Luhn check digit.
 * 4. Context: a label in front ("Pnr:", "personnummer", "född") confirms it;
 *    "Tel", "OCR", "Dnr", "Mötes-id" and the like say it is something else;
 *    file names and time stamps ("scan_20240514-1030.pdf") are downgraded.
 *    A number that fails the check digit right after an identity label is
 *    still reported, at low confidence: a typo does not make it less personal.
 *
 * Matches carry offsets and a redacted excerpt, never the number itself.
 */
import { redactIdentityNumber } from "../../text/redact";
import type { Confidence, DetectorMatch, TextDetector } from "../types";
import { inferBirthYear, kindOfDate, type IdentityKind } from "./birth-date";
import { luhnValid } from "./checksum";
import { identityLabelRightBefore, labelBefore } from "./context";

export { luhnValid, isCalendarDate, isLeapYear, daysInMonth } from "./checksum";
export { inferBirthYear, kindOfDate, type IdentityKind } from "./birth-date";

const DETECTOR_ID = "personnummer";

export interface PersonnummerDetectorOptions {
  /** The year "now" for century inference; defaults to the current year. */
  readonly referenceYear?: number;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-zÅÄÖåäöÉéÜü]/.test(ch);
}

/** Characters that join two digit groups into one longer number. */
function isJoiner(ch: string | undefined): boolean {
  return ch === "-" || ch === "/" || ch === "." || ch === "," || ch === "+" || ch === "\u2013";
}

/**
 * True when the candidate is part of a longer number: a digit right before
 * or after it, or a joiner with a digit beyond ("12-850101-1234",
 * "850101-1234-56", "8501011234.50"). With a space separator, a digit group
 * one space away means a spaced-out longer number ("123 456789 0123 45").
 */
function insideLongerNumber(text: string, start: number, end: number, separator: string): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isDigit(before) || isDigit(after)) return true;
  if (isJoiner(before) && isDigit(text[start - 2])) return true;
  if (isJoiner(after) && isDigit(text[end + 1])) return true;
  if (separator === " " || separator === "\u00a0") {
    if ((before === " " || before === "\u00a0") && isDigit(text[start - 2])) return true;
    if ((after === " " || after === "\u00a0") && isDigit(text[end + 1])) return true;
  }
  return false;
}

/** Inside a file name or code: "scan_20240514-1030.pdf", "IMG20240514-1030", "ABC8501011234". */
function inFileNameOrCode(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === "_" || isLetter(before) || after === "_" || isLetter(after)) return true;
  return after === "." && /^\.[A-Za-z][A-Za-z0-9]{1,4}(?![A-Za-z0-9])/.test(text.slice(end, end + 7));
}

/** "1030", "2359": the last four digits read as a time of day. */
function looksLikeTime(lastFour: string): boolean {
  const hh = Number(lastFour.slice(0, 2));
  const mm = Number(lastFour.slice(2));
  return hh <= 23 && mm <= 59;
}

/** "0701234567": ten bare digits that are a mobile number as much as a 2007 birth date. */
function mobileShaped(century: string | undefined, separator: string, yymmdd: string): boolean {
  return century === undefined && separator === "" && yymmdd.startsWith("070");
}

function currentYear(): number {
  return new Date().getFullYear();
}

const SEPARATORS = "-+ \u00a0\u2010\u2011\u2013";

/**
 * The length of a dash with a space on one or both sides ("850101 - 1234",
 * "850101 -1234", "850101- 1234"), or 0. A single space or dash alone is an
 * ordinary separator, handled by SEPARATORS.
 */
function spacedDashLength(text: string, at: number): number {
  const isSpace = (ch: string | undefined) => ch === " " || ch === "\u00a0";
  const isDash = (ch: string | undefined) => ch === "-" || ch === "\u2013";
  const spaceBefore = isSpace(text[at]) ? 1 : 0;
  if (!isDash(text[at + spaceBefore])) return 0;
  const spaceAfter = isSpace(text[at + spaceBefore + 1]) ? 1 : 0;
  return spaceBefore + spaceAfter > 0 ? spaceBefore + 1 + spaceAfter : 0;
}
/** After the year of a grouped date: " MM DD", a separator, the last four. */
const GROUPED_DATE_TAIL = /^ (\d{2}) (\d{2})([-+ ])\d{4}/;
/** Letters Skatteverket's interim numbers (T-nummer, used in health care) put in the serial number. */
const INTERIM_LETTERS = "TRSUWXJKLMN";

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function createPersonnummerDetector(options: PersonnummerDetectorOptions = {}): TextDetector {
  return {
    id: DETECTOR_ID,
    detect(text: string): DetectorMatch[] {
      const referenceYear = options.referenceYear ?? currentYear();
      const matches: DetectorMatch[] = [];
      const n = text.length;
      let i = 0;
      // One pass over maximal runs of digits: a candidate is a run of 10 or 12
      // digits, or a run of 6 or 8, one separator and a run of exactly 4.
      while (i < n) {
        if (!isDigitCode(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const start = i;
        while (i < n && isDigitCode(text.charCodeAt(i))) i++;
        const runLength = i - start;
        let end = -1;
        let separator = "";
        let interim = false;
        let loose = false;
        if (runLength === 10 || runLength === 12) {
          end = i;
        } else if (runLength === 6 || runLength === 8) {
          // "850101-1234", "850101 - 1234", or an interim number "000101-T220"
          // (a letter for the first serial digit).
          const spacedDash = spacedDashLength(text, i);
          const hasSeparator = spacedDash > 0 || (i < n && SEPARATORS.includes(text[i] as string));
          let k = spacedDash > 0 ? i + spacedDash : hasSeparator ? i + 1 : i;
          interim = k < n && INTERIM_LETTERS.includes(text[k] as string);
          const digitsFrom = interim ? k + 1 : k;
          k = digitsFrom;
          while (k < n && isDigitCode(text.charCodeAt(k))) k++;
          if ((hasSeparator || interim) && k - digitsFrom === (interim ? 3 : 4)) {
            end = k;
            separator = spacedDash > 0 ? "-" : hasSeparator ? (text[i] as string) : "";
            loose = spacedDash > 0;
          }
        }
        let grouped: string | undefined;
        if (end < 0 && (runLength === 2 || runLength === 4)) {
          // The date written in groups, as a spreadsheet shows it: "2016 01 02-2385", "16 01 02-2385".
          const m = GROUPED_DATE_TAIL.exec(text.slice(i, i + 13));
          const spacedBefore = (text[start - 1] === " " || text[start - 1] === "\u00a0") && isDigit(text[start - 2]);
          if (m && !spacedBefore && !isDigitCode(text.charCodeAt(i + m[0].length))) {
            end = i + m[0].length;
            separator = m[3] as string;
            grouped = `${text.slice(start, i)}${m[1]}${m[2]}`;
          }
        }
        if (end < 0) continue;
        const digits = grouped ?? text.slice(start, start + runLength);
        const hasCentury = grouped ? grouped.length === 8 : runLength === 12 || runLength === 8;
        const century = hasCentury ? digits.slice(0, 2) : undefined;
        const yymmdd = digits.slice(hasCentury ? 2 : 0, (hasCentury ? 2 : 0) + 6);
        // An interim number's letter counts as 1 in the check digit.
        const lastFour = interim ? `1${text.slice(end - 3, end)}` : text.slice(end - 4, end);
        const judged = judge(text, start, end, century, yymmdd, separator, lastFour, referenceYear, interim);
        // A grouped date or a spaced dash is an unusual way to write the number: medium unless a label confirms it.
        const verdict = judged && (grouped || loose) && judged.confidence === "high" && labelBefore(text, start) !== "identity" ? { ...judged, confidence: "medium" as const } : judged;
        if (!verdict) continue;
        matches.push({
          detector: DETECTOR_ID,
          kind: verdict.kind,
          start,
          end,
          confidence: verdict.confidence,
          redacted: redactIdentityNumber(text.slice(start, end)),
        });
        i = end;
      }
      return matches;
    },
  };
}

interface Verdict {
  readonly kind: IdentityKind;
  readonly confidence: Confidence;
}

function judge(
  text: string,
  start: number,
  end: number,
  centuryDigits: string | undefined,
  yymmdd: string,
  separator: string,
  lastFour: string,
  referenceYear: number,
  interim = false,
): Verdict | undefined {
  if (insideLongerNumber(text, start, end, separator)) return undefined;
  const century = centuryDigits !== undefined ? Number(centuryDigits) : undefined;
  if (century !== undefined && (century < 18 || century > 20)) return undefined;
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  // A dash in a 10-digit number only ever stands between the date and the last four.
  const year = inferBirthYear(yy, century, separator === "+" ? "+" : "-", referenceYear);
  const dateKind = kindOfDate(year, month, day, referenceYear);
  if (!dateKind || (interim && dateKind !== "personnummer")) return undefined;
  const kind: IdentityKind = interim ? "interimsnummer" : dateKind;
  // Birth number 000 is never issued.
  if (lastFour.startsWith("000")) return undefined;

  if (!luhnValid(yymmdd + lastFour)) {
    return identityLabelRightBefore(text, start) ? { kind, confidence: "low" } : undefined;
  }

  const label = labelBefore(text, start);
  if (label === "identity") return { kind, confidence: "high" };
  if (interim) return label === "other" ? undefined : { kind, confidence: century !== undefined || separator !== "" ? "high" : "medium" };

  const twelveDigits = century !== undefined;
  const strongShape = twelveDigits || separator === "-" || separator === "+" || separator === "\u2010" || separator === "\u2011" || separator === "\u2013";
  if (label === "other") return strongShape ? { kind, confidence: "low" } : undefined;

  if (twelveDigits && looksLikeTime(lastFour) && (inFileNameOrCode(text, start, end) || year >= referenceYear - 3)) {
    // "20240514-1030": a date and a time of day, far likelier than a toddler's number.
    return { kind, confidence: "low" };
  }
  if (mobileShaped(centuryDigits, separator, yymmdd)) return { kind, confidence: "low" };
  if (strongShape) return { kind, confidence: "high" };
  return { kind, confidence: "medium" };
}

/** The detector with the current year as reference. */
export const personnummerDetector: TextDetector = createPersonnummerDetector();
