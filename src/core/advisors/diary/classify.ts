/**
 * Register, ask the registrar, or ringa betydelse? The signals of research
 * notes §B3, read from the message alone:
 *  - the sender: inside the kommun, another authority, a private person, a
 *    company or organisation;
 *  - the headers: List-Unsubscribe, List-Id, Precedence bulk|list|junk
 *    (newsletters), Auto-Submitted (automatic replies and system mail); not
 *    X-Auto-Response-Suppress, which only asks others not to auto-reply;
 *  - the wording, Swedish and English: the kind of handling (ansökan,
 *    överklagande, …), a request for allmän handling, an ongoing ärende, or
 *    what makes mail ringa (invitations, press releases, thanks, …);
 *  - attachments and their names, case numbers, identity numbers and
 *    sensitive content (the existing detectors), and whether the kommun is
 *    only copied in.
 * Identity numbers or sensitive content mean "register" whatever else is
 * said: sekretess material is always registered. Signals that point both
 * ways give "ask the registrar", as Ale's guideline says to do when unsure.
 *
 * Pure: no clock, no I/O; the same message gives the same answer.
 */
import type { Detectors } from "../../detectors/types";
import { domainBelongsTo, domainOf, type Organisation } from "../../engine/organisation";
import { formatLocalized, type Localized } from "../../i18n/locale";
import { LEXICON_CATEGORY_LABELS, type LexiconCategory } from "../../lexicon";
import type { MailMessage } from "../../model";
import { withoutQuotedHistory } from "../../text/quoted";
import type { AdviceReason } from "../types";
import { asksForServiceNotRecord, findDocumentRequest, speaksAsElectedMember } from "./request";
import { modelSeesRequest } from "./request-model";
import { DOCUMENT_TYPE_REASONS, REASONS } from "./texts";
import type { DiaryCaseNumber, DiaryDocumentType, DiaryVerdict } from "./types";
import * as W from "./words";

export type SenderKind = "internal" | "authority" | "private" | "organisation" | "unknown";

export interface Classification {
  readonly verdict: DiaryVerdict;
  readonly urgent: boolean;
  readonly documentType: DiaryDocumentType | null;
  /** Every reason found, most telling first (the advice shows up to four). */
  readonly reasons: readonly AdviceReason[];
  /** Whether the sender expects an answer (else the deadline is "none"). */
  readonly needsAnswer: boolean;
  readonly sender: SenderKind;
  /** Bulk, automatic or no-reply mail: no receipt goes back. */
  readonly automated: boolean;
  /** The kommun (or the reading mailbox) is only copied in. */
  readonly ccOnly: boolean;
  /** Identity numbers found (count) and sensitive kinds, for the cover note's secrecy line. */
  readonly secrecy: { readonly identityNumbers: number; readonly kinds: readonly LexiconCategory[] };
  /** The mail is written in English (the receipt goes back in English). */
  readonly english: boolean;
}

export interface ClassifyInput {
  readonly message: MailMessage;
  readonly organisation: Organisation;
  readonly detectors: Detectors;
  /** The mailbox the item is in, where known. */
  readonly mailbox?: string;
  readonly caseNumbers: readonly DiaryCaseNumber[];
}

/** The most text the wording is read from: longer mail is judged on its start. */
const MAX_ANALYSED = 20_000;
/** Own text shorter than this, with an attachment, is "little more than an attachment". */
const ATTACHMENT_ONLY_CHARS = 60;
/** More words than this after its first sentence, and a mail that opens with thanks says more than thanks (a sign-off fits). */
const THANKS_MAX_WORDS_AFTER = 15;

/** After a thank-you, sentences that only say it arrived or wish a good weekend add nothing: "Jag har fått protokollen. Ha en fin helg!" */
const THANKS_FILLER = /^(?:.*(?:kom fram|har kommit fram|det var (?:precis|just|exakt) (?:det|vad) (?:jag|vi) behövde)|(?:snabbt|toppen|perfekt|superbra|utmärkt)(?: och (?:bra|smidigt))?[ !.]*$|(?:jag|vi) har (?:nu )?(?:fått|tagit emot|hämtat)|det var (?:precis|just|exakt) (?:det|vad)|ha en (?:fin|trevlig|bra|skön|god|riktigt)|trevlig (?:helg|dag|kväll|sommar|jul|vecka)|god jul|gott nytt|glad påsk|allt (?:är|var|ser) (?:bra|klart|i sin ordning)|(?:med )?vänlig(?:a)? hälsning(?:ar)?|mvh|hälsningar|i have (?:now )?received|have a (?:nice|good|great))/;
const SAYS_MORE = /(?:^|[^a-zåäö])(?:men|saknar|saknas|fattas|dock|däremot|undrar|but|missing)(?![a-zåäö])|\?/;

