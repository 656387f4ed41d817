/**
 * What a simulated item holds, as plain data. The fake builds the
 * office.js-shaped item object from it (items.ts); tests and the demo edit
 * it through `FakeOffice.editCompose` / `selectItem`.
 */
import { textToHtml } from "./html";

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

/** An item in a folder or mailbox shared with the user (getSharedPropertiesAsync). */
export interface SharedState {
  /** A delegate's shared folder (Mailbox 1.8) or a shared mailbox (Mailbox 1.13). */
  kind: "sharedFolder" | "sharedMailbox";
  /** The owner's address. */
  owner: string;
  /** Office.MailboxEnums.DelegatePermissions bits. */
  permissions: number;
  targetMailbox?: string;
}

interface ItemCommon {
  subject: string;
  /** The body as HTML. */
  bodyHtml: string;
  /**
   * The body as the Text coercion gives it. Left out, it is derived from
   * `bodyHtml`; given, it wins until the body is written (setAsync,
   * setSignatureAsync, or an edit that changes `bodyHtml` alone).
   */
  bodyText?: string;
  /** "html" (default) or "text": what `body.getTypeAsync` reports. */
  bodyType?: "html" | "text";
  to: Address[];
  cc: Address[];
  attachments?: FakeAttachment[];
  /** Names of the categories on the item (each must be in the master list to be added by the add-in). */
  categories?: string[];
  shared?: SharedState;
  /** The EWS item id (read items; a generated one when left out). */
  itemId?: string;
  /** `delayDeliveryTime.getAsync` (Mailbox 1.13); left out: 0, "send at once". */
  delayDeliveryTime?: Date;
}

export interface ComposeState extends ItemCommon {
  kind: "compose";
  bcc: Address[];
  from?: Address;
  composeType?: "newMail" | "reply" | "forward";
}

export interface ReadState extends ItemCommon {
  kind: "read";
  from: Address;
  /** Raw internet headers, CRLF-separated (getAllInternetHeadersAsync). */
  headers?: string;
  internetMessageId?: string;
  conversationId?: string;
  dateTimeCreated?: Date;
}

export type ItemState = ComposeState | ReadState;

/** A message described the short way: addresses as strings, the body as text (or HTML). */
export interface MessageSketch {
  subject?: string;
  /** The body as plain text (what the Text coercion returns). */
  body?: string;
  /** The body as HTML; derived from `body` when left out. */
  html?: string;
  to?: readonly (string | Address)[];
  cc?: readonly (string | Address)[];
  bcc?: readonly (string | Address)[];
  from?: string | Address;
  composeType?: ComposeState["composeType"];
  bodyType?: "html" | "text";
  attachments?: FakeAttachment[];
  categories?: string[];
  shared?: SharedState;
}

export function toAddress(a: string | Address): Address {
  return typeof a === "string" ? { emailAddress: a } : { ...a };
}

function bodyOf(sketch: MessageSketch): Pick<ItemCommon, "bodyHtml" | "bodyText"> {
  if (sketch.html !== undefined) return { bodyHtml: sketch.html, ...(sketch.body !== undefined ? { bodyText: sketch.body } : {}) };
  return { bodyHtml: textToHtml(sketch.body ?? ""), bodyText: sketch.body ?? "" };
}

function common(sketch: MessageSketch) {
  return {
    subject: sketch.subject ?? "",
    ...bodyOf(sketch),
    ...(sketch.bodyType ? { bodyType: sketch.bodyType } : {}),
    to: (sketch.to ?? []).map(toAddress),
    cc: (sketch.cc ?? []).map(toAddress),
    ...(sketch.attachments ? { attachments: sketch.attachments } : {}),
    ...(sketch.categories ? { categories: sketch.categories } : {}),
    ...(sketch.shared ? { shared: sketch.shared } : {}),
  };
}

/** A compose item from a sketch. */
export function composeItem(sketch: MessageSketch = {}): ComposeState {
  return {
    kind: "compose",
    ...common(sketch),
    bcc: (sketch.bcc ?? []).map(toAddress),
    ...(sketch.from ? { from: toAddress(sketch.from) } : {}),
    ...(sketch.composeType ? { composeType: sketch.composeType } : {}),
  };
}

/** A read item from a sketch. */
export function readItem(sketch: MessageSketch & { from: string | Address; headers?: string; itemId?: string }): ReadState {
  return {
    kind: "read",
    ...common(sketch),
    from: toAddress(sketch.from),
    ...(sketch.headers !== undefined ? { headers: sketch.headers } : {}),
    ...(sketch.itemId ? { itemId: sketch.itemId } : {}),
  };
}
