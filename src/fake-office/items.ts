/**
 * The office.js-shaped item objects, built from an item's state (state.ts).
 *
 * Compose items have `subject.getAsync`, `body.getAsync/getTypeAsync/
 * setAsync`, `to/cc/bcc.getAsync`, `from.getAsync` (1.7),
 * `getAttachmentsAsync` (1.8), `getComposeTypeAsync`, `body.setSignatureAsync`,
 * `isClientSignatureEnabledAsync`, `disableClientSignatureAsync` (1.10) and
 * `delayDeliveryTime.getAsync/setAsync` (1.13). Read items have plain
 * `itemId`, `subject`, `from`, `sender`, `to`, `cc`, `attachments`,
 * `internetMessageId`, `conversationId`, `dateTimeCreated`, and
 * `body.getAsync`, `getAllInternetHeadersAsync` (1.8),
 * `displayReplyForm`/`displayReplyAllForm` (1.1; Async 1.9) and
 * `delayDeliveryTime.getAsync` (1.13). Both have `notificationMessages`,
 * `addHandlerAsync/removeHandlerAsync` (1.7), `categories` (1.8) and
 * `getSharedPropertiesAsync` (1.8; fails unless the item is in a shared
 * folder, or from 1.13 a shared mailbox).
 *
 * A method from a set above the client's is left off the object.
 */
import type { CallRunner } from "./async";
import { COERCION_TYPE, EVENT_TYPE, MAILBOX_ENUMS } from "./enums";
import { OFFICE_ERRORS, OfficeError, argumentError } from "./errors";
import { replyForm, type OpenedForm } from "./forms";
import { HandlerTable, type EventHandler } from "./events";
import { htmlToText, textLinesToHtml, textToHtml, withSignature } from "./html";
import { notificationSurface, type NotificationDetails } from "./notifications";
import type { Address, ComposeState, ItemState, ReadState } from "./state";

/** `setSignatureAsync` takes at most this many characters (longer throws). */
export const SET_SIGNATURE_LIMIT = 30_000;
/** `body.setAsync` takes at most this many characters. */
export const SET_BODY_LIMIT = 1_000_000;
/** What `getSharedPropertiesAsync` gives as the REST base URL. */
export const TARGET_REST_URL = "https://outlook.office.com/api";

/** One `body.setSignatureAsync` call as Outlook applied it. */
export interface SignatureSet {
  readonly data: string;
  readonly coercionType: unknown;
}

/** What the items need from the simulated client around them. */
export interface ItemHost {
  readonly runner: CallRunner;
  supports(version: string): boolean;
  readonly user: Address;
  clientSignature: boolean;
  /** The master list's colour for a category name, undefined when it is not in the list. */
  categoryColor(name: string): string | undefined;
  recordForm(form: OpenedForm): void;
  recordSignature(set: SignatureSet): void;
  /** The item changed itself (setAsync and friends): a host UI redraws. */
  changed(): void;
}

/** One item as the client holds it: its state, its notification bars, its handlers, its office.js object. */
export class ItemRecord {
  readonly bars = new Map<string, NotificationDetails>();
  readonly handlers = new HandlerTable();
  readonly object: Record<string, unknown>;

  constructor(
    public state: ItemState,
    readonly itemId: string,
    host: ItemHost,
  ) {
    this.object = buildItem(this, host);
  }

  /** Writes the body (the Text coercion is derived from the new HTML from now on). */
  setBodyHtml(html: string): void {
    const { bodyText: _dropped, ...rest } = this.state;
    this.state = { ...rest, bodyHtml: html } as ItemState;
  }
}

function details(a: Address): Office.EmailAddressDetails {
  return { emailAddress: a.emailAddress, displayName: a.displayName ?? a.emailAddress, recipientType: "other" } as unknown as Office.EmailAddressDetails;
}

function bodyText(state: ItemState): string {
  return state.bodyText ?? htmlToText(state.bodyHtml);
}

