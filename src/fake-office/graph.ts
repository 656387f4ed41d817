/**
 * A simulated Microsoft Graph v1.0 for the demo and the tests: the signed-in
 * user's mailbox settings (time zone, automatic replies), calendar, Inbox
 * rules, directory and own entry, held in memory and answered through a
 * `fetch`-shaped function (`graph.fetch`, a FetchLike for
 * src/office/graph/client.ts), with a simulated token broker for nested app
 * authentication in front of it (`graph.broker`, shaped like MSAL's nestable
 * client). Nothing goes over the network.
 *
 *   const graph = new FakeGraph({ user: { emailAddress: "anna.handlaggare@mjolby.se", displayName: "Anna Handläggare" } });
 *   const client = createGraphClient({ fetchImpl: graph.fetch, tokenFor: nestedAppTokenSource(async () => graph.broker) });
 *
 * It answers as Graph documents it (https://learn.microsoft.com/graph/api/):
 *  - GET/PATCH /me/mailboxSettings: a PATCH keeps what it does not name;
 *    scheduled times come back in UTC, the replies as whole HTML documents;
 *  - GET /me/calendarView (startDateTime, endDateTime required; times in the
 *    zone of `Prefer: outlook.timezone`, else UTC; `$top` pages with
 *    `@odata.nextLink`), POST /me/events (201; all-day events must start and
 *    end at midnight);
 *  - GET /me/mailFolders/inbox/messageRules;
 *  - GET /users with `$search="displayName:…"` (needs `ConsistencyLevel:
 *    eventual`; each word matches the start of a word of the name);
 *  - GET /me; `$select` on each where Graph takes it.
 * Errors are Graph's `{ error: { code, message, innerError: { date,
 * request-id, client-request-id } } }` with the status Graph gives: 401
 * without a valid token, 403 when the token lacks every permission the call
 * accepts, 400 for a request Graph refuses. Only the requests Postvakt makes
 * are simulated; any other path answers 400, as Graph does for a segment it
 * does not know, so a new call shows up in a test instead of passing quietly.
 *
 * The token broker grants a permission the first time it is asked for it
 * with a sign-in window (the user consents), and from then on silently too;
 * as in Entra, a token carries every permission consented so far. With
 * `consent: "refused"` (a tenant where only an administrator may consent)
 * every request for a token fails as MSAL reports AADSTS65001/90094.
 *
 * Failure injection: `inject({ status: 429, retryAfter: 30 })` (optionally
 * only for a method or a path, or `times` requests) answers with Graph's
 * error for that status; `status: "network"` makes fetch reject as offline.
 * The state is plain JSON (`graph.state`, a copy; `new FakeGraph({ state })`
 * restores one), and `requests` logs each call's method, path, query and
 * status (never a body or a token).
 */
import { graphDateTime, graphInstant, graphTimestamp, ianaZone, parseWall } from "./graph-time";

export const GRAPH_ORIGIN = "https://graph.microsoft.com";
export const GRAPH_V1 = `${GRAPH_ORIGIN}/v1.0`;

export interface DateTimeTimeZoneJson {
  dateTime: string;
  timeZone: string;
}

export type AutomaticRepliesStatus = "disabled" | "alwaysEnabled" | "scheduled";
export type ExternalAudience = "none" | "contactsOnly" | "all";

export interface SimAutomaticReplies {
  status: AutomaticRepliesStatus;
  externalAudience: ExternalAudience;
  /** HTML, as Exchange keeps it ("" for none). */
  internalReplyMessage: string;
  externalReplyMessage: string;
  /** In UTC, as Graph gives them back; Exchange keeps a range even when the replies are not scheduled. */
  scheduledStartDateTime: DateTimeTimeZoneJson;
  scheduledEndDateTime: DateTimeTimeZoneJson;
}

export interface SimMailboxSettings {
  /** The mailbox's time zone, by the name it was set with. */
  timeZone: string;
  language: { locale: string; displayName: string };
  automaticRepliesSetting: SimAutomaticReplies;
}

export interface SimEvent {
  id: string;
  subject: string;
  /** As written, in the zone it was written in. */
  start: DateTimeTimeZoneJson;
  end: DateTimeTimeZoneJson;
  showAs: string;
  isAllDay: boolean;
  sensitivity: string;
  /** The attendees' addresses (Postvakt never sends any: Exchange would invite them). */
  attendees: string[];
  createdDateTime: string;
}

export interface SimRecipient {
  emailAddress: { name?: string; address: string };
}

export interface SimRule {
  id: string;
  displayName: string;
  sequence: number;
  isEnabled: boolean;
  hasError: boolean;
  isReadOnly: boolean;
  conditions: Record<string, unknown>;
  actions: {
    forwardTo?: SimRecipient[];
    forwardAsAttachmentTo?: SimRecipient[];
    redirectTo?: SimRecipient[];
    moveToFolder?: string;
    stopProcessingRules?: boolean;
  };
}

export interface SimPerson {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
  userPrincipalName: string;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
  preferredLanguage: string | null;
}

/** Everything the simulated tenant holds for the signed-in user. Plain JSON. */
export interface GraphState {
  readonly version: 1;
  /** The signed-in user's id in `directory`. */
  me: string;
  mailboxSettings: SimMailboxSettings;
  events: SimEvent[];
  messageRules: SimRule[];
  directory: SimPerson[];
  /** Delegated permissions the user has consented to, in the order given. */
  consented: string[];
  /** For new ids. */
  serial: number;
}

export type GraphMethod = "GET" | "POST" | "PATCH" | "DELETE";

