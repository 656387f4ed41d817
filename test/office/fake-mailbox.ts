/**
 * A small, faithful fake of the office.js Outlook API surface Postvakt uses,
 * for the adapter tests (jsdom) and the demo (installed on the real
 * `Office.context` by demo/office-shim.ts). It follows the documented shapes:
 *
 *  - async methods take `(…args, [options], callback)` and call back later
 *    (never synchronously) with `{ status: "succeeded" | "failed", value,
 *    error, asyncContext }`;
 *  - compose items have `subject.getAsync`, `body.getAsync/setAsync/getTypeAsync`,
 *    `to/cc/bcc.getAsync`, `from.getAsync`, `getAttachmentsAsync`,
 *    `getComposeTypeAsync`, `addHandlerAsync(RecipientsChanged)`;
 *  - read items have plain `subject`, `from`, `to`, `cc`, `attachments` and
 *    `body.getAsync`, `getAllInternetHeadersAsync`;
 *  - `mailbox.addHandlerAsync(ItemChanged)` and `mailbox.userProfile`;
 *  - `body.setSignatureAsync`, `isClientSignatureEnabledAsync` and
 *    `disableClientSignatureAsync` (Mailbox 1.10) on compose items: the
 *    signature sits in a `<div id="Signature">` that the next call replaces;
 *  - `context.roamingSettings` (get/set/remove in memory, `saveAsync` stores
 *    them; more than 32 KB serialised fails with 9019 GenericSettingsError);
 *  - `requirements.isSetSupported("Mailbox", version)` up to a chosen version.
 *
 * Strings are the values office.js's Outlook script defines, so the fake does
 * not need an `Office` global.
 */

export const STATUS = { Succeeded: "succeeded", Failed: "failed" } as const;
export const COERCION = { Text: "text", Html: "html" } as const;
export const EVENTS = { ItemChanged: "olkItemSelectedChanged", RecipientsChanged: "olkRecipientsChanged" } as const;

export interface Address {
  emailAddress: string;
  displayName?: string;
}

export interface FakeAttachment {
  id?: string;
  name: string;
  size: number;
  contentType?: string;
  isInline?: boolean;
}

export interface ComposeState {
  kind: "compose";
  subject: string;
  /** The body as HTML; the Text coercion is derived from it. */
  bodyHtml: string;
  /** "html" (default) or "text": what `body.getTypeAsync` reports. */
  bodyType?: "html" | "text";
  to: Address[];
  cc: Address[];
  bcc: Address[];
  from?: Address;
  attachments?: FakeAttachment[];
  composeType?: "newMail" | "reply" | "forward";
}

export interface ReadState {
  kind: "read";
  subject: string;
  bodyHtml: string;
  from: Address;
  to: Address[];
  cc: Address[];
  attachments?: FakeAttachment[];
  /** Raw internet headers, CRLF-separated. */
  headers?: string;
}

export type ItemState = ComposeState | ReadState;

export interface FakeMailboxOptions {
  item: ItemState | null;
  user?: Address;
  displayLanguage?: string;
  /** Highest Mailbox requirement set the simulated client supports. */
  mailboxVersion?: string;
  officeTheme?: Office.OfficeTheme;
  /** The add-in's saved roaming settings (values as `get` returns them). */
  roaming?: Record<string, unknown>;
  /** Whether Outlook's own signature is on (`isClientSignatureEnabledAsync`). */
  clientSignature?: boolean;
}

/** Outlook's limit on all of an add-in's roaming settings, serialised. */
export const ROAMING_SETTINGS_LIMIT = 32 * 1024;
/** `setSignatureAsync` takes at most this many characters. */
export const SET_SIGNATURE_LIMIT = 30_000;

type Callback = (result: unknown) => void;
type Handler = (args: unknown) => void;

interface Failure {
  code: number;
  name: string;
  message: string;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as Outlook-like HTML: one <div> per line, blank lines kept. */
export function textToHtml(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => `<div>${line === "" ? "<br>" : escapeHtml(line)}</div>`);
  return `<html><head><meta charset="utf-8"></head><body>${lines.join("")}</body></html>`;
}

