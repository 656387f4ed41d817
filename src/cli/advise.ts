/**
 * `postvakt advise FILE.eml... --profile ID [--mailbox ADDRESS] [--json]`:
 * the diary advisor on received mail (issue 10 fixes the shape).
 *
 * The received instant is the message's Date header; the receiving mailbox is
 * --mailbox or the first To address. With --json, one object per file per
 * line:
 *   {"file", "registration": {"verdict", "urgent", "documentType", "reasons": [{"code", "text"}]},
 *    "caseNumbers": [{"text", "field"}], "deadline": {"kind", "due"}}
 * Without it, a short Swedish summary per file. Reasons are in Swedish. A
 * file that cannot be read gives a sentence on stderr and exit status 2 (the
 * other files are still advised on).
 */
import { advise } from "../core/advisors/advise";
import { DIARY_ADVISOR_ID, diaryAdvisor, mainDiaryAdvice } from "../core/advisors/diary";
import { diaryDataOf, type DiaryAdviceData } from "../core/advisors/diary/types";
import { URGENT, VERDICT_TITLES, handlingWords } from "../core/advisors/diary/texts";
import type { MailMessage } from "../core/model";
import type { Profile } from "../core/profiles/schema";

export interface AdviseMailOptions {
  /** The instant of the advice (only a fallback for the year when a message has no date). */
  readonly now: number;
  /** The receiving mailbox; defaults to the first To address. */
  readonly mailbox?: string;
}

/** The diary advisor's data for one message, as the command line and the benchmark read it. Throws if the advisor gives none. */
export function adviseMail(message: MailMessage, profile: Profile, options: AdviseMailOptions): DiaryAdviceData {
  const mailbox = options.mailbox ?? message.recipients.find((r) => r.field === "to")?.address;
  const user = mailbox ? { mailbox, email: mailbox } : {};
  const report = advise(message, profile, { now: options.now, user }, { advisors: [diaryAdvisor] });
  if (report.failed.includes(DIARY_ADVISOR_ID)) throw new Error("the diary advisor failed on this message");
  const data = diaryDataOf(mainDiaryAdvice(report.advice)?.data);
  if (!data) throw new Error("the profile gives no diary advice");
  return data;
}

/** The JSON line of issue 10, keys in the fixed order. */
export function adviceJson(file: string, data: DiaryAdviceData): string {
  const r = data.registration;
  return JSON.stringify({
    file,
    registration: {
      verdict: r.verdict,
      urgent: r.urgent,
      documentType: r.documentType,
      reasons: r.reasons.map((x) => ({ code: x.code, text: x.text.sv })),
    },
    caseNumbers: data.caseNumbers.map((c) => ({ text: c.text, field: c.field })),
    deadline: { kind: data.deadline.kind, due: data.deadline.due },
  });
}

/** The readable Swedish summary of one file. */
export function adviceSummary(file: string, data: DiaryAdviceData): string[] {
  const r = data.registration;
  const lines = [`${file}: ${VERDICT_TITLES[r.verdict].sv}`];
  if (r.urgent) lines.push(`  BRÅDSKANDE: ${URGENT.title.sv}`);
  lines.push(`  Handling: ${r.documentType ?? handlingWords(null, r.reasons.map((x) => x.code)).sv}`);
  lines.push(`  Skäl: ${r.reasons.map((x) => x.text.sv).join("; ")}`);
  lines.push(`  Diarienummer: ${data.caseNumbers.length > 0 ? data.caseNumbers.map((c) => `${c.text} (${c.field === "subject" ? "ämnesraden" : "texten"})`).join(", ") : "inga"}`);
  lines.push(`  Svar: ${data.deadlineText.sv}`);
  return lines;
}
