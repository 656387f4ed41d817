/**
 * A rule (ESLint's model): static meta plus one function that reports.
 * Rules read the frozen message and report; no mutation, no I/O.
 */
import type { Detectors } from "../detectors/types";
import type { Organisation } from "../engine/organisation";
import type { Localized } from "../i18n/locale";
import type { FindingField, Fix, MailMessage, Recipient, Severity, TextRange } from "../model";
import type { Profile } from "../profiles/schema";

export interface RuleMeta {
  /** Stable id, used in profiles and findings: "personnummer". */
  readonly id: string;
  /** One line for docs and settings. */
  readonly description: Localized;
  /** Key of the profile's guideline passage this rule enforces ("personalData"). */
  readonly guideline: string;
  /** Message templates by messageId, with {{placeholders}}. */
  readonly messages: Readonly<Record<string, Localized>>;
  /** The rule reads `message.body.html`; callers skip reading the HTML body when no such rule runs. */
  readonly readsHtml?: boolean;
  /** Whether the rule runs when the profile does not name it. */
  readonly enabledByDefault: boolean;
}

export interface RuleReport {
  readonly messageId: string;
  /** Placeholder values; a Localized value is rendered in the report's locale. */
  readonly data?: Readonly<Record<string, string | number | Localized>>;
  readonly severity: Severity;
  readonly field: FindingField;
  readonly range?: TextRange;
  /** What was found, where the rule tells kinds apart (the detector's `kind`). */
  readonly kind?: string;
  /** Must already be redacted. */
  readonly excerpt?: string;
  readonly inQuotedHistory?: boolean;
  readonly fix?: Fix;
}

export interface RuleContext {
  readonly message: MailMessage;
  readonly profile: Profile;
  /** The profile's options for this rule ({} when none). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly organisation: Organisation;
  /** Recipients outside the kommun's domains. */
  readonly externalRecipients: readonly Recipient[];
  readonly detectors: Detectors;
  report(report: RuleReport): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}
