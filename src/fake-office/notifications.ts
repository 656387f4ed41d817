/**
 * `item.notificationMessages` (Mailbox 1.3), with the documented rules:
 *
 *  - at most five bars per item: adding a sixth fails with 9025
 *    NumberOfNotificationsExceeded;
 *  - `addAsync` of a key already shown fails with 9023
 *    DuplicateNotificationKey; `replaceAsync` adds the bar when the key is
 *    new; `removeAsync` of an unknown key fails with 9024
 *    NotificationKeyNotFound;
 *  - office.js checks the arguments before the host sees them and throws:
 *    key ≤ 32 characters, message ≤ 150, informational bars need `icon`
 *    (≤ 32) and a boolean `persistent` and take no `actions`; insight bars
 *    (Mailbox 1.10) need `icon` and exactly one `showTaskPane` action with a
 *    `commandId` and an `actionText` ≤ 30, and take no `persistent`; other
 *    types take neither `icon` nor `persistent` nor `actions`.
 */
import type { CallRunner } from "./async";
import { MAILBOX_ENUMS } from "./enums";
import { OFFICE_ERRORS, OfficeError, argumentError, checkLength } from "./errors";

export const NOTIFICATION_LIMITS = { perItem: 5, message: 150, key: 32, icon: 32, actionText: 30 } as const;

export interface NotificationAction {
  readonly actionType: string;
  readonly actionText: string;
  readonly commandId: string;
  readonly contextData?: unknown;
}

export interface NotificationDetails {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
  readonly actions?: readonly NotificationAction[];
}

type Data = Omit<NotificationDetails, "key">;

const TYPES = MAILBOX_ENUMS.ItemNotificationMessageType;

function validate(key: unknown, data: Data | undefined, insightSupported: boolean): void {
  checkLength(key, NOTIFICATION_LIMITS.key, "key");
  if (!data || typeof data !== "object") throw argumentError("ArgumentNullException", "data");
  const known: string[] = [TYPES.ProgressIndicator, TYPES.InformationalMessage, TYPES.ErrorMessage, ...(insightSupported ? [TYPES.InsightMessage] : [])];
  if (typeof data.type !== "string" || !known.includes(data.type)) throw argumentError("ArgumentException", "type");
  if (data.type === TYPES.InformationalMessage) {
    checkLength(data.icon, NOTIFICATION_LIMITS.icon, "icon");
    if (data.persistent === undefined || data.persistent === null) throw argumentError("ArgumentNullException", "persistent");
    if (typeof data.persistent !== "boolean") throw argumentError("ArgumentTypeException", "persistent");
    if (data.actions !== undefined) throw argumentError("ArgumentException", "actions");
  } else if (data.type === TYPES.InsightMessage) {
    checkLength(data.icon, NOTIFICATION_LIMITS.icon, "icon");
    if (data.persistent !== undefined) throw argumentError("ArgumentException", "persistent");
    if (!Array.isArray(data.actions) || data.actions.length !== 1) throw argumentError("ArgumentException", "actions");
    const action = data.actions[0]!;
    if (action.actionType !== MAILBOX_ENUMS.ActionType.ShowTaskPane) throw argumentError("ArgumentException", "actionType");
    if (typeof action.commandId !== "string" || action.commandId === "") throw argumentError("ArgumentException", "commandId");
    if (typeof action.actionText !== "string" || action.actionText === "") throw argumentError("ArgumentNullException", "actionText");
    checkLength(action.actionText, NOTIFICATION_LIMITS.actionText, "actionText");
  } else if (data.icon !== undefined || data.persistent !== undefined || data.actions !== undefined) {
    throw argumentError("ArgumentException", data.icon !== undefined ? "icon" : data.persistent !== undefined ? "persistent" : "actions");
  }
  checkLength(data.message, NOTIFICATION_LIMITS.message, "message");
}

function stored(key: string, data: Data): NotificationDetails {
  return {
    key,
    type: data.type,
    message: data.message,
    ...(data.icon !== undefined ? { icon: data.icon } : {}),
    ...(data.persistent !== undefined ? { persistent: data.persistent } : {}),
    ...(data.actions !== undefined ? { actions: data.actions.map((a) => ({ ...a })) } : {}),
  };
}

/** The `notificationMessages` object of one item, over that item's bars. */
export function notificationSurface(bars: Map<string, NotificationDetails>, runner: CallRunner, supports: (version: string) => boolean) {
  const put = (method: "addAsync" | "replaceAsync", key: string, data: Data, rest: unknown[]) => {
    validate(key, data, supports("1.10"));
    runner.run(`notificationMessages.${method}`, rest, () => {
      if (method === "addAsync" && bars.has(key)) throw new OfficeError(OFFICE_ERRORS.DuplicateNotificationKey);
      if (!bars.has(key) && bars.size >= NOTIFICATION_LIMITS.perItem) throw new OfficeError(OFFICE_ERRORS.NumberOfNotificationsExceeded);
      bars.set(key, stored(key, data));
      return undefined;
    });
  };
  return {
    addAsync: (key: string, data: Data, ...rest: unknown[]) => put("addAsync", key, data, rest),
    replaceAsync: (key: string, data: Data, ...rest: unknown[]) => put("replaceAsync", key, data, rest),
    getAllAsync: (...rest: unknown[]) => runner.run("notificationMessages.getAllAsync", rest, () => [...bars.values()].map((bar) => ({ ...bar }))),
    removeAsync: (key: string, ...rest: unknown[]) => {
      checkLength(key, NOTIFICATION_LIMITS.key, "key");
      runner.run("notificationMessages.removeAsync", rest, () => {
        if (!bars.delete(key)) throw new OfficeError(OFFICE_ERRORS.NotificationKeyNotFound);
        return undefined;
      });
    },
  };
}