export interface GraphFault {
  /** Only requests with this method (default: any). */
  readonly method?: GraphMethod;
  /** Only requests whose path (under /v1.0, any case) starts with this, e.g. "/me/events" (default: any). */
  readonly path?: string;
  /** The HTTP status answered with Graph's error for it, or "network": fetch rejects, as offline. */
  readonly status: number | "network";
  /** Seconds, for a Retry-After header. */
  readonly retryAfter?: number;
  /** How many requests it answers before it is spent (default: every one). */
  readonly times?: number;
}

export interface GraphRequestRecord {
  readonly method: string;
  /** Under /v1.0, as sent: "/me/mailboxSettings". */
  readonly path: string;
  /** Decoded. */
  readonly query: Readonly<Record<string, string>>;
  readonly status: number | "network";
  /** The permissions the token carried (none without a valid token). */
  readonly scopes: readonly string[];
}

export interface TokenRequestRecord {
  readonly scopes: readonly string[];
  readonly interactive: boolean;
  readonly outcome: "granted" | "interactionRequired" | "refused";
}

/** "user": the user may consent (the first sign-in window grants); "refused": only an administrator may, and has not. */
export type ConsentPolicy = "user" | "refused";

/** What the simulated fetch gives: the part of a Response src/office/graph/client.ts reads. */
export interface SimResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body: { cancel(): Promise<void> } | null;
  text(): Promise<string>;
}

export interface SimFetchInit {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal?: AbortSignal;
}

/** MSAL's answer, as far as a caller reads it. */
export interface SimTokenResult {
  readonly accessToken: string;
  readonly scopes: readonly string[];
}

/** The part of MSAL's nestable public client application the simulation plays. */
export interface SimTokenBroker {
  acquireTokenSilent(request: { scopes: string[] }): Promise<SimTokenResult>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<SimTokenResult>;
}

export interface FakeGraphOptions {
  /** The signed-in user (default: Anna Handläggare at mjolby.se). Ignored with `state`. */
  readonly user?: { readonly emailAddress: string; readonly displayName: string };
  /** A saved `state` to start from instead of the seeded one (ignored when it does not read). */
  readonly state?: unknown;
  readonly consent?: ConsentPolicy;
  /** The server's clock (default Date.now). */
  readonly now?: () => number;
  /** How long each answer and token takes, in ms (default 0: the next turn). */
  readonly latencyMs?: number;
  readonly faults?: readonly GraphFault[];
}

const DEFAULT_USER = { emailAddress: "anna.handlaggare@mjolby.se", displayName: "Anna Handläggare" };

/** Scopes MSAL adds by itself; they are no Graph permissions. */
const OIDC_SCOPES = new Set(["openid", "profile", "offline_access", "email"]);

const SHOW_AS = ["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"] as const;
const SENSITIVITIES = ["normal", "personal", "private", "confidential"] as const;
const STATUSES = ["disabled", "alwaysEnabled", "scheduled"] as const;
const AUDIENCES = ["none", "contactsOnly", "all"] as const;

/** The error code Graph answers each status with here (the mailbox workloads' codes where they have their own). */
const ERROR_FOR_STATUS: Readonly<Record<number, { code: string; message: string }>> = {
  400: { code: "BadRequest", message: "The request could not be read." },
  401: { code: "InvalidAuthenticationToken", message: "Access token is empty or not valid." },
  403: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
  404: { code: "ResourceNotFound", message: "The resource could not be found." },
  405: { code: "BadRequest", message: "The HTTP method is not allowed for this resource." },
  409: { code: "ErrorIrresolvableConflict", message: "The change conflicts with another one." },
  429: { code: "TooManyRequests", message: "Too many requests. Try again later." },
  500: { code: "InternalServerError", message: "An internal server error occurred." },
  502: { code: "BadGateway", message: "Bad gateway." },
  503: { code: "serviceNotAvailable", message: "The service is temporarily unavailable. Try again later." },
  504: { code: "GatewayTimeout", message: "The gateway timed out." },
};

