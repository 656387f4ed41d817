import * as z from "zod/mini";

/** `rules.ccCount.options` in a profile. */
export const ccCountOptions = z.strictObject({
  /** More recipients on Cc than this (each address once) gets a reminder. */
  maxCc: z.optional(z.number().check(z.int(), z.gte(0))),
});

export type CcCountOptions = Required<z.infer<typeof ccCountOptions>>;
