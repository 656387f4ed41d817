/**
 * Personnummer and samordningsnummer in a message: an error when the message
 * goes outside the kommun, a warning when it stays inside, a note when read.
 */
import type { Localized } from "../../i18n/locale";
import { maskIdentityNumber } from "../../text/redact";
import type { Rule } from "../types";

const KIND_LABEL: Readonly<Record<string, Localized>> = {
  personnummer: { sv: "Personnummer", en: "Personal identity number" },
  samordningsnummer: { sv: "Samordningsnummer", en: "Co-ordination number" },
};

export const personnummerRule: Rule = {
  meta: {
    id: "personnummer",
    description: {
      sv: "Varnar för personnummer och samordningsnummer, särskilt till mottagare utanför kommunen.",
      en: "Warns about personal identity and co-ordination numbers, above all to recipients outside the kommun.",
    },
    guideline: "personalData",
    enabledByDefault: true,
    messages: {
      external: {
        sv: "{{kind}} ({{excerpt}}) skickas till mottagare utanför kommunen. Ta bort eller maskera numret.",
        en: "{{kind}} ({{excerpt}}) is going to recipients outside the kommun. Remove or mask the number.",
      },
      internal: {
        sv: "{{kind}} ({{excerpt}}) i meddelandet. Skicka det bara om mottagaren verkligen behöver det.",
        en: "{{kind}} ({{excerpt}}) in the message. Send it only if the recipient really needs it.",
      },
      received: {
        sv: "{{kind}} ({{excerpt}}) i meddelandet. Vidarebefordra det inte i onödan.",
        en: "{{kind}} ({{excerpt}}) in the message. Do not forward it unless needed.",
      },
    },
  },
  check(context) {
    const { message, externalRecipients, detectors } = context;
    const text = message.body.text;
    const matches = detectors.identityNumbers.detect(text);
    const compose = message.mode === "compose";
    const external = externalRecipients.length > 0;
    for (const match of matches) {
      const raw = text.slice(match.start, match.end);
      context.report({
        messageId: !compose ? "received" : external ? "external" : "internal",
        data: { kind: KIND_LABEL[match.kind] ?? KIND_LABEL.personnummer!, excerpt: match.redacted },
        severity: !compose ? "info" : external ? "error" : "warning",
        field: "body",
        range: { start: match.start, end: match.end },
        excerpt: match.redacted,
        ...(compose
          ? { fix: { kind: "mask", edits: [{ range: { start: match.start, end: match.end }, text: maskIdentityNumber(raw) }] } }
          : {}),
      });
    }
  },
};
