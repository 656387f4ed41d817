/**
 * The reminder to switch the reply off: when the pane opens after an absence
 * the user planned with Postvakt and the automatic reply is still on. A
 * reply "on" is one that answers now: always on, or scheduled to end later
 * than now (a scheduled reply that has ended stops by itself).
 *
 * Wall-clock times are taken as Swedish time (the kommuner's mailboxes are
 * in it); a time Graph gives in UTC is read as UTC. `now` comes from the
 * caller: the core never reads the clock.
 */
import { stockholmInstant } from "../calendar/stockholm";
import { parseWallDateTime, type WallDateTime } from "./period";

/** What the pane remembers of an absence it helped plan: only when it ends, nothing of the texts. */
export interface AbsenceRecord {
  /** When the absence ends, wall-clock (the form's "to"). */
  readonly end: WallDateTime;
  /** How the reply was set: by Postvakt through Graph, or by the user in Outlook from the copied texts. */
  readonly via: "graph" | "manual";
}

/** The automatic replies' state as Graph reports it, reduced to what the reminder needs. */
export interface ReplyState {
  readonly status: "disabled" | "alwaysEnabled" | "scheduled";
  readonly scheduledEnd?: { readonly dateTime: string; readonly timeZone: string };
}

export type Reminder =
  /** Nothing to say. */
  | "none"
  /** The absence is over and the reply still answers: offer to switch it off. */
  | "replyStillOn"
  /** The absence is over; Postvakt cannot see the reply: ask the user to check it. */
  | "checkReply";

/** The instant of a wall-clock time (Swedish time), or of a Graph date-time in UTC. */
export function wallInstant(value: WallDateTime): number {
  return stockholmInstant(value.date, { hour: value.time.hour, minute: value.time.minute });
}

function graphInstant(value: { readonly dateTime: string; readonly timeZone: string }): number | undefined {
  const wall = parseWallDateTime(value.dateTime);
  if (!wall) return undefined;
  if (/^(utc|gmt|etc\/utc|coordinated universal time)$/i.test(value.timeZone.trim())) {
    return Date.UTC(wall.date.year, wall.date.month - 1, wall.date.day, wall.time.hour, wall.time.minute);
  }
  return wallInstant(wall);
}

/** Whether the reply answers mail at `now`. */
export function replyAnswersNow(reply: ReplyState, now: number): boolean {
  if (reply.status === "alwaysEnabled") return true;
  if (reply.status !== "scheduled" || !reply.scheduledEnd) return false;
  const end = graphInstant(reply.scheduledEnd);
  return end === undefined || end > now;
}

/** What the pane says on opening, from the remembered absence and (where Graph could be asked) the reply. */
export function absenceReminder(record: AbsenceRecord | undefined, reply: ReplyState | undefined, now: number): Reminder {
  if (!record || now < wallInstant(record.end)) return "none";
  if (!reply) return "checkReply";
  return replyAnswersNow(reply, now) ? "replyStillOn" : "none";
}
