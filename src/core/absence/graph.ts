/**
 * What saving the absence asks of Microsoft Graph, as data (the actions'
 * GraphOperation): the automatic replies scheduled for the period, and the
 * calendar booking the phone system reads. Times are the form's wall-clock
 * times in the mailbox's own time zone (from GET /me/mailboxSettings), always
 * named: Graph would otherwise take them as UTC.
 */
import type { AbsenceEventSpec, AutomaticRepliesSpec, GraphOperation } from "../actions/types";
import type { Profile } from "../profiles/schema";
import { escapeHtml } from "../signature/render";
import { htmlToText } from "../text/html-to-text";
import { formatWallDateTime, type AbsencePeriod } from "./period";
import { kindOf } from "./template";
import type { AbsencePlan, AbsenceTexts } from "./types";

/** Plain text as the HTML Outlook stores a reply in: a paragraph per blank-line block, a line break per line. */
export function replyHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return `<html><body>${paragraphs.map((p) => `<p>${p.split("\n").map(escapeHtml).join("<br>")}</p>`).join("")}</body></html>`;
}

/** A stored reply (HTML) as the text the user reads: a blank line between paragraphs, as it was written. */
export function replyText(html: string): string {
  return html
    .split(/<\/(?:p|div|h[1-6]|li|table)\s*>/i)
    .map((block) => htmlToText(block).trim())
    .filter((block) => block !== "")
    .join("\n\n");
}

function range(period: AbsencePeriod, timeZone: string) {
  return {
    start: { dateTime: formatWallDateTime(period.start), timeZone },
    end: { dateTime: formatWallDateTime(period.end), timeZone },
  };
}

/** The automatic replies for the period, with the profile's external audience. */
export function automaticRepliesFor(period: AbsencePeriod, texts: AbsenceTexts, profile: Profile, timeZone: string): AutomaticRepliesSpec {
  const { start, end } = range(period, timeZone);
  return {
    status: "scheduled",
    externalAudience: profile.absence?.externalAudience ?? "all",
    internalReplyMessage: replyHtml(texts.internal),
    externalReplyMessage: replyHtml(texts.external),
    scheduledStartDateTime: start,
    scheduledEndDateTime: end,
  };
}

/** The booking's subject: the kommun's phone code first where the kind has one ("SEM: Semester"). */
export function absenceEventSubject(plan: Pick<AbsencePlan, "kindId">, profile: Profile): string {
  const absence = profile.absence;
  const kind = absence ? (kindOf(absence, plan.kindId) ?? absence.kinds[0]) : undefined;
  const label = kind?.label.sv ?? "Frånvaro";
  return kind?.phoneCode ? `${kind.phoneCode}: ${label}` : label;
}

/** The timed booking for the period (no attendees, shown as away, not private: the adapter's defaults). */
export function absenceEventFor(plan: AbsencePlan, profile: Profile, timeZone: string): AbsenceEventSpec {
  return { subject: absenceEventSubject(plan, profile), ...range(plan.period, timeZone) };
}

/** Whether the form books the calendar by default: where the kind has a phone code. */
export function bookByDefault(plan: Pick<AbsencePlan, "kindId">, profile: Profile): boolean {
  const absence = profile.absence;
  return !!(absence && kindOf(absence, plan.kindId)?.phoneCode);
}

/** The operations saving carries out, in order: the reply first, then (when chosen) the booking. */
export function absenceOperations(plan: AbsencePlan, texts: AbsenceTexts, profile: Profile, timeZone: string, book: boolean): GraphOperation[] {
  const operations: GraphOperation[] = [{ operation: "setAutomaticReplies", setting: automaticRepliesFor(plan.period, texts, profile, timeZone) }];
  if (book) operations.push({ operation: "createAbsenceEvent", event: absenceEventFor(plan, profile, timeZone) });
  return operations;
}
