/**
 * A detector finds things in text and knows nothing of recipients or policy.
 * Rules combine detectors with conditions. Detectors sit behind this interface
 * so a better one can replace another without touching any rule.
 */

export type Confidence = "high" | "medium" | "low";

export interface DetectorMatch {
  /** Which detector found it ("personnummer"). */
  readonly detector: string;
  /** What it is: "personnummer", "samordningsnummer", "mobile", ... */
  readonly kind: string;
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
  /** Safe to show and log: the match with its identifying digits blanked. */
  readonly redacted: string;
}

export interface TextDetector {
  readonly id: string;
  detect(text: string): DetectorMatch[];
}

/** A lexicon hit also names its entry and how strong a sign it is. */
export interface LexiconMatch extends DetectorMatch {
  /** The lexicon entry's id ("sjukskrivning"). */
  readonly entryId: string;
  readonly strength: "strong" | "moderate";
}

export interface LexiconDetector extends TextDetector {
  detect(text: string): LexiconMatch[];
}

/** The detectors rules can use; the engine supplies defaults, tests and callers may swap any. */
export interface Detectors {
  /** Personnummer and samordningsnummer. */
  readonly identityNumbers: TextDetector;
  /** Swedish mobile numbers (07x). */
  readonly mobileNumbers: TextDetector;
  /** The sensitive-content lexicon. */
  readonly sensitiveTerms: LexiconDetector;
}