function invalidCoercion(): OfficeError {
  return new OfficeError(OFFICE_ERRORS.InvalidCoercion);
}

function buildItem(record: ItemRecord, host: ItemHost): Record<string, unknown> {
  const { runner } = host;
  const at = (version: string) => host.supports(version);
  const compose = () => record.state as ComposeState;
  const isCompose = record.state.kind === "compose";

  const body: Record<string, unknown> = {
    ...(at("1.3")
      ? {
          getAsync: (coercion: unknown, ...rest: unknown[]) =>
            runner.run(coercion === COERCION_TYPE.Html ? "body.getAsync(html)" : "body.getAsync", rest, () => {
              if (coercion === COERCION_TYPE.Html) return record.state.bodyHtml;
              if (coercion === COERCION_TYPE.Text) return bodyText(record.state);
              throw invalidCoercion();
            }),
        }
      : {}),
  };
  if (isCompose) {
    body.getTypeAsync = (...rest: unknown[]) => runner.run("body.getTypeAsync", rest, () => (compose().bodyType === "text" ? COERCION_TYPE.Text : COERCION_TYPE.Html));
    if (at("1.3")) {
      body.setAsync = (data: unknown, ...rest: unknown[]) => {
        if (typeof data !== "string") throw argumentError("ArgumentException", "data");
        if (data.length > SET_BODY_LIMIT) throw argumentError("ArgumentOutOfRangeException", "data");
        runner.run("body.setAsync", rest, (options) => {
          record.setBodyHtml(options.coercionType === COERCION_TYPE.Html ? data : textToHtml(data));
          host.changed();
          return undefined;
        });
      };
    }
    if (at("1.10")) {
      body.setSignatureAsync = (data: unknown, ...rest: unknown[]) => {
        // Checked before the call goes to the host, as office.js does: too long throws.
        if (typeof data !== "string") throw argumentError("ArgumentException", "data");
        if (data.length > SET_SIGNATURE_LIMIT) throw argumentError("ArgumentOutOfRangeException", "data");
        runner.run("body.setSignatureAsync", rest, (options) => {
          const type = options.coercionType;
          if (type !== COERCION_TYPE.Html && type !== COERCION_TYPE.Text) throw invalidCoercion();
          if (type === COERCION_TYPE.Html && compose().bodyType === "text") throw new OfficeError(OFFICE_ERRORS.InvalidFormatError);
          const signatureHtml = type === COERCION_TYPE.Html ? data : textLinesToHtml(data);
          record.setBodyHtml(withSignature(record.state.bodyHtml, signatureHtml));
          host.recordSignature({ data, coercionType: type });
          host.changed();
          return undefined;
        });
      };
    }
  }

  const item: Record<string, unknown> = {
    itemType: MAILBOX_ENUMS.ItemType.Message,
    body,
    ...(at("1.3") ? { notificationMessages: notificationSurface(record.bars, runner, at) } : {}),
  };

  if (at("1.7")) {
    item.addHandlerAsync = (eventType: unknown, handler: unknown, ...rest: unknown[]) =>
      runner.run("item.addHandlerAsync", rest, () => {
        if (eventType !== EVENT_TYPE.RecipientsChanged || typeof handler !== "function") throw new OfficeError(OFFICE_ERRORS.InvalidParameter);
        record.handlers.add(eventType, handler as EventHandler);
        return undefined;
      });
    item.removeHandlerAsync = (eventType: unknown, ...rest: unknown[]) =>
      runner.run("item.removeHandlerAsync", rest, () => {
        record.handlers.remove(String(eventType));
        return undefined;
      });
  }

  if (at("1.8")) {
    item.categories = categoriesSurface(record, host);
    item.getSharedPropertiesAsync = (...rest: unknown[]) =>
      runner.run("getSharedPropertiesAsync", rest, () => {
        const shared = record.state.shared;
        // Outside a shared folder or mailbox the call fails (the reference documents no error name for it).
        if (!shared || (shared.kind === "sharedMailbox" && !at("1.13"))) throw new OfficeError(OFFICE_ERRORS.GenericResponseError);
        return { owner: shared.owner, delegatePermissions: shared.permissions, targetMailbox: shared.targetMailbox ?? shared.owner, targetRestUrl: TARGET_REST_URL };
      });
  }

  if (at("1.13")) {
    item.delayDeliveryTime = {
      getAsync: (...rest: unknown[]) => runner.run("delayDeliveryTime.getAsync", rest, () => (record.state.delayDeliveryTime ? new Date(record.state.delayDeliveryTime.getTime()) : 0)),
      ...(isCompose
        ? {
            setAsync: (datetime: unknown, ...rest: unknown[]) => {
              if (datetime === null || datetime === undefined) throw argumentError("ArgumentNullException", "dateTime");
              if (!(datetime instanceof Date) && Object.prototype.toString.call(datetime) !== "[object Date]") throw argumentError("ArgumentTypeException", "dateTime");
              const time = (datetime as Date).getTime();
              if (Number.isNaN(time)) throw argumentError("ArgumentException", "dateTime");
              runner.run("delayDeliveryTime.setAsync", rest, () => {
                // The reference asks for "the future date and time"; the clock is the caller's (Date.now()).
                if (time <= Date.now()) throw new OfficeError(OFFICE_ERRORS.InvalidFormatError);
                record.state = { ...record.state, delayDeliveryTime: new Date(time) };
                host.changed();
                return undefined;
              });
            },
          }
        : {}),
    };
  }

  if (isCompose) return Object.assign(item, composeParts(record, host));
  return Object.assign(item, readParts(record, host, record.state as ReadState));
}

