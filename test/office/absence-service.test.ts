/**
 * The absence port over Microsoft Graph, against a local server that
 * answers as Graph documents it (test/office/graph/graph-server.ts): what
 * goes over the wire for each step, the scopes each click asks for, and a
 * sentence-ready failure kind for every way it can fail, including saving
 * that stops after the reply went through.
 */
import { describe, expect, it } from "vitest";
import { calendarDate, renderAbsenceTexts, absenceOperations, loadBuiltinProfile, type Profile, type GraphOperation } from "../../src/core";
import { PartlyDoneError, PostvaktError } from "../../src/ports";
import { ABSENCE_SETTINGS_KEY, createOfficeAbsenceService, parseRecord } from "../../src/office/absence-service";
import { createOfficeActions } from "../../src/office/actions";
import { GraphError, createGraphClient } from "../../src/office/graph/client";
import type { RoamingSettingsLike } from "../../src/office/roaming-settings";
import { clientFor, errorAnswer, refusedBaseUrl, useGraphServer, type RecordedRequest } from "./graph/graph-server";

const server = useGraphServer();

function profile(id: string): Profile {
  const r = loadBuiltinProfile(id);
  if (!r.ok) throw new Error(id);
  return r.profile;
}

const PLAN = {
  kindId: "semester",
  period: { start: { date: calendarDate(2026, 6, 29), time: { hour: 0, minute: 0 } }, end: { date: calendarDate(2026, 8, 7), time: { hour: 23, minute: 59 } } },
  contact: { kind: "colleague" as const, name: "Karin Holm", phone: "0155-381 24", email: "karin.holm@oxelosund.se" },
  forwarding: { kind: "none" as const },
  english: false,
};
const OXELOSUND = profile("oxelosund");
const OPERATIONS: GraphOperation[] = absenceOperations(PLAN, renderAbsenceTexts(PLAN, OXELOSUND), OXELOSUND, "W. Europe Standard Time", true);

/** Shaped like the documented answer of GET /me/mailboxSettings. */
const SETTINGS = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings",
  timeZone: "W. Europe Standard Time",
  automaticRepliesSetting: {
    status: "alwaysEnabled",
    externalAudience: "contactsOnly",
    scheduledStartDateTime: { dateTime: "2026-05-01T08:00:00.0000000", timeZone: "UTC" },
    scheduledEndDateTime: { dateTime: "2026-05-02T08:00:00.0000000", timeZone: "UTC" },
    internalReplyMessage: "<html><body><p>Jag är ledig.<br>Ring växeln.</p><p>/Anna</p></body></html>",
    externalReplyMessage: "<html><body><div>I am away.</div></body></html>",
  },
  language: { locale: "sv-SE", displayName: "svenska (Sverige)" },
};

const EVENT = (overrides: Record<string, unknown> = {}) => ({
  "@odata.etag": 'W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw=="',
  id: "AAMkAGI2T",
  subject: "SEM: Semester",
  start: { dateTime: "2026-06-29T00:00:00.0000000", timeZone: "W. Europe Standard Time" },
  end: { dateTime: "2026-08-07T23:59:00.0000000", timeZone: "W. Europe Standard Time" },
  showAs: "oof",
  isAllDay: false,
  sensitivity: "normal",
  ...overrides,
});

/** Answers PATCH /me/mailboxSettings with 200 and POST /me/events with 201, as Graph does. */
function graphLike(overrides: { patch?: () => ReturnType<typeof errorAnswer>; post?: () => ReturnType<typeof errorAnswer> } = {}) {
  return (request: RecordedRequest) => {
    if (request.method === "PATCH" && request.path === "/me/mailboxSettings") return overrides.patch?.() ?? { status: 200, json: { "@odata.context": "x", automaticRepliesSetting: JSON.parse(request.body).automaticRepliesSetting } };
    if (request.method === "POST" && request.path === "/me/events") return overrides.post?.() ?? { status: 201, json: EVENT(JSON.parse(request.body)) };
    if (request.method === "GET" && request.path === "/me/mailboxSettings") return { status: 200, json: SETTINGS };
    return errorAnswer(404);
  };
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof PartlyDoneError ? `partly:${error.kind}:${error.done.join("+")}:${error.failed}` : error instanceof PostvaktError ? error.kind : "other";
  }
}

