/**
 * Personnummer and samordningsnummer in a message: an error when it goes
 * outside the kommun, a warning when it stays inside, a note when read.
 * A low-confidence match (a number after "Personnummer:" whose check digit
 * fails, or a bare number that may as well be a phone number) is one step
 * milder. The body, the subject and attachment names are checked; numbers in
 * the quoted history count too, and their findings say so. In compose, each
 * body finding carries a mask fix ("850101-XXXX").
 */
import type { DetectorMatch } from "../../detectors/types";
import type { Localized } from "../../i18n/locale";
import type { Severity } from "../../model";
import { findQuotedHistory, isInside } from "../../text/quoted";
import { maskIdentityNumber, redactIdentityNumber } from "../../text/redact";
import { defineRule, type RuleContext } from "../types";
import type { PersonnummerOptions } from "./options";
import texts from "./texts.json";

const KIND_LABEL: Readonly<Record<string, Localized>> = {
  personnummer: { sv: "Personnummer", en: "Personal identity number" },
  samordningsnummer: { sv: "Samordningsnummer", en: "Co-ordination number" },
  interimsnummer: { sv: "Interimsnummer", en: "Temporary identity number" },
};

const IN_QUOTED: Localized = { sv: " i tidigare meddelande nedan", en: " in the earlier message below" };
const NOWHERE: Localized = { sv: "", en: "" };
const IN_FIELD: Readonly<Record<string, Localized>> = {
  body: NOWHERE,
  subject: { sv: " i ämnesraden", en: " in the subject" },
  attachments: { sv: " i ett bilagenamn", en: " in an attachment name" },
};

type Audience = "external" | "internal" | "received";

function audienceOf(context: RuleContext<string, PersonnummerOptions>): Audience {
  if (context.message.mode !== "compose") return "received";
  return context.externalRecipients.length > 0 ? "external" : "internal";
}

function severityOf(audience: Audience, match: DetectorMatch): Severity {
  if (audience === "received") return "info";
  const sure = match.confidence !== "low";
  if (audience === "external") return sure ? "error" : "warning";
  return sure ? "warning" : "info";
}

type MessageId = "external" | "externalUncertain" | "internal" | "internalUncertain" | "received";

function messageIdOf(audience: Audience, match: DetectorMatch): MessageId {
  if (audience === "received") return "received";
  if (match.confidence !== "low") return audience;
  return audience === "external" ? "externalUncertain" : "internalUncertain";
}

const MASK_TITLE: Localized = { sv: "Maskera", en: "Mask" };
const MASK_LABEL: Localized = { sv: "Maskera numret {{excerpt}} i meddelandet", en: "Mask the number {{excerpt}} in the message" };

export const personnummerRule = defineRule({
  meta: {
    id: "personnummer",
    description: texts.description,
    guideline: "personalData",
    enabledByDefault: true,
    defaultLevel: "error",
    defaultOptions: { mask: "serial" } as PersonnummerOptions,
    send: {
      category: "personalData",
      summary: {
        sv: { one: "ett personnummer", other: "{{count}} personnummer" },
        en: { one: "one personal identity number", other: "{{count}} personal identity numbers" },
      },
      summaryByKind: {
        samordningsnummer: {
          sv: { one: "ett samordningsnummer", other: "{{count}} samordningsnummer" },
          en: { one: "one co-ordination number", other: "{{count}} co-ordination numbers" },
        },
      },
      todo: {
        sv: { one: "ta bort numret eller maskera det (t.ex. ÅÅMMDD-XXXX)", other: "ta bort numren eller maskera dem (t.ex. ÅÅMMDD-XXXX)" },
        en: { one: "remove the number or mask it (e.g. YYMMDD-XXXX)", other: "remove the numbers or mask them (e.g. YYMMDD-XXXX)" },
      },
      hint: {
        sv: {
          one: "Meddelandet innehåller ett personnummer. Ta bort eller maskera det innan du skickar.",
          other: "Meddelandet innehåller {{count}} personnummer. Ta bort eller maskera dem innan du skickar.",
        },
        en: {
          one: "The message contains one personal identity number. Remove or mask it before sending.",
          other: "The message contains {{count}} personal identity numbers. Remove or mask them before sending.",
        },
      },
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, detectors, options } = context;
    const audience = audienceOf(context);
    const compose = message.mode === "compose";

    const report = (match: DetectorMatch, field: "body" | "subject" | "attachments", text: string, quoted: boolean): void => {
      const kind = KIND_LABEL[match.kind] ?? (KIND_LABEL.personnummer as Localized);
      const raw = text.slice(match.start, match.end);
      const range = { start: match.start, end: match.end };
      context.report({
        messageId: messageIdOf(audience, match),
        data: {
          kind,
          kindLower: { sv: kind.sv.toLowerCase(), en: kind.en.toLowerCase() },
          excerpt: match.redacted,
          where: quoted ? IN_QUOTED : (IN_FIELD[field] ?? NOWHERE),
        },
        severity: severityOf(audience, match),
        field,
        kind: match.kind,
        confidence: match.confidence,
        ...(field !== "attachments" ? { range } : {}),
        excerpt: match.redacted,
        ...(quoted ? { inQuotedHistory: true } : {}),
        ...(compose && field === "body"
          ? {
              actions: [
                {
                  type: "editBody",
                  id: "mask",
                  purpose: "mask",
                  title: MASK_TITLE,
                  label: { sv: MASK_LABEL.sv.replace("{{excerpt}}", match.redacted), en: MASK_LABEL.en.replace("{{excerpt}}", match.redacted) },
                  edits: [{ range, text: maskIdentityNumber(raw, options.mask) }],
                },
              ],
            }
          : {}),
      });
    };

    const body = message.body.text;
    const quoted = findQuotedHistory(body);
    for (const match of detectors.identityNumbers.detect(body)) report(match, "body", body, isInside(quoted, match.start));
    for (const match of detectors.identityNumbers.detect(message.subject)) report(match, "subject", message.subject, false);
    for (const attachment of message.attachments) {
      for (const match of detectors.identityNumbers.detect(attachment.name)) {
        report({ ...match, redacted: redactIdentityNumber(attachment.name.slice(match.start, match.end)) }, "attachments", attachment.name, false);
      }
    }
  },
});
