/**
 * The live hints shown on the message while it is written: one bar for
 * recipients outside the kommun, one for identity numbers already in the
 * body. Pure: which hints, with what text. src/office/notifications.ts
 * puts them on the item under fixed keys, so they replace each other rather
 * than pile up (Outlook allows five per item; we use two).
 */
import { createOrganisation, type LintReport, type Locale, type MailMessage, type Profile } from "../core";
import { countWord } from "./wording";

export const HINT_KEYS = {
  external: "postvakt-external",
  identity: "postvakt-identity",
} as const;

export type HintKey = (typeof HINT_KEYS)[keyof typeof HINT_KEYS];

/** Outlook's limit for a notification message's text. */
export const MAX_HINT_CHARS = 150;

/** A hint's text, or null where the bar should be removed. */
export type LiveHints = Readonly<Record<HintKey, string | null>>;

/** "Mottagare utanför kommunen: a@x.se, b@y.se och 3 till" within 150 characters. */
export function externalRecipientsHint(addresses: readonly string[], locale: Locale): string | null {
  if (addresses.length === 0) return null;
  const prefix = locale === "sv" ? "Mottagare utanför kommunen: " : "Recipients outside the kommun: ";
  const more = (n: number) => (locale === "sv" ? ` och ${countWord(n, locale, true)} till` : ` and ${countWord(n, locale)} more`);
  let shown = 0;
  let text = prefix;
  for (const address of addresses) {
    const candidate = `${text}${shown > 0 ? ", " : ""}${address}`;
    const rest = addresses.length - shown - 1;
    if (candidate.length + (rest > 0 ? more(rest).length : 0) > MAX_HINT_CHARS) break;
    text = candidate;
    shown++;
  }
  // An address too long to show: say how many instead.
  if (shown === 0) {
    const n = addresses.length;
    const noun = locale === "sv" ? (n === 1 ? "adress" : "adresser") : n === 1 ? "address" : "addresses";
    return `${prefix}${countWord(n, locale, true)} ${noun}`;
  }
  return shown < addresses.length ? `${text}${more(addresses.length - shown)}` : text;
}

/** "Meddelandet innehåller ett personnummer. …" — the count, never the number. */
export function identityNumberHint(count: number, locale: Locale): string | null {
  if (count === 0) return null;
  const many = count > 1;
  return locale === "sv"
    ? `Meddelandet innehåller ${countWord(count, locale)} personnummer. Ta bort eller maskera ${many ? "dem" : "det"} innan du skickar.`
    : `The message contains ${countWord(count, locale)} personal identity number${many ? "s" : ""}. Remove or mask ${many ? "them" : "it"} before sending.`;
}

/** Both hints for a message and its lint report. */
export function buildLiveHints(message: MailMessage, report: LintReport, profile: Profile, locale: Locale, userEmail?: string): LiveHints {
  const organisation = createOrganisation(profile, userEmail);
  const seen = new Set<string>();
  const external: string[] = [];
  for (const r of message.recipients) {
    const key = r.address.toLowerCase();
    if (organisation.isInternal(r.address) || seen.has(key)) continue;
    seen.add(key);
    external.push(r.address);
  }
  // Sure matches anywhere in the message (body, subject, attachment names); the rule's
  // low-confidence matches ("…Uncertain") are the task pane's to explain, not a bar's.
  const identityCount = report.findings.filter(
    (f) => f.ruleId === "personnummer" && f.messageId !== "ruleFailed" && !f.messageId.endsWith("Uncertain"),
  ).length;
  return {
    [HINT_KEYS.external]: externalRecipientsHint(external, locale),
    [HINT_KEYS.identity]: identityNumberHint(identityCount, locale),
  } as LiveHints;
}
