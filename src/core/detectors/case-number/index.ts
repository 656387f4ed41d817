/**
 * Diarienummer (case numbers) as kommuner and other authorities write them
 * (research notes §A3). A found "Ert dnr" tells the diary advisor that a mail
 * belongs to an existing ärende.
 *
 * Shapes (PREFIX = 1-6 capital letters, Å, Ä and Ö included):
 *   P1  PREFIX[ /.-]?YYYY[/.:-]N{1,6}[suffix]   KS 2018/124, KS/2019/0001/0009, KS/2018:298 - 001,
 *                                               SBN 2012/101 21, MB 2011-000958, SBN/2016:667-221,
 *                                               Ö 2013/126, KS 2013:1-1
 *   P2  YYYY/PREFIX ?N{1,6}[suffix]             2018/KS 0290 10, 2021/KS 0280 013, 2023/KS 0362
 *   P3  PREFIX[ -]?N{1,6}/YYYY                  KS 124/2018
 *   P4  PREFIX ?YY/N{3,6}                       LD11/02896 (year 2011)
 *   P5  YYYY[-.]N{3,6} or YYYY[/:]N{1,6}[suffix], only right after a label:
 *                                               Dnr 2016-000003, Dnr 2022-00001, Dnr 2011.239, Dnr 2019/45
 *   P6  other authorities' references, only right after a label:
 *         NNN-N{1,6}-YYYY                       Länsstyrelsen: Dnr 513-1288-2026
 *         NNNN-KN{3,8}-YY                       Polisen: ärendenummer 5000-K123456-27 (also after
 *                                               "ärende": the K-number is the police's alone)
 *         D.D[.D]-N{1,7}/YYYY                   IVO, Socialstyrelsen: Dnr 3.5.1-28837/2026
 *         [C ]N{1,6}-YY, after "mål nr"         a court's mål: mål nr 4512-26, målnummer T 812-27
 *       Their `normalised` form is the text itself: they belong to another
 *       authority's series, which a registrar records as written.
 * A suffix is the handling or classification number some systems add:
 * "/0009", ":3", "-221", " - 001" (1-4 digits), or a space and 2-3 digits
 * (" 21", " 013"), which is dropped when it reads as "25 maj", "10 st", an
 * amount or the first group of a longer spaced number.
 *
 * When is something a diarienummer:
 *  - with a prefix from the kommun's list (`prefixes`; when none is given,
 *    DEFAULT_CASE_NUMBER_PREFIXES), anywhere;
 *  - with any other prefix, or none (P5), only right after a label: Dnr,
 *    Dnr., Diarienr, Diarie-nr, Diarienummer, Ärendenr, Ärende-nr,
 *    Ärendenummer (also "Vårt dnr", "Ert dnr", "Vårt diarienummer" ...), and
 *    Er beteckning / Vår beteckning; in any case, followed by optional ":"
 *    or "#", spaces or tabs, at most one line break. "Er referens" and "Vår
 *    referens" are not labels: in letters they hold a person's name or an
 *    invoice, order or customer number far more often than a diarienummer.
 *    A prefix must be written in capitals ("Ks 2018/12" is not one).
 * Guards, all cheap and local:
 *  - the year is 1990 ... currentYear + 1 (the caller passes the year: the
 *    core never reads the clock);
 *  - a year is exactly four digits and every group is a whole run of digits,
 *    so a personnummer (8 or 6 digits before the dash), an organisationsnummer
 *    (NNNNNN-NNNN), an OCR or invoice number, a postal code ("275 80") or a
 *    phone number ("0416-27 000": no year starts with 0) never fits a shape;
 *  - nothing joined on: a letter, digit or a separator and digit right after
 *    ("2018/124.50", "2018/124-12345"), or a separator and digit right before;
 *  - not a date: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, and without a label
 *    YYYY-MM / YYYY/0M ("KS 2024-05");
 *  - not a year range: a serial that is the next year ("BUN 2023/2024"; bare
 *    "Dnr 2023/24" too);
 *  - not an amount: followed by "kr", "kronor", "SEK" or ":-";
 *  - not a personnummer or samordningsnummer however it is grouped: the
 *    digits read as 10 (year + serial) or 12 (with the suffix) are checked
 *    with the identity-number detector's own date and check-digit validators.
 *
 * One pass over the text; at each word start at most a fixed number of
 * characters is read, and the label is looked for in a fixed window before a
 * match, so the cost is linear. No lookbehind (Outlook's ES2016 runtime).
 */
