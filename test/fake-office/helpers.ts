/** Small helpers for the fake's own tests: office.js calls as promises of their raw AsyncResult. */
import type { FakeAsyncResult } from "../../src/fake-office";

type Invoke = (callback: (result?: FakeAsyncResult) => void) => void;

/** The AsyncResult a call calls back with (undefined when it calls back with none). */
export function result<T = unknown>(invoke: Invoke): Promise<FakeAsyncResult<T> | undefined> {
  return new Promise((resolve) => invoke((r) => resolve(r as FakeAsyncResult<T> | undefined)));
}

/** Whatever `run` throws synchronously (undefined when it does not throw). */
export function thrown(run: () => unknown): Error | undefined {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