describe("reading the mailbox before saving", () => {
  it("GETs /me/mailboxSettings with MailboxSettings.ReadWrite and gives the time zone and the reply as text", async () => {
    server.answer(graphLike());
    const { graph, asked } = clientFor(server);
    const state = await createOfficeAbsenceService({ graph }).readMailbox();
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([["GET", "/me/mailboxSettings"]]);
    expect(asked).toEqual([["MailboxSettings.ReadWrite"]]);
    expect(state).toEqual({
      timeZone: "W. Europe Standard Time",
      reply: {
        status: "alwaysEnabled",
        externalAudience: "contactsOnly",
        internalText: "Jag är ledig.\nRing växeln.\n\n/Anna",
        externalText: "I am away.",
        scheduledStart: { dateTime: "2026-05-01T08:00:00.0000000", timeZone: "UTC" },
        scheduledEnd: { dateTime: "2026-05-02T08:00:00.0000000", timeZone: "UTC" },
      },
    });
  });

  it.each([
    ["401", () => errorAnswer(401), "signInFailed"],
    ["403", () => errorAnswer(403), "graphForbidden"],
    ["404 (a mailbox not in Exchange Online)", () => errorAnswer(404), "graphNotFound"],
    ["429 with a long Retry-After", () => errorAnswer(429, { "Retry-After": "120" }), "graphThrottled"],
    ["500", () => errorAnswer(500), "graphUnavailable"],
    ["503 after the retries", () => errorAnswer(503), "graphUnavailable"],
    ["an answer that is not Graph's", () => ({ status: 200, text: "<html>login</html>", contentType: "text/html" }), "graphBadResponse"],
  ] as const)("ends %s in the failure kind the view turns into a sentence", async (_label, answer, kind) => {
    server.answer(answer);
    const { graph } = clientFor(server);
    expect(await failureOf(createOfficeAbsenceService({ graph }).readMailbox())).toBe(kind);
  });

  it("ends offline, a time-out, a missing consent and a closed sign-in window in their kinds too", async () => {
    const offline = createGraphClient({ tokenFor: async () => "t", fetchImpl: fetch, baseUrl: await refusedBaseUrl() });
    expect(await failureOf(createOfficeAbsenceService({ graph: offline }).readMailbox())).toBe("graphUnavailable");
    server.answer(() => "hang");
    const { graph: slow } = clientFor(server, { timeoutMs: 50 });
    expect(await failureOf(createOfficeAbsenceService({ graph: slow }).readMailbox())).toBe("graphTimeout");
    for (const [kind, expected] of [["consent", "consentMissing"], ["cancelled", "signInCancelled"]] as const) {
      const refused = createGraphClient({ tokenFor: () => Promise.reject(new GraphError(kind)), fetchImpl: fetch, baseUrl: server.baseUrl });
      expect(await failureOf(createOfficeAbsenceService({ graph: refused }).readMailbox())).toBe(expected);
    }
  });

  it("waits out a short Retry-After on 429 and goes on", async () => {
    server.answerInTurn(errorAnswer(429, { "Retry-After": "2" }), { status: 200, json: SETTINGS });
    const { graph, sleeps } = clientFor(server);
    expect((await createOfficeAbsenceService({ graph }).readMailbox()).timeZone).toBe("W. Europe Standard Time");
    expect(sleeps).toEqual([2000]);
  });
});

