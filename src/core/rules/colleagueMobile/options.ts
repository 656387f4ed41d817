import * as z from "zod/mini";

/** `rules.colleagueMobile.options` in a profile. */
export const colleagueMobileOptions = z.strictObject({
  /**
   * With no own numbers known, take mobile numbers below the writer's
   * sign-off ("Med vänlig hälsning") as the writer's own signature.
   */
  signatureNumbersAreOwn: z.optional(z.boolean()),
});

export type ColleagueMobileOptions = Required<z.infer<typeof colleagueMobileOptions>>;
