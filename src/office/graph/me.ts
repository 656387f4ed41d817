/**
 * The user's own directory entry (`GET /me`), for the Signatur view's
 * "Hämta från katalogen", and how its values go into the form. Only on the
 * user's click; the scope is User.Read.
 */
import { MAX_FIELD_LENGTH, type SignatureDetails, type SignatureField } from "../../core";
import type { DirectoryLookup } from "../../ports";
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

/** The directory lookup over Graph; rejects with a GraphError (the signature port turns it into a PostvaktError). */
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
