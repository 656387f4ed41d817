/**
 * Quoted history: the earlier messages below a reply or a forward. Rules check
 * it too but say so in their findings.
 *
 * - Plain text: regions are found line by line, in one pass, from the markers
 *   Outlook, Gmail and Apple Mail write in Swedish and English. Regions are
 *   blanked out rather than sliced away (textlint's model) so every offset
 *   still points into the original text.
 * - HTML: where the history starts, from the elements mail clients wrap it in
 *   (Outlook's reply header, Gmail's and Thunderbird's quote classes, a cited
 *   blockquote), each read with the HTML tokenizer.
 */
import type { TextRange } from "../model";
import { readStartTagAt, type StartTag } from "./html/tokenizer";

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

/** The text with its quoted history taken out (not blanked): what the writer wrote, for reading its words. */
export function withoutQuotedHistory(text: string): string {
  const ranges = findQuotedHistory(text);
  if (ranges.length === 0) return text;
  let out = "";
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start);
    at = r.end;
  }
  return out + text.slice(at);
}

/** Quoted history is looked for in this much of a plain-text body. */
export const TEXT_HISTORY_LIMIT = 1_000_000;

/**
 * Where the quoted history below a reply or forward starts in plain text (the
 * length when there is none). Quoted lines in the middle of the writer's own
 * text (inline answers) do not end it; only history that runs to the end does.
 */
export function quotedHistoryStart(text: string): number {
  // Beyond TEXT_HISTORY_LIMIT the writer's own text is taken to run on: nobody writes megabytes
  // above a reply, and this keeps a 10 MB body from costing a full history scan.
  const searched = text.length > TEXT_HISTORY_LIMIT ? text.slice(0, TEXT_HISTORY_LIMIT) : text;
  const trailing = findQuotedHistory(searched).filter((range) => range.end >= searched.length);
  return trailing.length > 0 ? (trailing[0] as TextRange).start : text.length;
}

// ---------------------------------------------------------------- HTML

/** Whether a start tag opens quoted history: the reply/forward header Outlook, OWA and others write, or a cited blockquote. */
export function isQuoteStart(tag: StartTag): boolean {
  const attributes = tag.attributes;
  // A cited message (Apple Mail, Thunderbird, Gmail), not an indent the writer made.
  if (tag.name === "blockquote") return (attributes.type ?? "").toLowerCase() === "cite" || /quote/i.test(attributes.class ?? "");
  const id = (attributes.id ?? "").toLowerCase();
  if (/^(?:x_)?(?:divrplyfwdmsg|appendonsend|stopspelling|mail-editor-reference-message-container)$/.test(id)) return true;
  if (/(?:^|\s)(?:gmail_quote|moz-cite-prefix)(?:\s|$)/.test(attributes.class ?? "")) return true;
  // Word's reply header: a div with a thin grey rule on top.
  const style = (attributes.style ?? "").toLowerCase().replace(/\s+/g, "");
  return tag.name === "div" && (style.indexOf("border-top:solid#e1e1e1") >= 0 || style.indexOf("border-top:solid#b5c4df") >= 0);
}

/**
 * Text that occurs in every quote marker isQuoteStart accepts. A native search
 * for it finds the candidates; only their tags are read, so a 10 MB body costs
 * one regex pass rather than a full tokenization.
 */
const QUOTE_CANDIDATE = /<blockquote|divrplyfwdmsg|appendonsend|stopspelling|mail-editor-reference-message-container|gmail_quote|moz-cite-prefix|border-top:\s*solid\s*#(?:e1e1e1|b5c4df)/gi;

/** How far back from a candidate its tag's "<" is looked for. */
const TAG_LOOKBACK = 2000;

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** Where quoted history starts in an HTML body (its length when there is none). */
export function htmlQuotedHistoryStart(html: string): number {
  QUOTE_CANDIDATE.lastIndex = 0;
  let floor = 0; // nothing before this can start a tag not yet read: keeps the look-backs linear overall
  for (let m = QUOTE_CANDIDATE.exec(html); m; m = QUOTE_CANDIDATE.exec(html)) {
    let lt = m.index;
    const stop = Math.max(floor, m.index - TAG_LOOKBACK);
    while (lt > stop && html.charCodeAt(lt) !== 60) lt--;
    floor = m.index;
    if (html.charCodeAt(lt) !== 60 || !isLetter(html.charCodeAt(lt + 1))) continue;
    const read = readStartTagAt(html, lt);
    if (read.tag && read.end > m.index && isQuoteStart(read.tag)) return lt;
    // Candidates inside this same tag were just judged with it (an unterminated one runs to the end).
    if (read.end > QUOTE_CANDIDATE.lastIndex) QUOTE_CANDIDATE.lastIndex = read.end;
    floor = Math.max(floor, read.end);
  }
  return html.length;
}
