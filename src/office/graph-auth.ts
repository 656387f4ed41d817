/**
 * Sign-in for the directory lookup: nested app authentication (NAA) through
 * MSAL, where the deployment built Postvakt with a Graph client id
 * (POSTVAKT_GRAPH_CLIENT_ID) and Outlook supports NestedAppAuth 1.1.
 *
 * MSAL is loaded with a dynamic import, so it is its own chunk: a task pane
 * that never offers the lookup never downloads it.
 */
import { createGraphDirectory, GRAPH_SCOPES, GraphLookupError, type DirectoryLookup, type FetchLike, type TokenSource } from "./graph";

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

function errorCode(error: unknown): string {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === "string" ? code : "";
}

/** A token source over MSAL's nestable client: silently first, a sign-in window when Outlook asks for one. */
export function naaTokenSource(clientId: string): TokenSource {
  let client: Promise<import("@azure/msal-browser").IPublicClientApplication> | undefined;
  const load = () => {
    client ??= import(/* webpackChunkName: "msal" */ "@azure/msal-browser").then((msal) =>
      msal.createNestablePublicClientApplication({ auth: { clientId, authority: "https://login.microsoftonline.com/common" } }),
    );
    return client;
  };
  return async () => {
    let pca: import("@azure/msal-browser").IPublicClientApplication;
    try {
      pca = await load();
    } catch {
      client = undefined;
      throw new GraphLookupError("unavailable");
    }
    const request = { scopes: [...GRAPH_SCOPES] };
    try {
      return (await pca.acquireTokenSilent(request)).accessToken;
    } catch {
      // Consent or sign-in needed: ask the user (this runs on their click).
    }
    try {
      return (await pca.acquireTokenPopup(request)).accessToken;
    } catch (error) {
      throw new GraphLookupError(errorCode(error) === "user_cancelled" ? "cancelled" : "signIn");
    }
  };
}

/**
 * The directory lookup where the deployment configured it and Outlook
 * supports it; undefined otherwise (the Signatur view then shows no button).
 */
export function configuredDirectory(fetchImpl: FetchLike = (url, init) => fetch(url, init)): DirectoryLookup | undefined {
  const clientId = graphClientId();
  if (!clientId || !supportsNestedAppAuth()) return undefined;
  return createGraphDirectory(naaTokenSource(clientId), fetchImpl);
}