// Functions, not generic arrows: the build reads .ts as TSX, where "<T>(" opens an element.
function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A request Graph refuses, with the status and error it answers. */
class Refusal {
  constructor(
    readonly status: number,
    readonly code?: string,
    readonly message?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

interface Answer {
  readonly status: number;
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

interface Route {
  readonly pattern: RegExp;
  /** Permissions that let a token make the call, any one of them. */
  readonly scopes: readonly string[];
  /** For a write (PATCH, POST, DELETE), where it needs more than a read. */
  readonly writeScopes?: readonly string[];
  readonly methods: Partial<Record<GraphMethod, (request: ParsedRequest) => Answer>>;
}

interface ParsedRequest {
  readonly method: GraphMethod;
  /** Lower case, no trailing slash. */
  readonly route: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The seeded tenant: Anna's mailbox in Mjölby, her colleagues, and an Inbox rule that sends mail to Gmail. */
export function seededGraphState(user: { readonly emailAddress: string; readonly displayName: string } = DEFAULT_USER, now: number = Date.now()): GraphState {
  const domain = user.emailAddress.slice(user.emailAddress.indexOf("@") + 1);
  const [givenName, ...rest] = user.displayName.split(" ");
  const person = (id: string, displayName: string, local: string | null, jobTitle: string | null, department: string | null, phone: string | null): SimPerson => {
    const [given, ...family] = displayName.split(" ");
    return {
      id,
      displayName,
      givenName: local ? (given ?? null) : null,
      surname: local ? family.join(" ") || null : null,
      mail: local ? `${local}@${domain}` : null,
      userPrincipalName: `${local ?? id}@${domain}`,
      jobTitle,
      department,
      officeLocation: local ? "Stadshuset" : null,
      businessPhones: phone ? [phone] : [],
      mobilePhone: null,
      preferredLanguage: local ? "sv-SE" : null,
    };
  };
  const me: SimPerson = {
    ...person("5f1c0b7e-0000-4000-8000-000000000001", user.displayName, user.emailAddress.slice(0, user.emailAddress.indexOf("@")), "Biståndshandläggare", "Socialförvaltningen", "0142-852 14"),
    givenName: givenName ?? null,
    surname: rest.join(" ") || null,
    mail: user.emailAddress,
    userPrincipalName: user.emailAddress,
  };
  // Invented numbers in Mjölby's area code; the people are fictitious.
  const directory = [
    me,
    person("5f1c0b7e-0000-4000-8000-000000000002", "Lisa Berg", "lisa.berg", "Biståndshandläggare", "Socialförvaltningen", "0142-852 31"),
    person("5f1c0b7e-0000-4000-8000-000000000003", "Lars Berglund", "lars.berglund", "Socialsekreterare", "Socialförvaltningen", "0142-852 47"),
    person("5f1c0b7e-0000-4000-8000-000000000004", "Karin Lindqvist", "karin.lindqvist", "Enhetschef", "Socialförvaltningen", "0142-852 05"),
    person("5f1c0b7e-0000-4000-8000-000000000005", "Sara Lind", "sara.lind", "Miljöinspektör", "Miljö- och samhällsbyggnadsförvaltningen", "0142-853 12"),
    person("5f1c0b7e-0000-4000-8000-000000000006", "Johan Ek", "johan.ek", "Administratör", "Kommunledningsförvaltningen", "0142-853 40"),
    // A room in the directory: no mailbox of its own to write to, no name parts.
    person("5f1c0b7e-0000-4000-8000-000000000007", "Konferensrum Svartån", null, null, null, null),
  ];
  const lastRange = now - 30 * 86_400_000;
  return {
    version: 1,
    me: me.id,
    mailboxSettings: {
      timeZone: "W. Europe Standard Time",
      language: { locale: "sv-SE", displayName: "svenska (Sverige)" },
      automaticRepliesSetting: {
        status: "disabled",
        externalAudience: "all",
        internalReplyMessage: "",
        externalReplyMessage: "",
        scheduledStartDateTime: { dateTime: graphDateTime(lastRange, "UTC"), timeZone: "UTC" },
        scheduledEndDateTime: { dateTime: graphDateTime(lastRange + 86_400_000, "UTC"), timeZone: "UTC" },
      },
    },
    events: [],
    messageRules: [
      {
        id: "AQAAAJ5dZqA=",
        displayName: "Kopia till privata mejlen",
        sequence: 1,
        isEnabled: true,
        hasError: false,
        isReadOnly: false,
        conditions: { sentToMe: true },
        actions: { forwardTo: [{ emailAddress: { name: `${givenName ?? "Anna"} privat`, address: "anna.handlaggare.privat@gmail.com" } }], stopProcessingRules: false },
      },
      {
        id: "AQAAAJ5dZqE=",
        displayName: "Nyhetsbrev till egen mapp",
        sequence: 2,
        isEnabled: true,
        hasError: false,
        isReadOnly: false,
        conditions: { senderContains: [`nyhetsbrev@${domain}`] },
        actions: { moveToFolder: "AAMkAGNyhetsbrev", stopProcessingRules: true },
      },
    ],
    directory,
    consented: [],
    serial: 1,
  };
}

function readState(value: unknown): GraphState | undefined {
  if (!isObject(value) || value.version !== 1 || typeof value.me !== "string") return undefined;
  if (!isObject(value.mailboxSettings) || !isObject(value.mailboxSettings.automaticRepliesSetting)) return undefined;
  if (!Array.isArray(value.events) || !Array.isArray(value.messageRules) || !Array.isArray(value.directory) || !Array.isArray(value.consented)) return undefined;
  if (typeof value.serial !== "number" || !value.directory.some((p) => isObject(p) && p.id === value.me)) return undefined;
  return copy(value) as unknown as GraphState;
}

/** Exchange keeps a reply as a whole HTML document (the form of Graph's documented example). */
export function exchangeReplyHtml(message: string): string {
  if (!message.trim()) return "";
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(message)?.[1] ?? message.replace(/<\/?(?:html|head)[^>]*>/gi, "");
  return `<html>\n<body>\n${body.trim()}\n</body>\n</html>\n`;
}

/** Words of a name as the directory search reads them: split at spaces, punctuation and lower-to-upper case changes. */
function searchWords(text: string): string[] {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
}

const SEARCHABLE = ["displayName", "mail", "userPrincipalName", "givenName", "surname"] as const;

export class FakeGraph {
  consent: ConsentPolicy;
  latencyMs: number;
  /** Each Graph request, in order: method, path, query, status, the token's permissions. */
  readonly requests: GraphRequestRecord[] = [];
  /** Each request for a token, in order. */
  readonly tokenRequests: TokenRequestRecord[] = [];

  private current: GraphState;
  private readonly user: { readonly emailAddress: string; readonly displayName: string };
  private readonly now: () => number;
  private faults: { fault: GraphFault; left: number }[] = [];
  private readonly tokens = new Map<string, readonly string[]>();
  private readonly listeners = new Set<() => void>();
  private readonly routes: readonly Route[];
  private requestSerial = 0;

  constructor(options: FakeGraphOptions = {}) {
    this.user = options.user ?? DEFAULT_USER;
    this.now = options.now ?? (() => Date.now());
    this.consent = options.consent ?? "user";
    this.latencyMs = options.latencyMs ?? 0;
    this.current = readState(options.state) ?? seededGraphState(this.user, this.now());
    for (const fault of options.faults ?? []) this.inject(fault);
    this.routes = this.buildRoutes();
  }

  // ---- State and controls ---------------------------------------------------

  /** A copy of everything the tenant holds (plain JSON, for tests, the host page and saving). */
  get state(): GraphState {
    return copy(this.current);
  }

  toJSON(): GraphState {
    return this.state;
  }

  /** Called after every change of state and every request, so a host page can redraw. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Answers matching requests with a failure from now on (see GraphFault). */
  inject(fault: GraphFault): void {
    this.faults.push({ fault: { ...fault }, left: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** The user changes the automatic replies in Outlook's own dialog (times as Graph dateTimeTimeZone, any zone). */
  changeAutomaticReplies(change: Partial<SimAutomaticReplies>): void {
    const next = this.mergeReplies(change);
    this.current.mailboxSettings.automaticRepliesSetting = next;
    this.changed();
  }

  /** Back to the seeded tenant: nothing consented, no replies, an empty calendar. */
  reset(): void {
    this.current = seededGraphState(this.user, this.now());
    this.tokens.clear();
    this.requests.length = 0;
    this.tokenRequests.length = 0;
    this.clearFaults();
    this.changed();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private later<T>(value: () => T, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = () => {
        if (signal?.aborted) reject(new DOMException("The operation was aborted.", "AbortError"));
        else {
          try {
            resolve(value());
          } catch (error) {
            reject(error);
          }
        }
      };
      if (this.latencyMs > 0) {
        const timer = setTimeout(run, this.latencyMs);
        signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(new DOMException("The operation was aborted.", "AbortError"));
        });
      } else void Promise.resolve().then(run);
    });
  }

  // ---- The token broker (MSAL's nestable client, as the task pane uses it) ----

  /** MSAL's acquireTokenSilent / acquireTokenPopup over the simulated consent. */
  readonly broker: SimTokenBroker = {
    acquireTokenSilent: (request) => this.later(() => this.token(request.scopes, false)),
    acquireTokenPopup: (request) => this.later(() => this.token(request.scopes, true)),
  };

  private token(requested: readonly string[], interactive: boolean): SimTokenResult {
    const scopes = requested.filter((s) => !OIDC_SCOPES.has(s.toLowerCase()));
    const has = (scope: string) => this.current.consented.some((c) => c.toLowerCase() === scope.toLowerCase());
    if (this.consent === "refused") {
      this.tokenRequests.push({ scopes, interactive, outcome: "refused" });
      this.changed();
      // As MSAL reports it: silently, consent is missing; in the window, an administrator has to give it.
      throw msalError(
        "InteractionRequiredAuthError",
        "consent_required",
        interactive
          ? "AADSTS90094: An administrator of the organisation has to approve the permissions the app asks for."
          : "AADSTS65001: The user or administrator has not consented to use the application.",
      );
    }
    if (!interactive && !scopes.every(has)) {
      this.tokenRequests.push({ scopes, interactive, outcome: "interactionRequired" });
      this.changed();
      throw msalError("InteractionRequiredAuthError", "consent_required", "AADSTS65001: The user or administrator has not consented to use the application.");
    }
    for (const scope of scopes) if (!has(scope)) this.current.consented.push(scope);
    this.tokenRequests.push({ scopes, interactive, outcome: "granted" });
    const token = `simulated-graph-token-${this.current.serial++}`;
    // A token carries every permission consented to so far.
    this.tokens.set(token, [...this.current.consented]);
    this.changed();
    return { accessToken: token, scopes: [...this.current.consented] };
  }

  // ---- fetch ---------------------------------------------------------------------

  /** `fetch` for Graph's URLs (https://graph.microsoft.com/v1.0/…); anything else fails as unreachable. */
  readonly fetch = (url: string, init: SimFetchInit = {}): Promise<SimResponse> => this.later(() => this.handle(url, init), init.signal);

  private handle(url: string, init: SimFetchInit): SimResponse {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new TypeError("Failed to fetch");
    }
    if (parsed.origin !== GRAPH_ORIGIN) throw new TypeError("Failed to fetch");
    const method = (init.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(init.headers ?? {})) headers[name.toLowerCase()] = value;
    const path = parsed.pathname.replace(/^\/v1\.0(?=\/|$)/i, "");
    const query = Object.fromEntries(parsed.searchParams);
    const scopes = this.tokenScopes(headers.authorization);
    const record = (status: number | "network") => {
      this.requests.push({ method, path, query, status, scopes });
      this.changed();
    };

    const fault = this.faultFor(method, path);
    if (fault) {
      if (fault.status === "network") {
        record("network");
        throw new TypeError("Failed to fetch");
      }
      const retry: Record<string, string> = fault.retryAfter !== undefined ? { "Retry-After": String(fault.retryAfter) } : {};
      record(fault.status);
      return this.errorResponse(new Refusal(fault.status, undefined, undefined, retry));
    }

    let answer: Answer;
    try {
      answer = this.route(method, path, query, headers, init.body ?? "", scopes);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      record(error.status);
      return this.errorResponse(error);
    }
    record(answer.status);
    return response(answer.status, answer.json, { "request-id": this.requestId(), ...answer.headers });
  }

  private faultFor(method: string, path: string): GraphFault | undefined {
    const entry = this.faults.find(
      ({ fault, left }) => left > 0 && (!fault.method || fault.method === method) && (!fault.path || path.toLowerCase().startsWith(fault.path.toLowerCase())),
    );
    if (!entry) return undefined;
    entry.left--;
    return entry.fault;
  }

  private tokenScopes(authorization: string | undefined): readonly string[] {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
    return m ? (this.tokens.get(m[1]!) ?? []) : [];
  }

  private requestId(): string {
    const n = (++this.requestSerial).toString(16).padStart(12, "0");
    return `7c3e5a10-0000-4000-8000-${n}`;
  }

  private errorResponse(refusal: Refusal): SimResponse {
    const documented = ERROR_FOR_STATUS[refusal.status] ?? { code: "UnknownError", message: "An error occurred." };
    const requestId = this.requestId();
    const body = {
      error: {
        code: refusal.code ?? documented.code,
        message: refusal.message ?? documented.message,
        innerError: { date: graphTimestamp(this.now()).replace("Z", ""), "request-id": requestId, "client-request-id": requestId },
      },
    };
    return response(refusal.status, body, { "request-id": requestId, ...refusal.headers });
  }

  private route(method: string, path: string, query: Record<string, string>, headers: Record<string, string>, body: string, scopes: readonly string[]): Answer {
    let route: string;
    try {
      route = decodeURIComponent(path).replace(/\/+$/, "").toLowerCase();
    } catch {
      throw new Refusal(400);
    }
    const found = this.routes.find((r) => r.pattern.test(route));
    if (!found) throw new Refusal(400, "BadRequest", `Resource not found for the segment '${route.split("/").pop() ?? ""}'.`);
    const handler = found.methods[method as GraphMethod];
    if (!handler) throw new Refusal(405);
    if (scopes.length === 0) throw new Refusal(401);
    const accepted = method !== "GET" && found.writeScopes ? found.writeScopes : found.scopes;
    if (!accepted.some((s) => scopes.some((t) => t.toLowerCase() === s.toLowerCase()))) throw new Refusal(403);
    return handler({ method: method as GraphMethod, route, query, headers, body });
  }

  // ---- Routes --------------------------------------------------------------------

  private buildRoutes(): Route[] {
    return [
      { pattern: /^\/me$/, scopes: ["User.Read", "User.ReadWrite", "User.ReadBasic.All", "User.Read.All", "Directory.Read.All"], methods: { GET: (r) => this.getMe(r) } },
      {
        pattern: /^\/me\/mailboxsettings$/,
        scopes: ["MailboxSettings.Read", "MailboxSettings.ReadWrite"],
        writeScopes: ["MailboxSettings.ReadWrite"],
        methods: { GET: () => this.getMailboxSettings(), PATCH: (r) => this.patchMailboxSettings(r) },
      },
      { pattern: /^\/me\/calendarview$/, scopes: ["Calendars.ReadBasic", "Calendars.Read", "Calendars.ReadWrite"], methods: { GET: (r) => this.calendarView(r) } },
      { pattern: /^\/me\/events$/, scopes: ["Calendars.ReadWrite"], methods: { POST: (r) => this.createEvent(r) } },
      {
        pattern: /^\/me\/mailfolders\/inbox\/messagerules$/,
        scopes: ["MailboxSettings.Read", "MailboxSettings.ReadWrite"],
        methods: { GET: () => this.messageRules() },
      },
      { pattern: /^\/users$/, scopes: ["User.ReadBasic.All", "User.Read.All", "Directory.Read.All"], methods: { GET: (r) => this.users(r) } },
    ];
  }

  private meEntry(): SimPerson {
    return this.current.directory.find((p) => p.id === this.current.me)!;
  }

  private getMe(request: ParsedRequest): Answer {
    const fields = ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];
    const me = this.meEntry() as unknown as Record<string, unknown>;
    const selected = selectFields(request.query.$select, fields, ["department", ...fields], "user");
    return {
      status: 200,
      json: { "@odata.context": `${GRAPH_V1}/$metadata#users(${selected.join(",")})/$entity`, ...Object.fromEntries(selected.map((f) => [f, me[f] ?? null])) },
    };
  }

  private getMailboxSettings(): Answer {
    const s = this.current.mailboxSettings;
    return {
      status: 200,
      json: {
        "@odata.context": `${GRAPH_V1}/$metadata#users('${this.current.me}')/mailboxSettings`,
        timeZone: s.timeZone,
        automaticRepliesSetting: copy(s.automaticRepliesSetting),
        language: copy(s.language),
        workingHours: {
          daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
          startTime: "08:00:00.0000000",
          endTime: "17:00:00.0000000",
          timeZone: { name: s.timeZone },
        },
        dateFormat: "yyyy-MM-dd",
        timeFormat: "HH:mm",
        delegateMeetingMessageDeliveryOptions: "sendToDelegateOnly",
      },
    };
  }

  private mergeReplies(change: Readonly<Record<string, unknown>>): SimAutomaticReplies {
    const known = new Set(["status", "externalAudience", "internalReplyMessage", "externalReplyMessage", "scheduledStartDateTime", "scheduledEndDateTime", "@odata.type"]);
    for (const key of Object.keys(change)) {
      if (!known.has(key)) throw new Refusal(400, "BadRequest", `The property '${key}' does not exist on type 'microsoft.graph.automaticRepliesSetting'.`);
    }
    const before = this.current.mailboxSettings.automaticRepliesSetting;
    const next: SimAutomaticReplies = copy(before);
    if (change.status !== undefined) {
      const status = pick(change.status, STATUSES);
      if (!status) throw new Refusal(400, "BadRequest", "The value given for status is not an automaticRepliesStatus.");
      next.status = status;
    }
    if (change.externalAudience !== undefined) {
      const audience = pick(change.externalAudience, AUDIENCES);
      if (!audience) throw new Refusal(400, "BadRequest", "The value given for externalAudience is not an externalAudienceScope.");
      next.externalAudience = audience;
    }
    for (const key of ["internalReplyMessage", "externalReplyMessage"] as const) {
      const value = change[key];
      if (value === undefined) continue;
      if (value !== null && typeof value !== "string") throw new Refusal(400, "BadRequest", `The value given for ${key} is not a string.`);
      next[key] = exchangeReplyHtml(value ?? "");
    }
    for (const key of ["scheduledStartDateTime", "scheduledEndDateTime"] as const) {
      const value = change[key];
      if (value === undefined) continue;
      const instant = readDateTimeTimeZone(value, key);
      next[key] = { dateTime: graphDateTime(instant, "UTC"), timeZone: "UTC" };
    }
    if (next.status === "scheduled") {
      const start = graphInstant(next.scheduledStartDateTime)!;
      const end = graphInstant(next.scheduledEndDateTime)!;
      // Exchange refuses a range that ends before it starts (the code is the simulation's).
      if (end <= start) throw new Refusal(400, "ErrorInvalidParameter", "The scheduled end must come after the scheduled start.");
    }
    return next;
  }

  private patchMailboxSettings(request: ParsedRequest): Answer {
    const body = jsonBody(request.body);
    const writable = new Set(["automaticRepliesSetting", "timeZone", "language", "workingHours", "dateFormat", "timeFormat", "delegateMeetingMessageDeliveryOptions", "@odata.context"]);
    for (const key of Object.keys(body)) {
      if (!writable.has(key)) throw new Refusal(400, "BadRequest", `The property '${key}' does not exist on type 'microsoft.graph.mailboxSettings' or cannot be written.`);
    }
    const updated: Record<string, unknown> = {};
    let replies: SimAutomaticReplies | undefined;
    if (body.automaticRepliesSetting !== undefined) {
      if (!isObject(body.automaticRepliesSetting)) throw new Refusal(400, "BadRequest", "automaticRepliesSetting must be an object.");
      replies = this.mergeReplies(body.automaticRepliesSetting);
    }
    let timeZone: string | undefined;
    if (body.timeZone !== undefined) {
      if (typeof body.timeZone !== "string" || !ianaZone(body.timeZone)) throw new Refusal(400, "ErrorTimeZoneNotSupported", "The time zone is not supported.");
      timeZone = body.timeZone;
    }
    // Only once everything reads: a refused PATCH changes nothing.
    if (replies) {
      this.current.mailboxSettings.automaticRepliesSetting = replies;
      updated.automaticRepliesSetting = copy(replies);
    }
    if (timeZone) {
      this.current.mailboxSettings.timeZone = timeZone;
      updated.timeZone = timeZone;
    }
    return { status: 200, json: { "@odata.context": `${GRAPH_V1}/$metadata#Me/mailboxSettings`, ...updated } };
  }

  /** The zone answers are given in: Prefer outlook.timezone where Graph knows it, else UTC. */
  private answerZone(headers: Readonly<Record<string, string>>): { zone: string; applied: Record<string, string> } {
    const m = /outlook\.timezone\s*=\s*"([^"]*)"/i.exec(headers.prefer ?? "");
    if (m && ianaZone(m[1]!)) return { zone: m[1]!, applied: { "Preference-Applied": `outlook.timezone="${m[1]!}"` } };
    return { zone: "UTC", applied: {} };
  }

