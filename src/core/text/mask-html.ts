/**
 * Masks identity numbers inside an HTML body without touching its markup:
 * the visible text is read with a map back to the source, numbers are found
 * in that text (also when one spans tags, "850101-<b>1234</b>"), and only the
 * source characters of the hidden digits are replaced with "X". Entities,
 * tags, attributes and styles stay byte for byte as they were. Numbers in
 * attribute values are markup and are left alone.
 *
 * Pure and synchronous: the Office adapter reads the body as HTML, calls
 * this and writes the result back with body.setAsync.
 */
import { personnummerDetector } from "../detectors/personnummer";
import type { Confidence, TextDetector } from "../detectors/types";
import { htmlTextMap } from "./html-text-map";
import { maskIdentityNumber } from "./redact";

export interface MaskHtmlOptions {
  /** The identity-number detector (the default one unless a caller swaps it). */
  readonly detector?: TextDetector;
  /** Mask only matches at least this sure; default "low": everything the rule warns about. */
  readonly minConfidence?: Confidence;
}

export interface MaskHtmlResult {
  readonly html: string;
  /** How many numbers were masked. */
  readonly masked: number;
}

const RANK: Readonly<Record<Confidence, number>> = { low: 1, medium: 2, high: 3 };

export function maskIdentityNumbersInHtml(html: string, options: MaskHtmlOptions = {}): MaskHtmlResult {
  const detector = options.detector ?? personnummerDetector;
  const min = RANK[options.minConfidence ?? "low"];
  const map = htmlTextMap(html);
  const replacements: { start: number; end: number }[] = [];
  let masked = 0;
  for (const match of detector.detect(map.text)) {
    if (RANK[match.confidence] < min) continue;
    const raw = map.text.slice(match.start, match.end);
    const mask = maskIdentityNumber(raw);
    let changed = false;
    for (let k = 0; k < raw.length; k++) {
      if (raw[k] === mask[k]) continue;
      const at = match.start + k;
      const from = map.sourceStart[at] as number;
      if (from < 0) continue;
      replacements.push({ start: from, end: map.sourceEnd[at] as number });
      changed = true;
    }
    if (changed) masked++;
  }
  if (replacements.length === 0) return { html, masked: 0 };
  replacements.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const r of replacements) {
    if (r.start < pos) continue;
    out += html.slice(pos, r.start) + "X";
    pos = r.end;
  }
  return { html: out + html.slice(pos), masked };
}

/** The same for plain text: every detected number masked in place. */
export function maskIdentityNumbersInText(text: string, options: MaskHtmlOptions = {}): { readonly text: string; readonly masked: number } {
  const detector = options.detector ?? personnummerDetector;
  const min = RANK[options.minConfidence ?? "low"];
  let out = "";
  let pos = 0;
  let masked = 0;
  for (const match of detector.detect(text)) {
    if (RANK[match.confidence] < min) continue;
    out += text.slice(pos, match.start) + maskIdentityNumber(text.slice(match.start, match.end));
    pos = match.end;
    masked++;
  }
  return { text: out + text.slice(pos), masked };
}
