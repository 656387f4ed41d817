/**
 * The options schema of every rule, by rule id, for validating profiles and
 * generating profile.schema.json. Kept apart from the registry so the rules
 * (and the send bundle) never load the schema library; a test checks that
 * every registered rule is here and that its defaults pass its schema.
 */
import * as z from "zod/mini";
import { ccCountOptions } from "./ccCount/options";
import { colleagueMobileOptions } from "./colleagueMobile/options";
import { largeAttachmentOptions } from "./largeAttachment/options";
import { massMailOptions } from "./massMail/options";
import { officeHoursOptions } from "./officeHours/options";
import { personnummerOptions } from "./personnummer/options";

/** A rule without options accepts only an empty object. */
const noOptions = z.strictObject({});

export const RULE_OPTION_SCHEMAS = {
  personnummer: personnummerOptions,
  sensitiveContent: noOptions,
  colleagueMobile: colleagueMobileOptions,
  signature: noOptions,
  forwardPersonalInfo: noOptions,
  subject: noOptions,
  forwardComment: noOptions,
  ccCount: ccCountOptions,
  massMail: massMailOptions,
  officeHours: officeHoursOptions,
  largeAttachment: largeAttachmentOptions,
  externalImages: noOptions,
} as const satisfies Readonly<Record<string, z.ZodMiniType>>;

export type RuleWithOptions = keyof typeof RULE_OPTION_SCHEMAS;
