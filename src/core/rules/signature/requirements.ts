/**
 * What a signature in a message must show, derived from the profile's
 * template: the kommun's name, the writer's name, a phone number where the
 * template asks for one, and the template's fixed text ("www.ale.se").
 * The check cannot know the user's title or unit, so it does not ask for them.
 */
import type { Localized } from "../../i18n/locale";
import { placeholdersOf, type SignatureField } from "../../profiles/signature-fields";
import type { SignatureTemplate } from "../../profiles/signature-schema";
import { SIGNATURE_FIELD_LABELS } from "../../i18n/signature-fields";
import { fieldValue, type SignatureDetails } from "../../signature/details";
import { templateLines, type SignatureVariant } from "../../signature/render";

export interface SignatureRequirements {
  /** The kommun's name as the template writes it, when the template writes it. */
  readonly organisationName?: string;
  /** Other fixed parts of the template: "www.ale.se". */
  readonly literals: readonly string[];
  readonly name: boolean;
  readonly phone: boolean;
}

const PHONE_FIELDS: readonly SignatureField[] = ["phone", "mobile", "functionPhone"];

export function requirementsFor(template: SignatureTemplate, variant: SignatureVariant, profileName: string): SignatureRequirements {
  const lines = templateLines(template, variant);
  const literals: string[] = [];
  const fields = new Set<string>();
  for (const line of lines) {
    for (const part of line.parts) {
      const names = placeholdersOf(part);
      if (names.length === 0) literals.push(part.trim());
      for (const name of names) fields.add(name);
    }
  }
  const candidates = [template.organisationName, profileName].filter((n): n is string => !!n);
  const organisationName = candidates.find((name) => literals.some((literal) => normalise(literal).indexOf(normalise(name)) >= 0));
  return {
    ...(organisationName ? { organisationName } : {}),
    literals: literals.filter((literal) => !organisationName || normalise(literal) !== normalise(organisationName)),
    name: fields.has("givenName") || fields.has("surname"),
    phone: PHONE_FIELDS.some((field) => fields.has(field) && template.required.includes(field)),
  };
}

/** Lower case, one space for any run of white space (no-break spaces too). */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
}

/** "Oxelösunds kommun" and "Oxelösund kommun" name the same kommun. */
function organisationForms(name: string): string[] {
  const n = normalise(name);
  const match = /^(.*?)(s?) kommun$/.exec(n);
  if (!match) return [n];
  const stem = match[1] as string;
  return [`${stem} kommun`, `${stem}s kommun`];
}

export function mentionsOrganisation(text: string, name: string): boolean {
  const haystack = normalise(text);
  return organisationForms(name).some((form) => haystack.indexOf(form) >= 0);
}

/** Words that come before "kommun" without naming one: "Vår kommun", "Hela kommunen". */
const NOT_A_KOMMUN = new Set(["vår", "din", "er", "min", "denna", "den", "hela", "varje", "en", "annan", "samma", "egen", "vilken", "som"]);
const KOMMUN_NAME = /([A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+)?) [Kk]ommun(?![a-zåäö])/g;

/** The first "X kommun" in the text that is not this kommun, or undefined. */
export function otherOrganisation(text: string, ownName: string | undefined): string | undefined {
  const own = ownName ? organisationForms(ownName) : [];
  KOMMUN_NAME.lastIndex = 0;
  for (let m = KOMMUN_NAME.exec(text); m; m = KOMMUN_NAME.exec(text)) {
    const word = m[1] as string;
    if (NOT_A_KOMMUN.has(word.toLowerCase())) continue;
    if (!own.some((form) => organisationForms(m![0]).indexOf(form) >= 0)) return m[0];
  }
  return undefined;
}

/** Whether the text has something that reads as a telephone number (8 or more digits, starting 0 or +46). */
export function mentionsPhoneNumber(text: string): boolean {
  const candidates = text.match(/(?:\+46|0)[0-9][0-9 ()\u00a0-]{5,18}[0-9]/g) ?? [];
  return candidates.some((candidate) => candidate.replace(/[^0-9]/g, "").length >= 8);
}

/** Whether the text shows the writer's display name: at least two of its words (or its only word). */
export function mentionsPersonName(text: string, displayName: string): boolean {
  const words = displayName
    .replace(/\([^)]*\)/g, " ")
    .split(/[^A-Za-zÀ-ÖØ-öø-ÿ'-]+/)
    .filter((word) => word.length >= 2);
  if (words.length === 0) return true;
  const haystack = normalise(text);
  const present = words.filter((word) => haystack.indexOf(word.toLowerCase()) >= 0).length;
  return present >= Math.min(2, words.length);
}

/** Fields the template requires beyond name and phone (title, unit …), with the user's saved value, where the variant shows them. */
export function requiredDetails(
  template: SignatureTemplate,
  variant: SignatureVariant,
  details: SignatureDetails | undefined,
): { readonly field: SignatureField; readonly value: string; readonly label: Localized }[] {
  if (!details) return [];
  const shown = new Set(templateLines(template, variant).flatMap((line) => line.parts.flatMap(placeholdersOf)));
  const out: { field: SignatureField; value: string; label: Localized }[] = [];
  for (const field of template.required) {
    if (NAME_OR_PHONE.includes(field) || !shown.has(field)) continue;
    const value = fieldValue(details, field);
    if (value) out.push({ field, value, label: SIGNATURE_FIELD_LABELS[field] });
  }
  return out;
}

const NAME_OR_PHONE: readonly SignatureField[] = ["givenName", "surname", "phone", "mobile", "functionPhone"];

export const MISSING_LABELS = {
  organisation: { sv: "kommunens namn ({{name}})", en: "the kommun's name ({{name}})" },
  name: { sv: "ditt namn", en: "your name" },
  phone: { sv: "ett telefonnummer", en: "a phone number" },
} as const satisfies Record<string, Localized>;

/** "a, b och c" / "a, b and c". */
export function listOf(items: readonly Localized[]): Localized {
  const join = (parts: string[], and: string) =>
    parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
  return { sv: join(items.map((i) => i.sv), "och"), en: join(items.map((i) => i.en), "and") };
}
