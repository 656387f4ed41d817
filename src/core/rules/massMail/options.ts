import * as z from "zod/mini";

/** `rules.massMail.options` in a profile. */
export const massMailOptions = z.strictObject({
  /** More visible recipients (To and Cc, each address once) than this is a mass mailing. */
  maxVisibleRecipients: z.optional(z.number().check(z.int(), z.gte(1))),
  /** The kommun's large group addresses ("alla@kommun.se"): a message to any of them is a mass mailing. Lower case. */
  largeGroups: z.optional(z.array(z.string().check(z.regex(/^[^@\s]+@[^@\s]+$/, { error: "must be an e-mail address" })))),
});

export type MassMailOptions = Required<z.infer<typeof massMailOptions>>;
