/**
 * Reads the current Outlook item into the core's plain MailMessage, in
 * compose and in read mode. Parts a client cannot give (older requirement
 * sets) are left out rather than failing the whole read; the body and the
 * recipients are required and their failure rejects.
 */
import { createMailMessage, type AttachmentInfo, type ComposeType, type EmailAddress, type MailMessage, type Recipient, type RecipientField } from "../core";
import { officeCall, supportsMailbox, withinDeadline } from "./async";

type AnyItem = Office.MessageCompose | Office.MessageRead;

/** Compose items expose `subject.getAsync`; read items a plain string. */
export function isComposeItem(item: AnyItem): item is Office.MessageCompose {
  return typeof (item as Office.MessageRead).subject !== "string" && typeof (item as Office.MessageCompose).subject?.getAsync === "function";
}

function toAddress(details: Office.EmailAddressDetails | undefined): EmailAddress | undefined {
  if (!details?.emailAddress) return undefined;
  return { address: details.emailAddress, ...(details.displayName ? { name: details.displayName } : {}) };
}

function toRecipients(field: RecipientField, list: readonly Office.EmailAddressDetails[] | undefined): Recipient[] {
  return (Array.isArray(list) ? list : [])
    .filter((r) => !!r && typeof r.emailAddress === "string" && r.emailAddress !== "")
    .map((r) => ({ field, address: r.emailAddress, ...(r.displayName ? { name: r.displayName } : {}) }));
}

/** Attachments as the client gave them, keeping only entries that are what Office documents (a name at least). */
function toAttachments(list: unknown): AttachmentInfo[] {
  if (!Array.isArray(list)) return [];
  return list.filter((a): a is Office.AttachmentDetails => !!a && typeof a === "object" && typeof (a as { name?: unknown }).name === "string").map(toAttachment);
}

function toAttachment(a: Office.AttachmentDetails | Office.AttachmentDetailsCompose): AttachmentInfo {
  return {
    name: a.name,
    ...(typeof a.size === "number" ? { size: a.size } : {}),
    ...((a as Office.AttachmentDetails).contentType ? { contentType: (a as Office.AttachmentDetails).contentType } : {}),
    isInline: !!a.isInline,
  };
}

/** Parses raw internet headers into a lower-cased record (first value wins; folded lines joined). */
export function parseInternetHeaders(raw: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** The parts a check can do without: each has its own deadline, and a part that does not come is named. */
export type OptionalPart = "subject" | "bodyHtml" | "from" | "attachments" | "composeType" | "headers" | "delayDelivery";

/** What to read besides the required parts. */
export interface ReadItemOptions {
  /**
   * Also read the body as HTML (default true). The send-time check leaves it
   * out: the rules read the text, and on a large message the second copy
   * costs time inside Outlook's send budget.
   */
  readonly bodyHtml?: boolean;
  /**
   * How long each optional part may take, in ms. The send check sets it
   * inside its time budget, so one slow optional read cannot use the budget
   * up: the check goes on with what it has and names what it lacks. Without
   * it, optional parts are awaited (their failures still only leave them out).
   */
  readonly optionalDeadlineMs?: number;
}

/** What was read, and which optional parts did not come (failed or too late). */
export interface ItemReading {
  readonly message: MailMessage;
  readonly unread: readonly OptionalPart[];
}

async function readCompose(item: Office.MessageCompose, options: ReadItemOptions): Promise<ItemReading> {
  const unread: OptionalPart[] = [];
  const optional = <T,>(part: OptionalPart, read: () => Promise<T>): Promise<T | undefined> =>
    withinDeadline(read(), options.optionalDeadlineMs).then((value) => {
      if (value === undefined) unread.push(part);
      return value;
    });
  const recipients = (field: RecipientField) =>
    officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb)).then((list) => toRecipients(field, list));

  // The text body and the recipients are what show a personnummer going outside: they are required.
  const [text, to, cc, bcc, subject, html, from, attachments, composeType, delayed] = await Promise.all([
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    recipients("to"),
    recipients("cc"),
    item.bcc ? recipients("bcc") : Promise.resolve([] as Recipient[]),
    optional("subject", () => officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb))),
    options.bodyHtml === false
      ? Promise.resolve(undefined)
      : optional("bodyHtml", () => officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(Office.CoercionType.Html, cb))),
    supportsMailbox("1.7") && item.from
      ? optional("from", () => officeCall<Office.EmailAddressDetails>("from.getAsync", (cb) => item.from.getAsync(cb)))
      : Promise.resolve(undefined),
    supportsMailbox("1.8")
      ? optional("attachments", () => officeCall<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb)))
      : Promise.resolve(undefined),
    supportsMailbox("1.10")
      ? optional("composeType", () => officeCall<{ composeType: string }>("getComposeTypeAsync", (cb) => item.getComposeTypeAsync(cb)))
      : Promise.resolve(undefined),
    supportsMailbox("1.13") && typeof item.delayDeliveryTime?.getAsync === "function"
      ? optional("delayDelivery", () => officeCall<Date | 0>("delayDeliveryTime.getAsync", (cb) => item.delayDeliveryTime.getAsync(cb)))
      : Promise.resolve(undefined),
  ]);

  const type = composeType?.composeType;
  const sender = toAddress(from);
  // Outlook gives 0 when no delivery time is set.
  // (A Date from another realm fails instanceof, so it is read by its method.)
  const delayedUntil =
    delayed && typeof (delayed as Date).getTime === "function" ? (delayed as Date).getTime() : typeof delayed === "string" ? Date.parse(delayed) : NaN;
  const message = createMailMessage({
    mode: "compose",
    ...(type === "newMail" ? { composeType: "new" as ComposeType } : type === "reply" || type === "forward" ? { composeType: type } : {}),
    subject: typeof subject === "string" ? subject : "",
    body: { text, ...(typeof html === "string" ? { html } : {}) },
    recipients: [...to, ...cc, ...bcc],
    attachments: toAttachments(attachments),
    ...(sender ? { from: sender } : {}),
    ...(Number.isFinite(delayedUntil) && delayedUntil > 0 ? { delayedUntil } : {}),
  });
  return { message, unread };
}

