/**
 * What the absence feature needs from outside: the mailbox's automatic
 * replies and time zone, the calendar, the Inbox rules' forwarding, the
 * directory, saving, and what the pane remembers of the planned absence.
 * The Outlook implementation is src/office/absence-service.ts (Microsoft
 * Graph, each scope requested only on the click that needs it). Methods
 * reject with a PostvaktError.
 */
import type { AbsenceRecord, ForwardingRuleFact, GraphOperation, ReplyState } from "../core";
import { PostvaktError, type FailureKind } from "./failure";

/** The automatic replies as they are now, texts as plain text. */
export interface CurrentReply extends ReplyState {
  readonly externalAudience: "none" | "contactsOnly" | "all";
  readonly internalText: string;
  readonly externalText: string;
  readonly scheduledStart?: { readonly dateTime: string; readonly timeZone: string };
}

export interface MailboxState {
  /** The mailbox's own time zone (Windows or IANA name); undefined when Graph gave none. */
  readonly timeZone?: string;
  readonly reply: CurrentReply;
}

/** A calendar entry already in the period. */
export interface ExistingBooking {
  readonly subject: string;
  /** Wall-clock, in the time zone asked for ("2026-06-29T08:00:00"). */
  readonly start: string;
  readonly end: string;
  readonly showAs: string;
  readonly isAllDay: boolean;
  readonly isPrivate: boolean;
}

/** A colleague from the directory. */
export interface DirectoryPerson {
  readonly name: string;
  readonly email?: string;
  readonly phone?: string;
}

export type SaveStep = GraphOperation["operation"];

/** Saving stopped part-way: `done` went through, `failed` did not (for `kind`), the rest was not tried. */
export class PartlyDoneError extends PostvaktError {
  constructor(
    kind: FailureKind,
    readonly done: readonly SaveStep[],
    readonly failed: SaveStep,
  ) {
    super(kind);
    this.name = "PartlyDoneError";
  }
}

export interface AbsencePort {
  /**
   * Postvakt can read and set the replies itself: the deployment registered
   * a Graph app and Outlook supports nested app authentication. Otherwise
   * the view offers the texts to copy and a guide to Outlook's own dialog.
   */
  readonly graph: boolean;
  /** The replies as they are and the mailbox's time zone (on the user's click). */
  readMailbox(): Promise<MailboxState>;
  /** Entries overlapping [start, end), wall-clock in `timeZone`. */
  findBookings(start: string, end: string, timeZone: string): Promise<ExistingBooking[]>;
  /** The enabled Inbox rules that send mail on, with their addresses. */
  forwardingRules(): Promise<ForwardingRuleFact[]>;
  /** Colleagues whose name matches. */
  searchDirectory(query: string): Promise<DirectoryPerson[]>;
  /** Carries the operations out in order; PartlyDoneError when one fails after another went through. */
  save(operations: readonly GraphOperation[]): Promise<void>;
  /** Switches the automatic replies off. */
  turnOffReply(): Promise<void>;
  /** The replies' state without any sign-in window, or undefined where that is not possible. Never rejects. */
  replyStateQuietly(): Promise<ReplyState | undefined>;
  /** What the pane remembers of the planned absence. Never throws. */
  loadRecord(): AbsenceRecord | undefined;
  /** Remembers (or, with undefined, forgets) the planned absence. */
  saveRecord(record: AbsenceRecord | undefined): Promise<void>;
}
