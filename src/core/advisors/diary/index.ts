/**
 * The diary advisor (issue 10): tells the reader of an incoming mail whether
 * it should be registered (diarieförd), why, by when it should be answered,
 * and helps get it to the registrar.
 *
 * One main advice, always: verdict "register" | "ask-registrar" |
 * "not-needed", with reasons, the kind of handling, case numbers and the
 * deadline in `data` (DiaryAdviceData: what `postvakt advise --json`
 * prints). A request for allmän handling adds a second, urgent advice.
 * Actions: send to the registrar (a new message with the item attached and a
 * cover note), send the receipt (a reply), mark with the kommun's category,
 * and texts to copy where the client lacks the call; registrars get the
 * registration fields to copy and "Skicka till diariet".
 *
 * Read mode only, and only for profiles with a `diary` section. Every date
 * comes from the message (its Date header or arrival), the current year for
 * the case-number guard too; the clock in the context is only a fallback for
 * that year.
 */
import type { Action, NewMessageAction } from "../../actions/types";
import { deadlineFor, type Deadline, type ResponseRule } from "../../calendar/deadline";
import { stockholmDate } from "../../calendar/stockholm";
import { createCaseNumberDetector, DEFAULT_CASE_NUMBER_PREFIXES } from "../../detectors/case-number";
import { formatLocalized, type Localized } from "../../i18n/locale";
import type { MailMessage } from "../../model";
import type { DiaryProfile } from "../../profiles/diary-schema";
import { guidelineCitation } from "../../profiles/citation";
import { defineAdvisor, type Advice, type AdviceReason, type AdvisorInput } from "../types";
import { classify, type Classification } from "./classify";
import { coverNote, deadlineText, dueWords, fieldLines, receiptText, registrationFields } from "./present";
import { ACTION_TITLES, BAR_TEXTS, EXPLANATIONS, URGENT, verdictTitle } from "./texts";
import type { DiaryAdviceData, DiaryCaseNumber, DiaryField } from "./types";

export * from "./types";
export { classify, cleanSubject, redactIdentityNumbersIn, type Classification, type SenderKind } from "./classify";
export { deadlineText, receiptText, coverNote, registrationFields } from "./present";
export { batchActions, batchCoverNote, positionsInWords, urgentPositions, type BatchItem } from "./batch";
export { DOCUMENT_TYPE_NAMES, VERDICT_TITLES, handlingWords, verdictTitle } from "./texts";

export const DIARY_ADVISOR_ID = "diary";

/**
 * Other authorities' series prefixes, found without a label as the kommun's
 * own are ("TRV 2026/41577": Trafikverket).
 */
export const OTHER_AUTHORITY_PREFIXES: readonly string[] = Object.freeze(["TRV"]);

/** How much of a body is searched for case numbers. */
const MAX_CASE_NUMBER_CHARS = 200_000;
/** How many reasons the advice shows. */
const MAX_REASONS = 4;


/** The year the case-number guard accepts up to (plus one): the message's, else the context's. */
function currentYear(message: MailMessage, now: number): number {
  if (message.receivedAt) {
    try {
      return stockholmDate(message.receivedAt).year;
    } catch {
      // An arrival time we cannot read: the context's clock decides.
    }
  }
  return new Date(now).getUTCFullYear();
}

