/**
 * The user's own directory entry from Microsoft Graph (`GET /me`), for the
 * Signatur view's "Hämta från katalogen". Only where the deployment
 * configured a Graph client id, only on the user's click: nothing leaves the
 * mailbox otherwise.
 *
 * The token comes from a `TokenSource` (nested app authentication through
 * MSAL in graph-auth.ts; a fake in tests) and the request goes through a
 * `fetch`-shaped function, so the whole path is testable against Graph's
 * documented responses. Every failure is a GraphLookupError whose kind the
 * task pane turns into a sentence; Graph's own text is never shown or logged.
 */
import { MAX_FIELD_LENGTH, type SignatureDetails, type SignatureField } from "../core";

export const GRAPH_ME_URL =
  "https://graph.microsoft.com/v1.0/me?$select=givenName,surname,jobTitle,department,businessPhones,mobilePhone";

/** The delegated permission the lookup needs. */
export const GRAPH_SCOPES = ["User.Read"] as const;

/** The fields of Graph's `user` resource that are asked for (each may be null). */
export interface GraphUser {
  readonly givenName?: string | null;
  readonly surname?: string | null;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
  readonly businessPhones?: readonly string[] | null;
  readonly mobilePhone?: string | null;
}

export type GraphLookupFailure =
  /** The user closed the sign-in window. */
  | "cancelled"
  /** Sign-in or consent failed (MSAL error, or Graph answered 401). */
  | "signIn"
  /** The organisation has not allowed the lookup (403). */
  | "forbidden"
  /** Graph asked us to slow down (429). */
  | "throttled"
  /** Graph is unavailable (5xx) or the network failed. */
  | "unavailable"
  /** Graph answered something that is not a user. */
  | "badResponse";

export class GraphLookupError extends Error {
  constructor(readonly kind: GraphLookupFailure) {
    super(kind);
    this.name = "GraphLookupError";
  }
}

/** Gives an access token for GRAPH_SCOPES; rejects with a GraphLookupError. */
export type TokenSource = () => Promise<string>;

/** The part of `fetch` used here. */
export type FetchLike = (url: string, init: { method: "GET"; headers: Record<string, string> }) => Promise<Pick<Response, "ok" | "status" | "json">>;

/** Looks the signed-in user up in the directory. */
export interface DirectoryLookup {
  /** The user's details from the directory, only the fields it has. Rejects with a GraphLookupError. */
  fetchDetails(): Promise<SignatureDetails>;
}

/** Graph's HTTP status as a failure kind (https://learn.microsoft.com/graph/errors). */
export function failureForStatus(status: number): GraphLookupFailure {
  if (status === 401) return "signIn";
  if (status === 403) return "forbidden";
  if (status === 429) return "throttled";
  if (status >= 500) return "unavailable";
  return "badResponse";
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

export function createGraphDirectory(getToken: TokenSource, fetchImpl: FetchLike): DirectoryLookup {
  return {
    async fetchDetails() {
      const token = await getToken();
      let response: Awaited<ReturnType<FetchLike>>;
      try {
        response = await fetchImpl(GRAPH_ME_URL, { method: "GET", headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } });
      } catch {
        throw new GraphLookupError("unavailable");
      }
      if (!response.ok) throw new GraphLookupError(failureForStatus(response.status));
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new GraphLookupError("badResponse");
      }
      if (!body || typeof body !== "object" || Array.isArray(body)) throw new GraphLookupError("badResponse");
      return detailsFromGraphUser(body as GraphUser);
    },
  };
}
