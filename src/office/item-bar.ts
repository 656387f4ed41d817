/**
 * The diary's short bar on the item being read ("Bör diarieföras – svar
 * senast tis 23 juni"): one informational notification under a fixed key, so
 * a new verdict replaces the old bar instead of adding one (Outlook allows
 * five per item). Persistent, so it stays on the item when the pane is
 * closed. Every failure is swallowed: a bar that cannot be shown must never
 * get in the reader's way.
 */
import { officeCall, supportsMailbox } from "./async";

export const DIARY_BAR_KEY = "postvaktDiary";
/** The manifest's 16 px icon, which Outlook requires on these bars. */
export const DIARY_BAR_ICON = "Icon.16x16";
/** Outlook takes at most 150 characters in a notification. */
export const NOTIFICATION_MAX_CHARS = 150;

type WithMessages = { readonly notificationMessages?: Office.NotificationMessages };

/** Puts the bar up (or swaps its text). Resolves either way. */
export async function showDiaryBar(item: WithMessages | null | undefined, text: string): Promise<void> {
  const messages = item?.notificationMessages;
  if (!messages || typeof messages.replaceAsync !== "function" || !supportsMailbox("1.3")) return;
  const message = text.length > NOTIFICATION_MAX_CHARS ? `${text.slice(0, NOTIFICATION_MAX_CHARS - 1)}…` : text;
  try {
    await officeCall<void>("notificationMessages.replaceAsync", (cb) =>
      messages.replaceAsync(DIARY_BAR_KEY, { type: "informationalMessage", message, icon: DIARY_BAR_ICON, persistent: true }, cb),
    );
  } catch {
    // The pane still shows the advice.
  }
}

/** Takes the bar down; a bar that is not there is no failure. */
export async function clearDiaryBar(item: WithMessages | null | undefined): Promise<void> {
  const messages = item?.notificationMessages;
  if (!messages || typeof messages.removeAsync !== "function") return;
  try {
    await officeCall<void>("notificationMessages.removeAsync", (cb) => messages.removeAsync(DIARY_BAR_KEY, cb));
  } catch {
    // "Key not found" and friends: the bar is not there, which is what we wanted.
  }
}