describe("saving: the reply, then the booking", () => {
  it("PATCHes the scheduled reply in the mailbox's time zone, then POSTs a timed away booking with no attendees", async () => {
    server.answer(graphLike());
    const { graph, asked } = clientFor(server);
    await createOfficeAbsenceService({ graph }).save(OPERATIONS);
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([
      ["PATCH", "/me/mailboxSettings"],
      ["POST", "/me/events"],
    ]);
    expect(asked).toEqual([["MailboxSettings.ReadWrite"], ["Calendars.ReadWrite"]]);
    const patch = JSON.parse(server.requests[0]!.body);
    expect(Object.keys(patch)).toEqual(["automaticRepliesSetting"]);
    expect(patch.automaticRepliesSetting).toMatchObject({
      status: "scheduled",
      externalAudience: "all",
      scheduledStartDateTime: { dateTime: "2026-06-29T00:00:00", timeZone: "W. Europe Standard Time" },
      scheduledEndDateTime: { dateTime: "2026-08-07T23:59:00", timeZone: "W. Europe Standard Time" },
    });
    expect(patch.automaticRepliesSetting.internalReplyMessage).toBe(
      "<html><body><p>Jag har semester under perioden 29 juni–7 augusti 2026 och är åter måndag 10 augusti. Din e-post vidarebefordras inte. Vid frågor kan du kontakta Karin Holm, telefon 0155-381 24, karin.holm@oxelosund.se.</p></body></html>",
    );
    expect(JSON.parse(server.requests[1]!.body)).toEqual({
      subject: "SEM: Semester",
      start: { dateTime: "2026-06-29T00:00:00", timeZone: "W. Europe Standard Time" },
      end: { dateTime: "2026-08-07T23:59:00", timeZone: "W. Europe Standard Time" },
      showAs: "oof",
      isAllDay: false,
      sensitivity: "normal",
    });
    expect(server.requests[1]!.headers.prefer).toBe('outlook.timezone="W. Europe Standard Time"');
  });

  it("says exactly which part is done when the booking fails after the reply was set", async () => {
    server.answer(graphLike({ post: () => errorAnswer(403) }));
    const { graph } = clientFor(server);
    expect(await failureOf(createOfficeAbsenceService({ graph }).save(OPERATIONS))).toBe("partly:graphForbidden:setAutomaticReplies:createAbsenceEvent");
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH", "POST"]);
  });

  it("does not retry the booking after a gateway time-out (it may exist), and says the reply is done", async () => {
    server.answer(graphLike({ post: () => errorAnswer(504) }));
    const { graph } = clientFor(server);
    expect(await failureOf(createOfficeAbsenceService({ graph }).save(OPERATIONS))).toBe("partly:graphUnavailable:setAutomaticReplies:createAbsenceEvent");
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("books nothing when the reply could not be set: nothing half-written", async () => {
    server.answer(graphLike({ patch: () => errorAnswer(401) }));
    const { graph } = clientFor(server);
    expect(await failureOf(createOfficeAbsenceService({ graph }).save(OPERATIONS))).toBe("signInFailed");
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH"]);
  });

  it("switches the reply off with the status alone", async () => {
    server.answer(graphLike());
    const { graph } = clientFor(server);
    await createOfficeAbsenceService({ graph }).turnOffReply();
    expect(server.requests.map((r) => [r.method, r.path, JSON.parse(r.body)])).toEqual([["PATCH", "/me/mailboxSettings", { automaticRepliesSetting: { status: "disabled" } }]]);
  });
});

describe("the graph action (src/office/actions.ts) carries the same operations out", () => {
  it("in order, through the same client, and is offered only where there is one", async () => {
    server.answer(graphLike({ post: () => errorAnswer(500) }));
    const { graph } = clientFor(server);
    const actions = createOfficeActions(OXELOSUND, () => graph);
    const action = { type: "graph" as const, id: "save", title: { sv: "Spara", en: "Save" }, operations: OPERATIONS };
    expect(actions.canPerform(action)).toBe(true);
    expect(await failureOf(actions.perform(action, undefined))).toBe("partly:graphUnavailable:setAutomaticReplies:createAbsenceEvent");
    const without = createOfficeActions(OXELOSUND, () => undefined);
    expect(without.canPerform(action)).toBe(false);
    expect(await failureOf(without.perform(action, undefined))).toBe("unsupported");
  });
});

describe("what is already there", () => {
  it("finds bookings that overlap the period, asking calendarView a little wider in the mailbox's zone", async () => {
    server.answer(() => ({
      status: 200,
      json: {
        value: [
          EVENT(),
          EVENT({ id: "B", subject: "Planering", start: { dateTime: "2026-06-28T09:00:00.0000000", timeZone: "W. Europe Standard Time" }, end: { dateTime: "2026-06-28T10:00:00.0000000", timeZone: "W. Europe Standard Time" }, showAs: "busy" }),
          EVENT({ id: "C", subject: "Privat", sensitivity: "private", isAllDay: true }),
        ],
      },
    }));
    const { graph, asked } = clientFor(server);
    const found = await createOfficeAbsenceService({ graph }).findBookings("2026-06-29T00:00:00", "2026-08-07T23:59:00", "W. Europe Standard Time");
    expect(found.map((b) => [b.subject, b.isAllDay, b.isPrivate])).toEqual([
      ["SEM: Semester", false, false],
      ["Privat", true, true],
    ]);
    expect(asked).toEqual([["Calendars.ReadWrite"]]);
    expect(server.requests[0]!.query).toMatchObject({ startDateTime: "2026-06-28T08:00:00.000Z", endDateTime: "2026-08-08T11:59:00.000Z" });
    expect(server.requests[0]!.headers.prefer).toBe('outlook.timezone="W. Europe Standard Time"');
  });

  it("gives the addresses enabled Inbox rules send mail on to, with MailboxSettings.Read", async () => {
    const recipient = (address: string) => ({ emailAddress: { address } });
    server.answer(() => ({
      status: 200,
      json: {
        value: [
          { id: "1", displayName: "Till privat", sequence: 1, isEnabled: true, hasError: false, isReadOnly: false, conditions: { senderContains: ["x"] }, actions: { forwardTo: [recipient("anna.privat@gmail.com")] } },
          { id: "2", displayName: "Gammal", sequence: 2, isEnabled: false, hasError: false, isReadOnly: false, actions: { redirectTo: [recipient("gammal@hotmail.com")] } },
          { id: "3", displayName: "Sortera", sequence: 3, isEnabled: true, hasError: false, isReadOnly: false, actions: { moveToFolder: "AAMk" } },
        ],
      },
    }));
    const { graph, asked } = clientFor(server);
    expect(await createOfficeAbsenceService({ graph }).forwardingRules()).toEqual([{ name: "Till privat", targets: ["anna.privat@gmail.com"] }]);
    expect(asked).toEqual([["MailboxSettings.Read"]]);
  });

  it("searches the directory for a colleague with User.ReadBasic.All", async () => {
    server.answer(() => ({ status: 200, json: { value: [{ displayName: "Karin Holm", mail: "karin.holm@oxelosund.se", businessPhones: ["0155-381 24"] }, { displayName: "Karin Ek", mail: null, businessPhones: [] }] } }));
    const { graph, asked } = clientFor(server);
    expect(await createOfficeAbsenceService({ graph }).searchDirectory("Karin")).toEqual([
      { name: "Karin Holm", email: "karin.holm@oxelosund.se", phone: "0155-381 24" },
      { name: "Karin Ek" },
    ]);
    expect(asked).toEqual([["User.ReadBasic.All"]]);
  });
});

describe("the reminder's quiet look, and what the pane remembers", () => {
  it("reads the reply's state without a sign-in window, and gives nothing when that fails", async () => {
    server.answer(graphLike());
    const options: unknown[] = [];
    const graph = createGraphClient({ tokenFor: async (scopes, o) => (options.push(o), scopes.join(" ")), fetchImpl: fetch, baseUrl: server.baseUrl });
    expect(await createOfficeAbsenceService({ graph }).replyStateQuietly()).toEqual({ status: "alwaysEnabled", scheduledEnd: SETTINGS.automaticRepliesSetting.scheduledEndDateTime });
    expect(options).toEqual([{ interactive: false }]);
    const silentFails = createGraphClient({ tokenFor: () => Promise.reject(new GraphError("signIn")), fetchImpl: fetch, baseUrl: server.baseUrl });
    expect(await createOfficeAbsenceService({ graph: silentFails }).replyStateQuietly()).toBeUndefined();
    expect(await createOfficeAbsenceService({}).replyStateQuietly()).toBeUndefined();
  });

  it("remembers only when the absence ends and how the reply was set", async () => {
    const store = new Map<string, unknown>();
    let fail = false;
    const settings = {
      get: (k: string) => store.get(k),
      set: (k: string, v: unknown) => void store.set(k, v),
      remove: (k: string) => void store.delete(k),
      saveAsync: (cb?: (r: Office.AsyncResult<void>) => void) =>
        cb?.({ status: fail ? "failed" : "succeeded", value: undefined, error: fail ? { code: 9002, name: "x", message: "x" } : undefined } as unknown as Office.AsyncResult<void>),
    } as unknown as RoamingSettingsLike;
    const g = globalThis as { Office?: unknown };
    const before = g.Office;
    g.Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
    const service = createOfficeAbsenceService({ settings });
    await service.saveRecord({ end: PLAN.period.end, via: "graph" });
    expect(store.get(ABSENCE_SETTINGS_KEY)).toEqual({ v: 1, end: "2026-08-07T23:59:00", via: "graph" });
    expect(service.loadRecord()).toEqual({ end: PLAN.period.end, via: "graph" });
    fail = true;
    expect(await failureOf(service.saveRecord(undefined))).toBe("settingsSaveFailed");
    expect(parseRecord({ v: 2, end: "2026-08-07T23:59:00", via: "graph" })).toBeUndefined();
    expect(parseRecord({ v: 1, end: "soon", via: "graph" })).toBeUndefined();
    g.Office = before;
  });

  it("without Graph says so instead of calling anything", async () => {
    const service = createOfficeAbsenceService({});
    expect(service.graph).toBe(false);
    expect(await failureOf(service.readMailbox())).toBe("unsupported");
    expect(await failureOf(service.save(OPERATIONS))).toBe("unsupported");
  });
});
