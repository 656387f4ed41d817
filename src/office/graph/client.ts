/**
 * A small Microsoft Graph v1.0 client: typed JSON requests on the user's
 * behalf, one error class, retries where Graph asks for them.
 *
 * - Every call names the delegated scopes it needs, and the token is asked
 *   for exactly those (`tokenFor(scopes)`), so a scope is requested only with
 *   the click that needs it.
 * - Every failure is a `GraphError` with a `kind` (and the HTTP status where
 *   there was one). Graph's error body is never read: its text is not shown,
 *   logged or kept, and no error holds a URL, a query or message content.
 * - 429 and 503/504 are retried at most MAX_RETRIES times, waiting as long as
 *   `Retry-After` says (seconds) when that is at most MAX_RETRY_WAIT_MS, a
 *   short backoff when the header is missing. A longer Retry-After is not
 *   waited out: the user is told at once (throttled/unavailable) instead of
 *   watching a spinner, and Graph is not asked again before it allows it.
 *   POST is not retried on 504: the gateway gave up, but the request may have
 *   been carried out (a second event in the calendar).
 * - Each attempt has `timeoutMs` to answer, body included (AbortController).
 */

export type GraphErrorKind =
  /** The user closed the sign-in window. */
  | "cancelled"
  /** Sign-in failed (MSAL error, or Graph answered 401). */
  | "signIn"
  /** The permission needs a consent the user cannot give here (e.g. AADSTS65001, admin consent). */
  | "consent"
  /** Graph refused the request (403). */
  | "forbidden"
  /** Graph has no such resource (404), e.g. a mailbox not in Exchange Online. */
  | "notFound"
  /** Graph asked us to slow down (429), and still did after the retries. */
  | "throttled"
  /** Graph is unavailable (5xx, after the retries) or the network failed. */
  | "unavailable"
  /** No answer within the time limit. */
  | "timeout"
  /** An answer Postvakt cannot use: not JSON, the wrong shape, or another HTTP status. */
  | "badResponse";

export const GRAPH_ERROR_KINDS: readonly GraphErrorKind[] = [
  "cancelled",
  "signIn",
  "consent",
  "forbidden",
  "notFound",
  "throttled",
  "unavailable",
  "timeout",
  "badResponse",
];

/** The one error every Graph call rejects with. Its message is the kind (and status), nothing else. */
export class GraphError extends Error {
  readonly kind: GraphErrorKind;
  readonly status?: number;

  constructor(kind: GraphErrorKind, status?: number) {
    super(status === undefined ? kind : `${kind} (HTTP ${status})`);
    this.name = "GraphError";
    this.kind = kind;
    if (status !== undefined) this.status = status;
  }
}

/**
 * Gives a bearer token for exactly these delegated scopes; rejects with a
 * GraphError. With `interactive: false` it never opens a sign-in window: it
 * gives a token it can get silently or rejects (a look on opening the pane,
 * which no click asked for).
 */
export type TokenFor = (scopes: readonly string[], options?: { readonly interactive?: boolean }) => Promise<string>;

export type GraphMethod = "GET" | "POST" | "PATCH" | "DELETE";

/** What the client passes to fetch. */
export interface GraphFetchInit {
  readonly method: GraphMethod;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal: AbortSignal;
}

/** The part of a fetch Response the client reads. */
export interface GraphFetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body?: { cancel(): Promise<void> } | null;
  text(): Promise<string>;
}

/** `fetch`, or something shaped like it. The global fetch fits. */
export type FetchLike = (url: string, init: GraphFetchInit) => Promise<GraphFetchResponse>;

/** Reads a response body into T; undefined when the body does not have T's shape (a badResponse). */
export type Reader<T> = (body: unknown) => T | undefined;