function composeParts(record: ItemRecord, host: ItemHost): Record<string, unknown> {
  const { runner } = host;
  const at = (version: string) => host.supports(version);
  const compose = () => record.state as ComposeState;
  const recipients = (field: "to" | "cc" | "bcc") => ({
    getAsync: (...rest: unknown[]) => runner.run(`${field}.getAsync`, rest, () => compose()[field].map(details)),
  });
  return {
    subject: { getAsync: (...rest: unknown[]) => runner.run("subject.getAsync", rest, () => compose().subject) },
    to: recipients("to"),
    cc: recipients("cc"),
    bcc: recipients("bcc"),
    ...(at("1.7") ? { from: { getAsync: (...rest: unknown[]) => runner.run("from.getAsync", rest, () => details(compose().from ?? host.user)) } } : {}),
    ...(at("1.8")
      ? {
          getAttachmentsAsync: (...rest: unknown[]) =>
            runner.run("getAttachmentsAsync", rest, () =>
              (compose().attachments ?? []).map((a, i) => ({ id: a.id ?? `att${i}`, name: a.name, size: a.size, isInline: !!a.isInline, attachmentType: "file" })),
            ),
        }
      : {}),
    ...(at("1.10")
      ? {
          isClientSignatureEnabledAsync: (...rest: unknown[]) => runner.run("isClientSignatureEnabledAsync", rest, () => host.clientSignature),
          disableClientSignatureAsync: (...rest: unknown[]) =>
            runner.run("disableClientSignatureAsync", rest, () => {
              host.clientSignature = false;
              return undefined;
            }),
          getComposeTypeAsync: (...rest: unknown[]) =>
            runner.run("getComposeTypeAsync", rest, () => ({
              composeType: compose().composeType ?? MAILBOX_ENUMS.ComposeType.NewMail,
              coercionType: compose().bodyType === "text" ? COERCION_TYPE.Text : COERCION_TYPE.Html,
            })),
        }
      : {}),
  };
}

