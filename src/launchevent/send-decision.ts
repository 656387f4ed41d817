/**
 * What Send does with a lint report: the options for `event.completed`.
 * Pure (no Office calls) so every wording and every path is testable in Node.
 *
 * The dialog text says what was found (counts and kinds, never the numbers
 * themselves, not even redacted excerpts), why (the kommun's guideline) and
 * what to do. Smart Alerts shows at most 500 characters.
 */
import {
  RULES,
  SEVERITY_RANK,
  decide,
  localize,
  localizeCount,
  joinList,
  sendTextData,
  type Finding,
  type LintReport,
  type Locale,
  type LocalizedCount,
  type Profile,
  type RuleCategory,
  type SendPolicy,
  type Severity,
} from "../core";
import type { OptionalPart } from "../office/read-item";
import { OTHER_RULE_TEXTS, SEND_COUNTED_TEXTS, SEND_TEXTS, UNREAD_PART_TEXTS } from "./texts";
import { escapeMarkdown, shorten } from "./wording";

/** The `id` of the compose task-pane button in manifest.xml: the dialog's button opens it. */
export const TASK_PANE_COMMAND_ID = "msgComposeOpenPaneButton";

/** Smart Alerts limits (Mailbox 1.12 / 1.14). */
export const MAX_DIALOG_CHARS = 500;
export const MAX_BUTTON_CHARS = 20;

/** What this Outlook can do with the dialog, from its Mailbox requirement sets. */
export interface SendCapabilities {
  /** Mailbox 1.14: `cancelLabel`, `commandId` (open the task pane), `sendModeOverride`. */
  readonly dialogActions: boolean;
  /** Mailbox 1.15: `errorMessageMarkdown`. */
  readonly markdown: boolean;
}

