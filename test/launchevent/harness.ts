/**
 * Runs the BUILT dist/launchevent.js the way classic Outlook's JavaScript-only
 * runtime does: one script in a bare JavaScript context (Node's `vm`) whose
 * only host object is `Office` — no window, no document, no localStorage.
 * Timers are the one extra: Outlook's runtimes provide setTimeout, and the
 * tests pass a controllable clock so a time budget can run out on demand.
 *
 * The fake Office follows the documented shapes: async methods take an
 * optional options argument and a callback that receives
 * { status, value, error, asyncContext }, called back later, never inline.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import vm from "node:vm";

export const DIST_LAUNCHEVENT = resolve(__dirname, "../../dist/launchevent.js");

/** The bundle's text, or a clear failure when the build has not run. */
export function readBundle(): string {
  if (!existsSync(DIST_LAUNCHEVENT)) {
    throw new Error(`${DIST_LAUNCHEVENT} does not exist: run "npx webpack --mode production" (npm test builds it first).`);
  }
  return readFileSync(DIST_LAUNCHEVENT, "utf8");
}

/** Skatteverket's published test personnummer (not real people). */
export const TEST_PERSONNUMMER = "850101-2382";
export const TEST_PERSONNUMMER_LONG = "198501022381";
export const TEST_SAMORDNINGSNUMMER = "220164-2390";

export interface FakeMessage {
  subject?: string;
  body?: string;
  html?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  from?: string;
}

export interface FakeOfficeOptions {
  /** Highest Mailbox requirement set the client supports, "1.15" by default. */
  mailbox?: string;
  displayLanguage?: string;
  userEmail?: string;
  /** Office calls (by name, e.g. "body.getAsync") that call back with status "failed". */
  failing?: readonly string[];
  /** Office calls that throw synchronously. */
  throwing?: readonly string[];
  /** Office calls that never call back (until `release()`). */
  hanging?: readonly string[];
  /** No setTimeout/clearTimeout in the context at all. */
  noTimers?: boolean;
  /** Remove the built-ins an ES2016 engine lacks before the script runs (default true). */
  es2016Globals?: boolean;
  /** Load dist/launchevent.js into the context (default true); false gives just the fake `officeApi`. */
  loadBundle?: boolean;
  /** What `getComposeTypeAsync` reports (default newMail, html). */
  composeType?: "newMail" | "reply" | "forward";
  bodyType?: "html" | "text";
  /** `userProfile.displayName` ("Handläggare" by default; null: Outlook gives none). */
  displayName?: string | null;
  /** The add-in's roaming settings as Outlook loaded them (values as `get` returns them). */
  roaming?: Record<string, unknown>;
  /** What `isClientSignatureEnabledAsync` reports (default false). */
  clientSignature?: boolean;
}

/** One `body.setSignatureAsync` call as Outlook received it. */
export interface SignatureSet {
  readonly data: string;
  readonly coercionType: unknown;
}

export interface Notification {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
  readonly actions?: readonly { actionType: string; actionText: string; commandId: string }[];
}

export interface CompletedCall {
  readonly options: Record<string, unknown> | undefined;
  readonly at: number;
}

export interface FakeEvent {
  readonly type: string;
  completed(options?: Record<string, unknown>): void;
  readonly calls: CompletedCall[];
}

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

