/**
 * Automatic replies against a local server answering as Graph documents
 * `GET /me/mailboxSettings` and `PATCH /me/mailboxSettings`.
 */
import { describe, expect, it } from "vitest";
import { automaticRepliesBody, getMailboxSettings, setAutomaticReplies, type AutomaticRepliesUpdate } from "../../../src/office/graph/mailbox-settings";
import { clientFor, errorAnswer, kindOf, useGraphServer } from "./graph-server";

const server = useGraphServer();

/** Shaped like the documented answer (GET /me/mailboxSettings). */
const SETTINGS = {
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings",
  archiveFolder: "AQMkAGI2TAAA=",
  timeZone: "W. Europe Standard Time",
  automaticRepliesSetting: {
    status: "scheduled",
    externalAudience: "contactsOnly",
    scheduledStartDateTime: { dateTime: "2026-12-21T08:00:00.0000000", timeZone: "UTC" },
    scheduledEndDateTime: { dateTime: "2027-01-07T07:00:00.0000000", timeZone: "UTC" },
    internalReplyMessage: "<html><body><p>Jag är ledig till 7 januari.</p></body></html>",
    externalReplyMessage: "",
  },
  language: { locale: "sv-SE", displayName: "svenska (Sverige)" },
  workingHours: { daysOfWeek: ["monday"], startTime: "08:00:00.0000000", endTime: "17:00:00.0000000", timeZone: { name: "W. Europe Standard Time" } },
  userPurpose: "user",
};

describe("reading the automatic replies", () => {
  it("GETs /me/mailboxSettings with a MailboxSettings.ReadWrite token and reads the reply and the time zone", async () => {
    server.answer(() => ({ status: 200, json: SETTINGS }));
    const { graph, asked } = clientFor(server);
    const settings = await getMailboxSettings(graph);
    expect(server.requests.map((r) => [r.method, r.path, r.rawQuery, r.headers.authorization])).toEqual([["GET", "/me/mailboxSettings", "", "Bearer token-for MailboxSettings.ReadWrite"]]);
    expect(asked).toEqual([["MailboxSettings.ReadWrite"]]);
    expect(settings).toEqual({
      timeZone: "W. Europe Standard Time",
      automaticRepliesSetting: {
        status: "scheduled",
        externalAudience: "contactsOnly",
        internalReplyMessage: "<html><body><p>Jag är ledig till 7 januari.</p></body></html>",
        externalReplyMessage: "",
        scheduledStartDateTime: { dateTime: "2026-12-21T08:00:00.0000000", timeZone: "UTC" },
        scheduledEndDateTime: { dateTime: "2027-01-07T07:00:00.0000000", timeZone: "UTC" },
      },
    });
  });

  it("reads enum values whatever their case, and missing messages as empty", async () => {
    server.answer(() => ({ status: 200, json: { automaticRepliesSetting: { status: "AlwaysEnabled", externalAudience: "ALL", internalReplyMessage: null } } }));
    const { graph } = clientFor(server);
    expect(await getMailboxSettings(graph)).toEqual({
      automaticRepliesSetting: { status: "alwaysEnabled", externalAudience: "all", internalReplyMessage: "", externalReplyMessage: "" },
    });
  });

  it.each([
    ["an unknown status", { ...SETTINGS, automaticRepliesSetting: { ...SETTINGS.automaticRepliesSetting, status: "unknownFutureValue" } }],
    ["no automaticRepliesSetting", { timeZone: "UTC" }],
    ["a range without its time zone", { ...SETTINGS, automaticRepliesSetting: { ...SETTINGS.automaticRepliesSetting, scheduledEndDateTime: { dateTime: "2027-01-07T07:00:00" } } }],
    ["a message that is not text", { ...SETTINGS, automaticRepliesSetting: { ...SETTINGS.automaticRepliesSetting, internalReplyMessage: 42 } }],
  ])("says badResponse for %s", async (_label, json) => {
    server.answer(() => ({ status: 200, json }));
    const { graph } = clientFor(server);
    expect(await kindOf(getMailboxSettings(graph))).toBe("badResponse");
  });

  it("says notFound for a mailbox Graph cannot reach (404), forbidden for 403", async () => {
    server.answerInTurn(errorAnswer(404), errorAnswer(403));
    const { graph } = clientFor(server);
    expect(await kindOf(getMailboxSettings(graph))).toBe("notFound");
    expect(await kindOf(getMailboxSettings(graph))).toBe("forbidden");
  });
});

