/**
 * Quoted history: the earlier messages below a reply or a forward. Rules check
 * it too but say so in their findings. Regions are found line by line, in
 * one pass, from the markers Outlook, Gmail and Apple Mail write in Swedish
 * and English. Regions are blanked out rather than sliced away (textlint's
 * model) so every offset still points into the original text.
 */
import type { TextRange } from "../model";

/** A line that starts the rest of the text as history. */
const HISTORY_START = [
  /^-{2,}\s*(?:ursprungligt meddelande|original message|vidarebefordrat meddelande|forwarded message)\s*-{2,}\s*$/i,
  /^(?:begin forwarded message|vidarebefordrat meddelande)\s*:?\s*$/i,
  /^(?:den|on)\s.{4,200}\s(?:skrev|wrote)(?:\s.{1,200})?:\s*$/i,
];

/** A header line of a quoted Outlook message ("Från: Anna <anna@x.se>"). */
const FROM_LINE = /^\*?(?:från|from)\s*:\*?\s+\S/i;
const HEADER_LINE = /^\*?(?:skickat|sent|datum|date|till|to|ämne|subject|kopia|cc)\s*:/i;
const RULE_LINE = /^_{10,}\s*$/;

/** The quoted-history ranges of a plain-text body, in order, not overlapping. */
export function findQuotedHistory(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let lineStart = 0;
  let quoteStart = -1;
  const lines: { start: number; end: number }[] = [];
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    lines.push({ start: lineStart, end: lineEnd });
    lineStart = lineEnd + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i] as { start: number; end: number };
    // Markers are short lines: reading at most 400 characters of a line keeps the patterns cheap.
    const line = text.slice(start, Math.min(end, start + 400)).replace(/\r$/, "").trim();
    const next = (k: number): string => {
      const l = lines[i + k];
      return l ? text.slice(l.start, l.end).trim() : "";
    };
    const startsHistory =
      HISTORY_START.some((re) => re.test(line)) ||
      (FROM_LINE.test(line) && [1, 2, 3].some((k) => HEADER_LINE.test(next(k)))) ||
      (RULE_LINE.test(line) && [1, 2].some((k) => FROM_LINE.test(next(k))));
    if (startsHistory) {
      if (quoteStart >= 0) ranges.push({ start: quoteStart, end: start });
      ranges.push({ start, end: text.length });
      return ranges;
    }
    const quotedLine = line.startsWith(">");
    if (quotedLine && quoteStart < 0) quoteStart = start;
    if (!quotedLine && quoteStart >= 0 && line !== "") {
      ranges.push({ start: quoteStart, end: start });
      quoteStart = -1;
    }
  }
  if (quoteStart >= 0) ranges.push({ start: quoteStart, end: text.length });
  return ranges;
}

/** True when `start` lies inside one of the ranges (sorted, not overlapping, as findQuotedHistory gives them). */
export function isInside(ranges: readonly TextRange[], start: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as TextRange;
    if (start < r.start) hi = mid - 1;
    else if (start >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The text with the ranges replaced by spaces (line breaks kept), so a
 * detector run on it finds only what is outside them, at the same offsets.
 */
export function blankOut(text: string, ranges: readonly TextRange[]): string {
  if (ranges.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const r of ranges) {
    out += text.slice(pos, r.start);
    out += text.slice(r.start, r.end).replace(/[^\n\r]/g, " ");
    pos = r.end;
  }
  return out + text.slice(pos);
}
