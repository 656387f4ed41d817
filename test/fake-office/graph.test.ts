/**
 * The simulated Microsoft Graph (src/fake-office/graph.ts), driven by the
 * product's own Graph client and resource modules (src/office/graph/*) and
 * the absence port over them, the way the demo's task pane drives it: the
 * requests they send are answered as Graph documents them, with Graph's
 * error shape, the token broker's consent, and the failures a test injects.
 */
import { describe, expect, it } from "vitest";
import { absenceOperations, calendarDate, loadBuiltinProfile, renderAbsenceTexts, replyText, type AbsencePlan, type Profile } from "../../src/core";
import { FakeGraph, GRAPH_V1, exchangeReplyHtml, graphDateTime, graphInstant, ianaZone, seededGraphState, type GraphFault } from "../../src/fake-office";
import { createOfficeAbsenceService } from "../../src/office/absence-service";
import { nestedAppTokenSource } from "../../src/office/graph/auth";
import { GraphError, createGraphClient, getAll, type GraphClient } from "../../src/office/graph/client";
import { createEvent, findEvents, readEvent } from "../../src/office/graph/events";
import { asGraphFailure } from "../../src/office/graph/failure";
import { getMailboxSettings, setAutomaticReplies } from "../../src/office/graph/mailbox-settings";
import { getMe, detailsFromGraphUser } from "../../src/office/graph/me";
import { forwardingTargets, listInboxRules } from "../../src/office/graph/message-rules";
import { searchColleagues } from "../../src/office/graph/people";
import { PartlyDoneError } from "../../src/ports";

const ZONE = "W. Europe Standard Time";
/** 1 June 2026, 10:00 in Stockholm: the server's clock in these tests. */
const NOW = Date.parse("2026-06-01T08:00:00Z");

function setup(options: { faults?: GraphFault[]; consent?: "user" | "refused"; latencyMs?: number; timeoutMs?: number } = {}) {
  const graph = new FakeGraph({ now: () => NOW, ...(options.faults ? { faults: options.faults } : {}), ...(options.consent ? { consent: options.consent } : {}), ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}) });
  const sleeps: number[] = [];
  const client: GraphClient = createGraphClient({
    fetchImpl: graph.fetch,
    tokenFor: nestedAppTokenSource(async () => graph.broker),
    sleep: async (ms) => void sleeps.push(ms),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { graph, client, sleeps };
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof GraphError ? error.kind : `other: ${String(error)}`;
  }
}