describe("writing the automatic replies", () => {
  it("PATCHes only automaticRepliesSetting, with the range and its time zones", async () => {
    server.answer(() => ({ status: 200, json: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings", automaticRepliesSetting: { status: "scheduled" } } }));
    const { graph, asked } = clientFor(server);
    const setting: AutomaticRepliesUpdate = {
      status: "scheduled",
      externalAudience: "all",
      internalReplyMessage: "Jag är ledig 21 december–6 januari. Ring växeln 0303-33 00 00.",
      externalReplyMessage: "I am away until 7 January.",
      scheduledStartDateTime: { dateTime: "2026-12-21T00:00:00", timeZone: "W. Europe Standard Time" },
      scheduledEndDateTime: { dateTime: "2027-01-07T00:00:00", timeZone: "W. Europe Standard Time" },
    };
    await setAutomaticReplies(graph, setting);
    expect(asked).toEqual([["MailboxSettings.ReadWrite"]]);
    const [request] = server.requests;
    expect([request!.method, request!.path, request!.headers["content-type"], request!.headers.authorization]).toEqual(["PATCH", "/me/mailboxSettings", "application/json", "Bearer token-for MailboxSettings.ReadWrite"]);
    expect(JSON.parse(request!.body)).toEqual({
      automaticRepliesSetting: {
        status: "scheduled",
        externalAudience: "all",
        internalReplyMessage: "Jag är ledig 21 december–6 januari. Ring växeln 0303-33 00 00.",
        externalReplyMessage: "I am away until 7 January.",
        scheduledStartDateTime: { dateTime: "2026-12-21T00:00:00", timeZone: "W. Europe Standard Time" },
        scheduledEndDateTime: { dateTime: "2027-01-07T00:00:00", timeZone: "W. Europe Standard Time" },
      },
    });
  });

  it("switches the replies off with the status alone, and sends nothing it was not given", () => {
    const loose = { status: "disabled", timeZone: "UTC", extra: "x", scheduledStartDateTime: { dateTime: "2026-01-01T00:00:00", timeZone: "UTC" } } as unknown as AutomaticRepliesUpdate;
    expect(automaticRepliesBody(loose)).toEqual({ automaticRepliesSetting: { status: "disabled" } });
    const start = { dateTime: "2026-12-21T00:00:00", timeZone: "UTC", extra: "x" };
    const scheduled = automaticRepliesBody({ status: "scheduled", scheduledStartDateTime: start, scheduledEndDateTime: start });
    expect(scheduled.automaticRepliesSetting.scheduledStartDateTime).toEqual({ dateTime: "2026-12-21T00:00:00", timeZone: "UTC" });
  });

  it("refuses a scheduled range without a time zone before anything is sent", async () => {
    server.answer(() => ({ status: 200, json: {} }));
    const { graph, asked } = clientFor(server);
    const setting = {
      status: "scheduled",
      scheduledStartDateTime: { dateTime: "2026-12-21T00:00:00", timeZone: "" },
      scheduledEndDateTime: { dateTime: "2027-01-07T00:00:00", timeZone: "UTC" },
    } as const;
    await expect(setAutomaticReplies(graph, setting)).rejects.toBeInstanceOf(RangeError);
    expect(server.requests).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("does not read the answer: a write that succeeded with an odd body is not a failure", async () => {
    server.answer(() => ({ status: 200, text: "ok", contentType: "text/plain" }));
    const { graph } = clientFor(server);
    await expect(setAutomaticReplies(graph, { status: "alwaysEnabled", internalReplyMessage: "Ledig." })).resolves.toBeUndefined();
  });

  it("says badResponse with the status when Graph rejects the range (400)", async () => {
    server.answer(() => errorAnswer(400));
    const { graph } = clientFor(server);
    const error = await setAutomaticReplies(graph, { status: "disabled" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "GraphError", kind: "badResponse", status: 400 });
  });
});
