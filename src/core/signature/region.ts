/**
 * Where the writer's signature is: the part of the body after their own
 * closing greeting ("Med vänlig hälsning"), or failing that the last lines
 * before the quoted history of a reply or forward, in the plain text. The
 * same in the HTML body is region-html.ts (the send-time file, which reads no
 * HTML, leaves that one out).
 */
import { quotedHistoryStart } from "../text/quoted";

/** How the region was found: an explicit signature element, the greeting, or the last lines. */
export type RegionSource = "container" | "greeting" | "tail";

export interface TextRegion {
  /** [start, end) in the text; end is where the writer's own text ends. */
  readonly start: number;
  readonly end: number;
  readonly source: RegionSource;
  /** With source "greeting": where the greeting's line ends (the name lines start after it). */
  readonly greetingEnd?: number;
}

/** Without a greeting, the signature is looked for in this many last non-empty lines. */
export const TAIL_LINES = 10;

/** Only this much of the writer's own HTML (before quoted history) is read: a signature sits at its end. */
export const HTML_WINDOW = 200_000;

const COMMON_GREETINGS =
  "med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|bästa hälsningar|hälsningar|hälsning|mvh|best regards|kind regards|regards|best wishes";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function greetingPattern(greeting: string | undefined): RegExp {
  const own = greeting ? `${escapeRegExp(greeting.trim())}|` : "";
  return new RegExp(`^[ \\t\\u00a0]*(?:${own}${COMMON_GREETINGS})(?![A-Za-zÅÄÖåäöÉé])`, "gim");
}

/** Start of the last closing greeting before `end`, or -1. */
export function lastGreeting(text: string, end: number, greeting?: string): number {
  const pattern = greetingPattern(greeting);
  let found = -1;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
    found = m.index;
    if (pattern.lastIndex === m.index) pattern.lastIndex++;
  }
  return found;
}

/** The end of the line holding `at` (after its newline), at most `limit`. */
export function lineEnd(text: string, at: number, limit: number): number {
  const newline = text.indexOf("\n", at);
  return newline < 0 || newline >= limit ? limit : newline + 1;
}

/** Start of the `count`-th non-empty line counted back from `end`. */
export function tailStart(text: string, end: number, count: number): number {
  let seen = 0;
  let lineEnd = end;
  let start = end;
  while (lineEnd > 0 && seen < count) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    if (text.slice(lineStart, lineEnd).trim()) {
      seen++;
      start = lineStart;
    }
    lineEnd = lineStart - 1;
  }
  return seen === 0 ? end : start;
}

/** The signature region of a plain-text body. */
export function locateSignatureInText(text: string, greeting?: string): TextRegion {
  const end = quotedHistoryStart(text);
  const greetingAt = lastGreeting(text, end, greeting);
  if (greetingAt >= 0) return { start: greetingAt, end, source: "greeting", greetingEnd: lineEnd(text, greetingAt, end) };
  return { start: tailStart(text, end, TAIL_LINES), end, source: "tail" };
}
