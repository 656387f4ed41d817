/**
 * The `signature` section of a kommun profile: the kommun's standard e-mail
 * signature as data. Rendering lives in src/core/signature, the check in
 * src/core/rules/signature; docs/signature.md explains how to write one.
 *
 * A template line is a list of parts joined by a separator. A part is text
 * with `{{field}}` placeholders; a part whose field is empty is dropped whole
 * (with its label), and a line left with no part is dropped, so a missing
 * mobile number leaves neither "Mobil: " nor a dangling comma.
 */
import * as z from "zod/mini";

import { PLACEHOLDER, SIGNATURE_FIELDS, SIGNATURE_FORBIDDEN, placeholdersOf } from "./signature-fields";

export { SIGNATURE_FIELDS, SIGNATURE_FORBIDDEN, placeholdersOf, type SignatureField, type SignatureForbidden } from "./signature-fields";

function onlyKnownFields(part: string): boolean {
  const known = placeholdersOf(part).every((name) => (SIGNATURE_FIELDS as readonly string[]).includes(name));
  const leftOver = part.replace(PLACEHOLDER, "");
  return known && leftOver.indexOf("{{") < 0 && leftOver.indexOf("}}") < 0;
}

const fieldName = z.enum(SIGNATURE_FIELDS);

/** One part: "{{givenName}} {{surname}}", "Telefon: {{phone}}", "www.ale.se". */
const partSchema = z.string().check(
  z.minLength(1),
  z.maxLength(120),
  z.refine(onlyKnownFields, { error: `each {{placeholder}} must name one of: ${SIGNATURE_FIELDS.join(", ")}` }),
);

export const signatureLineSchema = z.strictObject({
  parts: z.array(partSchema).check(z.minLength(1), z.maxLength(6)),
  /** Between the parts that are shown; " " when absent. */
  separator: z.optional(z.string().check(z.maxLength(5))),
  /** Which font the line takes: the name line or the facts below it. Default "details". */
  role: z.optional(z.enum(["name", "details"])),
});

/** A CSS font-family list; letters, digits, spaces, commas, quotes and hyphens only (it goes into a style attribute). */
const fontFamily = z.string().check(
  z.regex(/^[A-Za-z0-9 ,'"-]{1,80}$/, { error: "must be a font-family list such as Arial, sans-serif" }),
);

export const signatureFontSchema = z.strictObject({
  /** Absent: the mail program's own standard font. */
  family: z.optional(fontFamily),
  /** Size in points. Absent: the mail program's size. */
  sizePt: z.optional(z.number().check(z.gte(6), z.lte(24))),
});

export const signatureSchema = z.strictObject({
  /** The closing above the name, "Med vänlig hälsning". Absent: the template has none. */
  greeting: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
  /** The full signature, top to bottom. */
  lines: z.array(signatureLineSchema).check(z.minLength(1), z.maxLength(12)),
  /** A shorter signature for replies and forwards. Absent: the full one is used there too. */
  shortLines: z.optional(z.array(signatureLineSchema).check(z.minLength(1), z.maxLength(12))),
  /** Fields the user must fill in before the signature is complete. */
  required: z.array(fieldName),
  fonts: z.optional(
    z.strictObject({
      greeting: z.optional(signatureFontSchema),
      name: z.optional(signatureFontSchema),
      details: z.optional(signatureFontSchema),
    }),
  ),
  /** What may not appear in the signature; the check warns about each. */
  forbidden: z.array(z.enum(SIGNATURE_FORBIDDEN)),
  /**
   * The mobile number: "include" (part of the kommun's model, shown when the
   * user has one), "optional" (the user chooses, shown by default),
   * "discouraged" (the kommun asks staff to limit giving it out: shown only
   * when the user opts in).
   */
  mobile: z.enum(["include", "optional", "discouraged"]),
  /** The kommun wants a function number given before (and besides) the personal one (Sjöbo). */
  functionNumberFirst: z.optional(z.boolean()),
  /** The name the signature must carry; the profile's `name` when absent. */
  organisationName: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
});

export type SignatureTemplate = z.infer<typeof signatureSchema>;
export type SignatureLine = z.infer<typeof signatureLineSchema>;
export type SignatureFont = z.infer<typeof signatureFontSchema>;
export type MobilePolicy = SignatureTemplate["mobile"];
