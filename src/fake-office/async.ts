/**
 * office.js's asynchronous calling convention, and failure injection.
 *
 * Every `…Async` method takes `(…required, [options], [callback])`. The
 * callback is called later (on a later turn of the event loop, never inline)
 * with one `Office.AsyncResult`-shaped object:
 * `{ status: "succeeded" | "failed", value, error, asyncContext }`, where
 * `asyncContext` is `options.asyncContext` handed back.
 *
 * Each call is recorded by name ("body.getAsync", "to.getAsync", …; the Html
 * read of the body is "body.getAsync(html)" so the two reads can be told
 * apart) and can be made to misbehave by that name:
 *
 *  - "fail":     call back with status "failed" and an Office error;
 *  - "throw":    throw synchronously, as office.js does on bad arguments;
 *  - "hang":     never call back until `release()`;
 *  - "noResult": call back with no argument at all (seen from some hosts;
 *                code must survive it).
 */
import { ASYNC_RESULT_STATUS } from "./enums";
import { OFFICE_ERRORS, OfficeError, type OfficeErrorDetails } from "./errors";

export type FaultKind = "fail" | "throw" | "hang" | "noResult";

export interface Fault {
  readonly kind: FaultKind;
  /** For "fail": the error the callback gets (GenericResponseError 9020 by default). */
  readonly error?: OfficeErrorDetails;
  /** Only the next call misbehaves (default: every call). */
  readonly once?: boolean;
}

export interface FakeAsyncResult<T = unknown> {
  readonly status: "succeeded" | "failed";
  readonly value: T | undefined;
  readonly error: OfficeErrorDetails | undefined;
  readonly asyncContext: unknown;
}

export type AsyncCallback = (result?: FakeAsyncResult) => void;

/** Calls `fn` on a later turn: setImmediate where the host has it (Node), else a zero timeout. */
export function later(fn: () => void): void {
  if (typeof setImmediate === "function") setImmediate(fn);
  else setTimeout(fn, 0);
}

/** Splits `(…, [options], [callback])` as office.js does. */
export function splitArgs(args: readonly unknown[]): { options: Record<string, unknown>; callback?: AsyncCallback } {
  const rest = [...args];
  const callback = typeof rest[rest.length - 1] === "function" ? (rest.pop() as AsyncCallback) : undefined;
  const last = rest[rest.length - 1];
  const options = last !== null && typeof last === "object" ? (rest.pop() as Record<string, unknown>) : {};
  return { options, ...(callback ? { callback } : {}) };
}

export function succeeded<T>(value: T, asyncContext?: unknown): FakeAsyncResult<T> {
  return { status: ASYNC_RESULT_STATUS.Succeeded, value, error: undefined, asyncContext };
}

export function failed(error: OfficeErrorDetails, asyncContext?: unknown): FakeAsyncResult<never> {
  return { status: ASYNC_RESULT_STATUS.Failed, value: undefined, error, asyncContext };
}

/** Records calls, applies injected faults and delivers results later. */
export class CallRunner {
  /** Every Office call made, by name, in order (never its arguments). */
  readonly log: string[] = [];
  private readonly faults = new Map<string, Fault>();
  private readonly held: (() => void)[] = [];

  inject(call: string, fault: Fault | FaultKind): void {
    this.faults.set(call, typeof fault === "string" ? { kind: fault } : fault);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** The fault for `call`, consuming a one-shot fault. */
  take(call: string): Fault | undefined {
    const fault = this.faults.get(call);
    if (fault?.once) this.faults.delete(call);
    return fault;
  }

  /** Lets every held ("hang") callback through now. */
  release(): void {
    for (const deliver of this.held.splice(0)) deliver();
  }

  get heldCount(): number {
    return this.held.length;
  }

  /**
   * One async call. `work` runs now (its effects on the mailbox happen at
   * call time); throwing an OfficeError from it makes the call fail with that
   * error. Arguments are validated by the caller before this, so a bad
   * argument throws before anything is recorded, as in office.js.
   */
  run(name: string, rest: readonly unknown[], work: (options: Record<string, unknown>) => unknown): void {
    const { options, callback } = splitArgs(rest);
    this.log.push(name);
    const fault = this.take(name);
    if (fault?.kind === "throw") throw new Error(`${name} threw`);
    let result: FakeAsyncResult;
    if (fault?.kind === "fail") {
      result = failed(fault.error ?? OFFICE_ERRORS.GenericResponseError, options.asyncContext);
    } else {
      try {
        result = succeeded(work(options), options.asyncContext);
      } catch (error) {
        result = failed(error instanceof OfficeError ? error.details : OFFICE_ERRORS.InternalError, options.asyncContext);
      }
    }
    if (!callback) return;
    const deliver = () => (fault?.kind === "noResult" ? callback() : callback(result));
    if (fault?.kind === "hang") this.held.push(() => later(deliver));
    else later(deliver);
  }
}
