/**
 * Notification bars on the item (`item.notificationMessages`). Each hint has
 * a fixed key: `replaceAsync` puts it up or swaps its text, `removeAsync`
 * takes it down, so repeated events never pile up bars (Outlook allows five
 * per item). Failures are swallowed: a hint that cannot be shown must never
 * stop the user from writing or sending.
 */
import { officeCall, supportsMailbox } from "./async";

export interface HintOptions {
  /** The manifest resid of a 16 px icon, required by Outlook for these bars. */
  readonly icon: string;
  /** Where the client can (Mailbox 1.10, InsightMessage): a link that opens the task pane. */
  readonly taskPane?: { readonly commandId: string; readonly actionText: string };
}

type Messages = Office.NotificationMessages;

function replace(messages: Messages, key: string, details: Office.NotificationMessageDetails): Promise<void> {
  return officeCall<void>(`notificationMessages.replaceAsync`, (cb) => messages.replaceAsync(key, details, cb));
}

/** Shows (or updates) the informational bar under `key`. Resolves either way. */
export async function showHint(item: { notificationMessages: Messages }, key: string, text: string, options: HintOptions): Promise<void> {
  const messages = item.notificationMessages;
  if (options.taskPane && supportsMailbox("1.10")) {
    try {
      await replace(messages, key, {
        type: "insightMessage",
        message: text,
        icon: options.icon,
        actions: [{ actionType: "showTaskPane", actionText: options.taskPane.actionText, commandId: options.taskPane.commandId, contextData: "{}" }],
      });
      return;
    } catch {
      // Some clients refuse insight bars in some forms: fall back to a plain informational bar.
    }
  }
  try {
    await replace(messages, key, { type: "informationalMessage", message: text, icon: options.icon, persistent: false });
  } catch {
    // Nothing to do: the task pane and the send check still cover it.
  }
}

/** Removes the bar under `key`; a missing bar is not an error. */
export async function clearHint(item: { notificationMessages: Messages }, key: string): Promise<void> {
  try {
    await officeCall<void>("notificationMessages.removeAsync", (cb) => item.notificationMessages.removeAsync(key, cb));
  } catch {
    // "Key not found" and friends: the bar is not there, which is what we wanted.
  }
}
