/**
 * What the review feature needs from its surroundings: the item and its
 * changes. The Outlook implementation is src/office/service.ts; tests use a
 * fake. Methods reject with a PostvaktError.
 */
import type { MailMessage } from "../core";
import type { Environment } from "./environment";

export type ChangeReason = "item" | "recipients";

export interface ReviewPort {
  environment(): Environment;
  /** Reads the current item. */
  readItem(): Promise<MailMessage>;
  /**
   * A cheap string that changes when the parts that can change without an
   * event (subject, body; recipients where the client has no recipient event)
   * change. The task pane polls it while composing.
   */
  changeKey(): Promise<string>;
  /** True when the open item is being written (polling makes sense). */
  isCompose(): boolean;
  /**
   * Calls `onChange` when another item is selected or the recipients change.
   * Resolves with a function that unsubscribes. Never rejects: where events
   * are unsupported, only "Granska igen" and polling remain.
   */
  subscribe(onChange: (reason: ChangeReason) => void): Promise<() => void>;
}