  private eventJson(event: SimEvent, zone: string, fields?: readonly string[]): Record<string, unknown> {
    const start = graphInstant(event.start)!;
    const end = graphInstant(event.end)!;
    const organizer = this.meEntry();
    const full: Record<string, unknown> = {
      "@odata.etag": `W/"${event.id.slice(-8)}"`,
      id: event.id,
      createdDateTime: event.createdDateTime,
      lastModifiedDateTime: event.createdDateTime,
      categories: [],
      originalStartTimeZone: event.start.timeZone,
      originalEndTimeZone: event.end.timeZone,
      reminderMinutesBeforeStart: 15,
      isReminderOn: !event.isAllDay,
      hasAttachments: false,
      subject: event.subject,
      bodyPreview: "",
      importance: "normal",
      sensitivity: event.sensitivity,
      isAllDay: event.isAllDay,
      isCancelled: false,
      isOrganizer: true,
      responseRequested: true,
      seriesMasterId: null,
      showAs: event.showAs,
      type: "singleInstance",
      isOnlineMeeting: false,
      isDraft: false,
      body: { contentType: "html", content: "" },
      start: { dateTime: graphDateTime(start, zone), timeZone: zone },
      end: { dateTime: graphDateTime(end, zone), timeZone: zone },
      location: { displayName: "", locationType: "default", uniqueIdType: "unknown" },
      locations: [],
      recurrence: null,
      attendees: event.attendees.map((address) => ({ type: "required", status: { response: "none", time: "0001-01-01T00:00:00Z" }, emailAddress: { name: address, address } })),
      organizer: { emailAddress: { name: organizer.displayName, address: organizer.mail } },
    };
    if (!fields) return full;
    return Object.fromEntries(["@odata.etag", "id", ...fields].filter((f, i, all) => all.indexOf(f) === i).map((f) => [f, full[f]]));
  }

