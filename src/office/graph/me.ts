/**
 * The user's own directory entry (`GET /me`), for the Signatur view's
 * "Hämta från katalogen", and how its values go into the form. Only on the
 * user's click; the scope is User.Read.
 */
import { MAX_FIELD_LENGTH, type SignatureDetails, type SignatureField } from "../../core";
import type { GraphClient } from "./client";
import { isObject } from "./shapes";

/** The delegated permission the lookup needs. */
export const ME_SCOPES = ["User.Read"] as const;

/** The properties asked for: nothing beyond what the signature uses. */
export const ME_SELECT = "givenName,surname,jobTitle,department,businessPhones,mobilePhone";

/** The fields of Graph's `user` resource that are asked for (each may be null). */
export interface GraphUser {
  readonly givenName?: string | null;
  readonly surname?: string | null;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
  readonly businessPhones?: readonly string[] | null;
  readonly mobilePhone?: string | null;
}

/** Any JSON object is taken: detailsFromGraphUser ignores values of the wrong type. */
function readUser(body: unknown): GraphUser | undefined {
  return isObject(body) ? (body as GraphUser) : undefined;
}

/** The signed-in user's entry. Rejects with a GraphError. */
export function getMe(graph: GraphClient): Promise<GraphUser> {
  return graph.get("/me", { scopes: ME_SCOPES, query: { $select: ME_SELECT } }, readUser);
}

/** Looks the signed-in user up in the directory. */
export interface DirectoryLookup {
  /** The user's details from the directory, only the fields it has. Rejects with a GraphError. */
  fetchDetails(): Promise<SignatureDetails>;
}

export function createDirectoryLookup(graph: GraphClient): DirectoryLookup {
  return {
    fetchDetails: async () => detailsFromGraphUser(await getMe(graph)),
  };
}

function text(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const clean = value.replace(/\s+/g, " ").trim();
  return clean ? clean.slice(0, MAX_FIELD_LENGTH) : undefined;
}

/** Graph's user as signature details: title from jobTitle, förvaltning from department, phone from the first business phone. */
export function detailsFromGraphUser(user: GraphUser): SignatureDetails {
  const phones = Array.isArray(user.businessPhones) ? user.businessPhones : [];
  const entries: [SignatureField, string | undefined][] = [
    ["givenName", text(user.givenName)],
    ["surname", text(user.surname)],
    ["title", text(user.jobTitle)],
    ["department", text(user.department)],
    ["phone", text(phones[0])],
    ["mobile", text(user.mobilePhone)],
  ];
  const out: Partial<Record<SignatureField, string>> = {};
  for (const [field, value] of entries) if (value) out[field] = value;
  return out;
}

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
