/**
 * Named character references with the HTML standard's full table (2,231
 * names), through the `entities` package's streaming decoder: it matches the
 * longest name at an offset, also the legacy names a browser accepts without
 * ";" ("&nbsp", "&amp"), and says how many characters it consumed.
 *
 * The send-time file reads no HTML, so neither this nor the table is in it
 * (webpack.config.js, src/launchevent/no-html.ts). See docs/detection.md,
 * "How HTML is read".
 */
import { DecodingMode, HtmlEntityDecoder } from "entities/decode";

export interface NamedMatch {
  /** What the reference stands for (one or two characters). */
  readonly value: string;
  /** Characters consumed after the "&", the ";" included when there is one. */
  readonly length: number;
}

let decoded = "";
const decoder = new HtmlEntityDecoder((codeUnit) => {
  decoded += String.fromCharCode(codeUnit);
});

/** The longest name is 32 characters plus ";": a window this long decides every match. */
const LOOKAHEAD = 40;

/**
 * The longest named reference starting at `start` (just after "&") and ending
 * before `end`, with or without ";" (without only for the legacy names), or
 * undefined. The attribute-value exception is the caller's (entities.ts).
 */
export function matchNamedReference(input: string, start: number, end: number): NamedMatch | undefined {
  const source = end === input.length ? input : input.slice(start, Math.min(end, start + LOOKAHEAD));
  const offset = source === input ? start : 0;
  decoded = "";
  decoder.startEntity(DecodingMode.Legacy);
  let consumed = decoder.write(source, offset);
  if (consumed < 0) consumed = decoder.end();
  return consumed > 1 ? { value: decoded, length: consumed - 1 } : undefined;
}