/** Does a mail that opens with thanks go on to say something: more than a few words, or a "men … saknas"? */
function saysMoreThanThanks(text: string): boolean {
  const end = text.search(/[.!?](?:\s|$)/);
  const rest = end < 0 ? "" : text.slice(end + 1);
  if (SAYS_MORE.test(rest)) return true;
  const words = rest
    // Split after each sentence's end mark, without a lookbehind (older Outlook web views cannot compile one).
    .replace(/([.!?])\s+/g, "$1\u0000")
    .split("\u0000")
    .filter((sentence) => !THANKS_FILLER.test(sentence.trim()))
    .join(" ")
    .split(/[^a-zåäöéü0-9]+/)
    .filter((w) => w !== "").length;
  return words > THANKS_MAX_WORDS_AFTER;
}
/** A call-me or meeting-time note longer than this may say more than that. */
const LOGISTICS_MAX_CHARS = 400;
/** A question this short, with nothing else in it, is a simple enquiry. */
const SIMPLE_QUESTION_CHARS = 600;

const SENSITIVE_KINDS: ReadonlySet<LexiconCategory> = new Set(["health", "socialServices", "protectedIdentity", "specialCategory", "offences", "secrecy"]);

/** Attachment names that say what a handling is. */
const TELLING_ATTACHMENT = new RegExp(
  [W.APPLICATION_ATTACHMENT.source, W.DECISION_ATTACHMENT.source, W.CONTRACT_ATTACHMENT.source, "yttrande|överklag|klagomål|anmälan|remiss|intyg|medborgarförslag|synpunkt"].join("|"),
  "i",
);

const REPLY_PREFIX = /^\s*(?:sv|re|vb|fw|fwd|aw|vs|wg|tr)\s*:\s*/i;
const FORWARD_PREFIX = /^\s*(?:vb|fw|fwd|wg|tr)\s*:/i;

/** The subject without SV:, VB:, Re:, Fwd: and the like (also the suggested ärendemening). */
export function cleanSubject(subject: string): string {
  let s = subject;
  for (let i = 0; i < 10 && REPLY_PREFIX.test(s); i++) s = s.replace(REPLY_PREFIX, "");
  return s.trim();
}

function reason(code: string, text: Localized): AdviceReason {
  return { code, text };
}

function senderKind(address: string | undefined, organisation: Organisation): SenderKind {
  if (!address) return "unknown";
  if (organisation.isInternal(address)) return "internal";
  const domain = domainOf(address);
  if (W.REGION_DOMAIN.test(domain)) return "authority";
  for (const d of W.AUTHORITY_DOMAINS) if (domainBelongsTo(domain, d)) return "authority";
  if (W.PRIVATE_MAIL_DOMAINS.has(domain)) return "private";
  return "organisation";
}

const SENDER_REASONS: Readonly<Record<SenderKind, AdviceReason | undefined>> = {
  internal: reason("internalSender", REASONS.internalSender),
  authority: reason("authority", REASONS.authority),
  private: reason("externalPrivate", REASONS.externalPrivate),
  organisation: reason("externalOrganisation", REASONS.externalOrganisation),
  unknown: undefined,
};

/** The body without quoted history (a forward keeps it: the forwarded mail is the content). */
function ownText(body: string, forward: boolean): string {
  return forward ? body : withoutQuotedHistory(body);
}

const EN_WORDS = /(?:^|[^a-z])(?:the|and|you|your|please|would|could|thank|regards|dear|hello|hi|is|are|of|to)(?![a-z])/g;
const SV_WORDS = /(?:^|[^a-zåäö])(?:och|att|jag|det|är|för|med|vi|ni|hej|tack|inte|som|på|en|ett|om)(?![a-zåäö])/g;

function looksEnglish(folded: string): boolean {
  const sample = folded.slice(0, 3000);
  const en = sample.match(EN_WORDS)?.length ?? 0;
  const sv = sample.match(SV_WORDS)?.length ?? 0;
  return en >= 3 && en > 2 * sv;
}

