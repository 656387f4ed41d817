/**
 * What the send check reads from the item: what the profile's enabled rules
 * need, no more. Every rule reads the text body, subject and recipients;
 * the HTML body (a second copy of the body, costly on a large message) only
 * when a rule that declares `readsHtml` is on.
 */
import { RULES, isRuleEnabled, type Profile } from "../core";

export function readsHtmlBody(profile: Profile): boolean {
  return RULES.some((rule) => rule.meta.readsHtml === true && isRuleEnabled(rule, profile));
}