/** Case numbers in the subject, then in the body; one entry per distinct number per field, in order of appearance. */
export function caseNumbersOf(message: MailMessage, diary: DiaryProfile | undefined, year: number): DiaryCaseNumber[] {
  const prefixes = [...new Set([...(diary?.caseNumberPrefixes ?? DEFAULT_CASE_NUMBER_PREFIXES), ...OTHER_AUTHORITY_PREFIXES])];
  const detector = createCaseNumberDetector({ currentYear: Math.max(1990, year), prefixes });
  const out: DiaryCaseNumber[] = [];
  const body = message.body.text.length > MAX_CASE_NUMBER_CHARS ? message.body.text.slice(0, MAX_CASE_NUMBER_CHARS) : message.body.text;
  // One entry per distinct number per field, where it first stands.
  const found = (text: string) => {
    const first = new Map<string, number>();
    for (const m of detector.detect(text)) if (!first.has(m.text)) first.set(m.text, m.start);
    return [...first].map(([number, start]) => ({ text: number, start }));
  };
  const inSubject = found(message.subject);
  const inBody = found(body);
  // Another authority puts its number bare in the subject and with a label in the text
  // ("Begäran om yttrande, 551-24410-2026" … "dnr 551-24410-2026"): the labelled one vouches for the bare one.
  for (const b of inBody) {
    if (inSubject.some((s) => s.text === b.text)) continue;
    const at = findWhole(message.subject, b.text);
    if (at >= 0) inSubject.push({ text: b.text, start: at });
  }
  inSubject.sort((a, b) => a.start - b.start);
  for (const s of inSubject) out.push({ text: s.text, field: "subject" });
  for (const b of inBody) out.push({ text: b.text, field: "body" });
  return out;
}

/** Where `needle` stands in `text` as a whole token (not inside a longer number), or -1. */
function findWhole(text: string, needle: string): number {
  let at = text.indexOf(needle);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || !/[0-9A-Za-zÅÄÖåäö/-]/.test(before)) && (after === undefined || !/[0-9A-Za-zÅÄÖåäö/-]/.test(after))) return at;
    at = text.indexOf(needle, at + 1);
  }
  return -1;
}

/** The deadline for this message: same day for a request, none when no answer is expected, else the kommun's rule. */
export function diaryDeadline(classification: Classification, rule: ResponseRule, receivedAt: string | undefined): { deadline: Deadline; rule: ResponseRule } {
  const applied: ResponseRule = classification.urgent ? { kind: "same-day" } : classification.needsAnswer ? rule : { kind: "none" };
  if (applied.kind === "none" || applied.kind === "as-soon-as-possible") return { deadline: { kind: applied.kind, due: null }, rule: applied };
  if (!receivedAt) return { deadline: { kind: applied.kind, due: null }, rule: applied };
  try {
    return { deadline: deadlineFor(applied, receivedAt), rule: applied };
  } catch {
    return { deadline: { kind: applied.kind, due: null }, rule: applied };
  }
}

function barText(classification: Classification, deadline: Deadline, isRegistrar: boolean): Localized | undefined {
  if (classification.urgent) {
    const sv = dueWords(deadline, "sv", "short");
    const en = dueWords(deadline, "en", "short");
    return sv && en ? { sv: BAR_TEXTS.urgent.sv.replace("{{date}}", sv), en: BAR_TEXTS.urgent.en.replace("{{date}}", en) } : BAR_TEXTS.urgentNoDate;
  }
  if (classification.verdict === "not-needed") return undefined;
  const verdict = verdictTitle(classification.verdict, isRegistrar);
  const sv = dueWords(deadline, "sv", "short");
  const en = dueWords(deadline, "en", "short");
  if (sv && en) return { sv: formatLocalized(BAR_TEXTS.withDate, { verdict: verdict.sv, date: sv }).sv, en: formatLocalized(BAR_TEXTS.withDate, { verdict: verdict.en, date: en }).en };
  if (deadline.kind === "as-soon-as-possible") return { sv: formatLocalized(BAR_TEXTS.soon, { verdict: verdict.sv }).sv, en: formatLocalized(BAR_TEXTS.soon, { verdict: verdict.en }).en };
  return { sv: verdict.sv, en: verdict.en };
}

/** Whether any of the addresses (the mailbox read, the user's own) is one of the profile's registrar mailboxes. */
export function listedAsRegistrar(diary: DiaryProfile, addresses: readonly (string | undefined)[]): boolean {
  const listed = (diary.registrarMailboxes ?? []).map((a) => a.toLowerCase());
  return addresses.some((a) => a !== undefined && listed.includes(a.toLowerCase()));
}

