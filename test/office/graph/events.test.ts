/**
 * The calendar against a local server answering as Graph documents
 * `GET /me/calendarView` (paged with @odata.nextLink, times in the Prefer
 * time zone) and `POST /me/events` (201 with the event).
 */
import { describe, expect, it } from "vitest";
import { EVENT_PAGE_SIZE, createEvent, eventBody, findEvents } from "../../../src/office/graph/events";
import { clientFor, errorAnswer, kindOf, useGraphServer } from "./graph-server";

const server = useGraphServer();

function event(id: string, subject: string, overrides: Record<string, unknown> = {}) {
  return {
    "@odata.etag": 'W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw=="',
    id,
    subject,
    start: { dateTime: "2026-12-21T08:00:00.0000000", timeZone: "W. Europe Standard Time" },
    end: { dateTime: "2026-12-21T17:00:00.0000000", timeZone: "W. Europe Standard Time" },
    showAs: "oof",
    isAllDay: false,
    sensitivity: "normal",
    ...overrides,
  };
}

describe("finding events", () => {
  it("asks calendarView for the range in UTC, only the fields it needs, times in the given zone", async () => {
    server.answer(() => ({ status: 200, json: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('x')/calendarView", value: [event("AAMkA1", "SEM: Semester")] } }));
    const { graph, asked } = clientFor(server);
    const found = await findEvents(graph, new Date("2026-12-21T00:00:00+01:00"), new Date("2027-01-07T00:00:00+01:00"), "Europe/Stockholm");
    expect(found).toEqual([
      {
        id: "AAMkA1",
        subject: "SEM: Semester",
        start: { dateTime: "2026-12-21T08:00:00.0000000", timeZone: "W. Europe Standard Time" },
        end: { dateTime: "2026-12-21T17:00:00.0000000", timeZone: "W. Europe Standard Time" },
        showAs: "oof",
        isAllDay: false,
        sensitivity: "normal",
      },
    ]);
    const [request] = server.requests;
    expect([request!.method, request!.path]).toEqual(["GET", "/me/calendarView"]);
    expect(request!.query).toEqual({
      startDateTime: "2026-12-20T23:00:00.000Z",
      endDateTime: "2027-01-06T23:00:00.000Z",
      $select: "subject,start,end,showAs,isAllDay,sensitivity",
      $top: String(EVENT_PAGE_SIZE),
    });
    expect(request!.headers.prefer).toBe('outlook.timezone="Europe/Stockholm"');
    expect(request!.headers.authorization).toBe("Bearer token-for Calendars.ReadWrite");
    expect(asked).toEqual([["Calendars.ReadWrite"]]);
  });

  it("defaults to Swedish time and follows the next page", async () => {
    server.answer((request) =>
      request.query.$skip === "100"
        ? { status: 200, json: { value: [event("B", "TJÄ: Kurs", { showAs: "busy", sensitivity: "private", subject: null })] } }
        : { status: 200, json: { value: [event("A", "SEM: Semester")], "@odata.nextLink": `${server.baseUrl}/me/calendarView?startDateTime=2026-12-20T23%3A00%3A00.000Z&endDateTime=2027-01-06T23%3A00%3A00.000Z&$top=100&$skip=100` } },
    );
    const { graph } = clientFor(server);
    const found = await findEvents(graph, new Date("2026-12-20T23:00:00Z"), new Date("2027-01-06T23:00:00Z"));
    expect(found.map((e) => [e.id, e.subject, e.showAs, e.sensitivity])).toEqual([
      ["A", "SEM: Semester", "oof", "normal"],
      ["B", "", "busy", "private"],
    ]);
    expect(server.requests.map((r) => r.headers.prefer)).toEqual(['outlook.timezone="W. Europe Standard Time"', 'outlook.timezone="W. Europe Standard Time"']);
  });

  it("refuses an empty or backward range before anything is sent", async () => {
    const { graph, asked } = clientFor(server);
    const day = new Date("2026-12-21T00:00:00Z");
    await expect(findEvents(graph, day, day)).rejects.toBeInstanceOf(RangeError);
    await expect(findEvents(graph, day, new Date("nonsense"))).rejects.toBeInstanceOf(RangeError);
    expect(server.requests).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("says badResponse for an event it cannot read (an unknown showAs)", async () => {
    server.answer(() => ({ status: 200, json: { value: [event("A", "SEM", { showAs: "somewhere" })] } }));
    const { graph } = clientFor(server);
    expect(await kindOf(findEvents(graph, new Date("2026-12-21T00:00:00Z"), new Date("2026-12-22T00:00:00Z")))).toBe("badResponse");
  });
});

describe("creating the absence entry", () => {
  const entry = {
    subject: "SEM: Semester, åter 7/1",
    start: { dateTime: "2026-12-21T08:00:00", timeZone: "W. Europe Standard Time" },
    end: { dateTime: "2027-01-06T17:00:00", timeZone: "W. Europe Standard Time" },
  };

  it("POSTs exactly subject, start, end, showAs oof, timed and not private, with no attendees", async () => {
    server.answer((request) => ({ status: 201, json: { ...event("AAMkNew", "SEM: Semester, åter 7/1"), ...JSON.parse(request.body), attendees: [] } }));
    const { graph, asked } = clientFor(server);
    const created = await createEvent(graph, entry);
    const [request] = server.requests;
    expect([request!.method, request!.path, request!.headers["content-type"], request!.headers.prefer]).toEqual(["POST", "/me/events", "application/json", 'outlook.timezone="W. Europe Standard Time"']);
    expect(JSON.parse(request!.body)).toEqual({
      subject: "SEM: Semester, åter 7/1",
      start: { dateTime: "2026-12-21T08:00:00", timeZone: "W. Europe Standard Time" },
      end: { dateTime: "2027-01-06T17:00:00", timeZone: "W. Europe Standard Time" },
      showAs: "oof",
      isAllDay: false,
      sensitivity: "normal",
    });
    expect(Object.keys(JSON.parse(request!.body))).not.toContain("attendees");
    expect(asked).toEqual([["Calendars.ReadWrite"]]);
    expect(created).toMatchObject({ id: "AAMkNew", showAs: "oof", isAllDay: false, sensitivity: "normal", start: { dateTime: "2026-12-21T08:00:00" } });
  });

  it("keeps attendees and other properties out of the body even when handed some", () => {
    const body = eventBody({ ...entry, attendees: [{ emailAddress: { address: "chef@ale.se" } }], body: { content: "x" } } as unknown as typeof entry);
    expect(Object.keys(body).sort()).toEqual(["end", "isAllDay", "sensitivity", "showAs", "start", "subject"]);
  });

  it("does not try again after a gateway timeout: the entry may already be there", async () => {
    server.answer(() => errorAnswer(504));
    const { graph, sleeps } = clientFor(server);
    expect(await kindOf(createEvent(graph, entry))).toBe("unavailable");
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("tries again after 429 with Retry-After (nothing was created)", async () => {
    server.answerInTurn(errorAnswer(429, { "Retry-After": "2" }), { status: 201, json: event("AAMkNew", entry.subject) });
    const { graph, sleeps } = clientFor(server);
    expect((await createEvent(graph, entry)).id).toBe("AAMkNew");
    expect(sleeps).toEqual([2_000]);
    expect(server.requests.map((r) => r.body)).toEqual([server.requests[0]!.body, server.requests[0]!.body]);
  });

  it("refuses a start or end without a time zone before anything is sent", async () => {
    const { graph, asked } = clientFor(server);
    await expect(createEvent(graph, { ...entry, end: { dateTime: "2027-01-06T17:00:00", timeZone: " " } })).rejects.toBeInstanceOf(RangeError);
    expect(server.requests).toEqual([]);
    expect(asked).toEqual([]);
  });
});
