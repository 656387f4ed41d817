/**
 * The token by nested app authentication. MSAL is replaced by a module mock
 * shaped like its nestable client; its errors are shaped like the ones MSAL
 * 5 raises (the NAA bridge's ClientAuthError "user_canceled", the browser's
 * "user_cancelled", InteractionRequiredAuthError, ServerError with an
 * AADSTS code). The last test runs the token through the client to a local
 * server.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GraphError, createGraphClient } from "../../../src/office/graph/client";
import { getMe } from "../../../src/office/graph/me";
import { kindOf, startGraphServer, type GraphServer } from "./graph-server";

const msal = vi.hoisted(() => ({
  silent: vi.fn<(request: { scopes: string[] }) => Promise<{ accessToken: string }>>(),
  popup: vi.fn<(request: { scopes: string[] }) => Promise<{ accessToken: string }>>(),
  configs: [] as unknown[],
  failLoad: false,
}));

vi.mock("@azure/msal-browser", () => ({
  createNestablePublicClientApplication: async (configuration: unknown) => {
    if (msal.failLoad) throw new Error("chunk failed");
    msal.configs.push(configuration);
    return { acquireTokenSilent: msal.silent, acquireTokenPopup: msal.popup };
  },
}));

const { configuredGraphClient, graphClientId, kindForMsalError, naaTokenSource, supportsNestedAppAuth } = await import("../../../src/office/graph/auth");

function msalError(name: string, errorCode: string, errorMessage = "", subError = "") {
  return Object.assign(new Error(errorMessage || errorCode), { name, errorCode, errorMessage, subError });
}

afterEach(() => {
  msal.silent.mockReset();
  msal.popup.mockReset();
  msal.configs.length = 0;
  msal.failLoad = false;
});

describe("the token by nested app authentication", () => {
  it("takes the token silently when Outlook has one, for exactly the scopes asked", async () => {
    msal.silent.mockResolvedValue({ accessToken: "silent-token" });
    expect(await naaTokenSource("11111111-2222-3333-4444-555555555555")(["MailboxSettings.ReadWrite"])).toBe("silent-token");
    expect(msal.popup).not.toHaveBeenCalled();
    expect(msal.configs).toEqual([{ auth: { clientId: "11111111-2222-3333-4444-555555555555", authority: "https://login.microsoftonline.com/common" } }]);
    expect(msal.silent).toHaveBeenCalledWith({ scopes: ["MailboxSettings.ReadWrite"] });
  });

  it("creates MSAL's client once for all calls", async () => {
    msal.silent.mockResolvedValue({ accessToken: "t" });
    const tokens = naaTokenSource("id");
    await tokens(["User.Read"]);
    await tokens(["Calendars.ReadWrite"]);
    expect(msal.configs).toHaveLength(1);
    expect(msal.silent.mock.calls.map(([request]) => request.scopes)).toEqual([["User.Read"], ["Calendars.ReadWrite"]]);
  });

  it("opens the sign-in window when consent or sign-in is needed", async () => {
    msal.silent.mockRejectedValue(msalError("InteractionRequiredAuthError", "consent_required"));
    msal.popup.mockResolvedValue({ accessToken: "popup-token" });
    expect(await naaTokenSource("id")(["Calendars.ReadWrite"])).toBe("popup-token");
    expect(msal.popup).toHaveBeenCalledWith({ scopes: ["Calendars.ReadWrite"] });
  });

  it.each([
    ["the NAA bridge's user_canceled", msalError("ClientAuthError", "user_canceled"), "cancelled"],
    ["the browser's user_cancelled", msalError("BrowserAuthError", "user_cancelled"), "cancelled"],
    ["consent the window could not get", msalError("InteractionRequiredAuthError", "interaction_required"), "consent"],
    ["AADSTS65001 from the server", msalError("ServerError", "invalid_grant", "AADSTS65001: The user or administrator has not consented to use the application."), "consent"],
    ["admin approval needed (AADSTS90094)", msalError("ServerError", "", "", "AADSTS90094"), "consent"],
    ["no network", msalError("ClientAuthError", "no_network_connectivity"), "unavailable"],
    ["a timed-out window", msalError("BrowserAuthError", "timed_out"), "timeout"],
    ["an unknown client", msalError("ServerError", "invalid_client"), "signIn"],
    ["something that is not an MSAL error", new TypeError("x"), "signIn"],
  ] as const)("maps a sign-in window failing with %s to a kind", async (_label, error, kind) => {
    msal.silent.mockRejectedValue(msalError("InteractionRequiredAuthError", "interaction_required"));
    msal.popup.mockRejectedValue(error);
    expect(await kindOf(naaTokenSource("id")(["User.Read"]))).toBe(kind);
  });

  it("never opens a window when the caller asked for none (a look on opening the pane)", async () => {
    msal.silent.mockRejectedValue(msalError("InteractionRequiredAuthError", "interaction_required"));
    msal.popup.mockResolvedValue({ accessToken: "popup-token" });
    expect(await kindOf(naaTokenSource("id")(["MailboxSettings.ReadWrite"], { interactive: false }))).toBe("signIn");
    expect(msal.popup).not.toHaveBeenCalled();
    msal.silent.mockResolvedValue({ accessToken: "silent-token" });
    expect(await naaTokenSource("id")(["MailboxSettings.ReadWrite"], { interactive: false })).toBe("silent-token");
  });

  it("does not open a window when silent sign-in failed for want of a network", async () => {
    msal.silent.mockRejectedValue(msalError("ClientAuthError", "no_network_connectivity"));
    expect(await kindOf(naaTokenSource("id")(["User.Read"]))).toBe("unavailable");
    expect(msal.popup).not.toHaveBeenCalled();
  });

  it("reads interaction_required from the silent call as 'open the window', not as consent", () => {
    expect(kindForMsalError(msalError("InteractionRequiredAuthError", "interaction_required"), false)).toBe("signIn");
    expect(kindForMsalError(msalError("InteractionRequiredAuthError", "interaction_required"), true)).toBe("consent");
  });

  it("says unavailable when MSAL cannot be loaded, and loads it again next time", async () => {
    msal.failLoad = true;
    const tokens = naaTokenSource("id");
    expect(await kindOf(tokens(["User.Read"]))).toBe("unavailable");
    msal.failLoad = false;
    msal.silent.mockResolvedValue({ accessToken: "t" });
    expect(await tokens(["User.Read"])).toBe("t");
  });

  it("keeps nothing of MSAL's text in the error", async () => {
    msal.silent.mockRejectedValue(msalError("InteractionRequiredAuthError", "interaction_required"));
    msal.popup.mockRejectedValue(msalError("ServerError", "invalid_client", "AADSTS700016: Application with identifier 'x' was not found in the directory 'Ale kommun'."));
    const error = await naaTokenSource("id")(["User.Read"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(`${(error as Error).message} ${JSON.stringify(error)}`).not.toMatch(/AADSTS|Ale kommun|identifier/);
  });
});

describe("a Graph call with the NAA token", () => {
  let server: GraphServer;
  beforeAll(async () => {
    server = await startGraphServer();
  });
  afterAll(() => server.close());

  it("sends MSAL's token for the call's scopes to Graph", async () => {
    msal.silent.mockImplementation(async (request) => ({ accessToken: `naa:${request.scopes.join(",")}` }));
    server.answer(() => ({ status: 200, json: { givenName: "Anna" } }));
    const graph = createGraphClient({ tokenFor: naaTokenSource("id"), fetchImpl: fetch, baseUrl: server.baseUrl });
    expect(await getMe(graph)).toEqual({ givenName: "Anna" });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer naa:User.Read"]);
  });

  it("sends nothing when the user closes the sign-in window", async () => {
    server.requests.length = 0;
    msal.silent.mockRejectedValue(msalError("InteractionRequiredAuthError", "interaction_required"));
    msal.popup.mockRejectedValue(msalError("ClientAuthError", "user_canceled"));
    const graph = createGraphClient({ tokenFor: naaTokenSource("id"), fetchImpl: fetch, baseUrl: server.baseUrl });
    expect(await kindOf(getMe(graph))).toBe("cancelled");
    expect(server.requests).toEqual([]);
  });
});

describe("whether Graph is offered", () => {
  it("is not offered when the build has no client id, even where Outlook has NAA", () => {
    const restore = installRequirements(() => true);
    try {
      expect(graphClientId()).toBe("");
      expect(supportsNestedAppAuth()).toBe(true);
      expect(configuredGraphClient()).toBeUndefined();
    } finally {
      restore();
    }
  });

  it("asks Outlook for NestedAppAuth 1.1, and says no when Outlook cannot tell", () => {
    const asked: [string, string | undefined][] = [];
    let restore = installRequirements((name, version) => {
      asked.push([name, version]);
      return false;
    });
    try {
      expect(supportsNestedAppAuth()).toBe(false);
      expect(asked).toEqual([["NestedAppAuth", "1.1"]]);
    } finally {
      restore();
    }
    restore = installRequirements(() => {
      throw new Error("no requirements here");
    });
    try {
      expect(supportsNestedAppAuth()).toBe(false);
    } finally {
      restore();
    }
  });
});

/** A minimal Office global whose requirements answer with `isSetSupported`. */
function installRequirements(isSetSupported: (name: string, version?: string) => boolean): () => void {
  const globals = globalThis as unknown as { Office?: unknown };
  const previous = globals.Office;
  globals.Office = { context: { requirements: { isSetSupported } } };
  return () => {
    globals.Office = previous;
  };
}
