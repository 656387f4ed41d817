/**
 * Carrying out actions (src/core/actions): the one port every feature
 * dispatches through. The Outlook implementation is src/office/actions.ts.
 */
import type { Action, MailMessage } from "../core";

export interface ActionPort {
  /**
   * Whether this Outlook can carry the action out. Where it cannot, the view
   * offers the text to copy instead of a button that would do nothing.
   */
  canPerform(action: Action): boolean;
  /**
   * Carries the action out on the open item; `checked` is the message as the
   * check that proposed the action read it (edits are ranges into it).
   * Rejects with a PostvaktError.
   */
  perform(action: Action, checked: MailMessage | undefined): Promise<void>;
}