  private calendarView(request: ParsedRequest): Answer {
    const q = lowerKeys(request.query);
    const from = q.startdatetime === undefined ? undefined : queryInstant(q.startdatetime);
    const to = q.enddatetime === undefined ? undefined : queryInstant(q.enddatetime);
    if (q.startdatetime === undefined || q.enddatetime === undefined) {
      throw new Refusal(400, "ErrorInvalidParameter", "This request needs a time window: the query parameters startDateTime and endDateTime.");
    }
    if (from === undefined || to === undefined) throw new Refusal(400, "ErrorInvalidParameter", "startDateTime and endDateTime must be ISO 8601 date-times.");
    const fields = request.query.$select === undefined ? undefined : selectFields(request.query.$select, [], Object.keys(this.eventJson(this.placeholderEvent(), "UTC")), "event");
    const top = pageSize(request.query.$top, 10, 1000);
    const skip = pageSize(request.query.$skip, 0, Number.MAX_SAFE_INTEGER, true);
    const { zone, applied } = this.answerZone(request.headers);
    const overlapping = this.current.events
      .map((e) => ({ e, start: graphInstant(e.start)!, end: graphInstant(e.end)! }))
      .filter(({ start, end }) => (end > start ? start < to && end > from : start >= from && start < to))
      .sort((a, b) => a.start - b.start || a.e.id.localeCompare(b.e.id));
    const page = overlapping.slice(skip, skip + top).map(({ e }) => this.eventJson(e, zone, fields));
    const json: Record<string, unknown> = { "@odata.context": `${GRAPH_V1}/$metadata#users('${this.current.me}')/calendarView`, value: page };
    if (skip + top < overlapping.length) {
      const next = new URLSearchParams({ ...request.query, $skip: String(skip + top) });
      json["@odata.nextLink"] = `${GRAPH_V1}/me/calendarView?${next.toString().replace(/%24/g, "$")}`;
    }
    return { status: 200, json, headers: applied };
  }

