/**
 * One simulated Outlook client: the mailbox and its selected item(s), the
 * user, display language and theme, roaming settings, the Mailbox
 * requirement sets it supports, and what the add-in asked of it (calls,
 * opened forms, signatures set, launch-event completions). `office` is the
 * `Office` global to hand to code under test (see office-global.ts).
 *
 * Time is the caller's: the fake has no clock of its own (delayDeliveryTime
 * compares with Date.now(); callbacks come on the next turn of the event loop).
 */
import { CallRunner, type Fault, type FaultKind } from "./async";
import { EVENT_TYPE, MAILBOX_ENUMS } from "./enums";
import { OFFICE_ERRORS, OfficeError, argumentError, type OfficeErrorDetails } from "./errors";
import { HandlerTable, type EventHandler } from "./events";
import { newMessageForm, type OpenedForm } from "./forms";
import { ItemRecord, type ItemHost, type SignatureSet } from "./items";
import type { NotificationDetails } from "./notifications";
import { createOfficeGlobal, type FakeOfficeGlobal } from "./office-global";
import { DEFAULT_MAILBOX_VERSION, requirementChecker } from "./requirements";
import { RoamingStore } from "./roaming";
import { LaunchEvents } from "./smart-alerts";
import type { Address, ComposeState, ItemState } from "./state";

export interface CategoryDetails {
  displayName: string;
  color: string;
}

export interface FakeOfficeOptions {
  /** The selected item (null: nothing selected). */
  item?: ItemState | null;
  /** The mailbox's user; `displayName: null` when Outlook gives none. */
  user?: { emailAddress: string; displayName?: string | null };
  displayLanguage?: string;
  /** Highest Mailbox requirement set the client supports ("1.15" by default). */
  mailboxVersion?: string;
  /** Other requirement sets the client supports, each up to a version (e.g. `{ NestedAppAuth: "1.1" }`); none by default. */
  requirementSets?: Readonly<Record<string, string>>;
  officeTheme?: Office.OfficeTheme;
  /** The add-in's saved roaming settings (values as `get` returns them). */
  roaming?: Record<string, unknown>;
  /** Whether Outlook's own signature is on (`isClientSignatureEnabledAsync`). */
  clientSignature?: boolean;
  /** The mailbox's master category list. */
  masterCategories?: CategoryDetails[];
  /** Calls that misbehave from the start, by call name (see async.ts). */
  faults?: Readonly<Record<string, FaultKind | Fault>>;
}

const DEFAULT_USER = { emailAddress: "handlaggare@mjolby.se", displayName: "Anna Handläggare" };

/** The selected-item details `getSelectedItemsAsync` gives (Mailbox 1.13; the last three from 1.14). */
export interface SelectedItemDetails {
  itemId: string;
  itemMode: "Read" | "Compose";
  itemType: string;
  subject: string;
  conversationId?: string;
  hasAttachment?: boolean;
  internetMessageId?: string;
}

export class FakeOffice {
  readonly mailboxVersion: string;
  displayLanguage: string;
  officeTheme: Office.OfficeTheme | undefined;
  clientSignature: boolean;
  readonly user: Address;
  masterCategories: CategoryDetails[];
  /** Forms the add-in opened (new message, reply, reply all), in order. */
  readonly openedForms: OpenedForm[] = [];
  /** The ids `loadItemByIdAsync` loaded (Mailbox 1.15), in order. */
  readonly loads: string[] = [];
  /** Every signature `body.setSignatureAsync` applied, in order. */
  readonly signatureSets: SignatureSet[] = [];
  readonly launchEvents = new LaunchEvents();
  readonly isSetSupported: (name: string, version?: string) => boolean;

  private readonly runner = new CallRunner();
  /** The message loadItemByIdAsync holds until its unloadAsync. */
  private loadedItemId: string | undefined;
  private readonly roamingStore: RoamingStore;
  private readonly mailboxHandlers = new HandlerTable();
  private readonly listeners = new Set<() => void>();
  private current: ItemRecord | null = null;
  private selection: ItemRecord[] = [];
  private nextId = 1;
  private readonly itemHost: ItemHost;
  private contextObject: unknown;
  private mailboxObject: unknown;
  private officeObject: FakeOfficeGlobal | undefined;
  private roamingObject: Office.RoamingSettings | undefined;

