/**
 * Places in a text where a number is part of something a reader recognises
 * as not being about a person: a link, a dial string, a file name with a time
 * stamp, a log line. Each check reads a bounded window around the number, or
 * (for links) a scan that never reads a character twice, so the detector
 * stays linear.
 */
import { classifyLabelPhrase } from "./labels";

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-zÅÄÖåäöÉéÜü]/.test(ch);
}

/** A link or a dialling URI starts the token: "https://", "www.", "tel:", "sip:". */
const URL_START = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|(?:tel|sip|sips|callto|facetime|mailto):)/i;
/** Links are read at most this far back from the number (longer ones are not links in mail). */
const MAX_URL = 2048;

export type UrlVerdict = "identity" | "url" | "none";

/** "/", "?", "&", "=", "#", ";": what separates a link's segments and keys. */
function isLinkDelimiter(c: number): boolean {
  return c === 47 || c === 63 || c === 38 || c === 61 || c === 35 || c === 59;
}

/**
 * Remembers, for the token the scan is in (the text since the last space),
 * whether a link has started and how far it has been read, so a token with
 * many numbers in it is read once.
 */
export class LinkScanner {
  private tokenStart = -1;
  private readTo = -1;
  private linkFrom = -1;

  /**
   * Whether the number at `start` is inside a link that began at or after
   * `tokenStart` (the character after the last white space), and what the
   * link's own words say: "?pnr=…" or "/personnummer/…" is an identity
   * number in a link, anything else (a case, a ticket, a booking) is not.
   */
  verdict(text: string, tokenStart: number, start: number): UrlVerdict {
    if (tokenStart !== this.tokenStart) {
      this.tokenStart = tokenStart;
      this.readTo = tokenStart;
      this.linkFrom = -1;
    }
    if (start - tokenStart > MAX_URL) return "none";
    if (this.linkFrom < 0 && start > this.readTo) {
      // Read the new part, with a little overlap so a scheme split across two reads is seen.
      const from = Math.max(tokenStart, this.readTo - 10);
      const part = text.slice(from, start);
      const m = part.indexOf(":") >= 0 || part.indexOf("www.") >= 0 || part.indexOf("WWW.") >= 0 ? URL_START.exec(part) : null;
      if (m) this.linkFrom = from + m.index;
      this.readTo = start;
    }
    if (this.linkFrom < 0 || this.linkFrom >= start) return "none";
    // The words of the link right before the number: its path segment or query key ("/arende/", "?pnr=", "&id=").
    const low = Math.max(this.linkFrom, start - 64);
    let k = start - 1;
    while (k >= low && !isLinkDelimiter(text.charCodeAt(k))) k--;
    k--;
    while (k >= low && !isLinkDelimiter(text.charCodeAt(k))) k--;
    return classifyLabelPhrase(text.slice(k + 1, start).replace(/[/?&=#;]/g, " ")) === "identity" ? "identity" : "url";
  }
}

/**
 * A conference or meeting code in a dial string: after the pause commas of
 * "+46850539728,,2211012394#", or closed by the "#" that ends a code.
 */
export function inDialString(text: string, start: number, end: number): boolean {
  if (text[end] === "#") return true;
  if (text[start - 1] !== ",") return false;
  if (text[start - 2] === ",") return true;
  // One pause comma after a whole telephone number ("+4685053972,2211012394"), not after a row number in a CSV.
  let digits = 0;
  for (let k = start - 2; k >= 0 && k > start - 24 && (isDigit(text[k]) || text[k] === " "); k--) if (isDigit(text[k])) digits++;
  return digits >= 7;
}

/** ".pdf", ".jpg", ".log", ".xlsx": letters, then up to four letters or digits, then no more. */
const EXTENSION = /^\.[A-Za-z][A-Za-z0-9]{1,4}(?![A-Za-z0-9])/;

/** Part of a file name or a code: "scan_250314-0911.jpg", "IMG20240514-1030", "ABC8501011234", "logg-250314-0911". */
export function inFileNameOrCode(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === "_" || isLetter(before) || after === "_" || isLetter(after)) return true;
  if ((before === "-" || before === "/" || before === "\\") && isLetter(text[start - 2])) return true;
  return after === "." && EXTENSION.test(text.slice(end, end + 7));
}

/** Stands before a stamp at the start of a log line: indentation, quoting, a bracket or a table bar. */
const LINE_PREFIX = /^[ \t>|[(]*$/;
/** A log level after the stamp: in capitals ("ERROR", "VARNING"), or in any case in brackets or before a colon ("[error]", "warn:"). */
const LOG_LEVEL_CAPS = /^[ \t\]|:)-]+(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|CRIT|NOTICE|FEL|VARNING|VARN)(?![A-Za-zÅÄÖåäö])/;
const LOG_LEVEL_MARKED = /^[ \t\]|)-]*(?:\[(?:error|err|warn|warning|info|debug|trace|fatal|critical|notice|fel|varning)\]|(?:error|err|warn|warning|info|debug|trace|fatal|critical|notice|fel|varning):)/i;
/** A log level just before the stamp: "ERROR 250214-0805 …", "[WARN] 20250214-0805". */
const LEVEL_BEFORE = /(?:^|[^A-Za-zÅÄÖåäö])(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|NOTICE|FEL|VARNING)[ \t\]:|-]*$/;
/** A code in capitals after the stamp ("LARM", the writer's initials "MKA"). */
const CAPS_CODE = /^[ \t\]|:)-]+[A-ZÅÄÖ]{2,}(?![A-Za-zÅÄÖåäö])/;
/** A name after the number: two capitalised words ("Anna Svensson", "Svensson, Anna"), or one ending the line. */
const NAME_AFTER = /^[ \t|]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:,?[ \t]+[A-ZÅÄÖ][a-zåäöéü]+|[ \t]*(?:\n|$))/;
/** Seconds after the minutes: "240514-1030:15". */
const SECONDS = /^:[0-5][0-9](?![0-9])/;
/** The stamp at the start of a neighbouring log line: compact ("250214-0805", "20250214 0805") or ISO ("2025-02-14 08:05"). */
const STAMP_LINE = /^[ \t>|[(]*(?:(\d{2}|\d{4})(\d{2})(\d{2})[-_ T]?(?:[01]\d|2[0-3])[.:]?[0-5]\d(?!\d)|(\d{4})-(\d{2})-(\d{2})[ T](?:[01]\d|2[0-3])[.:][0-5]\d)/;

/** The month (year × 12 + month) of the stamp a line starts with, or undefined. */
function stampMonth(line: string, referenceYear: number): number | undefined {
  const m = STAMP_LINE.exec(line);
  if (!m) return undefined;
  const yearText = (m[1] ?? m[4]) as string;
  // Two digits: the latest such year up to the reference year, as for the number itself.
  const year = yearText.length === 2 ? referenceYear - ((((referenceYear - Number(yearText)) % 100) + 100) % 100) : Number(yearText);
  return year * 12 + Number(m[2] ?? m[5]);
}

/** The line opens with a stamp within two months of `month`. */
function nearStamp(line: string, month: number, referenceYear: number): boolean {
  const other = stampMonth(line, referenceYear);
  return other !== undefined && Math.abs(other - month) <= 2;
}

/** How many lines above and below are read for another stamp, and how much of each. */
const NEIGHBOUR_LINES = 3;
const LINE_HEAD = 40;

export interface StampCandidate {
  readonly start: number;
  readonly end: number;
  /** Start of the candidate's line. */
  readonly lineStart: number;
  /** The number's date. */
  readonly year: number;
  readonly month: number;
  readonly referenceYear: number;
}

/**
 * A date and a time of day ("250214-0805", "20240514-1030") that stamps a
 * log or journal line. The last four digits must read as a time; then any of:
 * seconds follow ("…-1030:15"); a log level follows ("ERROR", "varning");
 * the stamp opens its line, the date is recent and a
 * code in capitals follows ("LARM", a writer's initials); or it opens its
 * line and a line close above or below opens with a stamp of about the same
 * date (a block of log or journal lines). A column of personnummer has dates
 * years apart; a log has dates days apart.
 */
export function isLogStamp(text: string, c: StampCandidate): boolean {
  const after = text.slice(c.end, c.end + 40);
  if (SECONDS.test(after) || LOG_LEVEL_CAPS.test(after) || LOG_LEVEL_MARKED.test(after)) return true;
  const before = text.slice(Math.max(c.lineStart, c.start - 24), c.start);
  if (LEVEL_BEFORE.test(before)) return true;
  if (!LINE_PREFIX.test(text.slice(c.lineStart, c.start))) return false;
  if (CAPS_CODE.test(after) && c.referenceYear - c.year <= 3) return true;
  // A block of stamped lines is recent, and a stamp is not followed by a person's name ("150312-… Anna Svensson").
  if (c.referenceYear - c.year > 10 || NAME_AFTER.test(after)) return false;
  const month = c.year * 12 + c.month;
  // Lines above.
  let lineStart = c.lineStart;
  for (let k = 0; k < NEIGHBOUR_LINES && lineStart > 0; k++) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (nearStamp(text.slice(prevStart, Math.min(lineStart - 1, prevStart + LINE_HEAD)), month, c.referenceYear)) return true;
    lineStart = prevStart;
  }
  // Lines below.
  let next = text.indexOf("\n", c.end);
  for (let k = 0; k < NEIGHBOUR_LINES && next >= 0; k++) {
    const nextStart = next + 1;
    if (nearStamp(text.slice(nextStart, nextStart + LINE_HEAD), month, c.referenceYear)) return true;
    next = text.indexOf("\n", nextStart);
  }
  return false;
}