const BLOCKS = new Set(["DIV", "P", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL"]);

/** HTML to the Text coercion, roughly as Outlook does: block elements and <br> become line breaks. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  let out = "";
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node.nodeValue ?? "").replace(/\u00a0/g, " ");
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName;
    if (name === "SCRIPT" || name === "STYLE" || name === "HEAD") return;
    if (name === "BR") {
      out += "\n";
      return;
    }
    const block = BLOCKS.has(name);
    if (block && out !== "" && !out.endsWith("\n")) out += "\n";
    node.childNodes.forEach(walk);
    if (block && !out.endsWith("\n")) out += "\n";
  };
  walk(doc.body);
  return out.replace(/\n$/, "");
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Splits office.js's optional-arguments convention: (...required, [options], [callback]). */
function splitArgs(args: unknown[]): { options: Record<string, unknown>; callback?: Callback } {
  const rest = [...args];
  const callback = typeof rest[rest.length - 1] === "function" ? (rest.pop() as Callback) : undefined;
  const options = rest.length > 0 && typeof rest[rest.length - 1] === "object" && rest[rest.length - 1] !== null ? (rest.pop() as Record<string, unknown>) : {};
  return { options, ...(callback ? { callback } : {}) };
}

function copyAddress(a: Address): Office.EmailAddressDetails {
  return { emailAddress: a.emailAddress, displayName: a.displayName ?? a.emailAddress, recipientType: "other" } as unknown as Office.EmailAddressDetails;
}

export class FakeMailbox {
  state: ItemState | null;
  displayLanguage: string;
  user: Address;
  mailboxVersion: string;
  officeTheme: Office.OfficeTheme | undefined;
  clientSignature: boolean;
  /** The roaming settings as saved (what the next task pane would load). */
  savedRoaming: Record<string, unknown>;
  /** The in-memory copy the add-in reads and writes until it saves. */
  private roaming: Record<string, unknown>;
  /** Calls made, by name (no arguments: tests assert on which calls, not content). */
  readonly calls: string[] = [];
  private readonly failures = new Map<string, Failure>();
  private readonly mailboxHandlers = new Map<string, Handler[]>();
  private itemHandlers = new Map<string, Handler[]>();
  private readonly listeners = new Set<() => void>();
  /** The current office.js-shaped item object (a new one per item, as in Outlook). */
  private itemObject: unknown = null;

  constructor(options: FakeMailboxOptions) {
    this.state = options.item;
    this.displayLanguage = options.displayLanguage ?? "sv-SE";
    this.user = options.user ?? { emailAddress: "handlaggare@mjolby.se", displayName: "Anna Handläggare" };
    this.mailboxVersion = options.mailboxVersion ?? "1.13";
    this.officeTheme = options.officeTheme;
    this.clientSignature = options.clientSignature ?? false;
    this.savedRoaming = { ...(options.roaming ?? {}) };
    this.roaming = { ...this.savedRoaming };
    this.itemObject = this.state ? this.buildItem() : null;
  }

  // ---- Test and demo controls -------------------------------------------

  /** The next call named `call` (e.g. "body.getAsync") fails with this Office error. */
  failNext(call: string, failure: Failure = { code: 9002, name: "InternalError", message: "Internal error" }): void {
    this.failures.set(call, failure);
  }

  /** Switches to another item (or none) and raises ItemChanged, as a pinned task pane sees it. */
  selectItem(state: ItemState | null): void {
    this.state = state;
    this.itemHandlers = new Map();
    this.itemObject = state ? this.buildItem() : null;
    this.emit(this.mailboxHandlers, EVENTS.ItemChanged, { type: EVENTS.ItemChanged });
    this.notify();
  }

  /** The user edits the compose item; recipient changes raise RecipientsChanged. */
  editCompose(patch: Partial<Omit<ComposeState, "kind">>): void {
    if (this.state?.kind !== "compose") throw new Error("no compose item");
    const changed: Record<string, boolean> = {};
    for (const field of ["to", "cc", "bcc"] as const) {
      if (patch[field] && JSON.stringify(patch[field]) !== JSON.stringify(this.state[field])) changed[field] = true;
    }
    this.state = { ...this.state, ...patch };
    if (Object.keys(changed).length > 0) {
      this.emit(this.itemHandlers, EVENTS.RecipientsChanged, {
        type: EVENTS.RecipientsChanged,
        changedRecipientFields: { to: !!changed.to, cc: !!changed.cc, bcc: !!changed.bcc, requiredAttendees: false, optionalAttendees: false, resources: false },
      });
    }
    this.notify();
  }

  /** Called when the add-in changed the item (setAsync), so a host UI can redraw. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  handlerCount(event: string): number {
    return (this.mailboxHandlers.get(event)?.length ?? 0) + (this.itemHandlers.get(event)?.length ?? 0);
  }

  // ---- The office.js surface ---------------------------------------------

  isSetSupported = (name: string, version = "1.1"): boolean =>
    name.toLowerCase() === "mailbox" && compareVersions(version, this.mailboxVersion) <= 0;

  /** What goes on `Office.context`. */
  get context() {
    // Arrow functions and getters keep `this` bound wherever office.js callers put them.
    const self = this;
    return {
      get mailbox() {
        return self.mailbox;
      },
      get displayLanguage() {
        return self.displayLanguage;
      },
      get officeTheme() {
        return self.officeTheme;
      },
      get roamingSettings() {
        return self.roamingSettings;
      },
      requirements: { isSetSupported: self.isSetSupported },
    };
  }

  /** `Office.context.roamingSettings`: values are stored as JSON, as Outlook does. */
  get roamingSettings() {
    const self = this;
    return {
      get: (name: string): unknown => {
        const value = self.roaming[name];
        return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      },
      set: (name: string, value: unknown) => {
        self.roaming[name] = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      },
      remove: (name: string) => {
        delete self.roaming[name];
      },
      saveAsync: (...rest: unknown[]) =>
        self.call("roamingSettings.saveAsync", rest, () => {
          const serialised: Record<string, string> = {};
          for (const [key, value] of Object.entries(self.roaming)) if (value !== undefined) serialised[key] = JSON.stringify(value);
          if (JSON.stringify(serialised).length > ROAMING_SETTINGS_LIMIT) {
            throw new OfficeLikeError({ code: 9019, name: "GenericSettingsError", message: "" });
          }
          self.savedRoaming = JSON.parse(JSON.stringify(self.roaming));
          return undefined;
        }),
    };
  }

  get mailbox() {
    const self = this;
    return {
      get item() {
        return self.itemObject;
      },
      userProfile: {
        get emailAddress() {
          return self.user.emailAddress;
        },
        get displayName() {
          return self.user.displayName ?? self.user.emailAddress;
        },
      },
      addHandlerAsync: (eventType: string, handler: Handler, ...rest: unknown[]) =>
        self.addHandler(self.mailboxHandlers, "mailbox.addHandlerAsync", "1.5", eventType, [EVENTS.ItemChanged], handler, rest),
      removeHandlerAsync: (eventType: string, ...rest: unknown[]) => self.removeHandler(self.mailboxHandlers, eventType, rest),
    };
  }

  private buildItem(): unknown {
    const state = this.state;
    if (!state) return null;
    const self = this;
    const body = {
      getAsync: (coercion: string, ...rest: unknown[]) =>
        self.call("body.getAsync", rest, () => {
          const html = self.currentState().bodyHtml;
          if (coercion === COERCION.Html) return html;
          if (coercion === COERCION.Text) return htmlToText(html);
          throw invalidArgument();
        }),
      ...(state.kind === "compose"
        ? {
            getTypeAsync: (...rest: unknown[]) => self.call("body.getTypeAsync", rest, () => (self.composeState().bodyType === "text" ? COERCION.Text : COERCION.Html)),
            setAsync: (data: string, ...rest: unknown[]) =>
              self.call("body.setAsync", rest, (options) => {
                if (typeof data !== "string") throw invalidArgument();
                const html = options.coercionType === COERCION.Html ? data : textToHtml(data);
                self.state = { ...self.composeState(), bodyHtml: html };
                self.notify();
                return undefined;
              }),
            setSignatureAsync: (data: string, ...rest: unknown[]) => {
              // Checked before the call goes to the host, as office.js does: too long throws.
              if (typeof data !== "string" || data.length > SET_SIGNATURE_LIMIT) throw invalidArgument();
              self.call(
                "body.setSignatureAsync",
                rest,
                (options) => {
                  const type = options.coercionType;
                  if (type !== COERCION.Html && type !== COERCION.Text) throw new OfficeLikeError({ code: 1000, name: "InvalidCoercion", message: "Invalid coercion type" });
                  if (type === COERCION.Html && self.composeState().bodyType === "text") {
                    throw new OfficeLikeError({ code: 9000, name: "InvalidFormatError", message: "The format of the specified data object is invalid." });
                  }
                  const signatureHtml = type === COERCION.Html ? data : data.split(/\r?\n/).map((line) => `<div>${line === "" ? "<br>" : escapeHtml(line)}</div>`).join("");
                  self.state = { ...self.composeState(), bodyHtml: withSignature(self.composeState().bodyHtml, signatureHtml) };
                  self.notify();
                  return undefined;
                },
                "1.10",
              );
            },
          }
        : {}),
    };
    const handlers = {
      addHandlerAsync: (eventType: string, handler: Handler, ...rest: unknown[]) =>
        self.addHandler(self.itemHandlers, "item.addHandlerAsync", "1.7", eventType, [EVENTS.RecipientsChanged], handler, rest),
      removeHandlerAsync: (eventType: string, ...rest: unknown[]) => self.removeHandler(self.itemHandlers, eventType, rest),
    };

    if (state.kind === "read") {
      return {
        itemType: "message",
        subject: state.subject,
        from: copyAddress(state.from),
        sender: copyAddress(state.from),
        to: state.to.map(copyAddress),
        cc: state.cc.map(copyAddress),
        attachments: (state.attachments ?? []).map((a, i) => ({
          id: a.id ?? `att${i}`,
          name: a.name,
          size: a.size,
          contentType: a.contentType ?? "application/octet-stream",
          isInline: !!a.isInline,
          attachmentType: "file",
        })),
        body,
        getAllInternetHeadersAsync: (...rest: unknown[]) => self.call("getAllInternetHeadersAsync", rest, () => state.headers ?? "", "1.8"),
        ...handlers,
      };
    }
    const recipients = (field: "to" | "cc" | "bcc") => ({
      getAsync: (...rest: unknown[]) => self.call(`${field}.getAsync`, rest, () => self.composeState()[field].map(copyAddress)),
    });
    return {
      itemType: "message",
      subject: { getAsync: (...rest: unknown[]) => self.call("subject.getAsync", rest, () => self.composeState().subject) },
      body,
      to: recipients("to"),
      cc: recipients("cc"),
      bcc: recipients("bcc"),
      from: {
        getAsync: (...rest: unknown[]) =>
          self.call("from.getAsync", rest, () => copyAddress(self.composeState().from ?? self.user), "1.7"),
      },
      getAttachmentsAsync: (...rest: unknown[]) =>
        self.call(
          "getAttachmentsAsync",
          rest,
          () =>
            (self.composeState().attachments ?? []).map((a, i) => ({
              id: a.id ?? `att${i}`,
              name: a.name,
              size: a.size,
              isInline: !!a.isInline,
              attachmentType: "file",
            })),
          "1.8",
        ),
      isClientSignatureEnabledAsync: (...rest: unknown[]) => self.call("isClientSignatureEnabledAsync", rest, () => self.clientSignature, "1.10"),
      disableClientSignatureAsync: (...rest: unknown[]) =>
        self.call(
          "disableClientSignatureAsync",
          rest,
          () => {
            self.clientSignature = false;
            return undefined;
          },
          "1.10",
        ),
      getComposeTypeAsync: (...rest: unknown[]) =>
        self.call("getComposeTypeAsync", rest, () => ({ composeType: self.composeState().composeType ?? "newMail", coercionType: COERCION.Html }), "1.10"),
      ...handlers,
    };
  }

  private currentState(): ItemState {
    if (!this.state) throw invalidArgument();
    return this.state;
  }

  private composeState(): ComposeState {
    const state = this.currentState();
    if (state.kind !== "compose") throw invalidArgument();
    return state;
  }

  /** One async call: validates the set, runs `compute`, calls back later with an AsyncResult. */
  private call(name: string, rest: unknown[], compute: (options: Record<string, unknown>) => unknown, requires = "1.1"): void {
    const { options, callback } = splitArgs(rest);
    this.calls.push(name);
    // Methods above the simulated client's set do not exist there: calling one throws, as in Outlook.
    if (!this.isSetSupported("Mailbox", requires)) throw new TypeError(`${name} is not a function`);
    const failure = this.failures.get(name);
    this.failures.delete(name);
    let result: Record<string, unknown>;
    if (failure) {
      result = { status: STATUS.Failed, value: undefined, error: failure, asyncContext: options.asyncContext };
    } else {
      try {
        result = { status: STATUS.Succeeded, value: compute(options), asyncContext: options.asyncContext };
      } catch (error) {
        const f = error instanceof OfficeLikeError ? error.failure : { code: 9002, name: "InternalError", message: "Internal error" };
        result = { status: STATUS.Failed, value: undefined, error: f, asyncContext: options.asyncContext };
      }
    }
    if (callback) setTimeout(() => callback(result), 0);
  }

  private addHandler(table: Map<string, Handler[]>, name: string, requires: string, eventType: string, allowed: string[], handler: Handler, rest: unknown[]): void {
    this.call(name, rest, () => {
      if (!allowed.includes(eventType) || typeof handler !== "function") throw invalidArgument();
      table.set(eventType, [...(table.get(eventType) ?? []), handler]);
      return undefined;
    }, requires);
  }

  private removeHandler(table: Map<string, Handler[]>, eventType: string, rest: unknown[]): void {
    this.call("removeHandlerAsync", rest, () => {
      table.delete(eventType);
      return undefined;
    });
  }

  private emit(table: Map<string, Handler[]>, eventType: string, args: unknown): void {
    for (const handler of table.get(eventType) ?? []) setTimeout(() => handler(args), 0);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Where Outlook puts quoted history in HTML: a signature goes above it. */
const QUOTE_SELECTOR = "#appendonsend, #divRplyFwdMsg, #x_divRplyFwdMsg, blockquote[type=cite]";

/**
 * The body with `signatureHtml` as its signature: the content of an existing
 * `<div id="Signature">` is replaced, else such a div is added above quoted
 * history or at the end (setSignatureAsync's documented behaviour).
 */
export function withSignature(bodyHtml: string, signatureHtml: string): string {
  const doc = new DOMParser().parseFromString(bodyHtml, "text/html");
  let holder = doc.getElementById("Signature");
  if (!holder) {
    holder = doc.createElement("div");
    holder.id = "Signature";
    const quote = doc.querySelector(QUOTE_SELECTOR);
    if (quote?.parentNode) quote.parentNode.insertBefore(holder, quote);
    else doc.body.appendChild(holder);
  }
  holder.innerHTML = signatureHtml;
  return `<html>${doc.documentElement.innerHTML}</html>`;
}

class OfficeLikeError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

function invalidArgument(): OfficeLikeError {
  return new OfficeLikeError({ code: 1000, name: "InvalidArgument", message: "The specified argument is invalid." });
}

/**
 * Installs a minimal `Office` global for jsdom tests: the enums the adapter
 * reads and `context` from the fake. Returns a function that removes it.
 */
export function installOfficeGlobal(fake: FakeMailbox): () => void {
  const globals = globalThis as unknown as { Office?: unknown };
  const previous = globals.Office;
  globals.Office = {
    AsyncResultStatus: STATUS,
    CoercionType: COERCION,
    EventType: EVENTS,
    get context() {
      return fake.context;
    },
    onReady: () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }),
  };
  return () => {
    globals.Office = previous;
  };
}