function isRegistrarOf(diary: DiaryProfile, context: AdvisorInput["context"]): boolean {
  return context.user.isRegistrar === true || listedAsRegistrar(diary, [context.user.mailbox, context.user.email]);
}

function newMessage(id: string, title: Localized, label: Localized | undefined, to: string, note: ReturnType<typeof coverNote>): NewMessageAction {
  return {
    type: "newMessage",
    id,
    title,
    ...(label ? { label } : {}),
    to: [to],
    subject: note.subject,
    body: { text: note.text, html: note.html },
    attachCurrentItem: true,
  };
}

function actionsFor(
  diary: DiaryProfile,
  classification: Classification,
  note: ReturnType<typeof coverNote>,
  receipt: string | undefined,
  fields: readonly DiaryField[],
  isRegistrar: boolean,
): Action[] {
  const actions: Action[] = [];
  // An invoice goes to invoice handling, not the diary: offering the registrar would contradict the advice.
  const invoice = classification.documentType === "faktura";
  if (isRegistrar) {
    if (diary.intakeAddress && !invoice) actions.push(newMessage("sendToDiary", ACTION_TITLES.sendToDiary, undefined, diary.intakeAddress, note));
  } else if (!invoice) {
    const several = diary.registrars.length > 1;
    for (const registrar of diary.registrars) {
      const label = several ? formatLocalized(ACTION_TITLES.sendToRegistrarLabel, { label: registrar.label }) : undefined;
      actions.push(newMessage(`sendToRegistrar:${registrar.address}`, ACTION_TITLES.sendToRegistrar, label, registrar.address, note));
    }
  }
  if (receipt !== undefined) actions.push({ type: "reply", id: "sendReceipt", title: ACTION_TITLES.sendReceipt, body: { text: receipt } });
  // The registrar's own box needs no "for the registrar" mark.
  if (!isRegistrar && !invoice) actions.push({ type: "setCategory", id: "markForRegistrar", title: formatLocalized(ACTION_TITLES.mark, { category: diary.category }), category: diary.category });
  actions.push({ type: "copyText", id: "copyCoverNote", title: ACTION_TITLES.copyCoverNote, text: note.text });
  if (receipt !== undefined) actions.push({ type: "copyText", id: "copyReceipt", title: ACTION_TITLES.copyReceipt, text: receipt });
  if (isRegistrar) {
    for (const field of fields) {
      actions.push({
        type: "copyText",
        id: `copyField:${field.id}`,
        title: ACTION_TITLES.copyField,
        label: { sv: ACTION_TITLES.copyFieldLabel.sv.replace("{{field}}", field.label.sv.toLowerCase()), en: ACTION_TITLES.copyFieldLabel.en.replace("{{field}}", field.label.en.toLowerCase()) },
        text: field.copy ?? field.value.sv,
      });
    }
    actions.push({ type: "copyText", id: "copyAllFields", title: ACTION_TITLES.copyAllFields, text: fieldLines(fields, "sv").join("\n") });
  }
  return actions;
}

