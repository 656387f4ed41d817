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
 * 4. Context: a label in front ("Pnr:", "personnummer", "född") or a column
 *    headed Personnummer confirms it; a label or column naming another kind
 *    of number ("Tel", "OCR", "Bokningsnummer", "Anst.nr", "Mötes-ID"), a link,
 *    a dial string, a phone cue ("nås på", "(växel)") say it is something
 *    else; date-and-time stamps of file names and log lines
 *    ("scan_250314-0911.jpg", "250214-0805  ERROR") are downgraded. A number
 *    that fails the check digit right after an identity label is still
 *    reported, at low confidence: a typo does not make it less personal.
 *
 * The scan reads the text with invisible characters removed and full-width
 * digits made ASCII (text/number-chars.ts), so "1984\u200b0126-2384" and
 * "１２０３０９－２３８０" are numbers too; offsets are mapped back to the original.
 * Matches carry offsets and a redacted excerpt, never the number itself.
 */
import { normalizeNumberChars } from "../../text/number-chars";
import { redactIdentityNumber } from "../../text/redact";
import type { Confidence, DetectorMatch, TextDetector } from "../types";
import { inferBirthYear, kindOfDate, type IdentityKind } from "./birth-date";
import { luhnValid } from "./checksum";
import { identityLabelRightBefore, labelBefore, phoneNamedAfter } from "./context";
import type { LabelKind } from "./labels";
import { inDialString, inFileNameOrCode, isLogStamp, LinkScanner } from "./spans";
import { TableReader } from "./table";

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

/** Characters that join two digit groups into one longer number. */
function isJoiner(ch: string | undefined): boolean {
  return ch === "-" || ch === "/" || ch === "." || ch === "+";
}

/**
 * True when the candidate is part of a longer number: a digit right before
 * or after it, or a joiner with a digit beyond ("12-850101-1234",
 * "850101-1234-56", "8501011234.50"). A comma joins only decimals or
 * thousands after the number ("8501011234,50"); before it, or before a longer
 * run, it separates values in a list or a CSV row ("1,850101-1234,070…").
 * With a space separator, a digit group one space away means a spaced-out
 * longer number ("123 456789 0123 45").
 */
function insideLongerNumber(text: string, start: number, end: number, separator: string): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isDigit(before) || isDigit(after)) return true;
  if (isJoiner(before) && isDigit(text[start - 2])) return true;
  if (isJoiner(after) && isDigit(text[end + 1])) return true;
  if (after === "," && isDigit(text[end + 1])) {
    let k = end + 1;
    while (k < end + 5 && isDigit(text[k])) k++;
    if (k - end - 1 <= 3) return true;
  }
  if (separator === " ") {
    if (before === " " && isDigit(text[start - 2])) return true;
    if (after === " " && isDigit(text[end + 1])) return true;
  }
  return false;
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

/** Separators between the date and the last four, in the normalised text (every dash is "-", every space " "). */
const SEPARATORS = "-+ ";

/**
 * The length of a dash with a space on one or both sides ("850101 - 1234",
 * "850101 -1234", "850101- 1234") or a line break after it, or 0. A single space or dash alone is an
 * ordinary separator, handled by SEPARATORS.
 */
function spacedDashLength(text: string, at: number): number {
  const spaceBefore = text[at] === " " ? 1 : 0;
  if (text[at + spaceBefore] !== "-") return 0;
  // A line broken after the dash, as text copied out of a PDF comes ("20150612-\n1234").
  if (spaceBefore === 0 && (text[at + 1] === "\n" || (text[at + 1] === "\r" && text[at + 2] === "\n"))) {
    let k = at + (text[at + 1] === "\r" ? 3 : 2);
    while (text[k] === " " || text[k] === "\t") k++;
    return k - at;
  }
  const spaceAfter = text[at + spaceBefore + 1] === " " ? 1 : 0;
  return spaceBefore + spaceAfter > 0 ? spaceBefore + 1 + spaceAfter : 0;
}
/** After the year of a grouped date: " MM DD", a separator, the last four. */
const GROUPED_DATE_TAIL = /^ (\d{2}) (\d{2})([-+ ])\d{4}/;
/** Letters Skatteverket's interim numbers (T-nummer, used in health care) put in the serial number. */
const INTERIM_LETTERS = "TRSUWXJKLMN";

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * What one detect() call knows about the text around its candidates. The
 * candidates come in order, so the line and the token (the text since the
 * last space) are tracked by a cursor that never goes back, and the table and
 * link readers remember what they have read: every character is read a
 * bounded number of times.
 */