/** One call's needs: the scopes, query parameters and extra headers (Prefer, ConsistencyLevel). */
export interface GraphCall {
  readonly scopes: readonly string[];
  /** False: only a token got without a sign-in window (default true: the call runs on the user's click). */
  readonly interactive?: boolean;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface GraphClient {
  /** The base every path is relative to (no trailing slash). */
  readonly baseUrl: string;
  /** GET a path ("/me") or a nextLink under baseUrl. */
  get<T>(path: string, call: GraphCall, read: Reader<T>): Promise<T>;
  /** POST a JSON body; the answer is read into T. */
  post<T>(path: string, body: Readonly<Record<string, unknown>>, call: GraphCall, read: Reader<T>): Promise<T>;
  /** PATCH a JSON body. The answer is not read: a write that succeeded is never reported as failed. */
  patch(path: string, body: Readonly<Record<string, unknown>>, call: GraphCall): Promise<void>;
  /** DELETE. */
  delete(path: string, call: GraphCall): Promise<void>;
}

export interface GraphClientOptions {
  readonly tokenFor: TokenFor;
  readonly fetchImpl: FetchLike;
  /** Default https://graph.microsoft.com/v1.0; tests point it at a local server. */
  readonly baseUrl?: string;
  /** Waits between retries; tests pass one that does not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** How long one attempt may take, body included. */
  readonly timeoutMs?: number;
}

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";
export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_RETRIES = 2;
export const MAX_RETRY_WAIT_MS = 10_000;
/** Waits before the first and second retry when Graph sent no Retry-After. */
export const BACKOFF_MS: readonly number[] = [1_000, 2_000];

/** Graph's HTTP status as an error kind (https://learn.microsoft.com/graph/errors). */
export function kindForStatus(status: number): GraphErrorKind {
  if (status === 401) return "signIn";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 429) return "throttled";
  if (status >= 500 && status <= 599) return "unavailable";
  return "badResponse";
}

function retryable(method: GraphMethod, status: number): boolean {
  if (status === 429 || status === 503) return true;
  return status === 504 && method !== "POST";
}

/** How long to wait before retry number `retry` (0-based); undefined when Graph asks for longer than we wait. */
export function retryDelayMs(retryAfter: string | null, retry: number, now: number = Date.now()): number | undefined {
  const header = retryAfter?.trim() ?? "";
  let ms: number | undefined;
  if (/^\d+$/.test(header)) ms = Number(header) * 1000;
  else if (header) {
    const at = Date.parse(header); // the HTTP-date form
    if (!Number.isNaN(at)) ms = Math.max(0, at - now);
  }
  if (ms === undefined) return BACKOFF_MS[Math.min(retry, BACKOFF_MS.length - 1)];
  return ms <= MAX_RETRY_WAIT_MS ? ms : undefined;
}

