/**
 * Every rule, listed statically so bundlers and Outlook's JavaScript-only
 * runtime need no file system. Add a rule here, its options schema in
 * option-schemas.ts, and nowhere else. The order is the order the Send
 * dialog names what it found in.
 */
import { colleagueMobileRule } from "./colleagueMobile";
import { personnummerRule } from "./personnummer";
import { sensitiveContentRule } from "./sensitiveContent";
import { signatureRule } from "./signature";
import type { AnyRule } from "./types";

export const RULES: readonly AnyRule[] = [personnummerRule, sensitiveContentRule, colleagueMobileRule, signatureRule];

export function findRule(id: string): AnyRule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
