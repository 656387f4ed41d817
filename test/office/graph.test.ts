/**
 * The directory lookup against a fake Microsoft Graph that answers as the
 * documentation says: `GET /me?$select=…` gives the user with null for
 * empty properties and `businessPhones` as a list; errors come as
 * `{ error: { code, message, innerError } }` with the HTTP status
 * (401 InvalidAuthenticationToken, 403 Authorization_RequestDenied,
 * 429 TooManyRequests with Retry-After, 503 serviceNotAvailable).
 * MSAL is replaced by a module mock shaped like its nestable client.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  GRAPH_ME_URL,
  GraphLookupError,
  createGraphDirectory,
  detailsFromGraphUser,
  type FetchLike,
  type GraphLookupFailure,
} from "../../src/office/graph";
import { mergeDirectoryDetails, overwriteWith } from "../../src/core";

const msal = vi.hoisted(() => ({
  silent: vi.fn<() => Promise<{ accessToken: string }>>(),
  popup: vi.fn<() => Promise<{ accessToken: string }>>(),
  configs: [] as unknown[],
}));

vi.mock("@azure/msal-browser", () => ({
  createNestablePublicClientApplication: async (configuration: unknown) => {
    msal.configs.push(configuration);
    return { acquireTokenSilent: msal.silent, acquireTokenPopup: msal.popup };
  },
}));

const { configuredDirectory, naaTokenSource } = await import("../../src/office/graph-auth");

interface Request {
  url: string;
  headers: Record<string, string>;
}

/** Graph's `/me`, as documented. */
function fakeGraph(respond: (request: Request) => { status: number; body: unknown; headers?: Record<string, string> } | "network" | "notJson") {
  const requests: Request[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    requests.push({ url, headers: init.headers });
    const answer = respond({ url, headers: init.headers });
    if (answer === "network") throw new TypeError("Failed to fetch");
    if (answer === "notJson") return new Response("<html>proxy login</html>", { status: 200, headers: { "content-type": "text/html" } });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": "application/json", ...answer.headers } });
  };
  return { fetchImpl, requests };
}

function graphError(code: string, message: string) {
  return { error: { code, message, innerError: { date: "2026-11-22T08:00:00", "request-id": "0a1b2c3d-0000-4000-8000-000000000000", "client-request-id": "0a1b2c3d-0000-4000-8000-000000000001" } } };
}

const ME = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(givenName,surname,jobTitle,department,businessPhones,mobilePhone)/$entity",
  givenName: "Anna",
  surname: "Andersson",
  jobTitle: "Bygglovshandläggare",
  department: "Sektor samhällsbyggnad",
  businessPhones: ["+46 303 33 00 00"],
  mobilePhone: null,
};

async function failureOf(promise: Promise<unknown>): Promise<GraphLookupFailure | "resolved" | "other"> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof GraphLookupError ? error.kind : "other";
  }
}

afterEach(() => {
  msal.silent.mockReset();
  msal.popup.mockReset();
  msal.configs.length = 0;
});