import { inferBirthYear, kindOfDate } from "../personnummer/birth-date";
import { luhnValid } from "../personnummer/checksum";

export interface CaseNumberMatch {
  /** Exactly as written, without the label and without trailing punctuation. */
  readonly text: string;
  /** "PREFIX YYYY/SERIAL[-SUFFIX]" (or "YYYY/SERIAL..." without a prefix): digits as written, the year in four digits. */
  readonly normalised: string;
  /** UTF-16 offsets of `text`, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** A label (Dnr, Ert dnr, Diarienummer, ...) stands right before it. */
  readonly labelled: boolean;
  /** The nämnd or series prefix ("KS"), when there is one. */
  readonly prefix?: string;
  /** The year, four digits (LD11/... gives 2011). */
  readonly year: number;
  /** The running number, digits as written ("0290", "000003"). */
  readonly serial: string;
  /** The handling or classification number after the serial ("0009", "001", "21"). */
  readonly suffix?: string;
}

export interface CaseNumberOptions {
  /** The current year, from the caller. Years 1990 ... currentYear + 1 are accepted. */
  readonly currentYear: number;
  /**
   * The kommun's nämnd and series prefixes, found without a label. Replaces
   * the default list. Each is 1-6 capital letters (A-Z, Å, Ä, Ö).
   */
  readonly prefixes?: readonly string[];
}

export interface CaseNumberDetector {
  detect(text: string): CaseNumberMatch[];
}

/**
 * Used when a kommun gives none: kommunstyrelse and kommunfullmäktige, and
 * the nämnder most kommuner have (bygg, bygg och miljö, barn- och utbildning, samhällsbyggnad,
 * miljö och bygg, omsorg, kultur och fritid, social, teknik, vård och omsorg).
 */
export const DEFAULT_CASE_NUMBER_PREFIXES: readonly string[] = Object.freeze([
  "KS",
  "KSAU",
  "KF",
  "BN",
  "BMN",
  "BUN",
  "SBN",
  "MB",
  "MBN",
  "ON",
  "KFN",
  "SN",
  "TN",
  "VON",
]);

const FIRST_YEAR = 1990;
const PREFIX_SHAPE = /^[A-ZÅÄÖ]{1,6}$/;
const NBSP = "\u00a0";
const EN_DASH = "\u2013";

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "A" && ch <= "Z") || ch === "Å" || ch === "Ä" || ch === "Ö");
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z\u00c0-\u024f]/.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === NBSP;
}

/** Length of the run of digits at i, counting at most `cap` (so a longer run reads as `cap`). */
function digitRun(text: string, i: number, cap = 7): number {
  let k = i;
  while (k - i < cap && isDigit(text[k])) k++;
  return k - i;
}

// ---------------------------------------------------------------------------
// Labels

const WORD_CHAR = "0-9A-Za-zÅÄÖåäöÉéÜü";
/** A label ending right where a candidate starts. Tried on a short slice, so it cannot run long. */
const LABEL_AT_END = new RegExp(
  `(?:^|[^${WORD_CHAR}])` +
    "(?:dnr|diarie-?nr|diarienummer|diarienumret|ärende-?nr|ärendenummer|ärendenumret|ärendebeteckning(?:en)?|diariebeteckning(?:en)?|(?:vår|er)[ \\t\\u00a0]+beteckning|case[ \\t\\u00a0]+(?:no|nr|number))" +
    // "Länsstyrelsens diarienummer är 551-2279-2026".
    "\\.?[ \\t\\u00a0]*(?:(?:är|is)[ \\t\\u00a0]+)?(?:[:#][ \\t\\u00a0]*)?(?:\\r?\\n[ \\t\\u00a0]*)?$",
  "i",
);
const LABEL_WINDOW = 40;
/** A court's mål number: "mål nr", "målnr", "målnummer", "mål nummer". */
const COURT_LABEL_AT_END = new RegExp(`(?:^|[^${WORD_CHAR}])mål[ \\t\\u00a0]*(?:nr|nummer|numret)\\.?[ \\t\\u00a0]*(?::[ \\t\\u00a0]*)?$`, "i");