function readParts(record: ItemRecord, host: ItemHost, state: ReadState): Record<string, unknown> {
  const { runner } = host;
  const at = (version: string) => host.supports(version);
  const mine = (a: Address) => a.emailAddress.toLowerCase() !== host.user.emailAddress.toLowerCase();
  const reply = (kind: "reply" | "replyAll", method: string, formData: unknown, rest: unknown[] | undefined) => {
    const s = record.state as ReadState;
    const context = {
      itemId: record.itemId,
      subject: s.subject,
      to: kind === "reply" ? [s.from.emailAddress] : [s.from, ...s.to.filter(mine)].map((a) => a.emailAddress),
      cc: kind === "reply" ? [] : s.cc.filter(mine).map((a) => a.emailAddress),
    };
    const form = replyForm(formData, kind, method, context, at("1.15"));
    const data = (typeof formData === "object" && formData !== null ? formData : {}) as { callback?: unknown; options?: unknown };
    // The sync variants call back through formData.callback (Mailbox 1.1), the Async ones through their own callback.
    const args = rest ?? [data.options, data.callback].filter((a) => a !== undefined);
    runner.run(method, args, () => {
      host.recordForm(form);
      return undefined;
    });
  };
  return {
    itemId: record.itemId,
    subject: state.subject,
    from: details(state.from),
    sender: details(state.from),
    to: state.to.map(details),
    cc: state.cc.map(details),
    internetMessageId: state.internetMessageId ?? `<${record.itemId.replace(/[^A-Za-z0-9]/g, "").slice(-16)}@fake.outlook>`,
    conversationId: state.conversationId ?? `conv-${record.itemId}`,
    dateTimeCreated: state.dateTimeCreated ?? new Date(0),
    attachments: (state.attachments ?? []).map((a, i) => ({
      id: a.id ?? `att${i}`,
      name: a.name,
      size: a.size,
      contentType: a.contentType ?? "application/octet-stream",
      isInline: !!a.isInline,
      attachmentType: "file",
    })),
    displayReplyForm: (formData: unknown) => reply("reply", "displayReplyForm", formData, undefined),
    displayReplyAllForm: (formData: unknown) => reply("replyAll", "displayReplyAllForm", formData, undefined),
    ...(at("1.8") ? { getAllInternetHeadersAsync: (...rest: unknown[]) => runner.run("getAllInternetHeadersAsync", rest, () => (record.state as ReadState).headers ?? "") } : {}),
    ...(at("1.9")
      ? {
          displayReplyFormAsync: (formData: unknown, ...rest: unknown[]) => reply("reply", "displayReplyFormAsync", formData, rest),
          displayReplyAllFormAsync: (formData: unknown, ...rest: unknown[]) => reply("replyAll", "displayReplyAllFormAsync", formData, rest),
        }
      : {}),
  };
}

/** `item.categories` (Mailbox 1.8): names must be in the mailbox's master list to be added (else 9044 InvalidCategory). */
function categoriesSurface(record: ItemRecord, host: ItemHost) {
  const { runner } = host;
  const names = (value: unknown): string[] => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw argumentError("ArgumentException", "categories");
    return value as string[];
  };
  return {
    getAsync: (...rest: unknown[]) =>
      runner.run("categories.getAsync", rest, () =>
        (record.state.categories ?? []).map((displayName) => ({ displayName, color: host.categoryColor(displayName) ?? MAILBOX_ENUMS.CategoryColor.None })),
      ),
    addAsync: (categories: unknown, ...rest: unknown[]) => {
      const add = names(categories);
      runner.run("categories.addAsync", rest, () => {
        if (add.length === 0 || add.some((name) => host.categoryColor(name) === undefined)) throw new OfficeError(OFFICE_ERRORS.InvalidCategory);
        const current = record.state.categories ?? [];
        record.state = { ...record.state, categories: [...current, ...add.filter((name) => !current.includes(name))] };
        host.changed();
        return undefined;
      });
    },
    removeAsync: (categories: unknown, ...rest: unknown[]) => {
      const remove = names(categories);
      runner.run("categories.removeAsync", rest, () => {
        record.state = { ...record.state, categories: (record.state.categories ?? []).filter((name) => !remove.includes(name)) };
        host.changed();
        return undefined;
      });
    },
  };
}