  private placeholderEvent(): SimEvent {
    return { id: "", subject: "", start: { dateTime: "2000-01-01T00:00:00", timeZone: "UTC" }, end: { dateTime: "2000-01-01T00:00:00", timeZone: "UTC" }, showAs: "busy", isAllDay: false, sensitivity: "normal", attendees: [], createdDateTime: "" };
  }

  private createEvent(request: ParsedRequest): Answer {
    const body = jsonBody(request.body);
    const writable = new Set([
      "subject",
      "body",
      "start",
      "end",
      "showAs",
      "isAllDay",
      "sensitivity",
      "attendees",
      "location",
      "categories",
      "importance",
      "isReminderOn",
      "reminderMinutesBeforeStart",
      "responseRequested",
      "allowNewTimeProposals",
      "isOnlineMeeting",
      "@odata.type",
    ]);
    for (const key of Object.keys(body)) {
      if (!writable.has(key)) throw new Refusal(400, "BadRequest", `The property '${key}' does not exist on type 'microsoft.graph.event'.`);
    }
    if (body.subject !== undefined && body.subject !== null && typeof body.subject !== "string") throw new Refusal(400, "BadRequest", "subject must be a string.");
    if (body.start === undefined || body.end === undefined) throw new Refusal(400, "ErrorInvalidRequest", "An event needs a start and an end.");
    const start = readDateTimeTimeZone(body.start, "start");
    const end = readDateTimeTimeZone(body.end, "end");
    if (end < start) throw new Refusal(400, "ErrorInvalidRequest", "The end of an event cannot come before its start.");
    const showAs = body.showAs === undefined ? "busy" : pick(body.showAs, SHOW_AS);
    const sensitivity = body.sensitivity === undefined ? "normal" : pick(body.sensitivity, SENSITIVITIES);
    if (!showAs) throw new Refusal(400, "BadRequest", "The value given for showAs is not a freeBusyStatus.");
    if (!sensitivity) throw new Refusal(400, "BadRequest", "The value given for sensitivity is not a sensitivity.");
    if (body.isAllDay !== undefined && typeof body.isAllDay !== "boolean") throw new Refusal(400, "BadRequest", "isAllDay must be true or false.");
    const isAllDay = body.isAllDay === true;
    const startJson = body.start as DateTimeTimeZoneJson;
    const endJson = body.end as DateTimeTimeZoneJson;
    if (isAllDay) {
      // Documented: an all-day event starts and ends at midnight, in one time zone.
      const midnight = (v: DateTimeTimeZoneJson) => /T00:00(?::00(?:\.0+)?)?$/.test(v.dateTime.trim());
      if (!midnight(startJson) || !midnight(endJson) || startJson.timeZone !== endJson.timeZone || end <= start) {
        throw new Refusal(400, "ErrorInvalidRequest", "An all-day event must start and end at midnight, in the same time zone.");
      }
    }
    const attendees: string[] = [];
    if (body.attendees !== undefined && body.attendees !== null) {
      if (!Array.isArray(body.attendees)) throw new Refusal(400, "BadRequest", "attendees must be a list.");
      for (const a of body.attendees) {
        const address = isObject(a) && isObject(a.emailAddress) ? a.emailAddress.address : undefined;
        if (typeof address !== "string") throw new Refusal(400, "BadRequest", "An attendee needs an emailAddress.");
        attendees.push(address);
      }
    }
    const event: SimEvent = {
      id: `AAMkAGRlbW8AEvent${String(this.current.serial++).padStart(4, "0")}`,
      subject: typeof body.subject === "string" ? body.subject : "",
      start: { dateTime: startJson.dateTime, timeZone: startJson.timeZone },
      end: { dateTime: endJson.dateTime, timeZone: endJson.timeZone },
      showAs,
      isAllDay,
      sensitivity,
      attendees,
      createdDateTime: graphTimestamp(this.now()),
    };
    this.current.events.push(event);
    const { zone, applied } = this.answerZone(request.headers);
    return { status: 201, json: { "@odata.context": `${GRAPH_V1}/$metadata#users('${this.current.me}')/events/$entity`, ...this.eventJson(event, zone) }, headers: { ...applied, Location: `${GRAPH_V1}/users/${this.current.me}/events/${event.id}` } };
  }