/** Cheap first test: the last letter before `start` (past spaces, ":" and ".") ends "nr", "nummer" or "numret". */
function mayFollowCourtLabel(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 4 && (isSpace(text[k]) || text[k] === "\t" || text[k] === ":" || text[k] === ".")) k--;
  const c = text[k];
  return c === "r" || c === "R" || c === "t" || c === "T";
}

function courtLabelledAt(text: string, start: number): boolean {
  return COURT_LABEL_AT_END.test(text.slice(Math.max(0, start - 20), start));
}

function labelledAt(text: string, start: number): boolean {
  return LABEL_AT_END.test(text.slice(Math.max(0, start - LABEL_WINDOW), start));
}

/** "Ärende 5000-K408812-26": the police's own word before its own number. */
const CASE_WORD_AT_END = new RegExp(`(?:^|[^${WORD_CHAR}])(?:ärende|ärendet|polisärende)[ \\t\\u00a0]*(?::[ \\t\\u00a0]*)?$`, "i");

function labelledOrAfterCaseWord(text: string, start: number): boolean {
  return labelledAt(text, start) || CASE_WORD_AT_END.test(text.slice(Math.max(0, start - 20), start));
}

// ---------------------------------------------------------------------------
// Suffixes and what may follow a match

interface Suffix {
  readonly digits: string;
  readonly end: number;
  /** A space and 2-3 digits: may be dropped when what follows says it is something else. */
  readonly spaced: boolean;
}

/** Words after " 25" that say the digits are a day, a count or an amount, not a code. */
const UNIT_AFTER = /^[ \u00a0]+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|kr|sek|st\b|stycken|år|dag|tim|min|pers|sid|%|procent)/i;
/** An amount: "2019.500 kr", "2019.500:-". */
const AMOUNT_AFTER = /^[ \u00a0]?(?:kr(?:onor|ona)?|sek|:-)(?![a-zåäö])/i;

function readSuffix(text: string, i: number): Suffix | undefined {
  const c = text[i];
  // " - 001", " -001", "- 001", " – 001"
  const spaceBefore = isSpace(c) ? 1 : 0;
  const dash = text[i + spaceBefore];
  if (dash === "-" || dash === EN_DASH) {
    const spaceAfter = isSpace(text[i + spaceBefore + 1]) ? 1 : 0;
    const from = i + spaceBefore + 1 + spaceAfter;
    const len = digitRun(text, from, 5);
    if (len >= 1 && len <= 4) return { digits: text.slice(from, from + len), end: from + len, spaced: false };
    return undefined;
  }
  if (c === "/" || c === ":") {
    const len = digitRun(text, i + 1, 5);
    if (len >= 1 && len <= 4) return { digits: text.slice(i + 1, i + 1 + len), end: i + 1 + len, spaced: false };
    return undefined;
  }
  if (spaceBefore === 1) {
    const len = digitRun(text, i + 1, 4);
    if (len < 2 || len > 3) return undefined;
    const end = i + 1 + len;
    // "101 21 34": a spaced-out longer number; "124 25 maj", "124 10 st": a date or a count.
    if (isSpace(text[end]) && isDigit(text[end + 1])) return undefined;
    if (UNIT_AFTER.test(text.slice(end, end + 12))) return undefined;
    return { digits: text.slice(i + 1, end), end, spaced: true };
  }
  return undefined;
}