class Surroundings {
  private pos = 0;
  private lineStart = 0;
  private tokenStart = 0;
  /** The first line break at or after pos (text.length when none). */
  private nextBreak = -1;
  private readonly links = new LinkScanner();
  private readonly tables: TableReader;

  constructor(private readonly text: string) {
    this.tables = new TableReader(text);
  }

  /**
   * Moves the cursor to `to`. A line break is looked for only when the
   * cursor passes the next one, and only within the line it lands on; the
   * token start is looked for only back to the last stop. So only lines that
   * hold candidates are read, each a bounded number of times.
   */
  private advance(to: number): void {
    if (to <= this.pos) return;
    const text = this.text;
    if (this.nextBreak < to) {
      // The cursor has passed a line break: the line starts after the last one before `to`, which is on this line.
      this.lineStart = text.lastIndexOf("\n", to - 1) + 1;
      const nl = text.indexOf("\n", to);
      this.nextBreak = nl < 0 ? text.length : nl;
    }
    if (this.lineStart > this.tokenStart) this.tokenStart = this.lineStart;
    const low = Math.max(this.pos, this.tokenStart);
    for (let k = to - 1; k >= low; k--) {
      const c = text.charCodeAt(k);
      if (c === 32 || c === 9 || c === 13 || c === 60 || c === 62 || c === 34) {
        this.tokenStart = k + 1;
        break;
      }
    }
    this.pos = to;
  }

  /** Start of the line holding `start` (its end is then nextBreak). */
  lineOf(start: number): number {
    this.advance(start);
    return this.lineStart;
  }

  /**
   * What the surroundings say the number at [start, end) is: a link's own
   * words, a dial string, the column's header, a label before it, a phone
   * named after it.
   */
  kindOf(start: number, end: number): LabelKind {
    const text = this.text;
    const lineStart = this.lineOf(start);
    const lineEnd = this.nextBreak;
    const link = this.links.verdict(text, this.tokenStart, start);
    if (link === "identity") return "identity";
    if (link === "url") return "other";
    if (inDialString(text, start, end)) return "other";
    // "#250114-0031", "Ärende #…": a number written with "#" is a reference, unless an identity label says otherwise.
    if (text[start - 1] === "#") return labelBefore(text, start - 1) === "identity" ? "identity" : "other";
    const column = this.tables.column(start, end, lineStart, lineEnd);
    if (column) {
      // In a table the number's own cell speaks first, then its column's header, then the rest of its row.
      const inCell = labelBefore(text, start, column.cellStart);
      if (inCell !== "none") return inCell;
      if (column.kind !== "none") return column.kind;
      const inRow = labelBefore(text, start, lineStart);
      if (inRow !== "none") return inRow;
    } else {
      const label = labelBefore(text, start);
      if (label !== "none") return label;
    }
    return phoneNamedAfter(text, end) ? "phone" : "none";
  }
}

