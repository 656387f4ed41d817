/**
 * What the send check reads from the item: what the profile's enabled rules
 * need, no more. Every rule reads the text body, subject and recipients;
 * the HTML body (a second copy of the body, costly on a large message) only
 * when a rule that looks at HTML is on.
 */
import { findRule, type Profile } from "../core";

/** Rules that read `message.body.html` (the signature check locates the signature in the HTML). */
const RULES_READING_HTML: readonly string[] = ["signature"];

/** Same reading of a profile's rule setting as the core's lint(). */
function ruleIsOn(profile: Profile, ruleId: string): boolean {
  const setting = profile.rules[ruleId];
  if (setting === undefined) return findRule(ruleId)?.meta.enabledByDefault ?? false;
  if (setting === "on" || setting === "off") return setting === "on";
  return setting.enabled ?? true;
}

export function readsHtmlBody(profile: Profile): boolean {
  return RULES_READING_HTML.some((id) => ruleIsOn(profile, id));
}
