/**
 * What the diary advisor says, as data: the command line prints it
 * (`postvakt advise --json`), the task pane's Diarium view and the review's
 * card show it. The shape of `registration`, `caseNumbers` and `deadline` is
 * an external interface (issue 10): keep it.
 */
import type { Deadline } from "../../calendar/deadline";
import type { Localized } from "../../i18n/locale";
import type { GuidelineCitation } from "../../model";
import type { AdviceReason } from "../types";

export type DiaryVerdict = "register" | "ask-registrar" | "not-needed";

export const DIARY_DOCUMENT_TYPES = [
  "ansökan",
  "överklagande",
  "klagomål",
  "anmälan",
  "begäran om allmän handling",
  "remiss",
  "beslut",
  "faktura",
  "avtal",
  "synpunkt",
  "medborgarförslag",
] as const;

export type DiaryDocumentType = (typeof DIARY_DOCUMENT_TYPES)[number];

export interface DiaryRegistration {
  readonly verdict: DiaryVerdict;
  /** A request for allmän handling: besked normally the same day. */
  readonly urgent: boolean;
  readonly documentType: DiaryDocumentType | null;
  /** Two to four, most telling first; codes are stable. */
  readonly reasons: readonly AdviceReason[];
}

export interface DiaryCaseNumber {
  /** As written, without its label ("KS 2018/124", not "Dnr KS 2018/124"). */
  readonly text: string;
  readonly field: "subject" | "body";
}

/** One registration field as the registrar's view lays it out (and the cover note lists it). */
export interface DiaryField {
  readonly id: "received" | "sender" | "recipients" | "title" | "documentType" | "caseNumbers" | "secrecy" | "attachments" | "deadline";
  readonly label: Localized;
  readonly value: Localized;
  /** What the copy button puts on the clipboard where it differs from the value: a diary system's own form ("2026-12-07 09:55", each case number once). */
  readonly copy?: string;
}

/** `advice.data` of the diary advisor's main advice. A type alias, so it fits `Advice["data"]`. */
export type DiaryAdviceData = {
  readonly kind: "diary";
  readonly registration: DiaryRegistration;
  readonly caseNumbers: readonly DiaryCaseNumber[];
  readonly deadline: Deadline;
  /** The arrival the deadline is counted from (ISO 8601), where the message has one. */
  readonly receivedAt?: string;
  /** The deadline in words ("Svara senast ons 24 juni (nästa arbetsdag)"). */
  readonly deadlineText: Localized;
  /** The kommun's own words on answering, where the profile quotes them. */
  readonly deadlineGuideline?: GuidelineCitation;
  /** The informational bar on the item ("Bör diarieföras – svar senast ons 24 juni"); absent when no bar is wanted. */
  readonly barText?: Localized;
  /** The registration fields (registrar mode lays them out with copy buttons). */
  readonly fields: readonly DiaryField[];
  /** The reader works as a registrar (said so, or listed in the profile). */
  readonly isRegistrar: boolean;
  /** The profile's addresses are examples the kommun has not replaced yet. */
  readonly placeholderAddresses: boolean;
};

/** The diary data of an advice, or undefined when it carries none. */
export function diaryDataOf(data: Readonly<Record<string, unknown>> | undefined): DiaryAdviceData | undefined {
  return data && data.kind === "diary" ? (data as DiaryAdviceData) : undefined;
}
