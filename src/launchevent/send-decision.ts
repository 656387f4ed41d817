/**
 * What Send does with a lint report: the options for `event.completed`.
 * Pure (no Office calls) so every wording and every path is testable in Node.
 *
 * The dialog text says what was found (counts and kinds, never the numbers
 * themselves, not even redacted excerpts), why (the kommun's guideline) and
 * what to do. Smart Alerts shows at most 500 characters.
 */
import {
  SEVERITY_RANK,
  decide,
  type Finding,
  type LintReport,
  type Locale,
  type Profile,
  type SendPolicy,
  type Severity,
} from "../core";
import { countWord, escapeMarkdown, joinList, shorten } from "./wording";

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

type Kind = "personnummer" | "samordningsnummer" | "sensitive" | "mobile" | "signature" | "other";
const KIND_ORDER: readonly Kind[] = ["personnummer", "samordningsnummer", "sensitive", "mobile", "signature", "other"];
const IDENTITY_KINDS: readonly Kind[] = ["personnummer", "samordningsnummer"];

/** The kind a rule's findings count as in the dialog; rules not listed count as "other". */
const KIND_OF_RULE: Readonly<Record<string, Kind>> = {
  personnummer: "personnummer",
  sensitiveContent: "sensitive",
  colleagueMobile: "mobile",
  signature: "signature",
};

/** "ett personnummer", "two co-ordination numbers", ... (counts in words, see wording.ts). */
function kindPhrase(kind: Kind, count: number, locale: Locale): string {
  const n = countWord(count, locale);
  const one = count === 1;
  if (locale === "sv") {
    switch (kind) {
      case "personnummer":
        return `${n} personnummer`;
      case "samordningsnummer":
        return `${n} samordningsnummer`;
      case "sensitive":
        return `${n} ord som tyder på känsliga uppgifter`;
      case "mobile":
        return `${n} mobilnummer`;
      case "signature":
        return one ? "en brist i signaturen" : `${countWord(count, locale, true)} brister i signaturen`;
      default:
        return one ? "ett annat problem" : `${n} andra problem`;
    }
  }
  const s = one ? "" : "s";
  switch (kind) {
    case "personnummer":
      return `${n} personal identity number${s}`;
    case "samordningsnummer":
      return `${n} co-ordination number${s}`;
    case "sensitive":
      return `${n} word${s} suggesting sensitive data`;
    case "mobile":
      return `${n} mobile number${s}`;
    case "signature":
      return `${n} problem${s} with the signature`;
    default:
      return `${n} other problem${s}`;
  }
}

