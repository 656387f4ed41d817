/**
 * Every rule, listed statically so bundlers and Outlook's JavaScript-only
 * runtime need no file system. Add a rule here, its options schema in
 * option-schemas.ts, and nowhere else. The order is the order the Send
 * dialog names what it found in: personal data first, then form.
 */
import { ccCountRule } from "./ccCount";
import { colleagueMobileRule } from "./colleagueMobile";
import { externalImagesRule } from "./externalImages";
import { forwardCommentRule } from "./forwardComment";
import { forwardPersonalInfoRule } from "./forwardPersonalInfo";
import { largeAttachmentRule } from "./largeAttachment";
import { massMailRule } from "./massMail";
import { officeHoursRule } from "./officeHours";
import { personnummerRule } from "./personnummer";
import { sensitiveContentRule } from "./sensitiveContent";
import { signatureRule } from "./signature";
import { subjectRule } from "./subject";
import type { AnyRule } from "./types";

export const RULES: readonly AnyRule[] = [
  personnummerRule,
  sensitiveContentRule,
  colleagueMobileRule,
  signatureRule,
  forwardPersonalInfoRule,
  subjectRule,
  forwardCommentRule,
  ccCountRule,
  massMailRule,
  officeHoursRule,
  largeAttachmentRule,
  externalImagesRule,
];

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
