/**
 * Several selected messages at once (a registrar's batch, Outlook's item
 * multi-select): one new message to the diary (or the registrar) with every
 * message attached as an item and a cover note that lists each one's
 * registration fields, as the single-message note does.
 *
 * Where Outlook could read a message (Mailbox 1.15 `loadItemByIdAsync`) its
 * diary advice is known; where it gave only the subject (1.13, 1.14), the
 * note says so and the registrar reads the attached message. No identity
 * number reaches the note: the fields are redacted already, and a bare
 * subject is redacted here.
 */
import type { Action, NewMessageAction } from "../../actions/types";
import { DEFAULT_DETECTORS } from "../../detectors";
import type { Detectors } from "../../detectors/types";
import { formatLocalized, formatMessage } from "../../i18n/locale";
import type { DiaryProfile } from "../../profiles/diary-schema";
import { escapeHtml } from "../../signature/render";
import { redactIdentityNumbersIn } from "./classify";
import { fieldLines, type CoverNote } from "./present";
import { BATCH_ACTION_TITLES, BATCH_COVER_NOTE, COVER_NOTE, FIELD_LABELS, FIELD_VALUES, VERDICT_TITLES } from "./texts";
import type { DiaryAdviceData } from "./types";

/** One selected message: its id and subject always, its advice where Outlook let us read it. */
export interface BatchItem {
  readonly itemId: string;
  readonly subject: string;
  readonly data?: DiaryAdviceData;
}

/** The positions (from 1) of the urgent requests among the selected messages, as the note and the view number them. */
export function urgentPositions(items: readonly Pick<BatchItem, "data">[]): number[] {
  return items.flatMap((item, i) => (item.data?.registration.urgent ? [i + 1] : []));
}

/** "2", "2 och 5", "2, 4 och 5": the positions in words, with the locale's "och". */
export function positionsInWords(positions: readonly number[], and: string): string {
  return positions.length > 1 ? `${positions.slice(0, -1).join(", ")} ${and} ${positions.at(-1)}` : String(positions[0] ?? "");
}

/** The longest an attachment's name may be in a new message form. */
const MAX_ATTACHMENT_NAME = 255;

/** The lines that describe one message in the note (Swedish). */
function itemLines(item: BatchItem, detectors: Detectors): string[] {
  if (!item.data) {
    const subject = redactIdentityNumbersIn(item.subject.trim(), detectors) || FIELD_VALUES.noSubject.sv;
    return [formatMessage(BATCH_COVER_NOTE.subjectLine, { subject }), BATCH_COVER_NOTE.subjectOnly];
  }
  const r = item.data.registration;
  const reasons = r.reasons.map((x) => x.text.sv).join("; ");
  return [...fieldLines(item.data.fields, "sv"), `${FIELD_LABELS.assessment.sv}: ${VERDICT_TITLES[r.verdict].sv}${reasons ? ` (${reasons})` : ""}`];
}

/** The cover note for the batch: an intro, the urgent ones named, then each message's fields in order. */
export function batchCoverNote(items: readonly BatchItem[], detectors: Detectors = DEFAULT_DETECTORS): CoverNote {
  const count = items.length;
  const urgent = urgentPositions(items);
  // "Meddelande 2 är en begäran …", "Meddelande 2, 4 och 5 är begäranden …".
  const numbers = positionsInWords(urgent, BATCH_COVER_NOTE.and);
  const urgentLine = urgent.length === 0 ? undefined : formatMessage(urgent.length === 1 ? BATCH_COVER_NOTE.urgentOne : BATCH_COVER_NOTE.urgentSeveral, { n: numbers, list: numbers });
  const sections = items.map((item, i) => ({ heading: formatMessage(BATCH_COVER_NOTE.item, { n: i + 1 }), lines: itemLines(item, detectors) }));
  const intro = formatMessage(BATCH_COVER_NOTE.intro, { count });
  const text = [
    COVER_NOTE.greeting,
    "",
    intro,
    ...(urgentLine ? ["", urgentLine] : []),
    ...sections.flatMap((s) => ["", s.heading, ...s.lines]),
  ].join("\n");
  const row = (line: string) => {
    const colon = line.indexOf(": ");
    return colon > 0
      ? `<tr><th align="left" valign="top">${escapeHtml(line.slice(0, colon))}</th><td>${escapeHtml(line.slice(colon + 2))}</td></tr>`
      : `<tr><td colspan="2">${escapeHtml(line)}</td></tr>`;
  };
  const html = [
    `<p>${escapeHtml(COVER_NOTE.greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...(urgentLine ? [`<p><strong>${escapeHtml(urgentLine)}</strong></p>`] : []),
    ...sections.map((s) => `<h3>${escapeHtml(s.heading)}</h3><table>${s.lines.map(row).join("")}</table>`),
  ].join("");
  return { subject: formatMessage(BATCH_COVER_NOTE.subject, { count }), text, html };
}

/** Each message as an attachment of the new message, named by its (redacted) subject. */
function attachments(items: readonly BatchItem[], detectors: Detectors): NewMessageAction["attachItems"] {
  return items.map((item, i) => {
    const name = redactIdentityNumbersIn(item.subject.trim(), detectors) || `${FIELD_VALUES.noSubject.sv} ${i + 1}`;
    return { itemId: item.itemId, name: name.slice(0, MAX_ATTACHMENT_NAME) };
  });
}

/**
 * What a batch offers: a registrar sends it to the diary's intake address
 * (where the profile has one), anyone else to a registrar (one action per
 * registrar of the profile); the cover note to copy where the form cannot
 * be opened. Fewer than two messages are no batch: none.
 */
export function batchActions(diary: DiaryProfile, items: readonly BatchItem[], options: { readonly isRegistrar: boolean; readonly detectors?: Detectors }): Action[] {
  if (items.length < 2) return [];
  const detectors = options.detectors ?? DEFAULT_DETECTORS;
  const note = batchCoverNote(items, detectors);
  const count = items.length;
  const base = { subject: note.subject, body: { text: note.text, html: note.html }, attachItems: attachments(items, detectors) } as const;
  const actions: Action[] = [];
  if (options.isRegistrar) {
    if (diary.intakeAddress) actions.push({ type: "newMessage", id: "sendSelectedToDiary", title: formatLocalized(BATCH_ACTION_TITLES.sendToDiary, { count }), to: [diary.intakeAddress], ...base });
  } else {
    const several = diary.registrars.length > 1;
    for (const registrar of diary.registrars) {
      actions.push({
        type: "newMessage",
        id: `sendSelectedToRegistrar:${registrar.address}`,
        title: formatLocalized(BATCH_ACTION_TITLES.sendToRegistrar, { count }),
        ...(several ? { label: formatLocalized(BATCH_ACTION_TITLES.sendToRegistrarLabel, { count, label: registrar.label }) } : {}),
        to: [registrar.address],
        ...base,
      });
    }
  }
  actions.push({ type: "copyText", id: "copySelectedCoverNote", title: BATCH_ACTION_TITLES.copyCoverNote, text: note.text });
  return actions;
}
