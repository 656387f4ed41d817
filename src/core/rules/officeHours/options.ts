import * as z from "zod/mini";

const clock = z.string().check(z.regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, { error: "must be a time of day such as 07:00" }));

/** `rules.officeHours.options` in a profile. */
export const officeHoursOptions = z
  .strictObject({
  /** When office hours start on a working day, Stockholm time ("07:00"; the minute itself is inside). */
  start: z.optional(clock),
  /** When they end ("18:00"; the minute itself is inside). */
  end: z.optional(clock),
  /**
   * For services that normally work evenings, nights and weekends (Sjöbo's
   * exception): nothing is reported. A deployment for such services sets it.
   */
  exemptEveningAndWeekendWork: z.optional(z.boolean()),
  })
  .check(z.refine((o) => o.start === undefined || o.end === undefined || o.start < o.end, { error: "start must come before end" }));

export type OfficeHoursOptions = Required<z.infer<typeof officeHoursOptions>>;
