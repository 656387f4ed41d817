/** The review's ports for component tests: the test sets the item and fires events; actions edit the fake item. */
import { vi } from "vitest";
import { createMailMessage, type Action, type MailMessage, type Recipient } from "../../src/core";
import { PostvaktError, type ActionPort, type ChangeReason, type Environment, type FailureKind, type ReviewPort } from "../../src/ports";

export function composeMessage(body: string, recipients: string[], subject = "Ärende"): MailMessage {
  return createMailMessage({
    mode: "compose",
    subject,
    body: { text: body },
    recipients: recipients.map((address): Recipient => ({ field: "to", address })),
  });
}

export class FakeService implements ReviewPort, ActionPort {
  message: MailMessage;
  env: Environment;
  /** When set, readItem fails with this kind. */
  readFailure: FailureKind | undefined;
  /** When set, perform fails with this kind. */
  actionFailure: FailureKind | undefined;
  /** Action types this fake Outlook cannot carry out. */
  unsupported: Action["type"][] = [];
  private listener: ((reason: ChangeReason) => void) | undefined;
  readonly performed: Action[] = [];
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
    if (this.readFailure) throw new PostvaktError(this.readFailure);
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

  canPerform(action: Action): boolean {
    if (this.unsupported.includes(action.type)) return false;
    return action.type !== "editBody" || this.message.mode === "compose";
  }

  async perform(action: Action, checked: MailMessage | undefined): Promise<void> {
    if (this.actionFailure) throw new PostvaktError(this.actionFailure);
    this.performed.push(action);
    if (action.type !== "editBody" || !checked) return;
    let text = checked.body.text;
    for (const edit of [...action.edits].sort((a, b) => b.range.start - a.range.start)) {
      text = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
    }
    this.message = createMailMessage({ ...checked, body: { text } });
  }

  /** Outlook raised ItemChanged or RecipientsChanged. */
  fire(reason: ChangeReason): void {
    this.listener?.(reason);
  }
}

/** The App's two ports from one fake. */
export function ports(service: FakeService): { review: FakeService; actions: FakeService } {
  return { review: service, actions: service };
}