  constructor(options: FakeOfficeOptions = {}) {
    this.mailboxVersion = options.mailboxVersion ?? DEFAULT_MAILBOX_VERSION;
    this.isSetSupported = requirementChecker(this.mailboxVersion, options.requirementSets);
    this.displayLanguage = options.displayLanguage ?? "sv-SE";
    this.officeTheme = options.officeTheme;
    this.clientSignature = options.clientSignature ?? false;
    const user = options.user ?? DEFAULT_USER;
    this.user = { emailAddress: user.emailAddress, ...(typeof user.displayName === "string" ? { displayName: user.displayName } : {}) };
    this.masterCategories = (options.masterCategories ?? []).map((c) => ({ ...c }));
    this.roamingStore = new RoamingStore(options.roaming);
    for (const [call, fault] of Object.entries(options.faults ?? {})) this.runner.inject(call, fault);
    const self = this;
    this.itemHost = {
      runner: this.runner,
      supports: (version) => this.supports(version),
      user: this.user,
      get clientSignature() {
        return self.clientSignature;
      },
      set clientSignature(value: boolean) {
        self.clientSignature = value;
      },
      categoryColor: (name) => this.masterCategories.find((c) => c.displayName === name)?.color,
      recordForm: (form) => this.recordForm(form),
      recordSignature: (set) => this.signatureSets.push(set),
      changed: () => this.notify(),
    };
    if (options.item) this.current = this.record(options.item);
    this.selection = this.current ? [this.current] : [];
  }

  // ---- What the add-in did -------------------------------------------------

  /** Every Office call made, by name, in order (never its content). */
  get calls(): readonly string[] {
    return this.runner.log;
  }

  /** The current item's notification bars, by key. */
  get notifications(): ReadonlyMap<string, NotificationDetails> {
    return this.current?.bars ?? new Map();
  }

  /** The roaming settings as saved (what the next task pane would load). */
  get savedRoaming(): Record<string, unknown> {
    return this.roamingStore.saved;
  }

  /** The current item's state (null when nothing, or several items, are selected). */
  get state(): ItemState | null {
    return this.current?.state ?? null;
  }

  handlerCount(event: string): number {
    return this.mailboxHandlers.count(event) + (this.current?.handlers.count(event) ?? 0);
  }

  supports(version: string): boolean {
    return this.isSetSupported("Mailbox", version);
  }

  // ---- Test and demo controls ----------------------------------------------

  /** Calls named `call` misbehave from now on (or once, with `{ once: true }`). */
  inject(call: string, fault: Fault | FaultKind): void {
    this.runner.inject(call, fault);
  }

  /** The next call named `call` fails with this Office error. */
  failNext(call: string, error?: OfficeErrorDetails): void {
    this.runner.inject(call, { kind: "fail", once: true, ...(error ? { error } : {}) });
  }

  clearFaults(): void {
    this.runner.clearFaults();
  }

  /** Lets "hang" calls call back now. */
  release(): void {
    this.runner.release();
  }

  /** Switches to another item (or none) and raises ItemChanged, as a pinned task pane sees it. */
  selectItem(state: ItemState | null): void {
    const wasSeveral = this.selection.length > 1;
    this.current = state ? this.record(state) : null;
    this.selection = this.current ? [this.current] : [];
    this.mailboxHandlers.emit(EVENT_TYPE.ItemChanged, { type: EVENT_TYPE.ItemChanged });
    // Clicking one message after several were selected changes the selection too.
    if (wasSeveral) this.mailboxHandlers.emit(EVENT_TYPE.SelectedItemsChanged, { type: EVENT_TYPE.SelectedItemsChanged });
    this.notify();
  }

  /**
   * Selects several messages at once (item multi-select, Mailbox 1.13):
   * `getSelectedItemsAsync` lists them and SelectedItemsChanged is raised.
   * With more than one selected there is no current item.
   */
  selectItems(states: readonly ItemState[]): void {
    const before = this.current;
    this.selection = states.map((s) => this.record(s));
    this.current = this.selection.length === 1 ? this.selection[0]! : null;
    this.mailboxHandlers.emit(EVENT_TYPE.SelectedItemsChanged, { type: EVENT_TYPE.SelectedItemsChanged });
    // One message selected, and another than before: the reading pane (and a pinned pane) has a new item.
    if (this.current && this.current.itemId !== before?.itemId) this.mailboxHandlers.emit(EVENT_TYPE.ItemChanged, { type: EVENT_TYPE.ItemChanged });
    this.notify();
  }

