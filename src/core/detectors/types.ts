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

/** The detectors rules can use; the engine supplies defaults, tests and callers may swap any. */
export interface Detectors {
  readonly identityNumbers: TextDetector;
}
