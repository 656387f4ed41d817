/**
 * Several selected messages at once (Outlook's item multi-select, Mailbox
 * 1.13; reading each one, 1.15). Only the registrar edition of the add-in
 * asks for it: it needs the read/write mailbox permission. The Outlook
 * implementation is src/office/selection-service.ts.
 */
import type { MailMessage } from "../core";

/** What Outlook says of a selected message without reading it. */
export interface SelectedMessage {
  readonly itemId: string;
  readonly subject: string;
}

export interface SelectionPort {
  /** Whether each selected message can be read (Mailbox 1.15 `loadItemByIdAsync`); otherwise only the subjects are known. */
  canRead(): boolean;
  /** The selected messages, in Outlook's order (at most 100). Rejects with a PostvaktError. */
  selected(): Promise<SelectedMessage[]>;
  /** Calls back when the selection changes. Resolves with a function that unsubscribes; never rejects. */
  subscribe(onChange: () => void): Promise<() => void>;
  /** Reads one selected message (Outlook loads one at a time: calls are queued). Rejects with a PostvaktError. */
  read(itemId: string): Promise<MailMessage>;
}
