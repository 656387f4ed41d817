/**
 * Confidential markings and sensitive content (the lexicon in
 * src/core/lexicon): to an external recipient an error where a strong sign
 * ("sekretessbelagd", "LVU", "sjukskriven") is among the words and a warning
 * where only moderate ones are ("LSS", "polisanmälan"); inside the kommun a
 * note. Only when writing: reading a message that mentions a diagnosis needs
 * no warning.
 *
 * One finding per category (health, social services, secrecy …) listing the
 * words found, wherever they stand (body, quoted history, subject,
 * attachment names), pointing at the first occurrence: a message about a
 * child that says "orosanmälan", "LVU" and "placerad i familjehem" gives one
 * card, not three. The finding says what to do next in the kommun's own
 * words: the profile's `secureChannel` ("skicka dem med sekretesskydd").
 */
import type { LexiconCategory } from "../../lexicon";
import type { LexiconMatch } from "../../detectors/types";
import type { Localized } from "../../i18n/locale";
import type { FindingField, TextRange } from "../../model";
import { findQuotedHistory, isInside } from "../../text/quoted";
import { secureChannelOf, uncounted } from "../send-data";
import { defineRule } from "../types";
import texts from "./texts.json";

/** The category as the finding's sentence names it: "Ord som tyder på uppgifter om hälsa". */
const CATEGORY: Readonly<Record<LexiconCategory, Localized>> = {
  secrecy: { sv: "sekretess", en: "secrecy" },
  protectedIdentity: { sv: "skyddade personuppgifter", en: "protected personal data" },
  health: { sv: "uppgifter om hälsa", en: "health data" },
  specialCategory: { sv: "känsliga personuppgifter", en: "special-category personal data" },
  socialServices: { sv: "ett socialtjänstärende", en: "a social-services matter" },
  offences: { sv: "uppgifter om brott", en: "data about offences" },
};
const SOMETHING_SENSITIVE: Localized = { sv: "känsliga uppgifter", en: "sensitive data" };

type Place = "body" | "quoted" | "subject" | "attachments";
const WHERE: Readonly<Record<Place, Localized>> = {
  body: { sv: "", en: "" },
  quoted: { sv: " i tidigare meddelande nedan", en: " in the earlier message below" },
  subject: { sv: " i ämnesraden", en: " in the subject" },
  attachments: { sv: " i bilagornas namn", en: " in the attachment names" },
};

/** At most this many words are listed; the rest are counted. */
const MAX_TERMS = 4;

interface Group {
  readonly category: string;
  strong: boolean;
  readonly terms: string[];
  readonly seen: Set<string>;
  readonly places: Set<Place>;
  readonly field: FindingField;
  readonly range: TextRange | undefined;
  readonly excerpt: string;
}

/** "”LVU”, ”orosanmälan” och ”familjehem”" / "“LVU”, “orosanmälan” and “familjehem”", at most MAX_TERMS of them. */
function termList(terms: readonly string[]): Localized {
  const list = (open: string, close: string, and: string, more: (n: number) => string): string => {
    const shown = terms.slice(0, MAX_TERMS).map((t) => `${open}${t}${close}`);
    const rest = terms.length - shown.length;
    if (rest > 0) return `${shown.join(", ")} ${more(rest)}`;
    return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} ${and} ${shown[shown.length - 1]}` : (shown[0] ?? "");
  };
  return {
    sv: list("”", "”", "och", (n) => `och ${n} till`),
    en: list("“", "”", "and", (n) => `and ${n} more`),
  };
}

export const sensitiveContentRule = defineRule({
  meta: {
    id: "sensitiveContent",
    description: texts.description,
    guideline: "confidential",
    enabledByDefault: true,
    defaultLevel: "error",
    defaultOptions: {},
    send: {
      category: "personalData",
      summary: {
        sv: { one: "ord som tyder på känsliga uppgifter", other: "ord som tyder på känsliga uppgifter av {{count}} slag" },
        en: { one: "words suggesting sensitive data", other: "words suggesting {{count}} kinds of sensitive data" },
      },
      todo: uncounted("ta bort de känsliga uppgifterna eller {{secureChannel}}", "remove the sensitive data or {{secureChannel}}"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, detectors } = context;
    if (message.mode !== "compose") return;
    const external = context.externalRecipients.length > 0;
    const groups = new Map<string, Group>();

    const add = (match: LexiconMatch, place: Place, field: FindingField, withRange: boolean): void => {
      let group = groups.get(match.kind);
      if (!group) {
        group = {
          category: match.kind,
          strong: false,
          terms: [],
          seen: new Set(),
          places: new Set(),
          field,
          range: withRange ? { start: match.start, end: match.end } : undefined,
          excerpt: match.redacted,
        };
        groups.set(match.kind, group);
      }
      if (match.strength === "strong") group.strong = true;
      group.places.add(place);
      const key = match.redacted.toLowerCase();
      if (!group.seen.has(key)) {
        group.seen.add(key);
        group.terms.push(match.redacted);
      }
    };

    // The writer's own text first, so a group points at its first occurrence there.
    const body = message.body.text;
    const quoted = findQuotedHistory(body);
    const matches = detectors.sensitiveTerms.detect(body);
    for (const match of matches) if (!isInside(quoted, match.start)) add(match, "body", "body", true);
    for (const match of detectors.sensitiveTerms.detect(message.subject)) add(match, "subject", "subject", true);
    for (const attachment of message.attachments) {
      for (const match of detectors.sensitiveTerms.detect(attachment.name)) add(match, "attachments", "attachments", false);
    }
    for (const match of matches) if (isInside(quoted, match.start)) add(match, "quoted", "body", true);

    const channel = secureChannelOf(context.profile);
    for (const group of groups.values()) {
      const only = group.places.size === 1 ? (group.places.values().next().value as Place) : "body";
      context.report({
        messageId: !external ? "internal" : group.strong ? "externalStrong" : "externalModerate",
        data: {
          category: CATEGORY[group.category as LexiconCategory] ?? SOMETHING_SENSITIVE,
          where: WHERE[only],
          terms: termList(group.terms),
          secureChannel: channel,
        },
        severity: !external ? "info" : group.strong ? "error" : "warning",
        field: group.field,
        ...(group.range ? { range: group.range } : {}),
        kind: group.category,
        excerpt: group.excerpt,
        ...(only === "quoted" ? { inQuotedHistory: true } : {}),
      });
    }
  },
});
