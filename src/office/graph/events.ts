/**
 * The user's calendar: the events in a range (`GET /me/calendarView`), to
 * find an absence entry that is already there, and a new absence entry
 * (`POST /me/events`). Scope Calendars.ReadWrite for both: the look-up comes
 * right before the write, and one consent covers the two.
 *
 * A new event never has attendees: Exchange would send every attendee an
 * invitation (research-notes.md D2).
 */
import { getAll, type GraphClient } from "./client";
import { isObject, oneOf, optionalString, readDateTimeTimeZone, writeDateTimeTimeZone, type DateTimeTimeZone } from "./shapes";

export const CALENDAR_SCOPES = ["Calendars.ReadWrite"] as const;

/** The time zone answers are given in when the caller names none (Sweden, in Windows' naming). */
export const DEFAULT_TIME_ZONE = "W. Europe Standard Time";

export const EVENT_SELECT = "subject,start,end,showAs,isAllDay,sensitivity";

/** Events per page of the calendar view (Graph's default is 10). */
export const EVENT_PAGE_SIZE = 100;

export type FreeBusyStatus = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";
export type Sensitivity = "normal" | "personal" | "private" | "confidential";

const SHOW_AS: readonly FreeBusyStatus[] = ["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"];
const SENSITIVITIES: readonly Sensitivity[] = ["normal", "personal", "private", "confidential"];

/** An event as read: only the properties asked for. */
export interface CalendarEvent {
  readonly id: string;
  /** "" when the event has no subject. */
  readonly subject: string;
  readonly start: DateTimeTimeZone;
  readonly end: DateTimeTimeZone;
  readonly showAs: FreeBusyStatus;
  readonly isAllDay: boolean;
  readonly sensitivity: Sensitivity;
}

/** A new event. Defaults make the entry the phone switch reads: timed, shown as away, not private. */
export interface NewEvent {
  readonly subject: string;
  readonly start: DateTimeTimeZone;
  readonly end: DateTimeTimeZone;
  /** Default "oof". */
  readonly showAs?: FreeBusyStatus;
  /** Default false: some phone switches ignore all-day entries (research-notes.md D2). */
  readonly isAllDay?: boolean;
  /** Default "normal": some phone switches ignore private entries. */
  readonly sensitivity?: Sensitivity;
}

export function readEvent(value: unknown): CalendarEvent | undefined {
  if (!isObject(value) || typeof value.id !== "string") return undefined;
  const subject = optionalString(value.subject);
  const start = readDateTimeTimeZone(value.start);
  const end = readDateTimeTimeZone(value.end);
  const showAs = oneOf(value.showAs, SHOW_AS);
  const sensitivity = oneOf(value.sensitivity, SENSITIVITIES);
  if (subject === false || !start || !end || !showAs || !sensitivity || typeof value.isAllDay !== "boolean") return undefined;
  return { id: value.id, subject: subject ?? "", start, end, showAs, isAllDay: value.isAllDay, sensitivity };
}

function preferTimeZone(timeZone: string): Record<string, string> {
  if (!timeZone.trim() || /["\r\n]/.test(timeZone)) throw new RangeError("Not a time zone name");
  return { Prefer: `outlook.timezone="${timeZone}"` };
}

/**
 * The events (occurrences of series included) that overlap [start, end),
 * with times in `timeZone`. Rejects with a GraphError (a RangeError,
 * before any request, for an empty range or a bad time zone name).
 */
export async function findEvents(graph: GraphClient, start: Date, end: Date, timeZone: string = DEFAULT_TIME_ZONE): Promise<CalendarEvent[]> {
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end.getTime() <= start.getTime()) {
    throw new RangeError("The calendar range must end after it starts");
  }
  return getAll(
    graph,
    "/me/calendarView",
    {
      scopes: CALENDAR_SCOPES,
      query: { startDateTime: start.toISOString(), endDateTime: end.toISOString(), $select: EVENT_SELECT, $top: String(EVENT_PAGE_SIZE) },
      headers: preferTimeZone(timeZone),
    },
    readEvent,
  );
}

/** The request body: exactly these six properties, never attendees. */
export function eventBody(event: NewEvent): Record<string, unknown> {
  return {
    subject: event.subject,
    start: writeDateTimeTimeZone(event.start),
    end: writeDateTimeTimeZone(event.end),
    showAs: event.showAs ?? "oof",
    isAllDay: event.isAllDay ?? false,
    sensitivity: event.sensitivity ?? "normal",
  };
}

/**
 * Puts the event into the user's calendar and gives it back as Graph stored
 * it. Not retried on a gateway timeout (the event may exist): look with
 * findEvents before trying again. Rejects with a GraphError.
 */
export async function createEvent(graph: GraphClient, event: NewEvent): Promise<CalendarEvent> {
  const body = eventBody(event);
  return graph.post("/me/events", body, { scopes: CALENDAR_SCOPES, headers: preferTimeZone(event.start.timeZone) }, readEvent);
}
