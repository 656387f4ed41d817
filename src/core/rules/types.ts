/**
 * A rule (ESLint's model): static meta plus one function that reports.
 * Rules read the frozen message and report; no mutation, no I/O, no clock
 * of their own (the instant of the check comes in the context).
 *
 * `defineRule` types each rule's message ids and options: a report names a
 * messageId the meta has, and `context.options` is the rule's own options
 * with its defaults filled in. The options' schema lives beside the rule in
 * `options.ts` (zod), is listed in `option-schemas.ts` and validated when a
 * profile is loaded; the rule itself imports only the type, so the send
 * bundle carries no schema library.
 */
import type { Action } from "../actions/types";
import type { Confidence, Detectors } from "../detectors/types";
import type { Organisation } from "../engine/organisation";
import type { LocalizedCount } from "../i18n/count";
import type { Localized } from "../i18n/locale";
import type { FindingField, MailMessage, Recipient, Severity, TextRange } from "../model";
import type { Profile } from "../profiles/schema";
import type { SignatureDetails } from "../signature/details";

/** What the profile sets per rule: off, or the severity of the rule's most serious finding. */
export type RuleLevel = "off" | Severity;

/** How the Send dialog groups a rule's findings ("what was found", "what to do"). */
export type RuleCategory =
  /** Personal data leaving: the dialog says "send only if the recipient really needs it". */
  | "personalData"
  /** Form and etiquette (signature, subject, recipients): "you can send anyway, but preferably …". */
  | "form";

/** The rule's words for the Send dialog and the hint bars: counted, never quoting content. */
export interface RuleSendTexts {
  readonly category: RuleCategory;
  /** "ett personnummer" / "{{count}} personnummer". */
  readonly summary: LocalizedCount;
  /** Per detector kind, where the rule tells kinds apart (`finding.kind`): "ett samordningsnummer". */
  readonly summaryByKind?: Readonly<Record<string, LocalizedCount>>;
  /** What to do, lower case, to join into one sentence: "ta bort numret eller maskera det". */
  readonly todo: LocalizedCount;
  /**
   * A hint bar while writing, for the rule's sure findings (confidence not
   * low): "Meddelandet innehåller {{count}} personnummer. …". Rules without
   * it get no bar of their own.
   */
  readonly hint?: LocalizedCount;
}

export interface RuleMeta<MessageId extends string = string, Options extends object = object> {
  /** Stable id, used in profiles and findings, and the rule's folder name: "personnummer". */
  readonly id: string;
  /** One line for docs and settings. */
  readonly description: Localized;
  /** Key of the profile's guideline passage this rule enforces ("personalData"). */
  readonly guideline: string;
  /** Message templates by messageId, with {{placeholders}}. */
  readonly messages: Readonly<Record<MessageId, Localized>>;
  /** The rule reads `message.body.html`; callers skip reading the HTML body when no such rule runs. */
  readonly readsHtml?: boolean;
  /** Whether the rule runs when the profile does not name it. */
  readonly enabledByDefault: boolean;
  /**
   * The severity of the rule's most serious finding. A profile's level moves
   * the rule's whole scale: personnummer (error to external, warning
   * internal) set to "warning" reports warning and info.
   */
  readonly defaultLevel: Severity;
  /** Every option with its default; the profile's `rules.<id>.options` override them. */
  readonly defaultOptions: Options;
  readonly send: RuleSendTexts;
}

/** Facts about the person checking, which no profile holds. */
export interface LintUser {
  /** The mailbox owner's address: decides "internal" where a profile lists no domains. */
  readonly email?: string;
  /** The user's own mobile numbers (any written form): not a colleague's. */
  readonly ownMobileNumbers?: readonly string[];
  /** The user's saved signature details, where known: the signature check asks for the fields the kommun requires. */
  readonly signature?: SignatureDetails;
}

export interface RuleReport<MessageId extends string = string> {
  readonly messageId: MessageId;
  /** Placeholder values; a Localized value is rendered in the report's locale. */
  readonly data?: Readonly<Record<string, string | number | Localized>>;
  /** On the rule's default scale; the engine moves it by the profile's level. */
  readonly severity: Severity;
  readonly field: FindingField;
  readonly range?: TextRange;
  /** What was found, where the rule tells kinds apart (the detector's `kind`). */
  readonly kind?: string;
  readonly confidence?: Confidence;
  /** Must already be redacted. */
  readonly excerpt?: string;
  readonly inQuotedHistory?: boolean;
  readonly actions?: readonly Action[];
}

export interface RuleContext<MessageId extends string = string, Options extends object = object> {
  readonly message: MailMessage;
  readonly profile: Profile;
  /** The rule's options: its defaults with the profile's settings over them. */
  readonly options: Options;
  readonly organisation: Organisation;
  /** Recipients outside the kommun's domains. */
  readonly externalRecipients: readonly Recipient[];
  readonly detectors: Detectors;
  readonly user: LintUser;
  /** The instant of the check (ms since the epoch), where the caller gave one. */
  readonly now?: number;
  /**
   * Records a finding. Returns false once the rule has reported as many as
   * the engine lists (the rest are only counted): a rule may stop early.
   */
  report(report: RuleReport<MessageId>): boolean;
}

export interface Rule<MessageId extends string = string, Options extends object = object> {
  readonly meta: RuleMeta<MessageId, Options>;
  check(context: RuleContext<MessageId, Options>): void;
}

/** Any rule, whatever its message ids and options: the registry's element type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any>;

/** Types a rule's message ids and options from its meta (an identity function at run time). */
export function defineRule<MessageId extends string, Options extends object>(rule: Rule<MessageId, Options>): Rule<MessageId, Options> {
  return rule;
}