describe("Graph /me as signature details", () => {
  it("asks for exactly the fields it needs, with the token, and maps them", async () => {
    const graph = fakeGraph(() => ({ status: 200, body: ME }));
    const details = await createGraphDirectory(async () => "token-123", graph.fetchImpl).fetchDetails();
    expect(graph.requests).toEqual([{ url: GRAPH_ME_URL, headers: { Authorization: "Bearer token-123", Accept: "application/json" } }]);
    expect(new URL(GRAPH_ME_URL).searchParams.get("$select")).toBe("givenName,surname,jobTitle,department,businessPhones,mobilePhone");
    expect(details).toEqual({ givenName: "Anna", surname: "Andersson", title: "Bygglovshandläggare", department: "Sektor samhällsbyggnad", phone: "+46 303 33 00 00" });
  });

  it("leaves out what the directory does not have (null, empty list, blank)", () => {
    expect(detailsFromGraphUser({ givenName: "Anna", surname: null, jobTitle: "  ", businessPhones: [], mobilePhone: "070-123 45 67" })).toEqual({ givenName: "Anna", mobile: "070-123 45 67" });
  });

  it.each([
    [401, graphError("InvalidAuthenticationToken", "Access token is empty."), "signIn"],
    [403, graphError("Authorization_RequestDenied", "Insufficient privileges to complete the operation."), "forbidden"],
    [429, graphError("TooManyRequests", "Too many requests."), "throttled"],
    [503, graphError("serviceNotAvailable", "Service unavailable."), "unavailable"],
    [404, graphError("Request_ResourceNotFound", "Resource does not exist."), "badResponse"],
  ] as const)("turns HTTP %i into %s", async (status, body, kind) => {
    const graph = fakeGraph(() => ({ status, body, ...(status === 429 ? { headers: { "Retry-After": "10" } } : {}) }));
    expect(await failureOf(createGraphDirectory(async () => "t", graph.fetchImpl).fetchDetails())).toBe(kind);
  });

  it("turns a network failure or an answer that is not JSON into a failure kind, never Graph's text", async () => {
    expect(await failureOf(createGraphDirectory(async () => "t", fakeGraph(() => "network").fetchImpl).fetchDetails())).toBe("unavailable");
    expect(await failureOf(createGraphDirectory(async () => "t", fakeGraph(() => "notJson").fetchImpl).fetchDetails())).toBe("badResponse");
  });

  it("does not call Graph when there is no token", async () => {
    const graph = fakeGraph(() => ({ status: 200, body: ME }));
    const lookup = createGraphDirectory(() => Promise.reject(new GraphLookupError("cancelled")), graph.fetchImpl);
    expect(await failureOf(lookup.fetchDetails())).toBe("cancelled");
    expect(graph.requests).toEqual([]);
  });
});

describe("putting directory details into the form", () => {
  it("fills only empty fields and names those that differ", () => {
    const merge = mergeDirectoryDetails({ givenName: "Anna", title: "Handläggare", phone: "" }, { givenName: "Anna", title: "Bygglovshandläggare", phone: "0303-33 00 00", department: "Sektor samhällsbyggnad" });
    expect(merge.details).toEqual({ givenName: "Anna", title: "Handläggare", phone: "0303-33 00 00", department: "Sektor samhällsbyggnad" });
    expect(merge.filled).toEqual(["phone", "department"]);
    expect(merge.differing).toEqual(["title"]);
    expect(overwriteWith(merge.details, { title: "Bygglovshandläggare" }, merge.differing).title).toBe("Bygglovshandläggare");
  });
});

describe("the token by nested app authentication", () => {
  it("takes the token silently when Outlook has one", async () => {
    msal.silent.mockResolvedValue({ accessToken: "silent-token" });
    expect(await naaTokenSource("11111111-2222-3333-4444-555555555555")()).toBe("silent-token");
    expect(msal.popup).not.toHaveBeenCalled();
    expect(msal.configs).toEqual([{ auth: { clientId: "11111111-2222-3333-4444-555555555555", authority: "https://login.microsoftonline.com/common" } }]);
    expect(msal.silent).toHaveBeenCalledWith({ scopes: ["User.Read"] });
  });

  it("asks the user when consent or sign-in is needed", async () => {
    msal.silent.mockRejectedValue(Object.assign(new Error("consent"), { errorCode: "consent_required", name: "InteractionRequiredAuthError" }));
    msal.popup.mockResolvedValue({ accessToken: "popup-token" });
    expect(await naaTokenSource("id")()).toBe("popup-token");
  });

  it("says cancelled when the user closes the sign-in window, signIn for other MSAL errors", async () => {
    msal.silent.mockRejectedValue(new Error("interaction_required"));
    msal.popup.mockRejectedValueOnce(Object.assign(new Error("cancelled"), { errorCode: "user_cancelled", name: "BrowserAuthError" }));
    expect(await failureOf(naaTokenSource("id")())).toBe("cancelled");
    msal.popup.mockRejectedValueOnce(Object.assign(new Error("x"), { errorCode: "invalid_client", name: "ServerError" }));
    expect(await failureOf(naaTokenSource("id")())).toBe("signIn");
  });

  it("is not offered when the build has no client id", () => {
    const restore = installRequirements(true);
    try {
      expect(configuredDirectory()).toBeUndefined();
    } finally {
      restore();
    }
  });
});

/** A minimal Office global whose requirements say whether NestedAppAuth 1.1 is there. */
function installRequirements(naa: boolean): () => void {
  const globals = globalThis as unknown as { Office?: unknown };
  const previous = globals.Office;
  globals.Office = { context: { requirements: { isSetSupported: (name: string) => naa && name === "NestedAppAuth" } } };
  return () => {
    globals.Office = previous;
  };
}
