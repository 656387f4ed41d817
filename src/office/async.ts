/**
 * Promise wrappers for office.js callbacks. Office calls can fail by callback
 * status or by throwing synchronously; both become a rejected promise with an
 * OfficeCallError, so nothing is ever thrown inside an Office callback (not
 * even when a host calls back without a result).
 */

export class OfficeCallError extends Error {
  constructor(
    /** Which call failed, e.g. "body.getAsync". Never message content. */
    readonly call: string,
    /** Office's error code or name, where it gave one. */
    readonly code: string,
  ) {
    super(`Office call ${call} failed (${code})`);
    this.name = "OfficeCallError";
  }
}

type Callback<T> = (result?: Office.AsyncResult<T>) => void;

/** Runs an office.js async method and resolves with its value. */
export function officeCall<T>(call: string, invoke: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result?: Office.AsyncResult<T>) => {
        // Some clients call back without a result on failure: that is a failure, not a crash in the callback.
        if (!result || typeof result !== "object") reject(new OfficeCallError(call, "noResult"));
        else if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new OfficeCallError(call, String(result.error?.code ?? result.error?.name ?? "unknown")));
      });
    } catch (error) {
      reject(new OfficeCallError(call, (error as Error)?.name ?? "exception"));
    }
  });
}

/** True when this client supports the Mailbox requirement set (false outside Office). */
export function supportsMailbox(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("Mailbox", version);
  } catch {
    return false;
  }
}

/**
 * Resolves with the promise's value, or with undefined once `ms` have passed
 * (or when it rejects): for optional reads that must not hold a time-boxed
 * check up. Without timers (no setTimeout in the host) it simply waits.
 */
export function withinDeadline<T>(promise: Promise<T>, ms: number | undefined): Promise<T | undefined> {
  const settled = promise.catch(() => undefined);
  if (ms === undefined || typeof setTimeout !== "function") return settled;
  return new Promise<T | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    void settled.then((value) => {
      if (typeof clearTimeout === "function") clearTimeout(timer);
      resolve(value);
    });
  });
}
