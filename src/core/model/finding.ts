/** What a rule reports, and what the engine hands to the UI and the send check. */

export type Severity = "error" | "warning" | "info";

/** Highest first; used for sorting and for thresholds. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export type FindingField = "subject" | "body" | "recipients" | "attachments" | "signature" | "profile";

/** A half-open range [start, end) of UTF-16 offsets into the field's text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A fix is data, applied by the caller (textlint's model): replace each range
 * of the plain body text with the given text. The Office adapter maps it onto
 * the HTML body so formatting survives.
 */
export interface TextEdit {
  readonly range: TextRange;
  readonly text: string;
}

export interface Fix {
  /** Identifies the kind of fix for the UI ("mask", "insertSignature", ...). */
  readonly kind: string;
  readonly edits: readonly TextEdit[];
}

/** The kommun's own words a finding rests on. */
export interface GuidelineCitation {
  /** The guideline document, e.g. "Riktlinjer för telefoni, mobila enheter och e-post i Mjölby kommun". */
  readonly document: string;
  /** The passage, quoted verbatim from the guideline text. */
  readonly quote: string;
  readonly section?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  /** Rendered in the report's locale. Never contains a raw identity number. */
  readonly message: string;
  readonly severity: Severity;
  readonly field: FindingField;
  readonly range?: TextRange;
  /** What the detector found, where a rule tells kinds apart ("personnummer", "samordningsnummer"). */
  readonly kind?: string;
  /** A redacted excerpt such as "850101-••••"; never the number itself. */
  readonly excerpt?: string;
  /** The finding lies in quoted history (an earlier message below a reply). */
  readonly inQuotedHistory?: boolean;
  readonly guideline?: GuidelineCitation;
  readonly fix?: Fix;
}

export type Verdict = "allow" | "prompt" | "block";

export interface LintReport {
  readonly findings: readonly Finding[];
  /** What was checked, for the empty state ("3 mottagare, ämne, brödtext, 1 bilaga"). */
  readonly checked: {
    readonly recipients: number;
    readonly externalRecipients: number;
    readonly bodyCharacters: number;
    readonly attachments: number;
    readonly rules: readonly string[];
  };
}
