/**
 * Health details in an automatic reply: the words of health-terms.json,
 * matched by the sensitive-content lexicon's detector (same inflection and
 * compound handling), then let go where the context makes the word a topic
 * or a process rather than anyone's health ("frågor om sjukskrivning",
 * "sick pay").
 */
import { createLexiconDetector } from "../detectors/lexicon";
import type { LexiconMatch } from "../detectors/types";
import type { LexiconEntry } from "../lexicon";
import data from "./health-terms.json";

export const HEALTH_TERMS: readonly LexiconEntry[] = data.entries as readonly LexiconEntry[];

const detector = createLexiconDetector(HEALTH_TERMS);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

const LETTER = "A-Za-zÀ-ÖØ-öø-ÿ";
/** A cue, then at most three more words, right before the match. */
const HARMLESS_BEFORE = new RegExp(`(?:^|[^${LETTER}])(?:${data.harmlessBefore.map(escape).join("|")})(?:[\\s,]+[${LETTER}-]+){0,3}[\\s,]*$`, "i");
const HARMLESS_AFTER = new RegExp(`^[\\s-]*(?:${data.harmlessAfter.map(escape).join("|")})(?![${LETTER}])`, "i");
const HARMLESS_PHRASES = data.harmlessPhrases.map((p) => new RegExp(escape(p), "gi"));

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[.!?\n]/.test(text[i - 1] as string)) i--;
  return i;
}

/** The health words in a text that tell about someone's health, in order. */
export function findHealthDetails(text: string): LexiconMatch[] {
  const harmlessSpans: [number, number][] = [];
  for (const re of HARMLESS_PHRASES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) harmlessSpans.push([m.index, m.index + m[0].length]);
  }
  return detector.detect(text).filter((match) => {
    if (harmlessSpans.some(([s, e]) => match.start >= s && match.end <= e)) return false;
    const before = text.slice(Math.max(sentenceStart(text, match.start), match.start - 60), match.start);
    if (HARMLESS_BEFORE.test(before)) return false;
    return !HARMLESS_AFTER.test(text.slice(match.end, match.end + 40));
  });
}