/** A raw request with a token for these scopes, as the client would send it. */
async function raw(graph: FakeGraph, method: string, path: string, options: { scopes?: string[]; headers?: Record<string, string>; body?: unknown } = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.scopes) headers.Authorization = `Bearer ${(await graph.broker.acquireTokenPopup({ scopes: options.scopes })).accessToken}`;
  const response = await graph.fetch(`${GRAPH_V1}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

function profile(id: string): Profile {
  const r = loadBuiltinProfile(id);
  if (!r.ok) throw new Error(id);
  return r.profile;
}

const PLAN: AbsencePlan = {
  kindId: "semester",
  period: { start: { date: calendarDate(2026, 6, 29), time: { hour: 0, minute: 0 } }, end: { date: calendarDate(2026, 8, 7), time: { hour: 23, minute: 59 } } },
  contact: { kind: "colleague", name: "Lisa Berg", phone: "0142-852 31", email: "lisa.berg@mjolby.se" },
  forwarding: { kind: "none" },
  english: false,
};

describe("the seeded tenant", () => {
  it("is Anna's mailbox in Mjölby: no reply, an empty calendar, a rule that sends mail to Gmail, colleagues, nothing consented", () => {
    const state = new FakeGraph({ now: () => NOW }).state;
    expect(state.mailboxSettings.timeZone).toBe(ZONE);
    expect(state.mailboxSettings.automaticRepliesSetting.status).toBe("disabled");
    expect(state.events).toEqual([]);
    expect(state.messageRules.flatMap((r) => r.actions.forwardTo ?? []).map((r) => r.emailAddress.address)).toEqual(["anna.handlaggare.privat@gmail.com"]);
    expect(state.directory.find((p) => p.id === state.me)?.mail).toBe("anna.handlaggare@mjolby.se");
    expect(state.directory.length).toBeGreaterThan(4);
    expect(state.consented).toEqual([]);
  });
});

describe("time zones", () => {
  it("reads Windows and IANA names and writes Graph's date-times", () => {
    expect(ianaZone(ZONE)).toBe("Europe/Berlin");
    expect(ianaZone("Europe/Stockholm")).toBe("Europe/Stockholm");
    expect(ianaZone("utc")).toBe("UTC");
    expect(ianaZone("Mars Standard Time")).toBeUndefined();
    // Summer and winter time in Sweden.
    expect(graphInstant({ dateTime: "2026-06-29T00:00:00", timeZone: ZONE })).toBe(Date.parse("2026-06-28T22:00:00Z"));
    expect(graphInstant({ dateTime: "2026-12-21T08:00:00.0000000", timeZone: "Europe/Stockholm" })).toBe(Date.parse("2026-12-21T07:00:00Z"));
    expect(graphDateTime(Date.parse("2026-08-07T21:59:00Z"), ZONE)).toBe("2026-08-07T23:59:00.0000000");
    expect(graphInstant({ dateTime: "2026-02-30T08:00:00", timeZone: ZONE })).toBeUndefined();
  });
});

describe("mailbox settings", () => {
  it("stores a scheduled reply, gives the times back in UTC and the texts as whole HTML documents", async () => {
    const { graph, client } = setup();
    const texts = renderAbsenceTexts(PLAN, profile("mjolby"));
    const [op] = absenceOperations(PLAN, texts, profile("mjolby"), ZONE, false);
    if (op?.operation !== "setAutomaticReplies") throw new Error("no reply operation");
    await setAutomaticReplies(client, { ...op.setting, status: "scheduled", scheduledStartDateTime: op.setting.scheduledStartDateTime!, scheduledEndDateTime: op.setting.scheduledEndDateTime! });

    const stored = graph.state.mailboxSettings.automaticRepliesSetting;
    expect(stored.status).toBe("scheduled");
    expect(stored.scheduledStartDateTime).toEqual({ dateTime: "2026-06-28T22:00:00.0000000", timeZone: "UTC" });
    expect(stored.scheduledEndDateTime).toEqual({ dateTime: "2026-08-07T21:59:00.0000000", timeZone: "UTC" });
    expect(stored.internalReplyMessage).toMatch(/^<html>\n<body>\n<p>/);

    const read = await getMailboxSettings(client);
    expect(read.timeZone).toBe(ZONE);
    expect(read.automaticRepliesSetting.scheduledEndDateTime).toEqual({ dateTime: "2026-08-07T21:59:00.0000000", timeZone: "UTC" });
    // What the user wrote comes back as they wrote it.
    expect(replyText(read.automaticRepliesSetting.internalReplyMessage)).toBe(texts.internal.trim());
  });

  it("keeps what a PATCH does not name: switching off leaves the texts and the range", async () => {
    const { graph, client } = setup();
    await setAutomaticReplies(client, { status: "alwaysEnabled", internalReplyMessage: "<p>Borta</p>", externalReplyMessage: "<p>Away</p>" });
    await setAutomaticReplies(client, { status: "disabled" });
    const s = graph.state.mailboxSettings.automaticRepliesSetting;
    expect(s.status).toBe("disabled");
    expect(s.internalReplyMessage).toBe(exchangeReplyHtml("<p>Borta</p>"));
    expect(s.externalReplyMessage).toContain("Away");
  });

  it("refuses a property it does not have, and a range that ends before it starts, and changes nothing", async () => {
    const { graph } = setup();
    const before = graph.state.mailboxSettings;
    const unknown = await raw(graph, "PATCH", "/me/mailboxSettings", { scopes: ["MailboxSettings.ReadWrite"], body: { automaticRepliesSetting: { status: "disabled", colour: "red" } } });
    expect(unknown.status).toBe(400);
    expect(unknown.json?.error.code).toBe("BadRequest");
    expect(Object.keys(unknown.json?.error.innerError ?? {}).sort()).toEqual(["client-request-id", "date", "request-id"]);
    const backwards = await raw(graph, "PATCH", "/me/mailboxSettings", {
      scopes: ["MailboxSettings.ReadWrite"],
      body: {
        automaticRepliesSetting: {
          status: "scheduled",
          scheduledStartDateTime: { dateTime: "2026-07-10T00:00:00", timeZone: ZONE },
          scheduledEndDateTime: { dateTime: "2026-07-01T00:00:00", timeZone: ZONE },
        },
      },
    });
    expect(backwards.status).toBe(400);
    const badZone = await raw(graph, "PATCH", "/me/mailboxSettings", {
      scopes: ["MailboxSettings.ReadWrite"],
      body: { automaticRepliesSetting: { status: "scheduled", scheduledStartDateTime: { dateTime: "2026-07-01T00:00:00", timeZone: "" }, scheduledEndDateTime: { dateTime: "2026-07-10T00:00:00", timeZone: ZONE } } },
    });
    expect(badZone.status).toBe(400);
    expect(badZone.json?.error.code).toBe("TimeZoneNotSupportedException");
    expect(graph.state.mailboxSettings).toEqual(before);
  });

  it("answers a PATCH with the properties it updated", async () => {
    const { graph } = setup();
    const answer = await raw(graph, "PATCH", "/me/mailboxSettings", { scopes: ["MailboxSettings.ReadWrite"], body: { automaticRepliesSetting: { status: "alwaysEnabled" } } });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json ?? {}).sort()).toEqual(["@odata.context", "automaticRepliesSetting"]);
    expect(answer.json?.automaticRepliesSetting.status).toBe("alwaysEnabled");
  });
});

describe("the calendar", () => {
  const event = (subject: string, start: string, end: string) => ({ subject, start: { dateTime: start, timeZone: ZONE }, end: { dateTime: end, timeZone: ZONE }, showAs: "oof" as const });

  it("books an event and finds it in the period, in the zone asked for", async () => {
    const { graph, client } = setup();
    const created = await createEvent(client, event("SEM: Semester", "2026-06-29T00:00:00", "2026-08-07T23:59:00"));
    expect(created.subject).toBe("SEM: Semester");
    expect(created.showAs).toBe("oof");
    expect(created.start).toEqual({ dateTime: "2026-06-29T00:00:00.0000000", timeZone: ZONE });
    const stored = graph.state.events;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ subject: "SEM: Semester", showAs: "oof", isAllDay: false, sensitivity: "normal", attendees: [] });

    const found = await findEvents(client, new Date("2026-07-01T00:00:00Z"), new Date("2026-07-02T00:00:00Z"), ZONE);
    expect(found.map((e) => e.subject)).toEqual(["SEM: Semester"]);
    expect(found[0]?.end).toEqual({ dateTime: "2026-08-07T23:59:00.0000000", timeZone: ZONE });
    expect(await findEvents(client, new Date("2026-08-08T00:00:00Z"), new Date("2026-08-09T00:00:00Z"), ZONE)).toEqual([]);
    expect(graph.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["POST /me/events 201", "GET /me/calendarView 200", "GET /me/calendarView 200"]);
  });

  it("answers in UTC without Prefer, and needs the window", async () => {
    const { graph, client } = setup();
    await createEvent(client, event("Möte", "2026-06-29T09:00:00", "2026-06-29T10:00:00"));
    const utc = await raw(graph, "GET", "/me/calendarView?startDateTime=2026-06-29T00:00:00Z&endDateTime=2026-06-30T00:00:00Z", { scopes: ["Calendars.ReadWrite"] });
    expect(utc.json?.value[0].start).toEqual({ dateTime: "2026-06-29T07:00:00.0000000", timeZone: "UTC" });
    expect(utc.headers.get("Preference-Applied")).toBeNull();
    const noWindow = await raw(graph, "GET", "/me/calendarView", { scopes: ["Calendars.ReadWrite"] });
    expect(noWindow.status).toBe(400);
    expect(noWindow.json?.error.code).toBe("ErrorInvalidParameter");
  });

  it("pages with @odata.nextLink, which the client follows", async () => {
    const { client } = setup();
    for (const day of ["01", "02", "03"]) await createEvent(client, event(`Dag ${day}`, `2026-07-${day}T09:00:00`, `2026-07-${day}T10:00:00`));
    const all = await getAll(
      client,
      "/me/calendarView",
      { scopes: ["Calendars.ReadWrite"], query: { startDateTime: "2026-07-01T00:00:00Z", endDateTime: "2026-07-31T00:00:00Z", $select: "subject,start,end,showAs,isAllDay,sensitivity", $top: "2" } },
      readEvent,
    );
    expect(all.map((e) => e.subject)).toEqual(["Dag 01", "Dag 02", "Dag 03"]);
  });

  it("refuses an all-day event that does not start at midnight", async () => {
    const { graph, client } = setup();
    expect(await kindOf(createEvent(client, { ...event("Heldag", "2026-07-01T08:00:00", "2026-07-02T00:00:00"), isAllDay: true }))).toBe("badResponse");
    expect(graph.state.events).toEqual([]);
    expect(graph.requests.at(-1)?.status).toBe(400);
  });
});

describe("Inbox rules, the directory and the user's own entry", () => {
  it("lists the rules with their forwarding", async () => {
    const { client } = setup();
    const rules = await listInboxRules(client);
    expect(rules.map((r) => r.displayName)).toEqual(["Kopia till privata mejlen", "Nyhetsbrev till egen mapp"]);
    expect(rules.flatMap(forwardingTargets)).toEqual(["anna.handlaggare.privat@gmail.com"]);
  });

  it("finds colleagues by the start of a word of their name", async () => {
    const { client } = setup();
    expect((await searchColleagues(client, "berg")).map((c) => c.name)).toEqual(["Lisa Berg", "Lars Berglund"]);
    expect((await searchColleagues(client, "Lind")).map((c) => c.name)).toEqual(["Karin Lindqvist", "Sara Lind"]);
    expect(await searchColleagues(client, "Lisa B")).toEqual([{ name: "Lisa Berg", mail: "lisa.berg@mjolby.se", businessPhones: ["0142-852 31"] }]);
    expect(await searchColleagues(client, "erg")).toEqual([]);
    // A room: no mailbox, still found.
    expect(await searchColleagues(client, "konferensrum")).toEqual([{ name: "Konferensrum Svartån", businessPhones: [] }]);
  });

  it("needs ConsistencyLevel: eventual for $search, and a quoted clause", async () => {
    const { graph } = setup();
    const without = await raw(graph, "GET", `/users?$search=${encodeURIComponent('"displayName:lisa"')}`, { scopes: ["User.ReadBasic.All"] });
    expect(without.status).toBe(400);
    expect(without.json?.error.code).toBe("Request_UnsupportedQuery");
    const unquoted = await raw(graph, "GET", "/users?$search=displayName:lisa", { scopes: ["User.ReadBasic.All"], headers: { ConsistencyLevel: "eventual" } });
    expect(unquoted.status).toBe(400);
  });

  it("gives the user's own entry, only the properties selected", async () => {
    const { graph, client } = setup();
    const me = await getMe(client);
    expect(detailsFromGraphUser(me)).toEqual({ givenName: "Anna", surname: "Handläggare", title: "Biståndshandläggare", department: "Socialförvaltningen", phone: "0142-852 14" });
    const selected = await raw(graph, "GET", "/me?$select=displayName", { scopes: ["User.Read"] });
    expect(Object.keys(selected.json ?? {}).filter((k) => !k.startsWith("@"))).toEqual(["displayName"]);
  });

  it("answers 400 for a path it does not simulate", async () => {
    const { graph } = setup();
    expect((await raw(graph, "GET", "/me/messages", { scopes: ["Mail.Read"] })).status).toBe(400);
  });
});

describe("tokens and permissions", () => {
  it("asks silently first, opens the window once for consent, then gives tokens silently", async () => {
    const { graph, client } = setup();
    await getMailboxSettings(client);
    await getMailboxSettings(client);
    expect(graph.tokenRequests).toEqual([
      { scopes: ["MailboxSettings.ReadWrite"], interactive: false, outcome: "interactionRequired" },
      { scopes: ["MailboxSettings.ReadWrite"], interactive: true, outcome: "granted" },
      { scopes: ["MailboxSettings.ReadWrite"], interactive: false, outcome: "granted" },
    ]);
    expect(graph.state.consented).toEqual(["MailboxSettings.ReadWrite"]);
  });

  it("never opens the window for a look no click asked for", async () => {
    const { graph, client } = setup();
    expect(await kindOf(getMailboxSettings(client, { interactive: false }))).not.toBe("resolved");
    expect(graph.tokenRequests.map((t) => t.interactive)).toEqual([false]);
    expect(graph.requests).toEqual([]);
  });

  it("says 401 without a token and 403 when the token lacks every permission the call takes", async () => {
    const { graph } = setup();
    const none = await raw(graph, "GET", "/me/mailboxSettings");
    expect(none.status).toBe(401);
    expect(none.json?.error.code).toBe("InvalidAuthenticationToken");
    const wrong = await raw(graph, "PATCH", "/me/mailboxSettings", { scopes: ["MailboxSettings.Read"], body: { automaticRepliesSetting: { status: "disabled" } } });
    expect(wrong.status).toBe(403);
    expect(wrong.json?.error.code).toBe("ErrorAccessDenied");
  });

  it("refuses every token where only an administrator may consent: the port says consent is missing", async () => {
    const { graph, client } = setup({ consent: "refused" });
    const error = await getMailboxSettings(client).catch((e: unknown) => e);
    expect(asGraphFailure(error).kind).toBe("consentMissing");
    expect(graph.requests).toEqual([]);
    expect(graph.tokenRequests.map((t) => t.outcome)).toEqual(["refused", "refused"]);
  });
});

describe("failures on request", () => {
  it("throttles once with a short Retry-After: the client waits that long and gets through", async () => {
    const { graph, client, sleeps } = setup({ faults: [{ status: 429, retryAfter: 1, times: 1 }] });
    await getMailboxSettings(client);
    expect(sleeps).toEqual([1000]);
    expect(graph.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("throttles with a long Retry-After: the client says so at once, asking only once", async () => {
    const { graph, client, sleeps } = setup({ faults: [{ status: 429, retryAfter: 30 }] });
    expect(await kindOf(getMailboxSettings(client))).toBe("throttled");
    expect(sleeps).toEqual([]);
    expect(graph.requests).toHaveLength(1);
    const answer = await raw(graph, "GET", "/me/mailboxSettings", { scopes: ["MailboxSettings.ReadWrite"] });
    expect(answer.headers.get("retry-after")).toBe("30");
    expect(answer.json?.error.code).toBe("TooManyRequests");
  });

  it("is unavailable (503) twice and then answers, after the client's backoff", async () => {
    const { client, sleeps } = setup({ faults: [{ status: 503, times: 2 }] });
    await getMailboxSettings(client);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it("goes offline: fetch rejects and the client says unavailable", async () => {
    const { client } = setup({ faults: [{ status: "network" }] });
    expect(await kindOf(listInboxRules(client))).toBe("unavailable");
  });

  it("times out when it answers later than the client waits", async () => {
    const { client } = setup({ latencyMs: 200, timeoutMs: 20 });
    // The token comes after 200 ms too; then the request itself is late.
    expect(await kindOf(getMe(client))).toBe("timeout");
  });

  it("fails only the path it is told to: saving stops after the reply, with the booking not done", async () => {
    const { graph, client } = setup({ faults: [{ method: "POST", path: "/me/events", status: 503, retryAfter: 60 }] });
    const port = createOfficeAbsenceService({ graph: client });
    const oxelosund = profile("oxelosund");
    const error = await port.save(absenceOperations(PLAN, renderAbsenceTexts(PLAN, oxelosund), oxelosund, ZONE, true)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartlyDoneError);
    expect((error as PartlyDoneError).kind).toBe("graphUnavailable");
    expect(graph.state.mailboxSettings.automaticRepliesSetting.status).toBe("scheduled");
    expect(graph.state.events).toEqual([]);
    graph.clearFaults();
    await port.save(absenceOperations(PLAN, renderAbsenceTexts(PLAN, oxelosund), oxelosund, ZONE, true).slice(1));
    expect(graph.state.events.map((e) => e.subject)).toEqual(["SEM: Semester"]);
  });
});

describe("the absence port over the simulation", () => {
  it("reads the mailbox, saves the reply and the booking, sees the rule to Gmail, finds Lisa, turns the reply off", async () => {
    const { graph, client } = setup();
    const port = createOfficeAbsenceService({ graph: client });
    const oxelosund = profile("oxelosund");
    expect((await port.readMailbox()).reply.status).toBe("disabled");
    await port.save(absenceOperations(PLAN, renderAbsenceTexts(PLAN, oxelosund), oxelosund, ZONE, true));
    const reply = (await port.readMailbox()).reply;
    expect(reply.status).toBe("scheduled");
    expect(reply.internalText).toContain("Lisa Berg");
    const bookings = await port.findBookings("2026-06-29T00:00:00", "2026-08-07T23:59:00", ZONE);
    expect(bookings).toEqual([{ subject: "SEM: Semester", start: "2026-06-29T00:00:00.0000000", end: "2026-08-07T23:59:00.0000000", showAs: "oof", isAllDay: false, isPrivate: false }]);
    expect(await port.forwardingRules()).toEqual([{ name: "Kopia till privata mejlen", targets: ["anna.handlaggare.privat@gmail.com"] }]);
    expect(await port.searchDirectory("lisa")).toEqual([{ name: "Lisa Berg", email: "lisa.berg@mjolby.se", phone: "0142-852 31" }]);
    expect(await port.replyStateQuietly()).toEqual({ status: "scheduled", scheduledEnd: { dateTime: "2026-08-07T21:59:00.0000000", timeZone: "UTC" } });
    await port.turnOffReply();
    expect(graph.state.mailboxSettings.automaticRepliesSetting.status).toBe("disabled");
    // The log holds no bodies and no tokens.
    expect(JSON.stringify(graph.requests)).not.toContain("Lisa Berg");
    expect(JSON.stringify(graph.requests)).not.toContain("simulated-graph-token");
  });
});

describe("state", () => {
  it("is plain JSON that a new simulation continues from; a state that does not read gives the seeded one", async () => {
    const { graph, client } = setup();
    await setAutomaticReplies(client, { status: "alwaysEnabled", internalReplyMessage: "<p>Borta</p>" });
    const saved = JSON.parse(JSON.stringify(graph)) as unknown;
    const again = new FakeGraph({ state: saved, now: () => NOW });
    expect(again.state).toEqual(graph.state);
    // Consent survives, as it does in Entra: the next token comes silently.
    const next = createGraphClient({ fetchImpl: again.fetch, tokenFor: nestedAppTokenSource(async () => again.broker) });
    expect((await getMailboxSettings(next, { interactive: false })).automaticRepliesSetting.status).toBe("alwaysEnabled");
    expect(new FakeGraph({ state: { version: 2 }, now: () => NOW }).state).toEqual(seededGraphState(undefined, NOW));
  });

  it("tells listeners of each change, lets the user change the reply as in Outlook, and starts over", async () => {
    const { graph, client } = setup();
    let changes = 0;
    graph.onChange(() => changes++);
    graph.changeAutomaticReplies({ status: "alwaysEnabled" });
    expect(changes).toBe(1);
    expect((await getMailboxSettings(client)).automaticRepliesSetting.status).toBe("alwaysEnabled");
    expect(changes).toBeGreaterThan(1);
    graph.reset();
    expect(graph.state).toEqual(seededGraphState(undefined, NOW));
    expect(graph.requests).toEqual([]);
  });
});
