/** Which details the Signatur view asks for: the fields the profile's template uses or requires, in the core's order. */
import { SIGNATURE_FIELDS, placeholdersOf, type SignatureField, type SignatureTemplate } from "../core";

export function templateFields(template: SignatureTemplate): SignatureField[] {
  const used = new Set<string>(template.required);
  for (const line of [...template.lines, ...(template.shortLines ?? [])]) {
    for (const part of line.parts) for (const name of placeholdersOf(part)) used.add(name);
  }
  return SIGNATURE_FIELDS.filter((field) => used.has(field));
}
