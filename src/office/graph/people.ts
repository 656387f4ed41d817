/**
 * Colleagues by name from the directory (`GET /users?$search="displayName:…"`,
 * scope User.ReadBasic.All), for picking a substitute in an absence form.
 * Only on the user's typing in that field; a term shorter than
 * MIN_SEARCH_LENGTH sends nothing.
 */
import type { GraphClient } from "./client";
import { isObject, optionalString, stringList } from "./shapes";

export const PEOPLE_SCOPES = ["User.ReadBasic.All"] as const;
export const PEOPLE_SELECT = "displayName,mail,businessPhones";
export const MIN_SEARCH_LENGTH = 2;
export const MAX_SEARCH_LENGTH = 64;
export const DEFAULT_SEARCH_LIMIT = 10;

export interface Colleague {
  readonly name: string;
  /** Missing for an entry without a mailbox. */
  readonly mail?: string;
  readonly businessPhones: readonly string[];
}

/**
 * The search term as it goes into `$search`: control characters, quotes and
 * backslashes removed (they would end the quoted clause or start another),
 * spaces collapsed, at most MAX_SEARCH_LENGTH characters. "" means: do not search.
 */
export function searchTerm(query: string): string {
  const clean = query.replace(/[\u0000-\u001f\u007f"\\]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_SEARCH_LENGTH).trim();
  return clean.length >= MIN_SEARCH_LENGTH ? clean : "";
}

function readColleague(value: unknown): Colleague | null | undefined {
  if (!isObject(value)) return undefined;
  const name = optionalString(value.displayName);
  const mail = optionalString(value.mail);
  const businessPhones = stringList(value.businessPhones);
  if (name === false || mail === false || !businessPhones) return undefined;
  if (!name?.trim()) return null; // nothing to show: left out
  return { name: name.trim(), ...(mail?.trim() ? { mail: mail.trim() } : {}), businessPhones };
}

function readColleagues(body: unknown): Colleague[] | undefined {
  if (!isObject(body) || !Array.isArray(body.value)) return undefined;
  const out: Colleague[] = [];
  for (const item of body.value) {
    const colleague = readColleague(item);
    if (colleague === undefined) return undefined;
    if (colleague) out.push(colleague);
  }
  return out;
}

/** Up to `limit` people whose display name matches. Rejects with a GraphError. */
export async function searchColleagues(graph: GraphClient, query: string, limit: number = DEFAULT_SEARCH_LIMIT): Promise<Colleague[]> {
  const term = searchTerm(query);
  if (!term) return [];
  const top = Math.max(1, Math.min(50, Math.floor(limit)));
  return graph.get(
    "/users",
    {
      scopes: PEOPLE_SCOPES,
      query: { $search: `"displayName:${term}"`, $select: PEOPLE_SELECT, $top: String(top) },
      // $search on directory objects needs it (advanced queries).
      headers: { ConsistencyLevel: "eventual" },
    },
    readColleagues,
  );
}
