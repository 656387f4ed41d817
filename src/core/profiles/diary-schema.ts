/**
 * The `diary` section of a kommun profile: where mail for registration goes,
 * who works as a registrar, the kommun's nämnd prefixes for diarienummer, its
 * rule for answering, the acknowledgement of receipt and the category that
 * marks an item for the registrar. The diary advisor (src/core/advisors/diary)
 * reads it; docs/diary.md explains each field. Without the section the
 * advisor gives no advice.
 */
import * as z from "zod/mini";

/** A lower-case address such as registrator@sjobo.se. */
export const mailAddressSchema = z.string().check(
  z.regex(/^[a-z0-9._%+-]+@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    error: "must be a lower-case e-mail address such as registrator@sjobo.se",
  }),
);

/** A nämnd or series prefix of a diarienummer: 1-6 capital letters, Å, Ä and Ö included. */
const caseNumberPrefixSchema = z.string().check(z.regex(/^[A-ZÅÄÖ]{1,6}$/, { error: "must be 1-6 capital letters such as KS or SBN" }));

/**
 * When an answer is due (src/core/calendar/deadline.ts): Sjöbo answers the
 * next working day, Oxelösund within 48 hours, most kommuner "snarast".
 */
export const responseRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("next-working-day") }),
  z.strictObject({
    kind: z.literal("hours"),
    hours: z.number().check(z.gt(0), z.lte(720)),
    /** A due time on a non-working day moves to the same clock time on the next working day. */
    rollToWorkingDay: z.optional(z.boolean()),
  }),
  z.strictObject({ kind: z.literal("working-days"), days: z.number().check(z.int(), z.gte(1), z.lte(60)) }),
  z.strictObject({ kind: z.literal("same-day") }),
  z.strictObject({ kind: z.literal("as-soon-as-possible") }),
  z.strictObject({ kind: z.literal("none") }),
]);

function onlyPlaceholders(allowed: readonly string[]) {
  return (text: string): boolean => {
    const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string);
    const rest = text.replace(/\{\{\s*\w+\s*\}\}/g, "");
    return names.every((n) => allowed.includes(n)) && rest.indexOf("{{") < 0 && rest.indexOf("}}") < 0;
  };
}

const receiptText = z.string().check(
  z.minLength(20),
  z.maxLength(2000),
  z.refine(onlyPlaceholders(["answerBy"]), { error: "the only placeholder a receipt may hold is {{answerBy}}" }),
);
const answerByText = z.string().check(
  z.minLength(5),
  z.maxLength(200),
  z.refine(onlyPlaceholders(["date"]), { error: "the only placeholder here is {{date}}" }),
);

export const diarySchema = z.strictObject({
  /**
   * Where "Skicka till registrator" sends an item: one entry per förvaltning
   * (the user picks one, and the choice is remembered).
   */
  registrars: z
    .array(z.strictObject({ label: z.string().check(z.minLength(1), z.maxLength(80)), address: mailAddressSchema }))
    .check(z.minLength(1), z.maxLength(20)),
  /** The diary system's e-mail intake, where it has one: registrars get "Skicka till diariet". */
  intakeAddress: z.optional(mailAddressSchema),
  /** Mailboxes and users who work as registrars: the pane lays out the registration fields for them. */
  registrarMailboxes: z.optional(z.array(mailAddressSchema).check(z.maxLength(50))),
  /** The kommun's nämnd and series prefixes, found without a label ("KS 2024/123"). Replaces the default list. */
  caseNumberPrefixes: z.optional(z.array(caseNumberPrefixSchema).check(z.maxLength(40))),
  /** The kommun's rule for answering incoming mail. */
  response: responseRuleSchema,
  /**
   * The acknowledgement of receipt, in the kommun's voice. `{{answerBy}}`
   * marks where the sentence `answerBy` goes when the kommun's rule gives a
   * date; without a date it is left out. A receipt never asks who the sender
   * is or why they write.
   */
  receipt: z.strictObject({
    sv: receiptText,
    en: receiptText,
    answerBy: z.optional(z.strictObject({ sv: answerByText, en: answerByText })),
  }),
  /** The category "Markera" puts on the item; it must exist in the user's mailbox. */
  category: z.string().check(z.minLength(1), z.maxLength(255)),
  /** Set while the addresses are examples the kommun has not replaced yet: the pane says so. */
  placeholderAddresses: z.optional(z.boolean()),
});

export type DiaryProfile = z.infer<typeof diarySchema>;
export type DiaryRegistrar = DiaryProfile["registrars"][number];