/** The kind of a finding: by its rule, and for identity numbers by what the detector reported. */
function kindOf(finding: Finding): Kind {
  const kind = KIND_OF_RULE[finding.ruleId] ?? "other";
  return kind === "personnummer" && finding.kind === "samordningsnummer" ? "samordningsnummer" : kind;
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

/** What to do about each kind, lower-case, to be joined into one sentence. */
function actionFor(kind: Kind, identityCount: number, locale: Locale): string {
  const sv = locale === "sv";
  const many = identityCount > 1;
  switch (kind) {
    case "personnummer":
    case "samordningsnummer":
      return sv
        ? `ta bort ${many ? "numren" : "numret"} eller maskera ${many ? "dem" : "det"} (t.ex. ÅÅMMDD-XXXX)`
        : `remove the number${many ? "s" : ""} or mask ${many ? "them" : "it"} (e.g. YYMMDD-XXXX)`;
    case "sensitive":
      return sv ? "ta bort de känsliga uppgifterna eller använd en säker kanal" : "remove the sensitive data or use a secure channel";
    case "mobile":
      return sv ? "hänvisa till växeln i stället för en kollegas mobilnummer" : "refer to the switchboard instead of a colleague's mobile number";
    case "signature":
      return sv ? "använd kommunens standardsignatur" : "use the kommun's standard signature";
    default:
      return sv ? "åtgärda det Postvakt visar" : "fix what Postvakt shows";
  }
}

function todoText(verdict: "block" | "prompt", kinds: readonly Kind[], identityCount: number, locale: Locale, capabilities: SendCapabilities): string {
  const sv = locale === "sv";
  const actions: string[] = [];
  for (const kind of kinds) {
    const action = actionFor(kind, identityCount, locale);
    if (!actions.includes(action)) actions.push(action);
  }
  const list = actions.join("; ");
  let text: string;
  if (verdict === "block") {
    text = sv ? `Gör så här: ${list}. Skicka sedan igen.` : `What to do: ${list}. Then send again.`;
  } else if (kinds.some((k) => k !== "signature" && k !== "other")) {
    text = sv ? `Skicka bara om mottagaren verkligen behöver uppgifterna. Annars: ${list}.` : `Send only if the recipient really needs this. Otherwise: ${list}.`;
  } else {
    text = sv ? `Du kan skicka ändå, men helst: ${list}.` : `You can send anyway, but preferably: ${list}.`;
  }
  if (capabilities.dialogActions) {
    text += sv ? ` Välj ”${openLabel(locale)}” för att se var.` : ` Choose “${openLabel(locale)}” to see where.`;
  }
  return text;
}

function openLabel(locale: Locale): string {
  return locale === "sv" ? "Öppna Postvakt" : "Open Postvakt";
}

function headline(parts: DialogParts, locale: Locale, strong: (s: string) => string): string {
  const sv = locale === "sv";
  const list = strong(joinList(parts.found, locale));
  const ext =
    parts.externalRecipients > 0
      ? sv
        ? ` och ska till ${strong(`${countWord(parts.externalRecipients, locale, true)} mottagare utanför kommunen`)}`
        : ` and is addressed to ${strong(`${countWord(parts.externalRecipients, locale)} recipient${parts.externalRecipients === 1 ? "" : "s"} outside the kommun`)}`
      : "";
  if (parts.verdict === "block") {
    return sv ? `Postvakt stoppade meddelandet: det innehåller ${list}${ext}.` : `Postvakt stopped this message: it contains ${list}${ext}.`;
  }
  return sv ? `Postvakt varnar: meddelandet innehåller ${list}${ext}.` : `Postvakt warns: this message contains ${list}${ext}.`;
}

function whyText(quote: string, document: string | undefined, locale: Locale, markdown: boolean): string {
  const q = markdown ? `*${escapeMarkdown(quote)}*` : quote;
  const doc = document ? ` (${markdown ? escapeMarkdown(document) : document})` : "";
  return locale === "sv" ? `Varför: ”${q}”${doc}.` : `Why: “${q}”${doc}.`;
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
 * A rule that threw (the engine's "ruleFailed" finding) means the check is
 * incomplete: what the other rules found still counts, and when they found
 * nothing to stop for, the profile's `onFailure` decides.
 */
export function sendCompletion(input: SendCheckInput): SendCompletion {
  const { report, profile, locale, capabilities } = input;
  const findings = report.findings.filter((f) => f.messageId !== "ruleFailed");
  const incomplete = findings.length < report.findings.length;
  const verdict = decide({ findings, checked: report.checked }, profile.send);
  if (verdict === "allow" || (verdict === "prompt" && !capabilities.dialogActions)) {
    return incomplete ? failureCompletion(profile.send.onFailure, locale) : ALLOW;
  }

  const threshold = verdict === "block" ? profile.send.blockAt : profile.send.promptAt;
  const relevant = findings.filter((f) => atOrAbove(f.severity, threshold));
  const counts = new Map<Kind, number>();
  for (const finding of relevant) {
    const kind = kindOf(finding);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const identityCount = IDENTITY_KINDS.reduce((sum, k) => sum + (counts.get(k) ?? 0), 0);
  const kinds = KIND_ORDER.filter((k) => counts.has(k));
  const cited = relevant.find((f) => f.guideline)?.guideline;
  const parts: DialogParts = {
    verdict,
    found: kinds.map((k) => kindPhrase(k, counts.get(k) ?? 0, locale)),
    externalRecipients: report.checked.externalRecipients,
    guideline: cited ? { quote: cited.quote, document: cited.document } : undefined,
    todo: todoText(verdict, kinds, identityCount, locale, capabilities),
  };

  // Built field by field: only what this client understands goes to Outlook.
  const completion: Mutable<SendCompletion> = { allowEvent: false, errorMessage: renderDialog(parts, locale, false) };
  if (capabilities.markdown) completion.errorMessageMarkdown = renderDialog(parts, locale, true);
  if (capabilities.dialogActions) {
    completion.cancelLabel = openLabel(locale);
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
  return {
    allowEvent: false,
    errorMessage:
      locale === "sv"
        ? "Postvakt kunde inte granska meddelandet, och din kommun skickar inte ogranskad e-post. Vänta en stund och tryck på Skicka igen. Kvarstår felet: kontakta IT-supporten."
        : "Postvakt could not check this message, and your kommun does not send unchecked mail. Wait a moment and press Send again. If it keeps happening, contact IT support.",
  };
}
