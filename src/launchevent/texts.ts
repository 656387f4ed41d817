/**
 * Every text the send-time handlers write, in both languages, in one
 * catalogue (the core's Localized shape). What a rule found and what to do
 * about it come from the rule's own meta (`meta.send`); these are the
 * sentences around them.
 */
import type { Localized, LocalizedCount } from "../core";
import type { OptionalPart } from "../office/read-item";

export const SEND_TEXTS = {
  openPostvakt: { sv: "Öppna Postvakt", en: "Open Postvakt" },
  headlineBlock: { sv: "Postvakt stoppade meddelandet: det innehåller {{found}}{{recipients}}.", en: "Postvakt stopped this message: it contains {{found}}{{recipients}}." },
  headlinePrompt: { sv: "Postvakt varnar: meddelandet innehåller {{found}}{{recipients}}.", en: "Postvakt warns: this message contains {{found}}{{recipients}}." },
  recipients: { sv: " och ska till {{external}}", en: " and is addressed to {{external}}" },
  todoBlock: { sv: "Gör så här: {{todo}}. Skicka sedan igen.", en: "What to do: {{todo}}. Then send again." },
  todoPromptPersonalData: {
    sv: "Skicka bara om mottagaren verkligen behöver uppgifterna. Annars: {{todo}}.",
    en: "Send only if the recipient really needs this. Otherwise: {{todo}}.",
  },
  todoPromptForm: { sv: "Du kan skicka ändå, men helst: {{todo}}.", en: "You can send anyway, but preferably: {{todo}}." },
  seeWhere: { sv: " Välj ”{{button}}” för att se var.", en: " Choose “{{button}}” to see where." },
  why: { sv: "Varför: ”{{quote}}”.", en: "Why: “{{quote}}”." },
  whyDocument: { sv: "Varför: {{document}} säger ”{{quote}}”.", en: "Why: {{document}} says “{{quote}}”." },
  failedBlocked: {
    sv: "Postvakt kunde inte granska meddelandet, och din kommun skickar inte ogranskad e-post. Vänta en stund och tryck på Skicka igen. Kvarstår felet: kontakta IT-supporten.",
    en: "Postvakt could not check this message, and your kommun does not send unchecked mail. Wait a moment and press Send again. If it keeps happening, contact IT support.",
  },
  unread: {
    sv: " Postvakt hann inte läsa {{parts}} och granskade resten.",
    en: " Postvakt could not read {{parts}} in time and checked the rest.",
  },
  hintExternalPrefix: { sv: "Mottagare utanför kommunen: ", en: "Recipients outside the kommun: " },
} as const satisfies Record<string, Localized>;

export const SEND_COUNTED_TEXTS = {
  externalRecipients: {
    sv: { one: "en mottagare utanför kommunen", other: "{{count}} mottagare utanför kommunen" },
    en: { one: "one recipient outside the kommun", other: "{{count}} recipients outside the kommun" },
  },
  hintMore: { sv: { one: " och en till", other: " och {{count}} till" }, en: { one: " and one more", other: " and {{count}} more" } },
  hintAddresses: { sv: { one: "en adress", other: "{{count}} adresser" }, en: { one: "one address", other: "{{count}} addresses" } },
} as const satisfies Record<string, LocalizedCount>;

/** The optional parts worth naming when they did not come in time (sender and compose type are not). */
export const UNREAD_PART_TEXTS: Readonly<Partial<Record<OptionalPart, Localized>>> = {
  subject: { sv: "ämnesraden", en: "the subject" },
  attachments: { sv: "bilagornas namn", en: "the attachments' names" },
  bodyHtml: { sv: "meddelandets bilder och formatering", en: "the message's images and formatting" },
};

/** The words for findings of a rule this build does not know. */
export const OTHER_RULE_TEXTS = {
  category: "form",
  summary: { sv: { one: "ett annat problem", other: "{{count}} andra problem" }, en: { one: "one other problem", other: "{{count}} other problems" } },
  todo: { sv: { one: "åtgärda det Postvakt visar", other: "åtgärda det Postvakt visar" }, en: { one: "fix what Postvakt shows", other: "fix what Postvakt shows" } },
} as const;