interface Text {
  /** The subject, folded, SV:/VB: and the like removed. */
  readonly subject: string;
  /** The sender's own words (and a forwarded mail), folded. */
  readonly own: string;
  /** Subject and own words together. */
  readonly all: string;
}

/**
 * Whether a pattern matches outside a question: "Behöver jag söka bygglov?"
 * asks about an application, it is none. The sentence is the text from the
 * match to the next ".", "!" or "?".
 */
function statedOutsideQuestion(text: string, patterns: readonly RegExp[]): boolean {
  for (const re of patterns) {
    const global = new RegExp(re.source, "g");
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = global.exec(text)) !== null && guard++ < 20) {
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 300);
      const end = rest.search(/[.!?]/);
      if (end < 0 || rest[end] !== "?") return true;
      if (m[0].length === 0) global.lastIndex++;
    }
  }
  return false;
}

const FORM_TYPES: Readonly<Record<string, DiaryDocumentType>> = {
  synpunkt: "synpunkt",
  klagomål: "klagomål",
  felanmälan: "anmälan",
  ansökan: "ansökan",
  anmälan: "anmälan",
  medborgarförslag: "medborgarförslag",
  överklagande: "överklagande",
  "begäran om allmän handling": "begäran om allmän handling",
};

function documentTypeOf(t: Text, message: MailMessage, sender: SenderKind): DiaryDocumentType | null {
  const form = W.FORM_TYPE.exec(t.own);
  if (form) return FORM_TYPES[form[1] as string] ?? null;
  const names = message.attachments.filter((a) => !a.isInline).map((a) => a.name);
  const fromOutsideCitizen = sender === "authority" || sender === "internal" || sender === "organisation";
  if (W.anyOf(t.all, W.CITIZEN_PROPOSAL)) return "medborgarförslag";
  if (statedOutsideQuestion(t.own, W.APPEAL) || statedOutsideQuestion(t.subject, W.APPEAL_SUBJECT)) return "överklagande";
  if (W.anyOf(t.all, W.CONSULTATION) || (fromOutsideCitizen && W.anyOf(t.subject, W.CONSULTATION_SUBJECT))) return "remiss";
  if (fromOutsideCitizen && (W.anyOf(t.own, W.DECISION) || W.anyOf(t.subject, W.DECISION_SUBJECT) || names.some((n) => W.DECISION_ATTACHMENT.test(n)))) {
    return "beslut";
  }
  if (W.anyOf(t.all, W.COMPLAINT) || (sender !== "internal" && W.anyOf(t.own, W.DISSATISFACTION))) return "klagomål";
  const applicationSubject = W.anyOf(t.subject, W.APPLICATION_SUBJECT) && !/\?|(?:^|[^a-zåäö])hur(?![a-zåäö])/.test(t.subject) && !W.anyOf(t.subject, W.OWN_MATTER);
  if (statedOutsideQuestion(t.own, W.APPLICATION) || applicationSubject || names.some((n) => W.APPLICATION_ATTACHMENT.test(n))) return "ansökan";
  if (statedOutsideQuestion(t.own, W.REPORT) || statedOutsideQuestion(t.subject, W.REPORT_SUBJECT)) return "anmälan";
  if (W.anyOf(t.own, W.CONTRACT) || W.anyOf(t.subject, W.CONTRACT_SUBJECT) || names.some((n) => W.CONTRACT_ATTACHMENT.test(n))) return "avtal";
  if (W.anyOf(t.own, W.OPINION) || W.anyOf(t.subject, W.OPINION_SUBJECT)) return "synpunkt";
  return null;
}

function isInvoice(t: Text, message: MailMessage, sender: SenderKind): boolean {
  if (sender === "internal") return false;
  if (W.anyOf(t.subject, W.INVOICE_SUBJECT)) return true;
  if (message.attachments.some((a) => !a.isInline && W.INVOICE_ATTACHMENT.test(a.name))) return true;
  let markers = 0;
  for (const re of W.INVOICE_MARKERS) if (re.test(t.own)) markers++;
  return markers >= 3;
}

/** Lower-cased addresses of a field. */
function addresses(message: MailMessage, field: "to" | "cc"): string[] {
  return message.recipients.filter((r) => r.field === field).map((r) => r.address.toLowerCase());
}

