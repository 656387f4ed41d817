/**
 * Tokens for Microsoft Graph by nested app authentication (NAA) through
 * MSAL, where the deployment built Postvakt with a Graph client id
 * (POSTVAKT_GRAPH_CLIENT_ID) and Outlook supports NestedAppAuth 1.1.
 *
 * MSAL is loaded with a dynamic import, so it is its own chunk: a task pane
 * that never calls Graph never downloads it. Each token is asked for the
 * scopes of the one call that needs it, silently first, then with Outlook's
 * sign-in window (this runs on the user's click). MSAL's errors become
 * GraphErrors; their text is never shown, logged or kept.
 */
import { createGraphClient, GraphError, type FetchLike, type GraphClient, type GraphErrorKind, type TokenFor } from "./client";

/** The build's Graph client id ("" when the deployment did not configure one). */
export function graphClientId(): string {
  return typeof __POSTVAKT_GRAPH_CLIENT_ID__ === "string" ? __POSTVAKT_GRAPH_CLIENT_ID__.trim() : "";
}

/** True when this Outlook can give the task pane a token by nested app authentication. */
export function supportsNestedAppAuth(): boolean {
  try {
    return Office.context.requirements.isSetSupported("NestedAppAuth", "1.1");
  } catch {
    return false;
  }
}

interface MsalErrorLike {
  readonly name?: unknown;
  readonly errorCode?: unknown;
  readonly subError?: unknown;
  readonly errorMessage?: unknown;
}

function field(error: unknown, key: keyof MsalErrorLike): string {
  const value = (error as MsalErrorLike | null | undefined)?.[key];
  return typeof value === "string" ? value : "";
}

/** MSAL's spellings: the browser popup says user_cancelled, the NAA bridge user_canceled. */
const CANCELLED = new Set(["user_cancelled", "user_canceled"]);
const OFFLINE = new Set(["no_network_connectivity", "network_error", "post_request_failed", "get_request_failed"]);
const TIMED_OUT = new Set(["timed_out", "monitor_window_timeout"]);
const CONSENT_CODES = new Set(["consent_required", "interaction_required"]);
/** AADSTS65001: no consent; AADSTS90094/90095: an administrator has to grant it. */
const CONSENT_AADSTS = /AADSTS(65001|90094|90095)\b/;

/**
 * An MSAL error as a kind. `interactive` says whether it came from the sign-in
 * window: an "interaction required" there means the window could not get the
 * consent (an administrator has to give it), not that a window is needed.
 */
export function kindForMsalError(error: unknown, interactive: boolean): GraphErrorKind {
  const code = field(error, "errorCode").toLowerCase();
  if (CANCELLED.has(code)) return "cancelled";
  if (OFFLINE.has(code)) return "unavailable";
  if (TIMED_OUT.has(code)) return "timeout";
  // Only tested for the code, never kept.
  if (CONSENT_AADSTS.test(`${field(error, "errorCode")} ${field(error, "subError")} ${field(error, "errorMessage")}`)) return "consent";
  if (interactive && (CONSENT_CODES.has(code) || field(error, "name") === "InteractionRequiredAuthError")) return "consent";
  return "signIn";
}

type Msal = typeof import("@azure/msal-browser");

/**
 * The two calls of MSAL's nestable public client application the token
 * source makes (IPublicClientApplication has them). Anything that answers
 * them the way MSAL does can stand in for it.
 */
export interface NestableTokenClient {
  acquireTokenSilent(request: { scopes: string[] }): Promise<{ readonly accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ readonly accessToken: string }>;
}

/**
 * A token source over a nestable client, for the scopes each call names:
 * silently first, then (on the user's click) with the sign-in window; MSAL's
 * errors become GraphErrors. `load` gives the client; when it fails the
 * call is unavailable, and the next call loads again.
 */
export function nestedAppTokenSource(load: () => Promise<NestableTokenClient>): TokenFor {
  return async (scopes, options) => {
    let pca: NestableTokenClient;
    try {
      pca = await load();
    } catch {
      throw new GraphError("unavailable");
    }
    const request = { scopes: [...scopes] };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      // Offline: a sign-in window would fail the same way.
      const kind = kindForMsalError(error, false);
      if (kind === "unavailable") throw new GraphError(kind);
      // Otherwise consent or sign-in is needed: ask the user (this runs on their click),
      // unless the caller asked for no window.
      if (options?.interactive === false) throw new GraphError(kind);
    }
    try {
      return (await pca.acquireTokenPopup(request)).accessToken;
    } catch (error) {
      throw new GraphError(kindForMsalError(error, true));
    }
  };
}

/** A token source over MSAL's nestable client for the deployment's Entra app, MSAL loaded on first use. */
export function naaTokenSource(clientId: string): TokenFor {
  let client: Promise<NestableTokenClient> | undefined;
  return nestedAppTokenSource(() => {
    client ??= import(/* webpackChunkName: "msal" */ "@azure/msal-browser").then((msal: Msal) =>
      msal.createNestablePublicClientApplication({ auth: { clientId, authority: "https://login.microsoftonline.com/common" } }),
    );
    // The chunk may load next time.
    return client.catch((error: unknown) => {
      client = undefined;
      throw error;
    });
  });
}

/** The fetch used in Outlook: the global one, called unbound. */
const globalFetch: FetchLike = (url, init) => fetch(url, init);

/**
 * The Graph client where the deployment configured it and Outlook supports
 * NAA; undefined otherwise (the features that need Graph are then not shown).
 */
export function configuredGraphClient(fetchImpl: FetchLike = globalFetch): GraphClient | undefined {
  const clientId = graphClientId();
  if (!clientId || !supportsNestedAppAuth()) return undefined;
  return createGraphClient({ tokenFor: naaTokenSource(clientId), fetchImpl });
}
