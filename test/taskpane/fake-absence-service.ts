/** An AbsencePort for component tests: the mailbox's state is set by the test; calls are recorded. */
import type { AbsenceRecord, ForwardingRuleFact, GraphOperation, ReplyState } from "../../src/core";
import { PartlyDoneError, PostvaktError, type AbsencePort, type CurrentReply, type DirectoryPerson, type ExistingBooking, type FailureKind, type MailboxState } from "../../src/ports";

export const NO_REPLY: CurrentReply = { status: "disabled", externalAudience: "all", internalText: "", externalText: "" };

export class FakeAbsenceService implements AbsencePort {
  graph: boolean;
  mailbox: MailboxState = { timeZone: "W. Europe Standard Time", reply: NO_REPLY };
  bookings: ExistingBooking[] = [];
  rules: ForwardingRuleFact[] = [];
  people: DirectoryPerson[] = [];
  quietState: ReplyState | undefined;
  record: AbsenceRecord | undefined;
  readFailure: FailureKind | undefined;
  bookingsFailure: FailureKind | undefined;
  /** The operation that fails, and how. */
  failAt: { operation: GraphOperation["operation"]; kind: FailureKind } | undefined;
  turnOffFailure: FailureKind | undefined;
  readonly saved: GraphOperation[][] = [];
  readonly calls: string[] = [];
  readonly records: (AbsenceRecord | undefined)[] = [];

  constructor(options: { graph?: boolean } = {}) {
    this.graph = options.graph ?? true;
  }

  async readMailbox(): Promise<MailboxState> {
    this.calls.push("readMailbox");
    if (this.readFailure) throw new PostvaktError(this.readFailure);
    return this.mailbox;
  }

  async findBookings(start: string, end: string, timeZone: string): Promise<ExistingBooking[]> {
    this.calls.push(`findBookings ${start} ${end} ${timeZone}`);
    if (this.bookingsFailure) throw new PostvaktError(this.bookingsFailure);
    return this.bookings;
  }

  async forwardingRules(): Promise<ForwardingRuleFact[]> {
    this.calls.push("forwardingRules");
    return this.rules;
  }

  async searchDirectory(query: string): Promise<DirectoryPerson[]> {
    this.calls.push(`search ${query}`);
    return this.people;
  }

  async save(operations: readonly GraphOperation[]): Promise<void> {
    this.calls.push(`save ${operations.map((o) => o.operation).join("+")}`);
    const done: GraphOperation["operation"][] = [];
    for (const op of operations) {
      if (this.failAt?.operation === op.operation) {
        if (done.length === 0) throw new PostvaktError(this.failAt.kind);
        throw new PartlyDoneError(this.failAt.kind, done, op.operation);
      }
      done.push(op.operation);
    }
    this.saved.push([...operations]);
  }

  async turnOffReply(): Promise<void> {
    this.calls.push("turnOffReply");
    if (this.turnOffFailure) throw new PostvaktError(this.turnOffFailure);
    this.quietState = { status: "disabled" };
  }

  async replyStateQuietly(): Promise<ReplyState | undefined> {
    this.calls.push("replyStateQuietly");
    return this.quietState;
  }

  loadRecord(): AbsenceRecord | undefined {
    return this.record;
  }

  async saveRecord(record: AbsenceRecord | undefined): Promise<void> {
    this.records.push(record);
    this.record = record;
  }
}