/**
 * When a received item arrived, ISO 8601: Outlook's time the item was
 * created in the mailbox, else the Date header. Undefined when neither reads.
 */
export function arrivalOf(item: Pick<Office.MessageRead, "dateTimeCreated">, headers: Readonly<Record<string, string>> | undefined): string | undefined {
  // Read by its method, not instanceof: a Date from another realm (the demo's host page hands the pane its items) is still a Date.
  const created: unknown = item.dateTimeCreated;
  const time = created !== null && typeof created === "object" && typeof (created as Date).getTime === "function" ? (created as Date).getTime() : NaN;
  if (Number.isFinite(time)) return new Date(time).toISOString();
  const date = headers?.date ? new Date(headers.date) : undefined;
  return date && Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}

async function readRead(item: Office.MessageRead, options: ReadItemOptions): Promise<ItemReading> {
  const unread: OptionalPart[] = [];
  const optional = <T,>(part: OptionalPart, read: () => Promise<T>): Promise<T | undefined> =>
    withinDeadline(read(), options.optionalDeadlineMs).then((value) => {
      if (value === undefined) unread.push(part);
      return value;
    });
  const [text, html, rawHeaders] = await Promise.all([
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    options.bodyHtml === false
      ? Promise.resolve(undefined)
      : optional("bodyHtml", () => officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(Office.CoercionType.Html, cb))),
    supportsMailbox("1.8") && typeof item.getAllInternetHeadersAsync === "function"
      ? optional("headers", () => officeCall<string>("getAllInternetHeadersAsync", (cb) => item.getAllInternetHeadersAsync(cb)))
      : Promise.resolve(undefined),
  ]);
  const sender = toAddress(item.from);
  const headers = typeof rawHeaders === "string" && rawHeaders ? parseInternetHeaders(rawHeaders) : undefined;
  const receivedAt = arrivalOf(item, headers);
  const message = createMailMessage({
    mode: "read",
    subject: item.subject ?? "",
    body: { text, ...(typeof html === "string" ? { html } : {}) },
    recipients: [...toRecipients("to", item.to), ...toRecipients("cc", item.cc)],
    attachments: toAttachments(item.attachments),
    ...(sender ? { from: sender } : {}),
    ...(headers ? { headers } : {}),
    ...(receivedAt ? { receivedAt } : {}),
  });
  return { message, unread };
}

/** Reads the item and says which optional parts did not come. */
export function readItemParts(item: AnyItem, options: ReadItemOptions = {}): Promise<ItemReading> {
  return isComposeItem(item) ? readCompose(item, options) : readRead(item, options);
}

/** Reads the item open in Outlook (compose or read) into a MailMessage. */
export function readItem(item: AnyItem, options: ReadItemOptions = {}): Promise<MailMessage> {
  return readItemParts(item, options).then((reading) => reading.message);
}