export function classify(input: ClassifyInput): Classification {
  const { message, organisation, detectors, caseNumbers } = input;
  const headers = message.headers ?? {};
  const from = message.from?.address;
  const sender = senderKind(from, organisation);
  const subjectRaw = message.subject.trim();
  const forward = FORWARD_PREFIX.test(subjectRaw);
  const body = message.body.text.length > MAX_ANALYSED ? message.body.text.slice(0, MAX_ANALYSED) : message.body.text;
  const ownRaw = ownText(body, forward || W.anyOf(W.fold(body.slice(0, 600)), W.FORWARD_WORDS));
  const subject = W.fold(cleanSubject(subjectRaw));
  const own = W.fold(ownRaw).trim();
  const t: Text = { subject, own, all: `${subject} . ${own}` };
  const english = looksEnglish(t.all);

  // Headers and automation.
  const precedence = (headers.precedence ?? "").trim().toLowerCase();
  const bulk = headers["list-unsubscribe"] !== undefined || headers["list-id"] !== undefined || precedence === "bulk" || precedence === "list" || precedence === "junk";
  const autoSubmitted = (headers["auto-submitted"] ?? "").trim().toLowerCase();
  // A read receipt is an automatic answer too: it tells that a mail was opened, nothing more.
  const readReceipt = W.READ_RECEIPT_SUBJECT.test(subjectRaw) || /disposition-notification/i.test(headers["content-type"] ?? "");
  const autoReply = autoSubmitted.startsWith("auto-replied") || W.AUTO_REPLY_SUBJECT.test(subjectRaw) || headers["x-autoreply"] !== undefined || headers["x-autorespond"] !== undefined || readReceipt;
  const noReply = from !== undefined && W.NO_REPLY_ADDRESS.test(from);
  const autoGenerated = !autoReply && (autoSubmitted.startsWith("auto-generated") || autoSubmitted.startsWith("auto-notified") || noReply);
  const calendarReply = W.CALENDAR_REPLY_SUBJECT.test(subjectRaw);

  // Who it was sent to.
  const mailbox = input.mailbox?.toLowerCase();
  const to = addresses(message, "to");
  const cc = addresses(message, "cc");
  const mailboxOnlyInCc = mailbox !== undefined && cc.includes(mailbox) && !to.includes(mailbox);
  const kommunOnlyInCc = organisation.domains.length > 0 && cc.some((a) => organisation.isInternal(a)) && !to.some((a) => organisation.isInternal(a));
  const ccOnly = mailboxOnlyInCc || kommunOnlyInCc;
  const groupRecipient = to.some((a) => W.GROUP_MAILBOX.test(a.split("@")[0] ?? ""));

  // Secrecy: identity numbers anywhere; sensitive terms where the mail is not a mass mailing.
  const secrecyText = `${message.subject}\n${body}`;
  const identityNumbers = detectors.identityNumbers.detect(secrecyText).filter((m) => m.confidence !== "low").length;
  const kinds: LexiconCategory[] = [];
  const massMail = bulk || autoReply || calendarReply;
  // In a reply, the quoted history is the kommun's own earlier mail ("maskade med stöd av 31 kap. 16 § OSL"):
  // sensitive words count in the sender's own. Identity numbers count anywhere.
  const reply = REPLY_PREFIX.test(subjectRaw) && !forward;
  const sensitiveText = reply ? `${message.subject}\n${ownRaw}` : secrecyText;
  if (!massMail) {
    for (const m of detectors.sensitiveTerms.detect(sensitiveText)) {
      const kind = m.kind as LexiconCategory;
      const counts = m.strength === "strong" || (SENSITIVE_KINDS.has(kind) && kind !== "secrecy");
      if (counts && !kinds.includes(kind)) kinds.push(kind);
    }
  }
  const secret = identityNumbers > 0 || kinds.length > 0;
  // Only a word that marks secrecy ("sekretessbelagd"), no identity number and nothing sensitive told.
  const markingOnly = identityNumbers === 0 && kinds.every((k) => k === "secrecy");

  // The wording.
  const invitation = W.anyOf(t.all, W.INVITATION);
  const pressRelease = W.anyOf(t.all, W.PRESS_RELEASE);
  const circular = W.anyOf(t.subject, W.CIRCULAR) || W.anyOf(t.own.slice(0, 200), W.CIRCULAR);
  const advertising = W.anyOf(t.all, W.ADVERTISING);
  // A thank-you says little after its thanks: "Tack för brevet. Jag har inga invändningar mot …" goes on to say something.
  // (A subject that thanks, "Tack!", is a thank-you whatever the greeting before it.)
  const thanks = W.THANKS_START.test(subject) || (W.THANKS_START.test(own) && !saysMoreThanThanks(own));
  const question = own.includes("?") || W.INDIRECT_QUESTION.test(own);
  // A thank-you that asks nothing adds nothing: no supplement, no case, no answer.
  const thankYou = thanks && !question;
  const ringMe = W.anyOf(own, W.RING_ME) && own.length < 400;
  const meetingPlanning = W.anyOf(t.all, W.MEETING_PLANNING);
  const privateTalk = W.anyOf(t.all, W.PRIVATE) || W.anyOf(own, W.MISDIRECTED);
  const forInformation = W.anyOf(t.all, W.FOR_INFORMATION) || /^kopia\s*:/i.test(subjectRaw);
  const announcement = sender === "internal" && groupRecipient && !question;
  // A colleague's note that asks nothing ("I put the charger in reception") waits for no answer:
  // the kommun's answer times are for mail from outside.
  const internalNote = sender === "internal" && !question && !ringMe && !forward;

  const request = findDocumentRequest({ subject: t.subject, own: t.own, reply, forward });
  // Where the rules find no request, the learned model's second opinion (request-model.ts): on mail written
  // blind to both, the rules alone found 13 of 20 requests, rules or model 19 of 20, with no more false alarms.
  // (Not where the sender plainly asks for a link, a form or a brochure: the rules know those for service.)
  const learnedRequest = request === undefined && !asksForServiceNotRecord(t.all) && modelSeesRequest(message.subject, body);
  // A colleague asking a colleague for a file is work, not a request under the offentlighetsprincip, unless they say so.
  const requestBlocked = bulk || autoReply || invitation || calendarReply || (sender === "internal" && !forward && !request?.explicit);
  const requestWording = request !== undefined || learnedRequest;
  const urgent = requestWording && !requestBlocked;

  const invoice = !urgent && isInvoice(t, message, sender);
  let documentType: DiaryDocumentType | null = urgent ? "begäran om allmän handling" : invoice ? "faktura" : documentTypeOf(t, message, sender);
  // The diary system's own notice ("Ärende KS 2026/0499 har tilldelats dig") is about a registered matter.
  const diaryNotice = autoGenerated && sender === "internal" && W.anyOf(t.all, W.DIARY_SYSTEM_NOTICE);
  // A thank-you or an automatic message that names a handling is not that handling.
  if (documentType !== null && documentType !== "faktura" && !urgent && (autoReply || calendarReply || diaryNotice)) documentType = null;
  // A newsletter that writes about överklaganden or ansökningar is none (a remiss it carries is weighed below).
  if (bulk && documentType !== null && documentType !== "remiss" && documentType !== "faktura") documentType = null;

  const statementInText = W.anyOf(t.own, W.STATEMENT);
  // "SV: Begärda handlingar – tack, jag har fått dem": a thank-you that asks nothing supplements nothing.
  const supplement = W.anyOf(t.all, W.SUPPLEMENT) && !thankYou && !autoReply;
  const caseWords = W.anyOf(t.all, W.CASE_WORDS) || W.anyOf(t.all, W.OWN_MATTER);
  const signUp = W.anyOf(own, W.SIGN_UP);
  // Mass mail asks no one to register it, and "e-post som ska diarieföras" is a topic, not a request.
  const askedToRegister = !bulk && W.anyOf(own.replace(/som (?:ska|bör|måste) diarieföras/g, ""), W.ASKED_TO_REGISTER);
  const problemReport = W.anyOf(t.own, W.PROBLEM_REPORT);
  const criticism = W.anyOf(t.own, W.CRITICISM);
  const demand = W.anyOf(t.own, W.DEMAND);
  // "Ta bort mig från er sändlista – länken fungerar inte": the broken link is no anmälan.
  const unsubscribe = W.anyOf(t.all, W.UNSUBSCRIBE);
  if (documentType === null && problemReport && !bulk && !autoGenerated && !unsubscribe) documentType = "anmälan";
  // A ledamot or ersättare asking for the papers for a meeting: nämndadministration, not a request under the offentlighetsprincip.
  const electedPapers = sender !== "internal" && speaksAsElectedMember(own) && W.anyOf(own, W.MEETING_PAPERS);

  const attachments = message.attachments.filter((a) => !a.isInline);
  // Mass mail that only mentions remisser ("vi publicerar remisserna på webben") carries none:
  // a remiss in a newsletter comes attached, or asks for an answer by a date.
  if (bulk && documentType === "remiss" && attachments.length === 0 && !W.anyOf(own, W.CONSULTATION_REPLY)) documentType = null;
  const ownWords = own.replace(/skickat från min (?:iphone|ipad|mobil|android)|sent from my (?:iphone|ipad|phone)/g, "").replace(/[^a-zåäöéü]+/g, " ").trim();
  const attachmentOnly = attachments.length > 0 && ownWords.length < ATTACHMENT_ONLY_CHARS && documentType === null;
  const tellingAttachment = attachments.some((a) => TELLING_ATTACHMENT.test(a.name));
  // A statement known only from an attachment's name, with hardly a word around it, is for the registrar to judge.
  const statement = statementInText || (!attachmentOnly && message.attachments.some((a) => /yttrande/i.test(a.name)));

  // A short yes to a meeting time is no avtal or ansökan, whatever the subject it answers names ("SV: Mötestid – avtalsunderlaget").
  const acceptsMeeting = meetingPlanning && W.anyOf(own, W.MEETING_ACCEPTED) && !question;
  if (acceptsMeeting && attachments.length === 0 && own.length < LOGISTICS_MAX_CHARS && documentType !== null && documentType !== "faktura" && !urgent) documentType = null;
  // A short "ring mig, det gäller KS 2026/0413" or "kan vi flytta mötet i dnr 2026.318?" names a case but adds nothing to it
  // (Ale: telefonmeddelanden och mötestider är av ringa betydelse).
  const logisticsOnly = (ringMe || (meetingPlanning && !statementInText)) && own.length < LOGISTICS_MAX_CHARS && attachments.length === 0 && documentType === null && !supplement;
  // What the case numbers say: an ärende is going on, unless the mail is automatic, a thank-you or only about a call or a meeting time.
  const inCase = caseNumbers.length > 0 && !autoReply && !autoGenerated && !bulk && !thankYou && !logisticsOnly;

  // ---- The verdict.
  const registerReasons: AdviceReason[] = [];
  const ringaReasons: AdviceReason[] = [];
  const weakReasons: AdviceReason[] = [];

  // Only the model saw a request: say that it is the wording, so the reader knows to look.
  const typeReason = urgent && request === undefined ? REASONS.requestLikely : documentType !== null ? DOCUMENT_TYPE_REASONS[documentType] : undefined;
  if (typeReason && documentType !== "faktura") registerReasons.push(reason("documentType", typeReason));
  if (identityNumbers > 0) registerReasons.push(reason("identityNumber", REASONS.identityNumber));
  const sensitiveKinds = kinds.filter((k) => k !== "secrecy" || identityNumbers === 0);
  if (sensitiveKinds.length > 0) {
    const labels = (locale: "sv" | "en") => sensitiveKinds.map((k) => LEXICON_CATEGORY_LABELS[k][locale]).join(", ");
    registerReasons.push({
      code: "sensitiveContent",
      text: { sv: REASONS.sensitiveContent.sv.replace("{{kinds}}", labels("sv")), en: REASONS.sensitiveContent.en.replace("{{kinds}}", labels("en")) },
    });
  }
  if (inCase) registerReasons.push(reason("caseNumber", formatLocalized(REASONS.caseNumber, { numbers: distinct(caseNumbers).slice(0, 2).join(", ") })));
  // The diary system's notice describes a registered document; its words are not this mail's.
  if (statement && documentType !== "remiss" && !diaryNotice) registerReasons.push(reason("statement", REASONS.statement));
  if (supplement && !diaryNotice) registerReasons.push(reason("supplement", REASONS.supplement));
  if (askedToRegister) registerReasons.push(reason("askedToRegister", REASONS.askedToRegister));

  // A thank-you that asks nothing adds nothing to the case it names (Ale: "tillför något i ett sakärende").
  if (caseWords && !inCase && documentType === null && !thankYou && !diaryNotice) weakReasons.push(reason("caseWords", REASONS.caseWords));
  if (criticism) weakReasons.push(reason("criticism", REASONS.criticism));
  if (demand) weakReasons.push(reason("demand", REASONS.demand));
  if (W.anyOf(own, W.CONTRACT_NOTICE)) weakReasons.push(reason("contractNotice", REASONS.contractNotice));
  // An open letter sent to every kommun that asks this one to answer: the registrar decides.
  if (bulk && !demand && W.anyOf(own, W.ASKS_FOR_ANSWERS)) weakReasons.push(reason("demand", REASONS.demand));
  if (sender === "internal" && documentType === null && W.COMPLAINT_MENTION.test(own)) weakReasons.push(reason("criticism", REASONS.criticism));

  if (bulk) ringaReasons.push(reason("newsletter", REASONS.newsletter));
  if (autoReply) ringaReasons.push(readReceipt ? reason("readReceipt", REASONS.readReceipt) : reason("autoReply", REASONS.autoReply));
  if (autoGenerated) ringaReasons.push(reason("autoGenerated", REASONS.autoGenerated));
  if (calendarReply) ringaReasons.push(reason("calendarReply", REASONS.calendarReply));
  if (invitation) ringaReasons.push(reason("invitation", REASONS.invitation));
  if (pressRelease) ringaReasons.push(reason("pressRelease", REASONS.pressRelease));
  if (circular) ringaReasons.push(reason("circular", REASONS.circular));
  if (advertising) ringaReasons.push(reason("advertising", REASONS.advertising));
  if (thankYou) ringaReasons.push(reason("thanks", REASONS.thanks));
  if (ccOnly) ringaReasons.push(reason("ccOnly", REASONS.ccOnly));
  else if (forInformation) ringaReasons.push(reason("forInformation", REASONS.forInformation));
  if (announcement) ringaReasons.push(reason("announcement", REASONS.announcement));
  if (privateTalk) ringaReasons.push(reason("private", REASONS.private));
  if (ringMe) ringaReasons.push(reason("ringMe", REASONS.ringMe));
  if (signUp) ringaReasons.push(reason("signUp", REASONS.signUp));
  if (unsubscribe) ringaReasons.push(reason("unsubscribe", REASONS.unsubscribe));
  if (electedPapers) ringaReasons.push(reason("electedMember", REASONS.electedMember));
  if (meetingPlanning) ringaReasons.push(reason("meetingPlanning", REASONS.meetingPlanning));
  const simpleQuestion =
    question && sender !== "internal" && own.length < SIMPLE_QUESTION_CHARS && registerReasons.length === 0 && weakReasons.length === 0 && W.anyOf(t.all, W.QUESTION);
  if (simpleQuestion) ringaReasons.push(reason("simpleQuestion", REASONS.simpleQuestion));

  const senderReason = SENDER_REASONS[sender];
  const attachmentReason = attachmentNameReason(attachments.map((a) => a.name), documentType, detectors);

  let verdict: DiaryVerdict;
  let lead: AdviceReason[] = [];
  const strong = registerReasons.length > 0;
  // Newsletters may carry a remiss (a Länsstyrelse sends one to every kommun in its bulletin).
  const bulkWithRemiss = bulk && documentType === "remiss";
  const ownEtjanst = autoGenerated && sender === "internal" && !diaryNotice;
  const automatic = autoReply || (autoGenerated && !ownEtjanst) || (bulk && !bulkWithRemiss);

  if (invoice && !secret) {
    verdict = "not-needed";
    lead = [reason("documentType", DOCUMENT_TYPE_REASONS.faktura)];
  } else if (urgent) {
    verdict = "register";
  } else if (secret && !(electedPapers && markingOnly)) {
    verdict = "register";
  } else if (strong) {
    // The message says something that matters, but comes as automatic or mass mail: let the registrar decide.
    // (So does a ledamot who mentions that one of the papers is sekretessbelagd: the word marks a paper, not this mail.)
    const onlyThroughCc = ccOnly && !askedToRegister;
    if (automatic || onlyThroughCc || electedPapers) {
      verdict = "ask-registrar";
      lead = [reason("conflict", REASONS.conflict)];
    } else verdict = "register";
  } else if (weakReasons.length > 0) {
    if (ringaReasons.length > 0) {
      verdict = "ask-registrar";
      lead = [reason("conflict", REASONS.conflict)];
    } else verdict = sender === "internal" ? "ask-registrar" : "register";
  } else if (attachmentOnly && (ringaReasons.length === 0 || tellingAttachment)) {
    verdict = "ask-registrar";
    lead = [reason("attachmentOnly", REASONS.attachmentOnly)];
  } else if (ringaReasons.length > 0) {
    verdict = "not-needed";
  } else if (sender === "internal") {
    verdict = "not-needed";
  } else if (ringMe || (question && own.length < 300)) {
    verdict = "not-needed";
  } else {
    verdict = "ask-registrar";
    lead = [reason("unrecognised", REASONS.unrecognised)];
  }

  if (urgent && ringMe) verdict = "register";
  if (verdict === "not-needed" && ringMe && W.anyOf(own, W.OWN_MATTER)) {
    verdict = "ask-registrar";
    lead = [reason("caseWords", REASONS.caseWords)];
  }

  const ordered: AdviceReason[] =
    verdict === "register"
      ? [...registerReasons, ...weakReasons, ...(forward ? [reason("forwarded", REASONS.forwarded)] : [])]
      : verdict === "ask-registrar"
        ? [...lead, ...registerReasons, ...weakReasons, ...ringaReasons]
        : [...lead, ...ringaReasons];
  if (attachmentReason && verdict !== "not-needed") ordered.push(attachmentReason);
  if (senderReason) ordered.push(senderReason);
  if (verdict === "register" && ccOnly) ordered.push(reason("ccOnly", REASONS.ccOnly));

  // Whom the sender expects an answer from.
  const noAnswer =
    bulk || autoReply || autoGenerated || calendarReply || invoice || invitation || pressRelease || circular || advertising ||
    thankYou || ccOnly || announcement || internalNote || acceptsMeeting || (privateTalk && sender === "internal") || (forInformation && verdict !== "ask-registrar");
  // Asking the registrar is no reason to answer a thank-you, an invitation or a copy for information.
  // (Mass mail that criticises a decision may still want an answer: the registrar decides.)
  const plainlyNoAnswer = thankYou || invitation || ccOnly;
  const needsAnswer = urgent || (verdict === "ask-registrar" && !plainlyNoAnswer) || (verdict === "register" ? !ccOnly && !(forInformation && sender === "internal" && !question) : !noAnswer);

  return {
    verdict,
    urgent,
    documentType,
    reasons: dedupe(ordered),
    needsAnswer: urgent || (verdict === "register" && bulkWithRemiss) ? true : needsAnswer,
    sender,
    automated: bulk || autoReply || autoGenerated || noReply || calendarReply,
    ccOnly,
    secrecy: { identityNumbers, kinds: sensitiveKinds },
    english,
  };
}