  /** The user edits the compose item; recipient changes raise RecipientsChanged. */
  editCompose(patch: Partial<Omit<ComposeState, "kind">>): void {
    const record = this.current;
    if (record?.state.kind !== "compose") throw new Error("no compose item");
    const before = record.state;
    const changed = { to: false, cc: false, bcc: false };
    for (const field of ["to", "cc", "bcc"] as const) {
      if (patch[field] && JSON.stringify(patch[field]) !== JSON.stringify(before[field])) changed[field] = true;
    }
    const next = { ...before, ...patch } as ComposeState;
    // A new HTML body without its text: the Text coercion follows the HTML again.
    if (patch.bodyHtml !== undefined && patch.bodyText === undefined) delete next.bodyText;
    record.state = next;
    if (changed.to || changed.cc || changed.bcc) {
      record.handlers.emit(EVENT_TYPE.RecipientsChanged, {
        type: EVENT_TYPE.RecipientsChanged,
        changedRecipientFields: { ...changed, requiredAttendees: false, optionalAttendees: false, resources: false },
      });
    }
    this.notify();
  }

  /** Called whenever the item changed (by the user or the add-in) or the add-in opened a form, so a host UI can redraw. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- The office.js surface -----------------------------------------------

  /** The `Office` global for this client. */
  get office(): FakeOfficeGlobal {
    this.officeObject ??= createOfficeGlobal(this);
    return this.officeObject;
  }

  /** What goes on `Office.context`. */
  get context() {
    const self = this;
    this.contextObject ??= {
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
      requirements: { isSetSupported: this.isSetSupported },
    };
    return this.contextObject as {
      readonly mailbox: Office.Mailbox;
      readonly displayLanguage: string;
      readonly officeTheme: Office.OfficeTheme | undefined;
      readonly roamingSettings: Office.RoamingSettings;
      readonly requirements: { isSetSupported(name: string, version?: string): boolean };
    };
  }

  get roamingSettings(): Office.RoamingSettings {
    this.roamingObject ??= this.roamingStore.surface(this.runner);
    return this.roamingObject;
  }

  /** `Office.context.mailbox`. */
  get mailbox(): Office.Mailbox {
    this.mailboxObject ??= this.buildMailbox();
    return this.mailboxObject as Office.Mailbox;
  }