/** Nothing joined on after `end`: no letter or digit, no separator followed by a digit, no amount. */
function cleanEnd(text: string, end: number): boolean {
  const c = text[end];
  if (c === undefined) return true;
  if (isDigit(c) || isLetter(c) || c === "_") return false;
  if ((c === "-" || c === "/" || c === "." || c === ":" || c === "," || c === EN_DASH) && isDigit(text[end + 1])) return false;
  return !AMOUNT_AFTER.test(text.slice(end, end + 8));
}

/** Nothing joined on before `start`: "1.2018.239", "5-2018/12". */
function cleanStart(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c === undefined) return true;
  if (isDigit(c) || isLetter(c) || c === "_") return false;
  if ((c === "-" || c === "/" || c === "." || c === ":" || c === "," || c === "+" || c === EN_DASH) && isDigit(text[start - 2])) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Guards

function daysIn(month: number): number {
  return month === 2 ? 29 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface Parts {
  readonly year: number;
  readonly yearSep: string;
  readonly serial: string;
  readonly suffix?: Suffix;
  readonly suffixSep?: string;
}

/** YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD; and, unless labelled, YYYY-MM or YYYY/0M. */
function looksLikeDate(p: Parts, labelled: boolean): boolean {
  if (p.serial.length !== 2) return false;
  const month = Number(p.serial);
  if (month < 1 || month > 12) return false;
  if (p.suffix && !p.suffix.spaced && p.suffix.digits.length === 2 && p.suffixSep === p.yearSep && "-/.".includes(p.yearSep)) {
    const day = Number(p.suffix.digits);
    if (day >= 1 && day <= daysIn(month)) return true;
  }
  if (labelled || p.suffix) return false;
  return p.yearSep === "-" || p.yearSep === "." || p.yearSep === EN_DASH || (p.yearSep === "/" && p.serial[0] === "0");
}

/** "2023/2024"; and "2023/24" when there is no prefix. */
function looksLikeYearRange(p: Parts, hasPrefix: boolean): boolean {
  if (p.suffix) return false;
  if (p.serial.length === 4 && Number(p.serial) === p.year + 1) return true;
  return !hasPrefix && p.serial.length === 2 && Number(p.serial) === (p.year + 1) % 100;
}

/** The digits read as a personnummer or samordningsnummer: 10 digits (YYMMDDNNNC) or 12 (YYYYMMDDNNNC). */
function identityDigits(digits: string, currentYear: number): boolean {
  if (digits.length === 12) {
    const century = Number(digits.slice(0, 2));
    if (century < 18 || century > 20) return false;
    const year = inferBirthYear(Number(digits.slice(2, 4)), century, "-", currentYear);
    return kindOfDate(year, Number(digits.slice(4, 6)), Number(digits.slice(6, 8)), currentYear) !== undefined && luhnValid(digits.slice(2));
  }
  if (digits.length === 10) {
    const year = inferBirthYear(Number(digits.slice(0, 2)), undefined, "-", currentYear);
    return kindOfDate(year, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)), currentYear) !== undefined && luhnValid(digits);
  }
  return false;
}

function looksLikeIdentityNumber(p: Parts, yearDigits: string, currentYear: number): boolean {
  const withSerial = yearDigits + p.serial;
  if (identityDigits(withSerial, currentYear)) return true;
  return p.suffix !== undefined && identityDigits(withSerial + p.suffix.digits, currentYear);
}

// ---------------------------------------------------------------------------
// The scan

interface Found {
  readonly start: number;
  readonly end: number;
  readonly prefix?: string;
  readonly year: number;
  readonly serial: string;
  readonly suffix?: string;
  readonly labelled: boolean;
  /** Set for another authority's reference (P6): its own form, as written. */
  readonly normalised?: string;
}

