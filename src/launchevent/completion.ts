/**
 * The two guarantees every handler needs: `event.completed` is called exactly
 * once, whatever path finishes first, and a time budget finishes the event
 * when something is slow. Office glue, but no Office calls of its own.
 */

export interface CompletableEvent<T> {
  completed(options?: T): void;
}

export interface Completer<T> {
  /** Calls `event.completed(options)` the first time; later calls do nothing. */
  (options?: T): void;
  /** True once the event has been completed: late work should stop touching the item. */
  readonly done: boolean;
}

export function completeOnce<T>(event: CompletableEvent<T>): Completer<T> {
  let done = false;
  const complete = ((options?: T) => {
    if (done) return;
    done = true;
    try {
      if (options === undefined) event.completed();
      else event.completed(options);
    } catch {
      // Outlook refused the completion (the item is gone, the event timed out):
      // there is nothing left to complete, and nothing to log.
    }
  }) as Completer<T>;
  Object.defineProperty(complete, "done", { get: () => done });
  return complete;
}

/**
 * Runs `onTimeout` after `ms` unless cancelled. Outlook's runtimes provide
 * `setTimeout`; where a host has none, there is no budget and the work's own
 * completion (or Outlook's five-minute limit) ends the event.
 */
export function startTimer(ms: number, onTimeout: () => void): () => void {
  if (typeof setTimeout !== "function") return () => undefined;
  const id = setTimeout(onTimeout, ms);
  return () => {
    if (typeof clearTimeout === "function") clearTimeout(id);
  };
}
