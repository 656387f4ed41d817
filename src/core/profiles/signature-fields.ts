/**
 * The signature template's vocabulary, kept free of zod: the renderer and the
 * check run in the send-time bundle, which must not carry the schema library.
 */

/**
 * The user's details a template may name. English in the data; the Swedish
 * labels are in src/core/i18n/signature-fields.ts.
 */
export const SIGNATURE_FIELDS = [
  "givenName",
  "surname",
  "title",
  "unit",
  "department",
  "phone",
  "mobile",
  "functionPhone",
  "functionMailbox",
  "postalCode",
  "postalAddress",
  "visitingAddress",
  "fax",
] as const;

export type SignatureField = (typeof SIGNATURE_FIELDS)[number];

/** Any {{...}}; an unknown name inside is a profile error, not literal text. */
export const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/** The field names a part's `{{placeholders}}` refer to, in order. */
export function placeholdersOf(part: string): string[] {
  const names: string[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(part); m; m = PLACEHOLDER.exec(part)) names.push(m[1] as string);
  return names;
}

/** What the signature must not contain (Oxelösund: "Logotyp, bilder, namnteckning, smileys eller färgade bakgrunder"). */
export const SIGNATURE_FORBIDDEN = ["images", "logos", "handwrittenSignature", "emoji", "colouredBackground"] as const;
export type SignatureForbidden = (typeof SIGNATURE_FORBIDDEN)[number];