export function createCaseNumberDetector(options: CaseNumberOptions): CaseNumberDetector {
  const { currentYear } = options;
  if (!Number.isInteger(currentYear) || currentYear < FIRST_YEAR) throw new RangeError(`currentYear must be a year from ${FIRST_YEAR}: ${currentYear}`);
  const prefixes = options.prefixes ?? DEFAULT_CASE_NUMBER_PREFIXES;
  for (const p of prefixes) {
    if (!PREFIX_SHAPE.test(p)) throw new RangeError(`A diarienummer prefix is 1-6 capital letters (A-Z, Å, Ä, Ö): ${JSON.stringify(p)}`);
  }
  const known = new Set(prefixes);
  const lastYear = currentYear + 1;
  const validYear = (y: number) => y >= FIRST_YEAR && y <= lastYear;

  /**
   * The serial, its suffix and a clean end, from `at` (the first digit of the
   * serial). A spaced suffix that spoils the end is dropped; any other is fatal.
   */
  function tail(text: string, at: number, minSerial: number): { serial: string; suffix?: Suffix; suffixSep?: string; end: number } | undefined {
    const len = digitRun(text, at);
    if (len < minSerial || len > 6) return undefined;
    const serialEnd = at + len;
    const serial = text.slice(at, serialEnd);
    const suffix = readSuffix(text, serialEnd);
    if (suffix && cleanEnd(text, suffix.end)) {
      const sepChar = text[serialEnd] as string;
      const suffixSep = isSpace(sepChar) ? (suffix.spaced ? " " : "-") : sepChar === EN_DASH ? "-" : sepChar;
      return { serial, suffix, suffixSep, end: suffix.end };
    }
    if (suffix && !suffix.spaced) return undefined;
    return cleanEnd(text, serialEnd) ? { serial, end: serialEnd } : undefined;
  }

  /** Guards shared by every shape; the label is looked up only for a candidate that passed the others. */
  function accept(text: string, start: number, p: Parts, yearDigits: string, prefix: string | undefined, needsLabel: boolean, end: number): Found | undefined {
    if (!validYear(p.year)) return undefined;
    if (looksLikeYearRange(p, prefix !== undefined)) return undefined;
    if (looksLikeIdentityNumber(p, yearDigits, currentYear)) return undefined;
    const labelled = labelledAt(text, start);
    if (needsLabel && !labelled) return undefined;
    if (looksLikeDate(p, labelled)) return undefined;
    return { start, end, prefix, year: p.year, serial: p.serial, suffix: p.suffix?.digits, labelled };
  }

  /** P1, P3, P4: a prefix first. */
  function prefixFirst(text: string, s: number): Found | undefined {
    let k = s;
    while (k - s < 7 && isUpper(text[k])) k++;
    if (k - s > 6 || isLetter(text[k])) return undefined; // too long, or a word ("Ks", "KSau")
    const prefix = text.slice(s, k);
    const needsLabel = !known.has(prefix);
    let j = k;
    const sep1 = text[j];
    const hasSep1 = sep1 === " " || sep1 === NBSP || sep1 === "/" || sep1 === "." || sep1 === "-";
    if (hasSep1) j++;
    const d1 = digitRun(text, j);
    if (d1 === 0 || d1 > 6) return undefined;
    const d1End = j + d1;
    const loose = !hasSep1 || sep1 === " " || sep1 === NBSP; // "LD11/...", "LD 11/..."

    // P1: PREFIX YYYY/N
    if (d1 === 4 && validYear(Number(text.slice(j, d1End)))) {
      const yearSep = text[d1End];
      if (yearSep === "/" || yearSep === "." || yearSep === ":" || yearSep === "-" || yearSep === EN_DASH) {
        const t = tail(text, d1End + 1, 1);
        if (!t) return undefined;
        const year = Number(text.slice(j, d1End));
        const parts: Parts = { year, yearSep: yearSep === EN_DASH ? "-" : yearSep, serial: t.serial, suffix: t.suffix, suffixSep: t.suffixSep };
        // "MSN/2026/0112/0004": four slash-joined parts are a diary's shape whatever the nämnd, so its prefix needs no list.
        const fullSlashForm = sep1 === "/" && yearSep === "/" && t.suffix !== undefined && t.suffixSep === "/";
        return accept(text, s, parts, text.slice(j, d1End), prefix, needsLabel && !fullSlashForm, t.end);
      }
    }
    if (text[d1End] !== "/") return undefined;
    const d2From = d1End + 1;
    const d2 = digitRun(text, d2From);
    // P3: PREFIX N/YYYY
    if (d2 === 4 && validYear(Number(text.slice(d2From, d2From + 4))) && (loose || sep1 === "-")) {
      const end = d2From + 4;
      if (!cleanEnd(text, end)) return undefined;
      const serial = text.slice(j, d1End);
      // "KS 12/2018" reads as a month unless a label says otherwise.
      if (serial.length <= 2 && Number(serial) >= 1 && Number(serial) <= 12 && !labelledAt(text, s)) return undefined;
      const year = Number(text.slice(d2From, end));
      return accept(text, s, { year, yearSep: "/", serial }, text.slice(d2From, end), prefix, needsLabel, end);
    }
    // P4: PREFIX YY/NNN
    if (d1 === 2 && loose && d2 >= 3 && d2 <= 6) {
      const end = d2From + d2;
      if (!cleanEnd(text, end)) return undefined;
      const yy = Number(text.slice(j, d1End));
      const year = yy >= FIRST_YEAR % 100 ? 1900 + yy : 2000 + yy;
      return accept(text, s, { year, yearSep: "/", serial: text.slice(d2From, end) }, String(year), prefix, needsLabel, end);
    }
    return undefined;
  }

  /** P2 and P5: the year first. */
  function yearFirst(text: string, s: number): Found | undefined {
    if (digitRun(text, s) !== 4) return undefined;
    const yearDigits = text.slice(s, s + 4);
    const year = Number(yearDigits);
    if (!validYear(year)) return undefined;
    const sep = text[s + 4];
    // P2: YYYY/PREFIX N
    if (sep === "/" && isUpper(text[s + 5])) {
      let k = s + 5;
      while (k - (s + 5) < 7 && isUpper(text[k])) k++;
      if (k - (s + 5) > 6 || isLetter(text[k])) return undefined;
      const prefix = text.slice(s + 5, k);
      const at = isSpace(text[k]) ? k + 1 : k;
      const t = tail(text, at, 1);
      if (!t) return undefined;
      const parts: Parts = { year, yearSep: "/", serial: t.serial, suffix: t.suffix, suffixSep: t.suffixSep };
      return accept(text, s, parts, yearDigits, prefix, !known.has(prefix), t.end);
    }
    // P5: a bare YYYY-N after a label
    if (sep === "-" || sep === "." || sep === EN_DASH || sep === "/" || sep === ":") {
      const minSerial = sep === "/" || sep === ":" ? 1 : 3;
      const t = tail(text, s + 5, minSerial);
      if (!t) return undefined;
      const parts: Parts = { year, yearSep: sep === EN_DASH ? "-" : sep, serial: t.serial, suffix: t.suffix, suffixSep: t.suffixSep };
      return accept(text, s, parts, yearDigits, undefined, true, t.end);
    }
    return undefined;
  }

  /** A run of 1..max digits at i; its length, or 0 when there is none or it is longer. */
  function digits(text: string, i: number, min: number, max: number): number {
    const len = digitRun(text, i, max + 1);
    return len >= min && len <= max ? len : 0;
  }

  /** P6: another authority's reference, only after a label (a court's only after "mål nr"). The shape is read first, the label last. */
  function otherAuthority(text: string, s: number): Found | undefined {
    const found = (end: number, year: number, serial: string, court: boolean, caseWordCounts = false): Found | undefined =>
      validYear(year) && cleanEnd(text, end) && (court ? courtLabelledAt(text, s) : caseWordCounts ? labelledOrAfterCaseWord(text, s) : labelledAt(text, s))
        ? { start: s, end, year, serial, labelled: true, normalised: text.slice(s, end) }
        : undefined;
    let k = s;
    while (k - s < 3 && isUpper(text[k])) k++;
    if (k > s) {
      // Only a court's letters come first: "T 812-27".
      if (k - s > 2 || !isSpace(text[k]) || !mayFollowCourtLabel(text, s)) return undefined;
      k++;
    }
    const first = digitRun(text, k, 8);
    const after = k + first;
    // A court's mål number: N{1,6}-YY.
    if (first >= 1 && first <= 6 && text[after] === "-" && digits(text, after + 1, 2, 2) > 0 && mayFollowCourtLabel(text, s)) {
      const court = found(after + 3, 2000 + Number(text.slice(after + 1, after + 3)), text.slice(k, after), true);
      if (court) return court;
    }
    if (k > s) return undefined;
    // Länsstyrelsen: NNN-N{1,6}-YYYY
    if (first === 3 && text[after] === "-") {
      const n = digits(text, after + 1, 1, 6);
      const y = after + 1 + n;
      // Also after "i ärende": "Länsstyrelsen översänder beslut i ärende 521-30077-2026" (the police-style word before the number).
      if (n > 0 && text[y] === "-" && digits(text, y + 1, 4, 4) > 0) return found(y + 5, Number(text.slice(y + 1, y + 5)), text.slice(after + 1, y), false, true);
      return undefined;
    }
    // Polisen: NNNN-KN{3,8}-YY
    if (first === 4 && text[after] === "-" && text[after + 1] === "K") {
      const n = digits(text, after + 2, 3, 8);
      const y = after + 2 + n;
      if (n > 0 && text[y] === "-" && digits(text, y + 1, 2, 2) > 0) return found(y + 3, 2000 + Number(text.slice(y + 1, y + 3)), text.slice(after + 2, y), false, true);
      return undefined;
    }
    // IVO, Socialstyrelsen: D.D[.D[.D]]-N{1,7}/YYYY
    if (first >= 1 && first <= 2 && text[after] === ".") {
      let j = after;
      let groups = 1;
      while (text[j] === "." && groups < 4) {
        const n = digits(text, j + 1, 1, 2);
        if (n === 0) return undefined;
        j += 1 + n;
        groups++;
      }
      if (text[j] !== "-") return undefined;
      const n = digits(text, j + 1, 1, 7);
      const y = j + 1 + n;
      if (n > 0 && text[y] === "/" && digits(text, y + 1, 4, 4) > 0) return found(y + 5, Number(text.slice(y + 1, y + 5)), text.slice(j + 1, y), false);
    }
    return undefined;
  }

  return {
    detect(text: string): CaseNumberMatch[] {
      const out: CaseNumberMatch[] = [];
      const n = text.length;
      let i = 0;
      while (i < n) {
        const ch = text[i];
        let found: Found | undefined;
        if (isDigit(ch) && cleanStart(text, i)) found = yearFirst(text, i);
        else if (isUpper(ch) && cleanStart(text, i)) found = prefixFirst(text, i);
        if (!found && (isDigit(ch) || isUpper(ch)) && cleanStart(text, i)) found = otherAuthority(text, i);
        if (!found) {
          i++;
          continue;
        }
        const normalised = found.normalised ?? `${found.prefix !== undefined ? `${found.prefix} ` : ""}${found.year}/${found.serial}${found.suffix !== undefined ? `-${found.suffix}` : ""}`;
        const match: CaseNumberMatch = {
          text: text.slice(found.start, found.end),
          normalised,
          start: found.start,
          end: found.end,
          labelled: found.labelled,
          year: found.year,
          serial: found.serial,
          ...(found.prefix !== undefined ? { prefix: found.prefix } : {}),
          ...(found.suffix !== undefined ? { suffix: found.suffix } : {}),
        };
        out.push(match);
        i = found.end;
      }
      return out;
    },
  };
}

/** Every diarienummer in `text`, in order. Builds the detector each call; keep one from `createCaseNumberDetector` for repeated use. */
export function findCaseNumbers(text: string, options: CaseNumberOptions): CaseNumberMatch[] {
  return createCaseNumberDetector(options).detect(text);
}
