/**
 * The diary advice in words: the deadline, the registration fields, the
 * cover note to the registrar and the receipt to the sender. Everything is
 * built from the message and the classification; no identity number ever
 * reaches a text here (subjects and attachment names are redacted, secrecy is
 * described by kind and count).
 */
import { calendarDate, type CalendarDate } from "../../calendar/date";
import type { Deadline, ResponseRule } from "../../calendar/deadline";
import { formatDate } from "../../calendar/format";
import { stockholmClockTime, stockholmDate } from "../../calendar/stockholm";
import type { Detectors } from "../../detectors/types";
import { formatMessage, type Locale, type Localized } from "../../i18n/locale";
import { LEXICON_CATEGORY_LABELS } from "../../lexicon";
import type { MailMessage } from "../../model";
import type { DiaryProfile } from "../../profiles/diary-schema";
import { escapeHtml } from "../../signature/render";
import { cleanSubject, redactIdentityNumbersIn, type Classification } from "./classify";
import { COVER_NOTE, DEADLINE_TEXTS, FIELD_LABELS, FIELD_VALUES, URGENT_RECEIPT_LINE, VERDICT_TITLES, handlingWords } from "./texts";
import type { DiaryCaseNumber, DiaryField } from "./types";

function both(make: (locale: Locale) => string): Localized {
  return { sv: make("sv"), en: make("en") };
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "16.40" (sv) or "16:40" (en). */
function clock(iso: string, locale: Locale): string {
  const t = stockholmClockTime(iso);
  return `${pad2(t.hour)}${locale === "sv" ? "." : ":"}${pad2(t.minute)}`;
}

function dueDate(deadline: Deadline): CalendarDate | undefined {
  if (deadline.due === null) return undefined;
  if (deadline.due.length === 10) {
    const [y, m, d] = deadline.due.split("-").map(Number) as [number, number, number];
    return calendarDate(y, m, d);
  }
  return stockholmDate(deadline.due);
}

/** The deadline in words: "Svara senast ons 24 juni (nästa arbetsdag)". */
export function deadlineText(deadline: Deadline, rule: ResponseRule): Localized {
  const date = dueDate(deadline);
  const day = (locale: Locale) => (date ? formatDate(date, locale) : "");
  switch (deadline.kind) {
    case "same-day":
      return date ? both((l) => formatMessage(DEADLINE_TEXTS.sameDay[l], { date: day(l) })) : DEADLINE_TEXTS.unknown;
    case "next-working-day":
      return date ? both((l) => formatMessage(DEADLINE_TEXTS.nextWorkingDay[l], { date: day(l) })) : DEADLINE_TEXTS.unknown;
    case "working-days":
      return date ? both((l) => formatMessage(DEADLINE_TEXTS.workingDays[l], { date: day(l), days: String(rule.kind === "working-days" ? rule.days : "") })) : DEADLINE_TEXTS.unknown;
    case "hours": {
      if (!date || deadline.due === null) return DEADLINE_TEXTS.unknown;
      const due = deadline.due;
      const hours = String(rule.kind === "hours" ? rule.hours : "");
      return both((l) => formatMessage(DEADLINE_TEXTS.hours[l], { date: day(l), time: clock(due, l), hours }));
    }
    case "as-soon-as-possible":
      return DEADLINE_TEXTS.asSoonAsPossible;
    case "none":
      return DEADLINE_TEXTS.none;
  }
}

/** The due day (and time, for "hours") as a receipt or the bar writes it: "onsdag 24 juni", "onsdag 24 juni kl. 16.40". */
export function dueWords(deadline: Deadline, locale: Locale, weekday: "short" | "long" = "long"): string | undefined {
  const date = dueDate(deadline);
  if (!date || deadline.due === null) return undefined;
  const day = formatDate(date, locale, { weekday });
  return deadline.kind === "hours" ? `${day} ${FIELD_VALUES.at[locale]} ${clock(deadline.due, locale)}` : day;
}

/** "2026-06-23 14:05", Stockholm time: the form a diary system's date field takes. */
function diaryStamp(iso: string): string {
  const d = stockholmDate(iso);
  const t = stockholmClockTime(iso);
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)} ${pad2(t.hour)}:${pad2(t.minute)}`;
}

/** "tisdag 23 juni 2026 kl. 14.05". */
function receivedWords(receivedAt: string | undefined, locale: Locale): string {
  if (!receivedAt) return FIELD_VALUES.unknownDate[locale];
  return `${formatDate(stockholmDate(receivedAt), locale, { weekday: "long", year: true })} ${FIELD_VALUES.at[locale]} ${clock(receivedAt, locale)}`;
}

function address(a: { readonly address: string; readonly name?: string }, detectors: Detectors): string {
  const name = a.name && a.name !== a.address ? redactIdentityNumbersIn(a.name, detectors) : undefined;
  return name ? `${name} <${a.address}>` : a.address;
}

export interface FieldInput {
  readonly message: MailMessage;
  readonly classification: Classification;
  readonly caseNumbers: readonly DiaryCaseNumber[];
  readonly deadlineText: Localized;
  readonly detectors: Detectors;
}

/** The registration fields (OSL 5 kap. 2 §'s minimum and what a registrar adds), identity numbers blanked. */
export function registrationFields(input: FieldInput): DiaryField[] {
  const { message, classification: c, caseNumbers, detectors } = input;
  const to = message.recipients.filter((r) => r.field === "to").map((r) => address(r, detectors));
  const cc = message.recipients.filter((r) => r.field === "cc").map((r) => address(r, detectors));
  const title = redactIdentityNumbersIn(cleanSubject(message.subject), detectors);
  const attachments = message.attachments.filter((a) => !a.isInline).map((a) => redactIdentityNumbersIn(a.name, detectors));
  const secrecyReasons = (locale: Locale) => [
    ...(c.secrecy.identityNumbers > 0 ? [FIELD_VALUES.identityNumbers[locale]] : []),
    ...c.secrecy.kinds.map((k) => LEXICON_CATEGORY_LABELS[k][locale]),
  ];
  const field = (id: DiaryField["id"], value: Localized, copy?: string): DiaryField => ({ id, label: FIELD_LABELS[id], value, ...(copy !== undefined ? { copy } : {}) });
  const distinctNumbers = [...new Set(caseNumbers.map((n) => n.text))];
  return [
    field("received", both((l) => receivedWords(message.receivedAt, l)), message.receivedAt ? diaryStamp(message.receivedAt) : undefined),
    field("sender", both((l) => (message.from ? address(message.from, detectors) : FIELD_VALUES.unknownDate[l]))),
    field("recipients", both((l) => [to.join(", "), ...(cc.length > 0 ? [`${FIELD_VALUES.cc[l]}: ${cc.join(", ")}`] : [])].filter((s) => s !== "").join("; ") || FIELD_VALUES.none[l])),
    field("title", both((l) => title || FIELD_VALUES.noSubject[l])),
    field("documentType", handlingWords(c.documentType, c.reasons.map((r) => r.code))),
    field(
      "caseNumbers",
      both((l) =>
        caseNumbers.length > 0
          ? // Each number once, with where it stands: "MBN 2026/87 (i ämnesraden och i texten)".
            distinctNumbers
              .map((text) => {
                const where = (["subject", "body"] as const).filter((f) => caseNumbers.some((n) => n.text === text && n.field === f));
                return `${text} (${where.map((f) => (f === "subject" ? FIELD_VALUES.inSubject : FIELD_VALUES.inBody)[l]).join(FIELD_VALUES.and[l])})`;
              })
              .join(", ")
          : FIELD_VALUES.none[l],
      ),
      distinctNumbers.length > 0 ? distinctNumbers.join(", ") : undefined,
    ),
    field("secrecy", both((l) => (secrecyReasons(l).length > 0 ? formatMessage(FIELD_VALUES.secrecyPossible[l], { reasons: secrecyReasons(l).join(", ") }) : FIELD_VALUES.secrecyNone[l]))),
    field("attachments", both((l) => (attachments.length > 0 ? attachments.join(", ") : FIELD_VALUES.none[l]))),
    field("deadline", input.deadlineText),
  ];
}

/** The fields as "Label: value" lines, in a locale. */
export function fieldLines(fields: readonly DiaryField[], locale: Locale): string[] {
  return fields.map((f) => `${f.label[locale]}: ${f.value[locale]}`);
}

export interface CoverNote {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * The note that goes with the item to the registrar (Swedish: the diary's
 * language). It names the fields; the item itself travels as an attachment.
 */
export function coverNote(message: MailMessage, classification: Classification, fields: readonly DiaryField[], reasons: readonly Localized[], detectors: Detectors): CoverNote {
  const subject = formatMessage(COVER_NOTE.subject, { subject: redactIdentityNumbersIn(message.subject.trim(), detectors) || FIELD_VALUES.noSubject.sv });
  const assessment = `${FIELD_LABELS.assessment.sv}: ${VERDICT_TITLES[classification.verdict].sv}${reasons.length > 0 ? ` (${reasons.map((r) => r.sv).join("; ")})` : ""}`;
  const lines = [...fieldLines(fields, "sv"), assessment];
  const head = [COVER_NOTE.greeting, "", COVER_NOTE.intro, ...(classification.urgent ? ["", COVER_NOTE.urgent] : [])];
  const text = [...head, "", ...lines, "", COVER_NOTE.attached].join("\n");
  const rows = [...fields.map((f) => [f.label.sv, f.value.sv] as const), [FIELD_LABELS.assessment.sv, assessment.slice(FIELD_LABELS.assessment.sv.length + 2)] as const];
  const html = [
    `<p>${escapeHtml(COVER_NOTE.greeting)}</p>`,
    `<p>${escapeHtml(COVER_NOTE.intro)}</p>`,
    ...(classification.urgent ? [`<p><strong>${escapeHtml(COVER_NOTE.urgent)}</strong></p>`] : []),
    `<table>${rows.map(([k, v]) => `<tr><th align="left" valign="top">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>`,
    `<p>${escapeHtml(COVER_NOTE.attached)}</p>`,
  ].join("");
  return { subject, text, html };
}

/**
 * The kommun's receipt, in the sender's language, with the expected answer
 * date where the kommun's rule gives one. It asks nothing of the sender.
 */
export function receiptText(diary: DiaryProfile, classification: Classification, deadline: Deadline): string {
  const locale: Locale = classification.english ? "en" : "sv";
  const template = diary.receipt[locale];
  const date = dueWords(deadline, locale);
  const sentence = classification.urgent
    ? URGENT_RECEIPT_LINE[locale]
    : date && diary.receipt.answerBy
      ? formatMessage(diary.receipt.answerBy[locale], { date })
      : "";
  const filled = template.replace(/[ \t]*\{\{\s*answerBy\s*\}\}/g, (_whole, offset: number, all: string) => {
    if (sentence === "") return "";
    return offset === 0 || all[offset - 1] === "\n" ? sentence : ` ${sentence}`;
  });
  return filled
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, "").replace(/ {2,}/g, " "))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