/** The subset of Office's SmartAlertsEventCompletedOptions we use; plain data. */
export interface SendCompletion {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  readonly errorMessageMarkdown?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  readonly sendModeOverride?: "promptUser";
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const ALLOW: SendCompletion = Object.freeze({ allowEvent: true });

/** One line of "what was found": a rule's findings, or those of one detector kind within it. */
interface FoundGroup {
  readonly summary: LocalizedCount;
  readonly todo: LocalizedCount;
  readonly category: RuleCategory;
  /** The rule's place in the registry, then the kind's: the dialog's order. */
  readonly order: number;
  count: number;
  /** The rule the group belongs to ("" for rules this build does not know). */
  readonly ruleId: string;
}

/**
 * Groups the findings the dialog names by the rule's meta (`meta.send`):
 * its summary, or the summary for the finding's detector kind where the rule
 * has one ("samordningsnummer"). Findings of a rule this build does not know
 * count as other problems, last.
 */
function groupFindings(findings: readonly Finding[]): FoundGroup[] {
  const groups = new Map<string, FoundGroup>();
  for (const finding of findings) {
    const index = RULES.findIndex((rule) => rule.meta.id === finding.ruleId);
    const send = index >= 0 ? (RULES[index] as (typeof RULES)[number]).meta.send : undefined;
    const byKind = send?.summaryByKind && finding.kind !== undefined ? send.summaryByKind[finding.kind] : undefined;
    const kinds = send?.summaryByKind ? Object.keys(send.summaryByKind) : [];
    const key = index < 0 ? "?" : byKind ? `${finding.ruleId}:${finding.kind}` : finding.ruleId;
    const group = groups.get(key);
    if (group) {
      group.count++;
      continue;
    }
    groups.set(key, {
      summary: byKind ?? send?.summary ?? OTHER_RULE_TEXTS.summary,
      todo: send?.todo ?? OTHER_RULE_TEXTS.todo,
      category: send?.category ?? OTHER_RULE_TEXTS.category,
      order: index < 0 ? Number.MAX_SAFE_INTEGER : index * 100 + (byKind ? 1 + kinds.indexOf(finding.kind as string) : 0),
      count: 1,
      ruleId: index < 0 ? "" : finding.ruleId,
    });
  }
  return [...groups.values()].sort((a, b) => a.order - b.order);
}

/** How many findings each rule has among the groups: "the number" or "the numbers" in what to do. */
function countByRule(groups: readonly FoundGroup[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) counts.set(group.ruleId, (counts.get(group.ruleId) ?? 0) + group.count);
  return counts;
}

function atOrAbove(severity: Severity, threshold: SendPolicy["blockAt"]): boolean {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

interface DialogParts {
  readonly verdict: "block" | "prompt";
  /** Counted kinds, e.g. ["ett personnummer"]. */
  readonly found: readonly string[];
  readonly externalRecipients: number;
  readonly guideline: { readonly quote: string; readonly document: string } | undefined;
  readonly todo: string;
}

function todoText(verdict: "block" | "prompt", groups: readonly FoundGroup[], profile: Profile, locale: Locale, capabilities: SendCapabilities): string {
  const actions: string[] = [];
  const perRule = countByRule(groups);
  // A rule's "what to do" may name the kommun's own way ({{secureChannel}}): filled from the profile.
  const data = sendTextData(profile, locale);
  for (const group of groups) {
    const action = localizeCount(group.todo, locale, perRule.get(group.ruleId) ?? group.count, data);
    if (!actions.includes(action)) actions.push(action);
  }
  const todo = actions.join("; ");
  const template =
    verdict === "block"
      ? SEND_TEXTS.todoBlock
      : groups.some((g) => g.category === "personalData")
        ? SEND_TEXTS.todoPromptPersonalData
        : SEND_TEXTS.todoPromptForm;
  let text = localize(template, locale, { todo });
  if (capabilities.dialogActions) text += localize(SEND_TEXTS.seeWhere, locale, { button: localize(SEND_TEXTS.openPostvakt, locale) });
  return text;
}

/** " Postvakt hann inte läsa ämnesraden och bilagornas namn och granskade resten." — or nothing. */
function unreadNote(unread: readonly OptionalPart[], locale: Locale): string {
  const named = unread.map((part) => UNREAD_PART_TEXTS[part]).filter((text) => text !== undefined);
  if (named.length === 0) return "";
  return localize(SEND_TEXTS.unread, locale, { parts: joinList(named.map((t) => t[locale]), locale) });
}

function headline(parts: DialogParts, locale: Locale, strong: (s: string) => string): string {
  const external = parts.externalRecipients > 0 ? localizeCount(SEND_COUNTED_TEXTS.externalRecipients, locale, parts.externalRecipients, undefined, true) : "";
  const recipients = external ? localize(SEND_TEXTS.recipients, locale, { external: strong(external) }) : "";
  const template = parts.verdict === "block" ? SEND_TEXTS.headlineBlock : SEND_TEXTS.headlinePrompt;
  return localize(template, locale, { found: strong(joinList(parts.found, locale)), recipients });
}

/** The guideline in one sentence, without brackets, and without a full stop doubled inside the quote. */
function whyText(quote: string, document: string | undefined, locale: Locale, markdown: boolean): string {
  const trimmed = quote.trim().replace(/[.;:,]+$/, "");
  const q = markdown ? `*${escapeMarkdown(trimmed)}*` : trimmed;
  if (!document) return localize(SEND_TEXTS.why, locale, { quote: q });
  return localize(SEND_TEXTS.whyDocument, locale, { quote: q, document: markdown ? escapeMarkdown(document) : document });
}

/**
 * Renders the dialog text within the 500-character limit: the guideline's
 * title goes first, then the quote is shortened, then dropped; the headline
 * and what to do always stay.
 */
function renderDialog(parts: DialogParts, locale: Locale, markdown: boolean): string {
  const strong = markdown ? (s: string) => `**${escapeMarkdown(s)}**` : (s: string) => s;
  const head = headline(parts, locale, strong);
  const todo = markdown ? escapeMarkdown(parts.todo) : parts.todo;
  const sep = markdown ? "\n\n" : " ";
  const assemble = (why: string) => (why ? [head, why, todo] : [head, todo]).join(sep);
  const g = parts.guideline;
  if (g) {
    const full = assemble(whyText(g.quote, g.document, locale, markdown));
    if (full.length <= MAX_DIALOG_CHARS) return full;
    const withoutDocument = assemble(whyText(g.quote, undefined, locale, markdown));
    if (withoutDocument.length <= MAX_DIALOG_CHARS) return withoutDocument;
    const room = MAX_DIALOG_CHARS - assemble(whyText("", undefined, locale, markdown)).length - (markdown ? 8 : 0);
    if (room >= 40) {
      const shortened = assemble(whyText(shorten(g.quote, room), undefined, locale, markdown));
      if (shortened.length <= MAX_DIALOG_CHARS) return shortened;
    }
  }
  return shorten(assemble(""), MAX_DIALOG_CHARS);
}

export interface SendCheckInput {
  readonly report: LintReport;
  /** Optional parts Outlook did not give in time: the dialog says the check went without them. */
  readonly unread?: readonly OptionalPart[];
  readonly profile: Profile;
  readonly locale: Locale;
  readonly capabilities: SendCapabilities;
}

/**
 * allow: let the message go at once. block: stop it with the explanation.
 * prompt: on Mailbox 1.14+ the same dialog with "Send anyway"
 * (`sendModeOverride: promptUser`); older clients cannot offer that, so a
 * prompt-level finding lets the message go there rather than cry wolf with a
 * dialog that has no way past it (documented in docs/send-time.md).
 *
 * A rule that threw (an engine finding flagged `incomplete`) means the check
 * is incomplete: what the rules found (the failed one's partial result too)
 * still counts, and when that is nothing to stop for, the profile's
 * `onFailure` decides.
 */
export function sendCompletion(input: SendCheckInput): SendCompletion {
  const { report, profile, locale, capabilities, unread = [] } = input;
  const findings = report.findings.filter((f) => !f.incomplete);
  const incomplete = findings.length < report.findings.length;
  const verdict = decide({ findings, checked: report.checked }, profile.send);
  if (verdict === "allow" || (verdict === "prompt" && !capabilities.dialogActions)) {
    return incomplete ? failureCompletion(profile.send.onFailure, locale) : ALLOW;
  }

  const threshold = verdict === "block" ? profile.send.blockAt : profile.send.promptAt;
  const relevant = findings.filter((f) => atOrAbove(f.severity, threshold));
  const groups = groupFindings(relevant);
  const cited = relevant.find((f) => f.guideline)?.guideline;
  const parts: DialogParts = {
    verdict,
    found: groups.map((g) => localizeCount(g.summary, locale, g.count)),
    externalRecipients: report.checked.externalRecipients,
    guideline: cited ? { quote: cited.quote, document: cited.documentShort ?? cited.document } : undefined,
    todo: todoText(verdict, groups, profile, locale, capabilities) + unreadNote(unread, locale),
  };

  // Built field by field: only what this client understands goes to Outlook.
  const completion: Mutable<SendCompletion> = { allowEvent: false, errorMessage: renderDialog(parts, locale, false) };
  if (capabilities.markdown) completion.errorMessageMarkdown = renderDialog(parts, locale, true);
  if (capabilities.dialogActions) {
    completion.cancelLabel = localize(SEND_TEXTS.openPostvakt, locale);
    completion.commandId = TASK_PANE_COMMAND_ID;
  }
  if (verdict === "prompt") completion.sendModeOverride = "promptUser";
  return completion;
}

/**
 * The check could not finish (an Office call failed, a rule or the profile
 * broke, the time budget ran out). The profile's `onFailure` decides:
 * "allow" lets the message go silently; "block" stops it with a sentence
 * that says what happened and what to do.
 */
export function failureCompletion(onFailure: SendPolicy["onFailure"], locale: Locale): SendCompletion {
  if (onFailure === "allow") return ALLOW;
  return { allowEvent: false, errorMessage: localize(SEND_TEXTS.failedBlocked, locale) };
}
