/**
 * The Graph client against a real local HTTP server with the real fetch:
 * the request as it goes over the wire, every error kind, retries with
 * Retry-After, the time limit, and that no error carries Graph's text.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BACKOFF_MS,
  GraphError,
  MAX_PAGES,
  createGraphClient,
  getAll,
  kindForStatus,
  retryDelayMs,
  type Reader,
} from "../../../src/office/graph/client";
import { DOCUMENTED_ERRORS, clientFor, errorAnswer, kindOf, refusedBaseUrl, rejectionOf, startGraphServer, type GraphServer } from "./graph-server";

let server: GraphServer;
let other: GraphServer;

beforeAll(async () => {
  server = await startGraphServer();
  other = await startGraphServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => {
  server.requests.length = 0;
  other.requests.length = 0;
});

const anyObject: Reader<Record<string, unknown>> = (body) => (body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined);

describe("the request", () => {
  it("GETs the path under baseUrl with the query, the caller's headers and a token for exactly the call's scopes", async () => {
    server.answer(() => ({ status: 200, json: { id: "1", displayName: "Anna" } }));
    const { graph, asked } = clientFor(server);
    const body = await graph.get("/me", { scopes: ["User.Read"], query: { $select: "id,displayName" }, headers: { Prefer: 'outlook.timezone="W. Europe Standard Time"' } }, anyObject);
    expect(body).toEqual({ id: "1", displayName: "Anna" });
    expect(asked).toEqual([["User.Read"]]);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe("GET");
    expect(request!.path).toBe("/me");
    expect(request!.rawQuery).toBe("$select=id%2CdisplayName");
    expect(request!.query).toEqual({ $select: "id,displayName" });
    expect(request!.headers.authorization).toBe("Bearer token-for User.Read");
    expect(request!.headers.accept).toBe("application/json");
    expect(request!.headers.prefer).toBe('outlook.timezone="W. Europe Standard Time"');
    expect(request!.headers["content-type"]).toBeUndefined();
    expect(request!.body).toBe("");
  });

  it("sends POST and PATCH bodies as JSON, and DELETE without one", async () => {
    server.answerInTurn({ status: 201, json: { id: "AAMk" } }, { status: 200, json: { ignored: true } }, { status: 204 });
    const { graph, asked } = clientFor(server);
    expect(await graph.post("/me/events", { subject: "SEM: Semester" }, { scopes: ["Calendars.ReadWrite"] }, anyObject)).toEqual({ id: "AAMk" });
    await expect(graph.patch("/me/mailboxSettings", { automaticRepliesSetting: { status: "disabled" } }, { scopes: ["MailboxSettings.ReadWrite"] })).resolves.toBeUndefined();
    await expect(graph.delete("/me/events/AAMk", { scopes: ["Calendars.ReadWrite"] })).resolves.toBeUndefined();
    expect(server.requests.map((r) => [r.method, r.path, r.headers["content-type"] ?? null, r.body])).toEqual([
      ["POST", "/me/events", "application/json", '{"subject":"SEM: Semester"}'],
      ["PATCH", "/me/mailboxSettings", "application/json", '{"automaticRepliesSetting":{"status":"disabled"}}'],
      ["DELETE", "/me/events/AAMk", null, ""],
    ]);
    expect(asked).toEqual([["Calendars.ReadWrite"], ["MailboxSettings.ReadWrite"], ["Calendars.ReadWrite"]]);
  });

  it("does not let a caller's header replace the token", async () => {
    server.answer(() => ({ status: 200, json: {} }));
    const { graph } = clientFor(server);
    await graph.get("/me", { scopes: ["User.Read"], headers: { Authorization: "Bearer stolen" } }, anyObject);
    expect(server.requests[0]!.headers.authorization).toBe("Bearer token-for User.Read");
  });

  it("asks for no token and sends nothing when the sign-in fails", async () => {
    server.answer(() => ({ status: 200, json: {} }));
    const cancelled = createGraphClient({ tokenFor: () => Promise.reject(new GraphError("cancelled")), fetchImpl: fetch, baseUrl: server.baseUrl });
    expect(await kindOf(cancelled.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("cancelled");
    const broken = createGraphClient({ tokenFor: () => Promise.reject(new Error("MSAL: AADSTS50058 something")), fetchImpl: fetch, baseUrl: server.baseUrl });
    expect(await kindOf(broken.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("signIn");
    expect(server.requests).toEqual([]);
  });

  it("asks the token source for no sign-in window when the call says so, and for one otherwise", async () => {
    server.answer(() => ({ status: 200, json: {} }));
    const asked: unknown[] = [];
    const graph = createGraphClient({ tokenFor: async (scopes, options) => (asked.push(options), scopes.join(" ")), fetchImpl: fetch, baseUrl: server.baseUrl });
    await graph.get("/me", { scopes: ["User.Read"], interactive: false }, anyObject);
    await graph.get("/me", { scopes: ["User.Read"] }, anyObject);
    expect(asked).toEqual([{ interactive: false }, undefined]);
  });

  it("refuses a link outside baseUrl, so the token never goes to another host", async () => {
    other.answer(() => ({ status: 200, json: {} }));
    const { graph, asked } = clientFor(server);
    expect(await kindOf(graph.get(`${other.baseUrl}/me`, { scopes: ["User.Read"] }, anyObject))).toBe("badResponse");
    expect(await kindOf(graph.get("https://graph.microsoft.com.evil.example/v1.0/me", { scopes: ["User.Read"] }, anyObject))).toBe("badResponse");
    expect(other.requests).toEqual([]);
    expect(asked).toEqual([]);
  });
});

describe("Graph's errors as kinds", () => {
  it.each([
    [400, "badResponse"],
    [401, "signIn"],
    [403, "forbidden"],
    [404, "notFound"],
    [500, "unavailable"],
  ] as const)("HTTP %i with Graph's error body is %s, asked once", async (status, kind) => {
    server.answer(() => errorAnswer(status));
    const { graph, sleeps } = clientFor(server);
    const error = await rejectionOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject));
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).kind).toBe(kind);
    expect((error as GraphError).status).toBe(status);
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("keeps nothing of Graph's text, the URL or the query in the error", async () => {
    server.answer(() => errorAnswer(400));
    const { graph } = clientFor(server);
    const error = (await rejectionOf(graph.get("/users", { scopes: ["User.ReadBasic.All"], query: { $search: '"displayName:Anna Andersson"' } }, anyObject))) as GraphError;
    const everything = [error.message, String(error), error.stack ?? "", JSON.stringify(error), JSON.stringify(Object.getOwnPropertyNames(error).map((k) => (error as unknown as Record<string, unknown>)[k]))].join("\n");
    expect(everything).not.toContain(DOCUMENTED_ERRORS[400]!.message);
    expect(everything).not.toContain("BadRequest");
    expect(everything).not.toContain("Anna");
    expect(everything).not.toContain("781121");
    expect(everything).not.toContain("127.0.0.1");
    expect(error.cause).toBeUndefined();
    expect(error.message).toBe("badResponse (HTTP 400)");
  });

  it("turns a 2xx answer that is not JSON into badResponse (a proxy's login page)", async () => {
    server.answer(() => ({ status: 200, text: "<html><body>Logga in på proxyn</body></html>", contentType: "text/html" }));
    const { graph } = clientFor(server);
    expect(await kindOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("badResponse");
  });

  it("turns JSON of the wrong shape into badResponse", async () => {
    server.answer(() => ({ status: 200, json: ["not", "a", "user"] }));
    const { graph } = clientFor(server);
    expect(await kindOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("badResponse");
  });

  it("turns a refused connection (offline) into unavailable", async () => {
    const { graph } = clientFor({ baseUrl: await refusedBaseUrl() });
    const error = (await rejectionOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))) as GraphError;
    expect(error.kind).toBe("unavailable");
    expect(error.status).toBeUndefined();
  });

  it("gives up after timeoutMs when the server never answers", async () => {
    server.answer(() => "hang");
    const { graph } = clientFor(server, { timeoutMs: 150 });
    const started = Date.now();
    expect(await kindOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1); // a timeout is not retried
  });

  it("gives up after timeoutMs when the body never ends", async () => {
    server.answer(() => "stallBody");
    const { graph } = clientFor(server, { timeoutMs: 150 });
    expect(await kindOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("timeout");
  });
});

describe("retries", () => {
  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    server.answerInTurn(errorAnswer(429, { "Retry-After": "3" }), { status: 200, json: { ok: true } });
    const { graph, sleeps, asked } = clientFor(server);
    expect(await graph.get("/me/mailboxSettings", { scopes: ["MailboxSettings.ReadWrite"] }, anyObject)).toEqual({ ok: true });
    expect(sleeps).toEqual([3_000]);
    expect(server.requests).toHaveLength(2);
    expect(asked).toEqual([["MailboxSettings.ReadWrite"]]); // one token for the call, not one per attempt
    expect(server.requests[1]!.headers.authorization).toBe("Bearer token-for MailboxSettings.ReadWrite");
  });

  it("says throttled after two retries", async () => {
    server.answer(() => errorAnswer(429, { "Retry-After": "1" }));
    const { graph, sleeps } = clientFor(server);
    const error = (await rejectionOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))) as GraphError;
    expect([error.kind, error.status]).toEqual(["throttled", 429]);
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([1_000, 1_000]);
  });

  it("does not wait out a Retry-After longer than 10 s: throttled at once", async () => {
    server.answer(() => errorAnswer(429, { "Retry-After": "120" }));
    const { graph, sleeps } = clientFor(server);
    expect(await kindOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("throttled");
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("backs off briefly on a 503 without Retry-After, then says unavailable", async () => {
    server.answer(() => errorAnswer(503));
    const { graph, sleeps } = clientFor(server);
    const error = (await rejectionOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))) as GraphError;
    expect([error.kind, error.status]).toEqual(["unavailable", 503]);
    expect(sleeps).toEqual([...BACKOFF_MS]);
    expect(server.requests).toHaveLength(3);
  });

  it("retries a GET after 504 but not a POST, which may have been carried out", async () => {
    server.answerInTurn(errorAnswer(504), { status: 200, json: { value: [] } });
    const first = clientFor(server);
    expect(await first.graph.get("/me/calendarView", { scopes: ["Calendars.ReadWrite"] }, anyObject)).toEqual({ value: [] });
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    server.answerInTurn(errorAnswer(504), { status: 201, json: { id: "second" } });
    const second = clientFor(server);
    expect(await kindOf(second.graph.post("/me/events", { subject: "SEM: Semester" }, { scopes: ["Calendars.ReadWrite"] }, anyObject))).toBe("unavailable");
    expect(server.requests).toHaveLength(1);
    expect(second.sleeps).toEqual([]);
  });

  it("does not retry a 500", async () => {
    server.answer(() => errorAnswer(500));
    const { graph } = clientFor(server);
    expect(await kindOf(graph.get("/me", { scopes: ["User.Read"] }, anyObject))).toBe("unavailable");
    expect(server.requests).toHaveLength(1);
  });

  it("reads Retry-After as seconds or an HTTP date, capped", () => {
    const now = Date.parse("2026-11-22T08:00:00Z");
    expect(retryDelayMs("0", 0, now)).toBe(0);
    expect(retryDelayMs(" 10 ", 0, now)).toBe(10_000);
    expect(retryDelayMs("11", 0, now)).toBeUndefined();
    expect(retryDelayMs("Sun, 22 Nov 2026 08:00:05 GMT", 0, now)).toBe(5_000);
    expect(retryDelayMs("Sun, 22 Nov 2026 09:00:00 GMT", 0, now)).toBeUndefined();
    expect(retryDelayMs(null, 0, now)).toBe(BACKOFF_MS[0]);
    expect(retryDelayMs("soon", 1, now)).toBe(BACKOFF_MS[1]);
    expect(retryDelayMs(null, 5, now)).toBe(BACKOFF_MS[BACKOFF_MS.length - 1]);
  });

  it("maps statuses to kinds", () => {
    expect([401, 403, 404, 409, 429, 502, 599, 600].map(kindForStatus)).toEqual(["signIn", "forbidden", "notFound", "badResponse", "throttled", "unavailable", "unavailable", "badResponse"]);
  });
});

describe("collections", () => {
  const readId: Reader<string> = (item) => (item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string" ? (item as { id: string }).id : undefined);

  it("follows @odata.nextLink with the same headers and scopes", async () => {
    server.answer((request) =>
      request.query.$skiptoken === "page2"
        ? { status: 200, json: { value: [{ id: "c" }] } }
        : { status: 200, json: { value: [{ id: "a" }, { id: "b" }], "@odata.nextLink": `${server.baseUrl}/me/calendarView?startDateTime=x&$skiptoken=page2` } },
    );
    const { graph, asked } = clientFor(server);
    const ids = await getAll(graph, "/me/calendarView", { scopes: ["Calendars.ReadWrite"], query: { startDateTime: "x" }, headers: { Prefer: "outlook.timezone=\"UTC\"" } }, readId);
    expect(ids).toEqual(["a", "b", "c"]);
    expect(server.requests.map((r) => r.rawQuery)).toEqual(["startDateTime=x", "startDateTime=x&$skiptoken=page2"]);
    expect(server.requests.map((r) => r.headers.prefer)).toEqual(['outlook.timezone="UTC"', 'outlook.timezone="UTC"']);
    expect(asked).toEqual([["Calendars.ReadWrite"], ["Calendars.ReadWrite"]]);
  });

  it("says badResponse rather than give part of a list: an unreadable item, or too many pages", async () => {
    server.answer(() => ({ status: 200, json: { value: [{ id: "a" }, { name: "no id" }] } }));
    const { graph } = clientFor(server);
    expect(await kindOf(getAll(graph, "/x", { scopes: ["s"] }, readId))).toBe("badResponse");

    server.requests.length = 0;
    server.answer(() => ({ status: 200, json: { value: [{ id: "a" }], "@odata.nextLink": `${server.baseUrl}/x?$skiptoken=again` } }));
    expect(await kindOf(getAll(graph, "/x", { scopes: ["s"] }, readId))).toBe("badResponse");
    expect(server.requests).toHaveLength(MAX_PAGES);
  });
});
