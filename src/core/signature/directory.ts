/**
 * Merging details from the directory (Microsoft Graph `/me`) into the
 * user's form: empty fields are filled, differing ones are only overwritten
 * when the user says so. Pure: the lookup itself is in src/office/graph.
 */
import type { SignatureDetails } from "./details";
import type { SignatureField } from "../profiles/signature-schema";

/** The result of putting directory details into the form. */
export interface DirectoryMerge {
  /** The form with the directory's values in the fields that were empty. */
  readonly details: SignatureDetails;
  /** Fields filled from the directory. */
  readonly filled: readonly SignatureField[];
  /** Fields where the form and the directory differ: overwritten only when the user says so. */
  readonly differing: readonly SignatureField[];
}

/** Fills only the empty fields; reports those that differ so the user can be asked before they are overwritten. */
export function mergeDirectoryDetails(current: SignatureDetails, directory: SignatureDetails): DirectoryMerge {
  const next: Record<string, unknown> = { ...current };
  const filled: SignatureField[] = [];
  const differing: SignatureField[] = [];
  for (const [field, value] of Object.entries(directory) as [SignatureField, unknown][]) {
    if (typeof value !== "string" || !value) continue;
    const mine = typeof current[field] === "string" ? (current[field] as string).trim() : "";
    if (!mine) {
      next[field] = value;
      filled.push(field);
    } else if (mine !== value) {
      differing.push(field);
    }
  }
  return { details: next as SignatureDetails, filled, differing };
}

/** The directory's values over the form's, for the fields the user agreed to overwrite. */
export function overwriteWith(current: SignatureDetails, directory: SignatureDetails, fields: readonly SignatureField[]): SignatureDetails {
  const next: Record<string, unknown> = { ...current };
  for (const field of fields) if (typeof directory[field] === "string") next[field] = directory[field];
  return next as SignatureDetails;
}