export const diaryAdvisor = defineAdvisor({
  meta: {
    id: DIARY_ADVISOR_ID,
    description: {
      sv: "Diarieföring: vad ett inkommande meddelande är, när det ska besvaras och hur det når registrator",
      en: "Registration: what an incoming message is, when to answer it and how it reaches the registrar",
    },
    guideline: "diary",
    enabledByDefault: true,
    modes: ["read"],
  },
  advise({ message, profile, context, organisation, detectors, guideline }): readonly Advice[] {
    const diary = profile.diary;
    if (!diary) return [];
    const mailbox = context.user.mailbox ?? context.user.email;
    const caseNumbers = caseNumbersOf(message, diary, currentYear(message, context.now));
    const classification = classify({ message, organisation, detectors, caseNumbers, ...(mailbox ? { mailbox } : {}) });
    const { deadline, rule } = diaryDeadline(classification, diary.response, message.receivedAt);
    const words = deadlineText(deadline, rule);
    const isRegistrar = isRegistrarOf(diary, context);
    const reasons: AdviceReason[] = classification.reasons.slice(0, MAX_REASONS);
    const fields = registrationFields({ message, classification, caseNumbers, deadlineText: words, detectors });
    const note = coverNote(message, classification, fields, reasons.map((r) => r.text), detectors);
    const offerReceipt = !classification.automated && !classification.ccOnly && classification.sender !== "internal" && classification.sender !== "unknown" && deadline.kind !== "none";
    const receipt = offerReceipt ? receiptText(diary, classification, deadline) : undefined;
    const bar = barText(classification, deadline, isRegistrar);
    const deadlineGuideline = classification.urgent ? undefined : guidelineCitation(profile, "diaryResponse");

    const data: DiaryAdviceData = {
      kind: "diary",
      registration: { verdict: classification.verdict, urgent: classification.urgent, documentType: classification.documentType, reasons },
      caseNumbers,
      deadline,
      ...(message.receivedAt ? { receivedAt: message.receivedAt } : {}),
      deadlineText: words,
      ...(deadlineGuideline && deadline.kind !== "none" ? { deadlineGuideline } : {}),
      ...(bar ? { barText: bar } : {}),
      fields,
      isRegistrar,
      placeholderAddresses: diary.placeholderAddresses === true,
    };

    const verdict = classification.verdict;
    const secret = classification.secrecy.identityNumbers > 0 || classification.secrecy.kinds.length > 0;
    // A registrar is told of secrecy too: it decides how the document is registered.
    const explanation =
      verdict === "register"
        ? isRegistrar
          ? secret
            ? EXPLANATIONS.registerSecretAsRegistrar
            : EXPLANATIONS.registerAsRegistrar
          : secret
            ? EXPLANATIONS.registerSecret
            : EXPLANATIONS.register
        : verdict === "ask-registrar"
          ? isRegistrar
            ? EXPLANATIONS.askAsRegistrar
            : EXPLANATIONS.ask
          : classification.documentType === "faktura"
            ? EXPLANATIONS.invoice
            : isRegistrar
              ? EXPLANATIONS.notNeededAsRegistrar
              : EXPLANATIONS.notNeeded;
    const cited =
      verdict === "ask-registrar" ? (guidelineCitation(profile, "diaryUnsure") ?? guideline) : verdict === "not-needed" ? (guidelineCitation(profile, "diaryRinga") ?? guideline) : guideline;
    const actions = actionsFor(diary, classification, note, receipt, fields, isRegistrar);
    const main: Advice = {
      advisorId: DIARY_ADVISOR_ID,
      id: verdict === "register" ? "register" : verdict === "ask-registrar" ? "askRegistrar" : "notNeeded",
      tone: verdict === "not-needed" ? "note" : "advice",
      title: verdictTitle(verdict, isRegistrar),
      explanation,
      ...(cited ? { guideline: cited } : {}),
      reasons,
      actions,
      data,
    };
    if (!classification.urgent) return [main];
    const urgent: Advice = {
      advisorId: DIARY_ADVISOR_ID,
      id: "urgentRequest",
      tone: "urgent",
      title: URGENT.title,
      explanation: isRegistrar ? URGENT.explanationForRegistrar : URGENT.explanation,
      reasons: reasons.filter((r) => r.code === "documentType"),
      actions: actions.filter((a) => a.type === "newMessage" || a.type === "reply" || a.type === "copyText" && a.id !== "copyAllFields" && !a.id.startsWith("copyField:")),
    };
    return [urgent, main];
  },
});

/** The main diary advice of a report: the one carrying DiaryAdviceData. */
export function mainDiaryAdvice(advice: readonly Advice[]): Advice | undefined {
  return advice.find((a) => a.advisorId === DIARY_ADVISOR_ID && (a.data as { kind?: unknown } | undefined)?.kind === "diary");
}