  private buildMailbox(): unknown {
    const self = this;
    const runner = this.runner;
    const at = (version: string) => this.supports(version);
    const mailbox: Record<string, unknown> = {
      get item() {
        if (runner.take("mailbox.item")?.kind === "throw") throw new Error("item unavailable");
        return self.current?.object ?? null;
      },
      userProfile: {
        emailAddress: this.user.emailAddress,
        ...(this.user.displayName !== undefined ? { displayName: this.user.displayName } : {}),
      },
    };
    if (at("1.3")) {
      mailbox.convertToRestId = (id: unknown, restVersion: unknown) => {
        runner.log.push("convertToRestId");
        if (id === null || id === undefined) throw argumentError("ArgumentNullException", "itemId");
        if (!Object.values(MAILBOX_ENUMS.RestVersion).includes(restVersion as never)) throw argumentError("ArgumentException", "restVersion");
        return String(id).replace(/\//g, "-").replace(/\+/g, "_");
      };
    }
    if (at("1.5")) {
      const allowed: string[] = [EVENT_TYPE.ItemChanged, ...(at("1.13") ? [EVENT_TYPE.SelectedItemsChanged] : [])];
      mailbox.addHandlerAsync = (eventType: unknown, handler: unknown, ...rest: unknown[]) =>
        runner.run("mailbox.addHandlerAsync", rest, () => {
          if (!allowed.includes(eventType as string) || typeof handler !== "function") throw new OfficeError(OFFICE_ERRORS.InvalidParameter);
          this.mailboxHandlers.add(eventType as string, handler as EventHandler);
          return undefined;
        });
      mailbox.removeHandlerAsync = (eventType: unknown, ...rest: unknown[]) =>
        runner.run("mailbox.removeHandlerAsync", rest, () => {
          this.mailboxHandlers.remove(String(eventType));
          return undefined;
        });
    }
    if (at("1.6")) {
      mailbox.displayNewMessageForm = (parameters: unknown) => {
        const form = newMessageForm(parameters, "displayNewMessageForm");
        runner.log.push("displayNewMessageForm");
        this.recordForm(form);
      };
    }
    if (at("1.8")) mailbox.masterCategories = this.masterCategoriesSurface();
    if (at("1.9")) {
      mailbox.displayNewMessageFormAsync = (parameters: unknown, ...rest: unknown[]) => {
        const form = newMessageForm(parameters, "displayNewMessageFormAsync");
        runner.run("displayNewMessageFormAsync", rest, () => {
          this.recordForm(form);
          return undefined;
        });
      };
    }
    if (at("1.13")) {
      mailbox.getSelectedItemsAsync = (...rest: unknown[]) =>
        runner.run("getSelectedItemsAsync", rest, () => this.selection.map((record) => this.selectedDetails(record)));
    }
    if (at("1.15")) {
      // One message loaded at a time: Outlook requires unloadAsync before the next load (the fake fails it otherwise).
      mailbox.loadItemByIdAsync = (itemId: unknown, ...rest: unknown[]) =>
        runner.run("loadItemByIdAsync", rest, () => {
          if (typeof itemId !== "string") throw argumentError("ArgumentException", "itemId");
          if (this.loadedItemId !== undefined) throw new OfficeError(OFFICE_ERRORS.InternalError);
          const record = this.selection.find((r) => r.itemId === itemId);
          if (!record) throw new OfficeError(OFFICE_ERRORS.GenericResponseError);
          this.loadedItemId = itemId;
          this.loads.push(itemId);
          const loaded = Object.create(record.object) as Record<string, unknown>;
          loaded.unloadAsync = (...unloadRest: unknown[]) =>
            runner.run("unloadAsync", unloadRest, () => {
              if (this.loadedItemId === itemId) this.loadedItemId = undefined;
              return undefined;
            });
          return loaded;
        });
    }
    return mailbox;
  }

  private selectedDetails(record: ItemRecord): SelectedItemDetails {
    const state = record.state;
    const details: SelectedItemDetails = {
      itemId: record.itemId,
      itemMode: state.kind === "read" ? "Read" : "Compose",
      itemType: MAILBOX_ENUMS.ItemType.Message,
      subject: state.subject,
    };
    if (this.supports("1.14")) {
      const object = record.object as { conversationId?: string; internetMessageId?: string };
      details.conversationId = object.conversationId ?? "";
      details.hasAttachment = (state.attachments ?? []).some((a) => !a.isInline);
      details.internetMessageId = object.internetMessageId ?? "";
    }
    return details;
  }

  /** `mailbox.masterCategories` (Mailbox 1.8): adding a name already in the list fails with 9045 DuplicateCategory. */
  private masterCategoriesSurface() {
    const runner = this.runner;
    const list = (value: unknown, what: string): unknown[] => {
      if (!Array.isArray(value)) throw argumentError("ArgumentException", what);
      return value;
    };
    return {
      getAsync: (...rest: unknown[]) => runner.run("masterCategories.getAsync", rest, () => this.masterCategories.map((c) => ({ ...c }))),
      addAsync: (categories: unknown, ...rest: unknown[]) => {
        const add = list(categories, "categories") as CategoryDetails[];
        if (add.some((c) => !c || typeof c.displayName !== "string" || typeof c.color !== "string")) throw argumentError("ArgumentException", "categories");
        runner.run("masterCategories.addAsync", rest, () => {
          const names = new Set(this.masterCategories.map((c) => c.displayName));
          if (add.some((c) => names.has(c.displayName)) || new Set(add.map((c) => c.displayName)).size !== add.length) {
            throw new OfficeError(OFFICE_ERRORS.DuplicateCategory);
          }
          this.masterCategories.push(...add.map((c) => ({ displayName: c.displayName, color: c.color })));
          return undefined;
        });
      },
      removeAsync: (categories: unknown, ...rest: unknown[]) => {
        const remove = list(categories, "categories") as string[];
        runner.run("masterCategories.removeAsync", rest, () => {
          this.masterCategories = this.masterCategories.filter((c) => !remove.includes(c.displayName));
          return undefined;
        });
      },
    };
  }

  private record(state: ItemState): ItemRecord {
    const id = state.itemId ?? (state.kind === "read" ? `AAMkADFha2Uv${this.nextId++}+b2ZmaWNlAAA=` : "");
    return new ItemRecord(state, id, this.itemHost);
  }

  /** Outlook opens a window: recorded, and a host UI is told so it can show it. */
  private recordForm(form: OpenedForm): void {
    this.openedForms.push(form);
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
