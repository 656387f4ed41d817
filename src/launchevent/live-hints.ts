/**
 * The live hints shown on the message while it is written: one bar for
 * recipients outside the kommun, one for identity numbers already in the
 * body. Pure: which hints, with what text. src/office/notifications.ts
 * puts them on the item under fixed keys, so they replace each other rather
 * than pile up (Outlook allows five per item; we use two).
 */
import { RULES, createOrganisation, redactIdentityNumbersStrictly, localize, localizeCount, type LintReport, type Locale, type MailMessage, type Profile } from "../core";
import { SEND_COUNTED_TEXTS, SEND_TEXTS } from "./texts";

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
  const prefix = localize(SEND_TEXTS.hintExternalPrefix, locale);
  const more = (n: number) => localizeCount(SEND_COUNTED_TEXTS.hintMore, locale, n, undefined, true);
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
  if (shown === 0) return `${prefix}${localizeCount(SEND_COUNTED_TEXTS.hintAddresses, locale, addresses.length, undefined, true)}`;
  return shown < addresses.length ? `${text}${more(addresses.length - shown)}` : text;
}

/**
 * The identity bar: "Meddelandet innehåller ett personnummer. …" — the count,
 * never the number. Its words are the rule's own (`meta.send.hint`); only
 * sure findings count (a low-confidence match is the task pane's to explain,
 * not a bar's).
 */
export function identityNumberHint(report: LintReport, locale: Locale): string | null {
  const parts: string[] = [];
  for (const rule of RULES) {
    const hint = rule.meta.send.hint;
    if (!hint) continue;
    let count = 0;
    for (const f of report.findings) if (f.ruleId === rule.meta.id && f.confidence !== "low") count++;
    count += report.omitted?.[rule.meta.id] ?? 0;
    if (count > 0) parts.push(localizeCount(hint, locale, count));
  }
  return parts.length > 0 ? parts.join(" ") : null;
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
    // An address can be made of a personnummer ("19810102-2385@gmail.com"): the bar never shows one.
    external.push(redactIdentityNumbersStrictly(r.address));
  }
  return {
    [HINT_KEYS.external]: externalRecipientsHint(external, locale),
    [HINT_KEYS.identity]: identityNumberHint(report, locale),
  } as LiveHints;
}