  private messageRules(): Answer {
    const value = [...this.current.messageRules].sort((a, b) => a.sequence - b.sequence).map((r) => copy(r));
    return { status: 200, json: { "@odata.context": `${GRAPH_V1}/$metadata#users('${this.current.me}')/mailFolders('inbox')/messageRules`, value } };
  }

  private users(request: ParsedRequest): Answer {
    const all = ["id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "jobTitle", "department", "officeLocation", "businessPhones", "mobilePhone", "preferredLanguage"];
    const defaults = ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];
    const selected = selectFields(request.query.$select, defaults, all, "user");
    const top = pageSize(request.query.$top, 100, 999);
    let people = this.current.directory;
    const search = request.query.$search;
    if (search !== undefined) {
      if ((request.headers.consistencylevel ?? "").toLowerCase() !== "eventual") {
        throw new Refusal(400, "Request_UnsupportedQuery", "A request with $search needs the header ConsistencyLevel: eventual.");
      }
      const matches = searchMatcher(search);
      people = people.filter(matches);
    }
    const value = people.slice(0, top).map((p) => Object.fromEntries(selected.map((f) => [f, (p as unknown as Record<string, unknown>)[f] ?? null])));
    return { status: 200, json: { "@odata.context": `${GRAPH_V1}/$metadata#users(${selected.join(",")})`, value } };
  }
}