export function createPersonnummerDetector(options: PersonnummerDetectorOptions = {}): TextDetector {
  return {
    id: DETECTOR_ID,
    detect(original: string): DetectorMatch[] {
      const referenceYear = options.referenceYear ?? currentYear();
      const normalized = normalizeNumberChars(original);
      const text = normalized.text;
      const surroundings = new Surroundings(text);
      const found: { readonly match: DetectorMatch; readonly key: string; readonly open: boolean; readonly strong: boolean }[] = [];
      const namedIdentity = new Set<string>();
      const namedOther = new Set<string>();
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
          const spacedBefore = text[start - 1] === " " && isDigit(text[start - 2]);
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
        const judged = judge({ text, surroundings, start, end, centuryDigits: century, yymmdd, separator, lastFour, referenceYear, interim });
        if (!judged) continue;
        const key = yymmdd + lastFour;
        if (judged.labelled) namedIdentity.add(key);
        if (judged.other) namedOther.add(key);
        if (judged.confidence === undefined) continue;
        // A grouped date or a spaced dash is an unusual way to write the number: medium unless a label confirms it.
        const confidence = (grouped || loose) && judged.confidence === "high" && !judged.labelled ? "medium" : judged.confidence;
        const range = normalized.rangeToOriginal(start, end);
        found.push({
          match: { detector: DETECTOR_ID, kind: judged.kind, start: range.start, end: range.end, confidence, redacted: redactIdentityNumber(text.slice(start, end)) },
          key,
          open: !judged.labelled && !judged.other,
          strong: judged.strong,
        });
        i = end;
      }
      // A number the text names elsewhere is that number here too: an identity label anywhere
      // confirms it, a label of another kind (and none for identity) makes it that kind.
      const matches: DetectorMatch[] = [];
      for (const f of found) {
        if (f.open && namedIdentity.has(f.key)) matches.push({ ...f.match, confidence: "high" });
        else if (f.open && namedOther.has(f.key)) {
          if (f.strong) matches.push({ ...f.match, confidence: "low" });
        } else matches.push(f.match);
      }
      return matches;
    },
  };
}

interface Verdict {
  readonly kind: IdentityKind;
  /** Undefined: a valid number that its context says is something else, not reported. */
  readonly confidence: Confidence | undefined;
  /** An identity label or column confirmed it. */
  readonly labelled: boolean;
  /** A label, column, link or dial string said it is another kind of number. */
  readonly other: boolean;
  /** Twelve digits, or a "-" or "+" separator. */
  readonly strong: boolean;
}

interface Candidate {
  readonly text: string;
  readonly surroundings: Surroundings;
  readonly start: number;
  readonly end: number;
  readonly centuryDigits: string | undefined;
  readonly yymmdd: string;
  readonly separator: string;
  readonly lastFour: string;
  readonly referenceYear: number;
  readonly interim: boolean;
}

function unlabelled(kind: IdentityKind, confidence: Confidence | undefined, other: boolean, strong: boolean): Verdict {
  return { kind, confidence, labelled: false, other, strong };
}

function judge(c: Candidate): Verdict | undefined {
  const { text, start, end, centuryDigits, yymmdd, separator, lastFour, referenceYear, interim } = c;
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
    return identityLabelRightBefore(text, start) ? { kind, confidence: "low", labelled: true, other: false, strong: true } : undefined;
  }

  const twelveDigits = century !== undefined;
  const strong = twelveDigits || separator === "-" || separator === "+";
  const label = c.surroundings.kindOf(start, end);
  if (label === "identity") return { kind, confidence: "high", labelled: true, other: false, strong };
  const time = looksLikeTime(lastFour);
  // A telephone, another kind of number, or a date and time after a time label ("Skapad 250214-0805").
  const other = label === "other" || label === "phone" || (label === "time" && time);
  if (interim) return unlabelled(kind, other ? undefined : century !== undefined || separator !== "" ? "high" : "medium", other, strong);
  if (other) return unlabelled(kind, strong ? "low" : undefined, true, strong);

  if (time) {
    const inName = inFileNameOrCode(text, start, end);
    // "20240514-1030": a date and a time of day, far likelier than a toddler's number.
    if (twelveDigits && (inName || year >= referenceYear - 3)) return unlabelled(kind, "low", false, strong);
    // "scan_250314-0911.jpg": a recent date and a time in a file name.
    if (inName && referenceYear - year <= 10) return unlabelled(kind, "low", false, strong);
    // "250214-0805  ERROR …", a block of journal lines: the stamp of a log line.
    if (isLogStamp(text, { start, end, lineStart: c.surroundings.lineOf(start), year, month, referenceYear })) return unlabelled(kind, "low", false, strong);
  }
  if (mobileShaped(centuryDigits, separator, yymmdd)) return unlabelled(kind, "low", false, strong);
  return unlabelled(kind, strong ? "high" : "medium", false, strong);
}

/** The detector with the current year as reference. */
export const personnummerDetector: TextDetector = createPersonnummerDetector();
