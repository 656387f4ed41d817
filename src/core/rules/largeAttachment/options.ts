import * as z from "zod/mini";

const megabytes = z.number().check(z.gt(0));

/** `rules.largeAttachment.options` in a profile. Sizes in MB of 1 048 576 bytes, as Outlook shows them. */
export const largeAttachmentOptions = z.strictObject({
  /** Attachments over this in all, to anyone: a warning. */
  totalMb: z.optional(megabytes),
  /** Attachments over this in all when every recipient is internal: suggest a link to a shared place (null: no such limit). */
  internalTotalMb: z.optional(z.nullable(megabytes)),
});

export type LargeAttachmentOptions = Required<z.infer<typeof largeAttachmentOptions>>;
