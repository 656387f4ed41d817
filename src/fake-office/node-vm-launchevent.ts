/**
 * Node only: runs the BUILT dist/launchevent.js the way classic Outlook's
 * JavaScript-only runtime does — one script in a bare JavaScript context
 * (`node:vm`) whose only host object is `Office`: no window, no document,
 * no localStorage. Timers are the one extra (Outlook's runtimes have
 * setTimeout); they are the runtime's, not Office's, and by default manual,
 * so a test can run a time budget out on demand.
 *
 * By default the built-ins an ES2016 engine lacks are removed first, to model
 * classic Outlook before build 2403.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import vm from "node:vm";
import type { FakeOffice } from "./fake-office";

export const DIST_LAUNCHEVENT = resolve(__dirname, "../../dist/launchevent.js");

/** The bundle's text, or a clear failure when the build has not run. */
export function readLaunchEventBundle(path = DIST_LAUNCHEVENT): string {
  if (!existsSync(path)) {
    throw new Error(`${path} does not exist: run "npx webpack --mode production" (npm test builds it first).`);
  }
  return readFileSync(path, "utf8");
}

/** Post-2016 built-ins, removed to model the ES2016 engine of classic Outlook before build 2403. */
export const POST_ES2016_BUILTINS = `
  delete Object.entries; delete Object.values; delete Object.getOwnPropertyDescriptors;
  delete String.prototype.padStart; delete String.prototype.padEnd;
  delete Promise.prototype.finally;
  delete Object.fromEntries; delete Array.prototype.flat; delete Array.prototype.flatMap;
  delete String.prototype.trimStart; delete String.prototype.trimEnd;
  delete String.prototype.matchAll; delete Promise.allSettled; delete globalThis.BigInt;
  delete String.prototype.replaceAll; delete Promise.any; delete globalThis.WeakRef; delete globalThis.FinalizationRegistry;
  delete Array.prototype.at; delete String.prototype.at; delete Object.hasOwn;
  delete Array.prototype.findLast; delete Array.prototype.findLastIndex;
  delete Array.prototype.toSorted; delete Array.prototype.toReversed; delete Array.prototype.with;
  delete globalThis.globalThis;
`;

/** The runtime's setTimeout/clearTimeout, moved on by hand. */
export class ManualTimers {
  private timers: { id: number; due: number; fn: () => void }[] = [];
  private nextId = 1;
  private now = 0;

  readonly setTimeout = (fn: () => void, ms = 0): number => {
    const id = this.nextId++;
    this.timers.push({ id, due: this.now + ms, fn });
    return id;
  };

  readonly clearTimeout = (id: number): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };

  /** The pending timers, in ms from now. */
  pending(): number[] {
    return this.timers.map((t) => t.due - this.now);
  }

  /** Moves time on by `ms`, running the timers that fall due. */
  advance(ms: number): void {
    this.now += ms;
    const due = this.timers.filter((t) => t.due <= this.now);
    this.timers = this.timers.filter((t) => t.due > this.now);
    for (const t of due) t.fn();
  }
}

export interface LaunchEventRuntimeOptions {
  /** "manual" (default): ManualTimers; "host": Node's own; "none": no setTimeout/clearTimeout at all. */
  readonly timers?: "manual" | "host" | "none";
  /** Remove the built-ins an ES2016 engine lacks before the script runs (default true). */
  readonly es2016?: boolean;
  /** The script to run (default: dist/launchevent.js). */
  readonly source?: string;
}

/** One JavaScript-only runtime with one loaded copy of the send-time bundle. */
export class LaunchEventRuntime {
  readonly context: vm.Context;
  /** The runtime's timers when they are manual. */
  readonly timers: ManualTimers | undefined;

  constructor(office: FakeOffice, options: LaunchEventRuntimeOptions = {}) {
    const sandbox: Record<string, unknown> = { Office: office.office };
    const mode = options.timers ?? "manual";
    if (mode === "manual") {
      this.timers = new ManualTimers();
      sandbox.setTimeout = this.timers.setTimeout;
      sandbox.clearTimeout = this.timers.clearTimeout;
    } else if (mode === "host") {
      sandbox.setTimeout = (fn: () => void, ms?: number) => setTimeout(fn, ms);
      sandbox.clearTimeout = (id: ReturnType<typeof setTimeout>) => clearTimeout(id);
    }
    this.context = vm.createContext(sandbox);
    if (options.es2016 !== false) vm.runInContext(POST_ES2016_BUILTINS, this.context);
    vm.runInContext(options.source ?? readLaunchEventBundle(), this.context, { filename: "launchevent.js" });
  }
}

/** Loads dist/launchevent.js for `office`; its handlers land in `office.launchEvents`. */
export function loadLaunchEvents(office: FakeOffice, options: LaunchEventRuntimeOptions = {}): LaunchEventRuntime {
  return new LaunchEventRuntime(office, options);
}
