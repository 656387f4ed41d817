/** A PostvaktService for component tests: the test sets the item and fires events. */
import { vi } from "vitest";
import { createMailMessage, type Fix, type MailMessage, type Recipient } from "../../src/core";
import { ServiceError, type ChangeReason, type Environment, type FailureKind, type PostvaktService } from "../../src/taskpane/service";

export function composeMessage(body: string, recipients: string[], subject = "Ärende"): MailMessage {
  return createMailMessage({
    mode: "compose",
    subject,
    body: { text: body },
    recipients: recipients.map((address): Recipient => ({ field: "to", address })),
  });
}

export class FakeService implements PostvaktService {
  message: MailMessage;
  env: Environment;
  /** When set, readItem fails with this kind. */
  readFailure: FailureKind | undefined;
  fixFailure: FailureKind | undefined;
  private listener: ((reason: ChangeReason) => void) | undefined;
  readonly appliedFixes: Fix[] = [];
  readonly readItemSpy = vi.fn();
  unsubscribed = false;

  constructor(message: MailMessage, env: Environment = { displayLanguage: "sv-SE", userEmail: "anna@mjolby.se" }) {
    this.message = message;
    this.env = env;
  }

  environment(): Environment {
    return this.env;
  }

  async readItem(): Promise<MailMessage> {
    this.readItemSpy();
    if (this.readFailure) throw new ServiceError(this.readFailure);
    return this.message;
  }

  /** How long changeKey takes (a slow body read). */
  changeKeyDelayMs = 0;
  changeKeyCalls = 0;

  async changeKey(): Promise<string> {
    this.changeKeyCalls++;
    if (this.changeKeyDelayMs) await new Promise((r) => setTimeout(r, this.changeKeyDelayMs));
    return `${this.message.subject}\u0000${this.message.body.text}`;
  }

  isCompose(): boolean {
    return this.message.mode === "compose";
  }

  async subscribe(onChange: (reason: ChangeReason) => void): Promise<() => void> {
    this.listener = onChange;
    return () => {
      this.unsubscribed = true;
      this.listener = undefined;
    };
  }

  async applyFix(fix: Fix, message: MailMessage): Promise<void> {
    if (this.fixFailure) throw new ServiceError(this.fixFailure);
    this.appliedFixes.push(fix);
    let text = message.body.text;
    for (const edit of [...fix.edits].sort((a, b) => b.range.start - a.range.start)) {
      text = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
    }
    this.message = createMailMessage({ ...message, body: { text } });
  }

  /** Outlook raised ItemChanged or RecipientsChanged. */
  fire(reason: ChangeReason): void {
    this.listener?.(reason);
  }
}