/** Post-2016 built-ins, removed to model the ES2016 engine of classic Outlook before build 2403. */
const POST_ES2016_BUILTINS = `
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

function versionAtLeast(have: string, want: string): boolean {
  const [hMajor = 0, hMinor = 0] = have.split(".").map(Number);
  const [wMajor = 0, wMinor = 0] = want.split(".").map(Number);
  return hMajor > wMajor || (hMajor === wMajor && hMinor >= wMinor);
}

function details(address: string) {
  return { emailAddress: address, displayName: address.split("@")[0] ?? address, recipientType: "other" };
}

/** One Outlook, one compose item, one loaded copy of dist/launchevent.js. */
export class FakeOutlook {
  readonly handlers = new Map<string, (event: FakeEvent) => void>();
  readonly associated: string[] = [];
  readonly notifications = new Map<string, Notification>();
  /** Every Office call made, by name (never its content). */
  readonly officeCalls: string[] = [];
  /** Every signature set with `body.setSignatureAsync`, in order. */
  readonly signatureSets: SignatureSet[] = [];
  message: Required<Omit<FakeMessage, "html" | "from">> & Pick<FakeMessage, "html" | "from">;
  private readonly options: FakeOfficeOptions;
  private readonly held: (() => void)[] = [];
  private timers: Timer[] = [];
  private nextTimer = 1;
  private now = 0;
  readonly context: vm.Context;
  /** The fake `Office` object itself, for tests that run the handlers from source. */
  readonly officeApi: ReturnType<FakeOutlook["office"]>;

  constructor(message: FakeMessage = {}, options: FakeOfficeOptions = {}) {
    this.options = options;
    this.message = { subject: "", body: "", to: [], cc: [], bcc: [], ...message };
    this.officeApi = this.office();
    const sandbox: Record<string, unknown> = { Office: this.officeApi };
    if (!options.noTimers) {
      sandbox.setTimeout = (fn: () => void, ms = 0) => {
        const id = this.nextTimer++;
        this.timers.push({ id, due: this.now + ms, fn });
        return id;
      };
      sandbox.clearTimeout = (id: number) => {
        this.timers = this.timers.filter((t) => t.id !== id);
      };
    }
    this.context = vm.createContext(sandbox);
    if (options.es2016Globals !== false) vm.runInContext(POST_ES2016_BUILTINS, this.context);
    if (options.loadBundle !== false) vm.runInContext(readBundle(), this.context, { filename: "launchevent.js" });
  }

  /** The pending time budgets, in ms from now. */
  pendingTimers(): number[] {
    return this.timers.map((t) => t.due - this.now);
  }

  /** Moves the fake clock on, firing due timers. */
  advance(ms: number): void {
    this.now += ms;
    const due = this.timers.filter((t) => t.due <= this.now);
    this.timers = this.timers.filter((t) => t.due > this.now);
    for (const t of due) t.fn();
  }

  /** Lets hanging calls call back now. */
  release(): void {
    for (const cb of this.held.splice(0)) cb();
  }

  /** Fires an event at a handler and waits until the event settles (or `waitMs` of real time passes). */
  async fire(name: string, waitMs = 2000): Promise<FakeEvent> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no handler associated as ${name}`);
    const event = makeEvent(name);
    handler(event);
    await settle(() => event.calls.length > 0, waitMs);
    return event;
  }

  private call<T>(name: string, callback: ((r: unknown) => void) | undefined, value: () => T): void {
    this.officeCalls.push(name);
    if (this.options.throwing?.includes(name)) throw new Error(`${name} threw`);
    if (typeof callback !== "function") return;
    const failed = this.options.failing?.includes(name);
    const respond = () =>
      callback(
        failed
          ? { status: "failed", value: undefined, error: { name: "GenericResponseError", message: "failed", code: 9020 }, asyncContext: undefined }
          : { status: "succeeded", value: value(), error: undefined, asyncContext: undefined },
      );
    if (this.options.hanging?.includes(name)) this.held.push(respond);
    else setImmediate(respond);
  }

  private office() {
    const self = this;
    const mailbox = this.options.mailbox ?? "1.15";
    const lastArg = (args: unknown[]) => args[args.length - 1] as ((r: unknown) => void) | undefined;
    const recipients = (field: "to" | "cc" | "bcc") => ({
      getAsync: (...args: unknown[]) => self.call(`${field}.getAsync`, lastArg(args), () => self.message[field].map(details)),
    });
    const item = {
      itemType: "message",
      subject: { getAsync: (...args: unknown[]) => self.call("subject.getAsync", lastArg(args), () => self.message.subject) },
      body: {
        getAsync: (coercion: string, ...rest: unknown[]) =>
          self.call(coercion === "html" ? "body.getAsync(html)" : "body.getAsync", lastArg(rest), () =>
            coercion === "html" ? (self.message.html ?? `<p>${self.message.body}</p>`) : self.message.body,
          ),
        // Mailbox 1.10. Documented: at most 30,000 characters (longer throws), and Html on a text body fails with InvalidFormatError.
        setSignatureAsync: (data: string, ...rest: unknown[]) => {
          const options = (typeof rest[0] === "object" && rest[0] !== null ? rest[0] : {}) as { coercionType?: unknown };
          if (!versionAtLeast(mailbox, "1.10")) throw new TypeError("setSignatureAsync is not a function");
          if (typeof data !== "string" || data.length > 30_000) throw new Error("ArgumentOutOfRange");
          const wrongFormat = options.coercionType === "html" && (self.options.bodyType ?? "html") === "text";
          if (!wrongFormat && !self.options.failing?.includes("body.setSignatureAsync")) self.signatureSets.push({ data, coercionType: options.coercionType });
          if (wrongFormat) {
            self.officeCalls.push("body.setSignatureAsync");
            const cb = lastArg(rest);
            setImmediate(() => cb?.({ status: "failed", value: undefined, error: { name: "InvalidFormatError", message: "invalid format", code: 9000 } }));
            return;
          }
          self.call("body.setSignatureAsync", lastArg(rest), () => undefined);
        },
      },
      isClientSignatureEnabledAsync: (...args: unknown[]) => self.call("isClientSignatureEnabledAsync", lastArg(args), () => !!self.options.clientSignature),
      to: recipients("to"),
      cc: recipients("cc"),
      bcc: recipients("bcc"),
      from: { getAsync: (...args: unknown[]) => self.call("from.getAsync", lastArg(args), () => details(self.message.from ?? self.userEmail)) },
      getAttachmentsAsync: (...args: unknown[]) => self.call("getAttachmentsAsync", lastArg(args), () => []),
      getComposeTypeAsync: (...args: unknown[]) =>
        self.call("getComposeTypeAsync", lastArg(args), () => ({ composeType: self.options.composeType ?? "newMail", coercionType: self.options.bodyType ?? "html" })),
      notificationMessages: {
        getAllAsync: (...args: unknown[]) => self.call("notificationMessages.getAllAsync", lastArg(args), () => [...self.notifications.values()]),
        addAsync: (key: string, data: Omit<Notification, "key">, ...rest: unknown[]) => self.notify("addAsync", key, data, lastArg(rest)),
        replaceAsync: (key: string, data: Omit<Notification, "key">, ...rest: unknown[]) => self.notify("replaceAsync", key, data, lastArg(rest)),
        removeAsync: (key: string, ...rest: unknown[]) => {
          const cb = lastArg(rest);
          const exists = self.notifications.has(key);
          self.officeCalls.push("notificationMessages.removeAsync");
          self.notifications.delete(key);
          setImmediate(() =>
            cb?.(
              exists
                ? { status: "succeeded", value: undefined, error: undefined }
                : { status: "failed", value: undefined, error: { name: "KeyNotFound", message: "The key wasn't found.", code: 9041 } },
            ),
          );
        },
      },
    };
    return {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Text: "text", Html: "html" },
      context: {
        get displayLanguage() {
          return self.options.displayLanguage ?? "sv-SE";
        },
        requirements: {
          isSetSupported: (name: string, version = "1.1") => name === "Mailbox" && versionAtLeast(mailbox, version),
        },
        mailbox: {
          get item() {
            if (self.options.throwing?.includes("mailbox.item")) throw new Error("item unavailable");
            return item;
          },
          userProfile: {
            emailAddress: self.userEmail,
            ...(self.options.displayName === null ? {} : { displayName: self.options.displayName ?? "Handläggare" }),
          },
        },
        // Loaded with the add-in; `get` gives undefined for a name never set.
        roamingSettings: {
          get: (name: string) => self.options.roaming?.[name],
          set: () => undefined,
          remove: () => undefined,
          saveAsync: (cb?: (r: unknown) => void) => self.call("roamingSettings.saveAsync", cb, () => undefined),
        },
      },
      actions: {
        associate: (name: string, fn: (event: FakeEvent) => void) => {
          self.associated.push(name);
          self.handlers.set(name, fn);
        },
      },
    };
  }

  get userEmail(): string {
    return this.options.userEmail ?? "handlaggare@mjolby.se";
  }

  /** Documented rules: at most five bars per item; types Outlook knows; insight bars from Mailbox 1.10; ≤ 150 characters. */
  private notify(method: string, key: string, data: Omit<Notification, "key">, cb: ((r: unknown) => void) | undefined): void {
    this.officeCalls.push(`notificationMessages.${method}`);
    const known = ["informationalMessage", "errorMessage", "progressIndicator", "insightMessage"];
    const tooMany = !this.notifications.has(key) && this.notifications.size >= 5;
    const invalid =
      !known.includes(data.type) ||
      data.message.length > 150 ||
      (data.type === "insightMessage" && !versionAtLeast(this.options.mailbox ?? "1.15", "1.10")) ||
      (data.type !== "progressIndicator" && data.type !== "errorMessage" && !data.icon) ||
      (method === "addAsync" && this.notifications.has(key));
    const failed = tooMany || invalid;
    if (!failed) this.notifications.set(key, { key, ...data });
    setImmediate(() =>
      cb?.(failed ? { status: "failed", value: undefined, error: { name: "InvalidNotification", message: "rejected", code: 9040 } } : { status: "succeeded", value: undefined }),
    );
  }
}

export function makeEvent(type: string): FakeEvent {
  const calls: CompletedCall[] = [];
  return {
    type,
    calls,
    completed(options?: Record<string, unknown>) {
      calls.push({ options, at: Date.now() });
    },
  };
}

/** Waits (real time, via setImmediate turns) until `done()` or `ms` passes; then a few more turns so a second completion would show. */
export async function settle(done: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}
