/**
 * Profile words that rules' texts may use as placeholders, in findings and
 * in the Send dialog's "what to do" (`meta.send.todo`): `{{secureChannel}}`,
 * the kommun's own way to send secret or sensitive data.
 */
import type { LocalizedCount } from "../i18n/count";
import type { Locale, Localized } from "../i18n/locale";
import type { Profile } from "../profiles/schema";

/** Without a profile sentence: a general one. */
export const DEFAULT_SECURE_CHANNEL: Localized = {
  sv: "skicka dem på ett sätt som kommunen har godkänt för känsliga uppgifter",
  en: "send them in a way the kommun has approved for sensitive data",
};

/** The profile's secure channel in both languages (English falls back to the kommun's Swedish). */
export function secureChannelOf(profile: Pick<Profile, "secureChannel">): Localized {
  const own = profile.secureChannel;
  return own ? { sv: own.sv, en: own.en ?? own.sv } : DEFAULT_SECURE_CHANNEL;
}

/** The placeholders a rule's send texts may use, filled from the profile. */
export function sendTextData(profile: Pick<Profile, "secureChannel">, locale: Locale): Readonly<Record<string, string>> {
  return { secureChannel: secureChannelOf(profile)[locale] };
}

/** A counted text whose words do not change with the count ("ta bort bilder som inte behövs"): each string once in the bundle. */
export function uncounted(sv: string, en: string): LocalizedCount {
  return { sv: { one: sv, other: sv }, en: { one: en, other: en } };
}
