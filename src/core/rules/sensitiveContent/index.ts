/**
 * Confidential markings and sensitive content (the lexicon in
 * src/core/lexicon): to an external recipient an error for a strong sign
 * ("sekretessbelagd", "LVU", "sjukskriven") and a warning for a moderate one
 * ("LSS", "polisanmälan"); inside the kommun a note. Only when writing:
 * reading a message that mentions a diagnosis needs no warning.
 *
 * One finding per lexicon entry and place (body, quoted history, subject,
 * attachment names), pointing at the first occurrence, so a case report that
 * says "LVU" twenty times gives one finding, not twenty.
 */
import { LEXICON_CATEGORY_LABELS, type LexiconCategory } from "../../lexicon";
import type { LexiconMatch } from "../../detectors/types";
import type { FindingField, Severity } from "../../model";
import { findQuotedHistory, isInside } from "../../text/quoted";
import { defineRule } from "../types";

const IN_QUOTED = { sv: " (i tidigare meddelande nedan)", en: " (in the earlier message below)" };
const WHERE: Readonly<Record<string, { sv: string; en: string }>> = {
  body: { sv: "", en: "" },
  subject: { sv: " (i ämnesraden)", en: " (in the subject)" },
  attachments: { sv: " (i ett bilagenamn)", en: " (in an attachment name)" },
};

export const sensitiveContentRule = defineRule({
  meta: {
    id: "sensitiveContent",
    description: {
      sv: "Varnar för sekretessmarkeringar och känsliga personuppgifter (hälsa, socialtjänst, brott m.m.), särskilt till mottagare utanför kommunen.",
      en: "Warns about secrecy markings and sensitive personal data (health, social services, offences, ...), above all to recipients outside the kommun.",
    },
    guideline: "confidential",
    enabledByDefault: true,
    defaultLevel: "error",
    defaultOptions: {},
    send: {
      category: "personalData",
      summary: {
        sv: { one: "ett ord som tyder på känsliga uppgifter", other: "{{count}} ord som tyder på känsliga uppgifter" },
        en: { one: "one word suggesting sensitive data", other: "{{count}} words suggesting sensitive data" },
      },
      todo: {
        sv: { one: "ta bort de känsliga uppgifterna eller använd en säker kanal", other: "ta bort de känsliga uppgifterna eller använd en säker kanal" },
        en: { one: "remove the sensitive data or use a secure channel", other: "remove the sensitive data or use a secure channel" },
      },
    },
    messages: {
      externalStrong: {
        sv: "”{{term}}”{{where}} tyder på {{category}}. Sådant får inte skickas med vanlig e-post utanför kommunen. Ta bort uppgiften eller använd en säker kanal.",
        en: "“{{term}}”{{where}} suggests {{category}}. That must not go outside the kommun by ordinary e-mail. Remove it or use a secure channel.",
      },
      externalModerate: {
        sv: "”{{term}}”{{where}} kan tyda på {{category}}. Kontrollera att meddelandet inte innehåller känsliga uppgifter innan det går utanför kommunen.",
        en: "“{{term}}”{{where}} may suggest {{category}}. Check the message holds no sensitive data before it leaves the kommun.",
      },
      internal: {
        sv: "”{{term}}”{{where}} tyder på {{category}}. Skicka bara det mottagaren behöver.",
        en: "“{{term}}”{{where}} suggests {{category}}. Send only what the recipient needs.",
      },
    },
  },
  check(context) {
    const { message, detectors } = context;
    if (message.mode !== "compose") return;
    const external = context.externalRecipients.length > 0;
    const seen = new Set<string>();

    const report = (match: LexiconMatch, field: FindingField, quoted: boolean, withRange: boolean): void => {
      const key = `${match.entryId}|${field}|${quoted}`;
      if (seen.has(key)) return;
      seen.add(key);
      const severity: Severity = !external ? "info" : match.strength === "strong" ? "error" : "warning";
      const category = LEXICON_CATEGORY_LABELS[match.kind as LexiconCategory] ?? { sv: "känsliga uppgifter", en: "sensitive data" };
      context.report({
        messageId: !external ? "internal" : match.strength === "strong" ? "externalStrong" : "externalModerate",
        data: { term: match.redacted, category, where: quoted ? IN_QUOTED : (WHERE[field] ?? WHERE.body!) },
        severity,
        field,
        ...(withRange ? { range: { start: match.start, end: match.end } } : {}),
        excerpt: match.redacted,
        ...(quoted ? { inQuotedHistory: true } : {}),
      });
    };

    const body = message.body.text;
    const quoted = findQuotedHistory(body);
    for (const match of detectors.sensitiveTerms.detect(body)) report(match, "body", isInside(quoted, match.start), true);
    for (const match of detectors.sensitiveTerms.detect(message.subject)) report(match, "subject", false, true);
    for (const attachment of message.attachments) {
      for (const match of detectors.sensitiveTerms.detect(attachment.name)) report(match, "attachments", false, false);
    }
  },
});
