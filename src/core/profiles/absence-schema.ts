/**
 * The `absence` section of a kommun profile: what the absence assistant
 * (src/core/absence, the task pane's Frånvaro view) needs to know about the
 * kommun. docs/absence.md explains each field.
 *
 *  - the kinds of absence the kommun lists, each with its wording in the
 *    automatic reply and, where the kommun's phone system reads calendar
 *    codes, its code (Oxelösund: "SEM:" before the booking);
 *  - the templates of the automatic reply, Swedish and English, in the
 *    kommun's own voice, with {{placeholders}} the assistant fills in;
 *  - the function mailboxes and the switchboard a user may point to instead
 *    of a colleague;
 *  - who outside may get the reply (Graph's externalAudience);
 *  - the kommun's requirements for the mailbox while the user is away.
 *
 * The guideline passages the assistant cites live with the others under the
 * profile's `guidelines` (keys absenceReply, absenceMailbox, absenceForwarding,
 * absenceDelegation, absencePhone, absenceHealth), quoted verbatim.
 */
import * as z from "zod/mini";

const localized = z.strictObject({
  sv: z.string().check(z.minLength(1), z.maxLength(200)),
  en: z.string().check(z.minLength(1), z.maxLength(200)),
});

/** The placeholders a template sentence may use. */
export const ABSENCE_PLACEHOLDERS = ["absence", "period", "from", "to", "day", "return", "contact", "forwardee", "kommun"] as const;
export type AbsencePlaceholder = (typeof ABSENCE_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function onlyKnownPlaceholders(text: string): boolean {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
  const leftOver = text.replace(PLACEHOLDER, "");
  return names.every((n) => (ABSENCE_PLACEHOLDERS as readonly string[]).includes(n)) && !leftOver.includes("{{") && !leftOver.includes("}}");
}

const sentence = z.string().check(
  z.minLength(1),
  z.maxLength(240),
  z.refine(onlyKnownPlaceholders, { error: `each {{placeholder}} must name one of: ${ABSENCE_PLACEHOLDERS.join(", ")}` }),
);

/** A phone-system code as the kommun writes it, without the colon: "SEM", "TJÄ". */
const phoneCode = z.string().check(z.regex(/^[A-ZÅÄÖ]{2,5}$/, { error: "must be 2-5 capital letters such as SEM (the colon is added)" }));

export const absenceKindSchema = z.strictObject({
  /** Stable id: "semester", "tjansteresa", "kurs", "tjanstledighet", "foraldraledighet". */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, { error: "must be lower-case letters, digits and -" })),
  /** In the form's list: "Semester". */
  label: localized,
  /** After "Jag" / "I" in the reply: "har semester" / "am on holiday". */
  phrase: localized,
  /** The phone system's code for it, where the kommun has one. */
  phoneCode: z.optional(phoneCode),
});

/** One language's sentences. Each is optional text around the facts; the facts are filled in. */
export const absenceTemplateSchema = z.strictObject({
  /** The absence and the return: "Jag {{absence}} under perioden {{period}} och är åter {{return}}." */
  opening: sentence,
  /** The same for an absence within one day ({{day}}, with the hours). Absent: `opening`. */
  openingOneDay: z.optional(sentence),
  /** Mail goes to the contact: "Ditt ärende har vidarebefordrats till {{contact}}." */
  forwardedToContact: sentence,
  /** Mail goes to someone else than the contact: "Din e-post vidarebefordras till {{forwardee}}." */
  forwarded: sentence,
  /** Mail is not forwarded: "Din e-post vidarebefordras inte." */
  notForwarded: sentence,
  /** Who to turn to: "Vid brådskande ärenden, kontakta {{contact}}." */
  contact: sentence,
  /** Added last to the external reply only (a line the kommun wants outsiders to read). */
  externalClosing: z.optional(sentence),
});

export const functionMailboxSchema = z.strictObject({
  /** "Kommunstyrelsens förvaltning". */
  label: localized,
  address: z.string().check(z.regex(/^[a-z0-9._%+-]+@([a-z0-9-]+\.)+[a-z]{2,63}$/, { error: "must be a lower-case e-mail address" })),
  /** A function number that goes with it, where there is one. */
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 -]{5,18}[0-9]$/, { error: "must be a phone number such as 0303-33 00 00" }))),
});

export const absenceRequirementsSchema = z.strictObject({
  /** Mail may not be forwarded automatically to an address outside the kommun (Sorsele). */
  noExternalForwarding: z.boolean(),
  /** Reading the mailbox may not be handed to a shared (function) mailbox (Sorsele). */
  noSharedMailboxDelegation: z.boolean(),
  /** Away longer than this many days: the mailbox must be delegated to a person (Ale: 3). */
  delegateAfterDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(60))),
  /** Someone must read the mail while the user is away; an automatic reply alone is not enough (Sjöbo, Mjölby, Oxelösund, Sorsele). */
  someoneReadsMail: z.boolean(),
  /** Tell the person mail is forwarded to beforehand (Oxelösund). */
  tellForwardee: z.boolean(),
});

export const absenceSchema = z.strictObject({
  /** The kinds the form offers, in its order. No health reason: the reply must not tell why anyone is ill. */
  kinds: z.array(absenceKindSchema).check(z.minLength(1), z.maxLength(12)),
  /** The automatic reply, in Swedish and in English. */
  templates: z.strictObject({ sv: absenceTemplateSchema, en: absenceTemplateSchema }),
  /** Function mailboxes a user may point to instead of a colleague. */
  functionMailboxes: z.array(functionMailboxSchema).check(z.maxLength(30)),
  /** The kommun's switchboard (växel, kontaktcenter), where it has one. */
  switchboard: z.optional(
    z.strictObject({
      /** "växeln" / "the switchboard", as it reads after "kontakta". */
      label: localized,
      phone: z.string().check(z.regex(/^\+?[0-9][0-9 -]{5,18}[0-9]$/, { error: "must be a phone number such as 0303-33 00 00" })),
    }),
  ),
  /** Who outside the kommun gets the external reply (Graph's externalAudience). */
  externalAudience: z.enum(["none", "contactsOnly", "all"]),
  /** The English external text is on by default. */
  englishByDefault: z.boolean(),
  requirements: absenceRequirementsSchema,
});

export type AbsenceProfile = z.infer<typeof absenceSchema>;
export type AbsenceKindConfig = z.infer<typeof absenceKindSchema>;
export type AbsenceTemplate = z.infer<typeof absenceTemplateSchema>;
export type FunctionMailbox = z.infer<typeof functionMailboxSchema>;
export type AbsenceRequirements = z.infer<typeof absenceRequirementsSchema>;