function distinct(caseNumbers: readonly DiaryCaseNumber[]): string[] {
  const out: string[] = [];
  for (const c of caseNumbers) if (!out.includes(c.text)) out.push(c.text);
  return out;
}

function dedupe(reasons: readonly AdviceReason[]): AdviceReason[] {
  const seen = new Set<string>();
  const out: AdviceReason[] = [];
  for (const r of reasons) {
    if (seen.has(r.code)) continue;
    seen.add(r.code);
    out.push(r);
  }
  return out;
}

/** "Bilagan heter ”Ansökan bygglov.pdf”", for the first attachment whose name tells what it is. Identity numbers in names are blanked. */
function attachmentNameReason(names: readonly string[], documentType: DiaryDocumentType | null, detectors: Detectors): AdviceReason | undefined {
  const telling = names.find((n) => TELLING_ATTACHMENT.test(n));
  const name = telling ?? (documentType === null && names.length > 0 ? names[0] : undefined);
  if (name === undefined) return undefined;
  const safe = redactIdentityNumbersIn(name, detectors).slice(0, 80);
  return reason("attachmentName", formatLocalized(REASONS.attachmentName, { name: safe }));
}

/** The text with every identity number replaced by its redacted form ("198112••-••••"). */
export function redactIdentityNumbersIn(text: string, detectors: Detectors): string {
  const matches = detectors.identityNumbers.detect(text);
  if (matches.length === 0) return text;
  let out = "";
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + m.redacted;
    at = m.end;
  }
  return out + text.slice(at);
}