// ---- Helpers ---------------------------------------------------------------------

function msalError(name: string, errorCode: string, errorMessage: string): Error {
  return Object.assign(new Error(`${errorCode}: ${errorMessage}`), { name, errorCode, errorMessage, subError: "" });
}

function response(status: number, json: unknown, headers: Readonly<Record<string, string>>): SimResponse {
  const all: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) all[name.toLowerCase()] = value;
  if (json !== undefined) all["content-type"] = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";
  const text = json === undefined ? "" : JSON.stringify(json);
  return {
    status,
    headers: { get: (name: string) => all[name.toLowerCase()] ?? null },
    body: { cancel: async () => undefined },
    text: async () => text,
  };
}

function jsonBody(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Refusal(400, "BadRequest", "Unable to read JSON request payload.");
  }
  if (!isObject(value)) throw new Refusal(400, "BadRequest", "The request body must be a JSON object.");
  return value;
}

/** A dateTimeTimeZone in a request, as an instant; refused when its time or zone cannot be read. */
function readDateTimeTimeZone(value: unknown, name: string): number {
  if (!isObject(value) || typeof value.dateTime !== "string") throw new Refusal(400, "BadRequest", `${name} must be a dateTimeTimeZone.`);
  const zone = typeof value.timeZone === "string" ? value.timeZone : "";
  if (!ianaZone(zone)) throw new Refusal(400, "TimeZoneNotSupportedException", `A valid time zone must be given; '${zone}' is not supported.`);
  const instant = graphInstant({ dateTime: value.dateTime, timeZone: zone });
  if (instant === undefined || parseWall(value.dateTime) === undefined) throw new Refusal(400, "BadRequest", `${name} has a date-time that cannot be read.`);
  return instant;
}

/** An ISO 8601 query date-time; one without an offset is taken as UTC. */
function queryInstant(text: string): number | undefined {
  const trimmed = text.trim();
  if (/(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) {
    const ms = Date.parse(trimmed);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return parseWall(trimmed);
}

function lowerKeys(query: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k.toLowerCase(), v]));
}

function pageSize(text: string | undefined, fallback: number, max: number, zeroAllowed = false): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim()) || (!zeroAllowed && Number(text) === 0)) throw new Refusal(400, "BadRequest", "Paging parameters must be whole numbers.");
  return Math.min(Number(text), max);
}

/** The properties `$select` names (case as documented), the defaults without it; refused for one the type lacks. */
function selectFields(select: string | undefined, defaults: readonly string[], known: readonly string[], type: string): string[] {
  if (select === undefined) return [...defaults];
  const out: string[] = [];
  for (const raw of select.split(",")) {
    const name = raw.trim();
    if (!name) continue;
    const found = known.find((k) => k.toLowerCase() === name.toLowerCase());
    if (!found) throw new Refusal(400, "BadRequest", `Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`);
    if (!out.includes(found)) out.push(found);
  }
  return out;
}

/** `$search` on users: `"property:words"` clauses joined by AND or OR. */
function searchMatcher(search: string): (person: SimPerson) => boolean {
  const parts = search.trim().split(/\s+(AND|OR)\s+/);
  const clauses: ((p: SimPerson) => boolean)[] = [];
  const joins: string[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      joins.push(part);
      return;
    }
    const m = /^"([A-Za-z]+):([^"]*)"$/.exec(part);
    const property = m ? SEARCHABLE.find((s) => s.toLowerCase() === m[1]!.toLowerCase()) : undefined;
    if (!m || !property) throw new Refusal(400, "Request_UnsupportedQuery", "Unsupported or malformed $search clause.");
    const words = searchWords(m[2]!);
    clauses.push((p) => {
      const value = p[property];
      if (typeof value !== "string") return false;
      const own = searchWords(value);
      return words.length > 0 && words.every((w) => own.some((o) => o.startsWith(w)));
    });
  });
  return (person) => {
    let result = clauses[0]!(person);
    for (let i = 0; i < joins.length; i++) result = joins[i] === "AND" ? result && clauses[i + 1]!(person) : result || clauses[i + 1]!(person);
    return result;
  };
}
