import * as z from "zod/mini";

/** `rules.personnummer.options` in a profile. */
export const personnummerOptions = z.strictObject({
  /**
   * What "Maskera" hides: "serial" keeps the date of birth and hides the last
   * four digits (850101-XXXX); "all" hides every digit (XXXXXX-XXXX).
   */
  mask: z.optional(z.enum(["serial", "all"])),
});

export type PersonnummerOptions = Required<z.infer<typeof personnummerOptions>>;
