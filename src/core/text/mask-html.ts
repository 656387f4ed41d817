/**
 * Masks identity numbers inside an HTML body without touching its markup:
 * the visible text is read with a map back to the source
 * (./html/projection), the caller finds the numbers in that text (also when
 * one spans tags, "850101-<b>1234</b>"), and only the source characters of
 * the hidden digits are replaced with "X". Character references, tags,
 * attributes and styles stay byte for byte as they were; a digit written as
 * a reference ("&#51;") is replaced whole. Numbers in attribute values are
 * markup and are left alone.
 *
 * Which numbers to mask is the caller's: it passes a function that finds
 * them in a text (the detector, narrowed to the numbers a fix names). This
 * module knows nothing of detectors. What it could not mask it says, so the
 * caller never reports a partial mask as done.
 *
 * Pure and synchronous: the Office adapter reads the body as HTML, calls
 * this and writes the result back with body.setAsync.
 */
import type { TextRange } from "../model";
import { projectHtml } from "./html/projection";
import { maskIdentityNumber } from "./redact";

/** Finds the numbers to mask in a text: their [start, end) ranges. */
export type NumberFinder = (text: string) => readonly TextRange[];

export interface MaskHtmlResult {
  readonly html: string;
  /** How many numbers were masked completely. */
  readonly masked: number;
  /** How many numbers were found but could not be masked completely (their digits are not all plain source characters). */
  readonly unmasked: number;
  /** The visible text the numbers were looked for in. */
  readonly text: string;
}

export function maskIdentityNumbersInHtml(html: string, find: NumberFinder): MaskHtmlResult {
  const { text, sourceStart, sourceEnd } = projectHtml(html);
  const replacements: { start: number; end: number }[] = [];
  const taken = new Set<number>();
  let masked = 0;
  let unmasked = 0;
  for (const range of find(text)) {
    const raw = text.slice(range.start, range.end);
    const mask = maskIdentityNumber(raw);
    const planned: { start: number; end: number }[] = [];
    let complete = mask.length === raw.length;
    for (let k = 0; complete && k < raw.length; k++) {
      if (raw[k] === mask[k]) continue;
      const at = range.start + k;
      const start = sourceStart[at] as number;
      const end = sourceEnd[at] as number;
      // Each changed character must come from its own source: one character, or one whole reference.
      const own = end > start && (end - start === 1 || html.charCodeAt(start) === 38) && (at + 1 >= text.length || sourceStart[at + 1] !== start);
      if (!own || taken.has(start)) complete = false;
      else planned.push({ start, end });
    }
    if (!complete || planned.length === 0) {
      if (!complete) unmasked++;
      continue;
    }
    for (const r of planned) {
      taken.add(r.start);
      replacements.push(r);
    }
    masked++;
  }
  if (replacements.length === 0) return { html, masked: 0, unmasked, text };
  replacements.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const r of replacements) {
    out += html.slice(pos, r.start) + "X";
    pos = r.end;
  }
  return { html: out + html.slice(pos), masked, unmasked, text };
}

/** The same for plain text: every number `find` reports masked in place. */
export function maskIdentityNumbersInText(text: string, find: NumberFinder): { readonly text: string; readonly masked: number } {
  let out = "";
  let pos = 0;
  let masked = 0;
  for (const range of find(text)) {
    if (range.start < pos) continue;
    out += text.slice(pos, range.start) + maskIdentityNumber(text.slice(range.start, range.end));
    pos = range.end;
    masked++;
  }
  return { text: out + text.slice(pos), masked };
}
