/**
 * How office.js reports trouble, in its two ways:
 *
 *  - a failed AsyncResult, whose `error` is `{ name, message, code }`: the
 *    codes and names below are office.js's own table (Office's common codes,
 *    and Outlook's 9000 range);
 *  - a synchronous throw while office.js validates the arguments, before the
 *    request reaches the host: an Error named "Sys.ArgumentException",
 *    "Sys.ArgumentOutOfRangeException", "Sys.ArgumentNullException" or
 *    "Sys.ArgumentTypeException".
 */

export interface OfficeErrorDetails {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

export const OFFICE_ERRORS = {
  InvalidCoercion: { code: 1000, name: "Invalid Coercion Type", message: "The specified coercion type is not supported." },
  /** The name the Outlook reference documents for setSignatureAsync and delayDeliveryTime.setAsync. */
  InvalidFormatError: { code: 2006, name: "InvalidFormatError", message: "The format of the specified data object is invalid." },
  InternalError: { code: 5001, name: "Internal Error", message: "An internal error has occurred." },
  InvalidParameter: { code: 5010, name: "Invalid Parameter", message: "The specified event type is not supported." },
  GenericSettingsError: { code: 9019, name: "GenericSettingsError", message: "" },
  GenericResponseError: { code: 9020, name: "GenericResponseError", message: "" },
  DuplicateNotificationKey: { code: 9023, name: "DuplicateNotificationKey", message: "A notification with the provided key already exists." },
  NotificationKeyNotFound: { code: 9024, name: "NotificationKeyNotFound", message: "There are no notifications with the provided key." },
  NumberOfNotificationsExceeded: {
    code: 9025,
    name: "NumberOfNotificationsExceeded",
    message: "The notification couldn't be added because the notification limit has been reached.",
  },
  InvalidCategory: { code: 9044, name: "InvalidCategory", message: "Invalid categories were provided." },
  DuplicateCategory: { code: 9045, name: "DuplicateCategory", message: "One of the categories provided is already in the master category list." },
} as const satisfies Record<string, OfficeErrorDetails>;

/** Thrown inside a call's work to make it call back with status "failed" and this error. */
export class OfficeError extends Error {
  constructor(readonly details: OfficeErrorDetails) {
    super(details.message || details.name);
    this.name = "OfficeError";
  }
}

export type ArgumentErrorKind = "ArgumentException" | "ArgumentOutOfRangeException" | "ArgumentNullException" | "ArgumentTypeException";

/** What office.js throws synchronously for an argument it rejects. */
export function argumentError(kind: ArgumentErrorKind, parameter: string): Error {
  const error = new Error(`Sys.${kind}: ${parameter}`);
  error.name = `Sys.${kind}`;
  return error;
}

/** Throws Sys.ArgumentOutOfRangeException when `value` is longer than `max` characters. */
export function checkLength(value: unknown, max: number, parameter: string): void {
  if (typeof value !== "string") throw argumentError("ArgumentException", parameter);
  if (value.length > max) throw argumentError("ArgumentOutOfRangeException", parameter);
}
