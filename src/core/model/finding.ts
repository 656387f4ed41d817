/** What a rule reports, and what the engine hands to the UI and the send check. */
import type { Action } from "../actions/types";
import type { Confidence } from "../detectors/types";

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
 * One replacement in the plain-text body (textlint's model): the caller
 * applies it; the Office adapter maps it onto the HTML body so formatting
 * survives. Part of an `EditBodyAction` (src/core/actions).
 */
export interface TextEdit {
  readonly range: TextRange;
  readonly text: string;
}

/** The kommun's own words a finding rests on. */
export interface GuidelineCitation {
  /** The guideline document, e.g. "Riktlinjer för telefoni, mobila enheter och e-post i Mjölby kommun". */
  readonly document: string;
  /** Its short name for labels: "Sjöbo kommuns e-riktlinjer". */
  readonly documentShort?: string;
  /** The passage, quoted verbatim from the guideline text. */
  readonly quote: string;
  readonly section?: string;
}

/**
 * Findings the engine makes itself carry rule ids in this namespace, never a
 * rule's: "engine/ruleFailed" (a rule threw; the check is incomplete) and
 * "engine/unknownRule" (the profile names a rule that does not exist).
 */
export const ENGINE_RULE_PREFIX = "engine/";
export const ENGINE_RULE_FAILED = "engine/ruleFailed";
export const ENGINE_UNKNOWN_RULE = "engine/unknownRule";

export function isEngineFinding(finding: Pick<Finding, "ruleId">): boolean {
  return finding.ruleId.startsWith(ENGINE_RULE_PREFIX);
}

export interface Finding {
  /** The rule's id, or an engine id ("engine/ruleFailed"). */
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
  /** How sure the detector is, where the rule rests on one. */
  readonly confidence?: Confidence;
  readonly guideline?: GuidelineCitation;
  /** What the user can do about it; the first is the one-click fix. */
  readonly actions?: readonly Action[];
  /**
   * Set on the engine's "a rule failed" finding: the check did not finish,
   * so a clean result must not be trusted (the send check's `onFailure`).
   */
  readonly incomplete?: boolean;
  /** With `incomplete`: the rule that failed. */
  readonly failedRule?: string;
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
  /** Findings a rule had beyond the per-rule cap, by rule id: counted, not listed. */
  readonly omitted?: Readonly<Record<string, number>>;
}
