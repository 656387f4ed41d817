/**
 * Which details the Signatur view asks for, in the order the signature reads:
 * the fields the profile's template uses (full lines, then the short
 * variant's), then any other field it requires.
 */
import { SIGNATURE_FIELDS, placeholdersOf, type SignatureField, type SignatureTemplate } from "../../../core";

export function templateFields(template: SignatureTemplate): SignatureField[] {
  const ordered: SignatureField[] = [];
  const add = (name: string) => {
    const field = SIGNATURE_FIELDS.find((known) => known === name);
    if (field && !ordered.includes(field)) ordered.push(field);
  };
  for (const line of [...template.lines, ...(template.shortLines ?? [])]) {
    for (const part of line.parts) placeholdersOf(part).forEach(add);
  }
  template.required.forEach(add);
  return ordered;
}
