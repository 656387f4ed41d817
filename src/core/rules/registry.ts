/**
 * Every rule, listed statically so bundlers and Outlook's JavaScript-only
 * runtime need no file system. Add a rule here and nowhere else.
 */
import { colleagueMobileRule } from "./colleague-mobile";
import { personnummerRule } from "./personnummer";
import { sensitiveContentRule } from "./sensitive-content";
import { signatureRule } from "./signature";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [personnummerRule, sensitiveContentRule, colleagueMobileRule, signatureRule];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