function queryString(query: Readonly<Record<string, string>> | undefined): string {
  if (!query) return "";
  // Keys are our own OData names ($select, startDateTime): kept as they are; values are encoded.
  return Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Attempt = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly status: number; readonly retryAfter: string | null };

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, "");
  const fetchImpl = options.fetchImpl; // called unbound: the browser's fetch refuses another `this`
  const tokenFor = options.tokenFor;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  function urlFor(path: string, call: GraphCall): string {
    let url: string;
    if (path.startsWith("/")) url = baseUrl + path;
    else if (path.startsWith(baseUrl + "/")) url = path; // a nextLink
    // A link elsewhere would get the user's token: refuse it.
    else throw new GraphError("badResponse");
    const query = queryString(call.query);
    return query ? `${url}${url.includes("?") ? "&" : "?"}${query}` : url;
  }

  async function token(scopes: readonly string[], interactive: boolean): Promise<string> {
    try {
      return await (interactive ? tokenFor(scopes) : tokenFor(scopes, { interactive: false }));
    } catch (error) {
      throw error instanceof GraphError ? error : new GraphError("signIn");
    }
  }

  async function attempt(url: string, init: Omit<GraphFetchInit, "signal">): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: GraphFetchResponse;
      try {
        response = await fetchImpl(url, { ...init, signal: controller.signal });
      } catch {
        throw new GraphError(timedOut ? "timeout" : "unavailable");
      }
      if (response.status < 200 || response.status > 299) {
        const retryAfter = response.headers.get("Retry-After");
        // Graph's error body is not read at all.
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, status: response.status, retryAfter };
      }
      try {
        return { ok: true, text: response.status === 204 ? "" : await response.text() };
      } catch {
        throw new GraphError(timedOut ? "timeout" : "unavailable");
      }
    } finally {
      clearTimeout(timer);
    }
  }

  async function send(method: GraphMethod, path: string, call: GraphCall, body?: Readonly<Record<string, unknown>>): Promise<string> {
    if (call.scopes.length === 0) throw new TypeError("A Graph call needs its scopes");
    const url = urlFor(path, call);
    const bearer = await token(call.scopes, call.interactive !== false);
    const headers: Record<string, string> = { ...call.headers, Accept: "application/json", Authorization: `Bearer ${bearer}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const init = { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) };
    for (let retry = 0; ; retry++) {
      const outcome = await attempt(url, init);
      if (outcome.ok) return outcome.text;
      if (retryable(method, outcome.status) && retry < MAX_RETRIES) {
        const wait = retryDelayMs(outcome.retryAfter, retry);
        if (wait !== undefined) {
          await sleep(wait);
          continue;
        }
      }
      throw new GraphError(kindForStatus(outcome.status), outcome.status);
    }
  }

  async function sendAndRead<T>(method: GraphMethod, path: string, call: GraphCall, read: Reader<T>, body?: Readonly<Record<string, unknown>>): Promise<T> {
    const text = await send(method, path, call, body);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new GraphError("badResponse");
    }
    const value = read(json);
    if (value === undefined) throw new GraphError("badResponse");
    return value;
  }

  return {
    baseUrl,
    get: (path, call, read) => sendAndRead("GET", path, call, read),
    post: (path, body, call, read) => sendAndRead("POST", path, call, read, body),
    async patch(path, body, call) {
      await send("PATCH", path, call, body);
    },
    async delete(path, call) {
      await send("DELETE", path, call);
    },
  };
}

/** How many pages of a collection are followed before giving up (never a silently shortened list). */
export const MAX_PAGES = 10;

/**
 * Every item of a Graph collection (`{ value: [...], "@odata.nextLink"? }`),
 * following nextLinks. An item that does not read, or more than MAX_PAGES
 * pages, is a badResponse: a check that saw only part of the list must not
 * say "nothing found".
 */
export async function getAll<T>(graph: GraphClient, path: string, call: GraphCall, readItem: Reader<T>): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = path;
  let nextCall: GraphCall = call;
  for (let page = 0; next !== undefined; page++) {
    if (page === MAX_PAGES) throw new GraphError("badResponse");
    const { values, nextLink }: { values: T[]; nextLink: string | undefined } = await graph.get(next, nextCall, (body) => readPage(body, readItem));
    items.push(...values);
    next = nextLink;
    // The nextLink carries the query; the headers (Prefer, ConsistencyLevel) still apply.
    nextCall = { scopes: call.scopes, ...(call.headers ? { headers: call.headers } : {}) };
  }
  return items;
}

function readPage<T>(body: unknown, readItem: Reader<T>): { values: T[]; nextLink: string | undefined } | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const { value, "@odata.nextLink": nextLink } = body as { value?: unknown; "@odata.nextLink"?: unknown };
  if (!Array.isArray(value)) return undefined;
  if (nextLink !== undefined && nextLink !== null && typeof nextLink !== "string") return undefined;
  const values: T[] = [];
  for (const item of value) {
    const read = readItem(item);
    if (read === undefined) return undefined;
    values.push(read);
  }
  return { values, nextLink: typeof nextLink === "string" ? nextLink : undefined };
}
