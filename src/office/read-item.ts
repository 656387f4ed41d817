/**
 * Reads the current Outlook item into the core's plain MailMessage, in
 * compose and in read mode. Parts a client cannot give (older requirement
 * sets) are left out rather than failing the whole read; the body and the
 * recipients are required and their failure rejects.
 */
import { createMailMessage, type AttachmentInfo, type ComposeType, type EmailAddress, type MailMessage, type Recipient, type RecipientField } from "../core";
import { officeCall, supportsMailbox } from "./async";

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
  return (list ?? [])
    .filter((r) => !!r.emailAddress)
    .map((r) => ({ field, address: r.emailAddress, ...(r.displayName ? { name: r.displayName } : {}) }));
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

/** Swallows the failure of an optional part: the check goes on without it. */
function optional<T>(promise: Promise<T>): Promise<T | undefined> {
  return promise.catch(() => undefined);
}

/** What to read besides the required parts. */
export interface ReadItemOptions {
  /**
   * Also read the body as HTML (default true). The send-time check leaves it
   * out: the rules read the text, and on a large message the second copy
   * costs time inside Outlook's send budget.
   */
  readonly bodyHtml?: boolean;
}

async function readCompose(item: Office.MessageCompose, options: ReadItemOptions): Promise<MailMessage> {
  const recipients = (field: RecipientField) =>
    officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb)).then((list) => toRecipients(field, list));

  const [subject, text, html, to, cc, bcc, from, attachments, composeType, delayed] = await Promise.all([
    officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    options.bodyHtml === false
      ? Promise.resolve(undefined)
      : optional(officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(Office.CoercionType.Html, cb))),
    recipients("to"),
    recipients("cc"),
    item.bcc ? recipients("bcc") : Promise.resolve([] as Recipient[]),
    supportsMailbox("1.7") && item.from
      ? optional(officeCall<Office.EmailAddressDetails>("from.getAsync", (cb) => item.from.getAsync(cb)))
      : Promise.resolve(undefined),
    supportsMailbox("1.8")
      ? optional(officeCall<Office.AttachmentDetailsCompose[]>("getAttachmentsAsync", (cb) => item.getAttachmentsAsync(cb)))
      : Promise.resolve(undefined),
    supportsMailbox("1.10")
      ? optional(officeCall<{ composeType: string }>("getComposeTypeAsync", (cb) => item.getComposeTypeAsync(cb)))
      : Promise.resolve(undefined),
    supportsMailbox("1.13") && typeof item.delayDeliveryTime?.getAsync === "function"
      ? optional(officeCall<Date | 0>("delayDeliveryTime.getAsync", (cb) => item.delayDeliveryTime.getAsync(cb)))
      : Promise.resolve(undefined),
  ]);

  const type = composeType?.composeType;
  const sender = toAddress(from);
  // Outlook gives 0 when no delivery time is set.
  // (A Date from another realm fails instanceof, so it is read by its method.)
  const delayedUntil =
    delayed && typeof (delayed as Date).getTime === "function" ? (delayed as Date).getTime() : typeof delayed === "string" ? Date.parse(delayed) : NaN;
  return createMailMessage({
    mode: "compose",
    ...(type === "newMail" ? { composeType: "new" as ComposeType } : type === "reply" || type === "forward" ? { composeType: type } : {}),
    subject,
    body: { text, ...(html !== undefined ? { html } : {}) },
    recipients: [...to, ...cc, ...bcc],
    attachments: (attachments ?? []).map(toAttachment),
    ...(sender ? { from: sender } : {}),
    ...(Number.isFinite(delayedUntil) && delayedUntil > 0 ? { delayedUntil } : {}),
  });
}

async function readRead(item: Office.MessageRead, options: ReadItemOptions): Promise<MailMessage> {
  const [text, html, rawHeaders] = await Promise.all([
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    options.bodyHtml === false
      ? Promise.resolve(undefined)
      : optional(officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(Office.CoercionType.Html, cb))),
    supportsMailbox("1.8") && typeof item.getAllInternetHeadersAsync === "function"
      ? optional(officeCall<string>("getAllInternetHeadersAsync", (cb) => item.getAllInternetHeadersAsync(cb)))
      : Promise.resolve(undefined),
  ]);
  const sender = toAddress(item.from);
  return createMailMessage({
    mode: "read",
    subject: item.subject ?? "",
    body: { text, ...(html !== undefined ? { html } : {}) },
    recipients: [...toRecipients("to", item.to), ...toRecipients("cc", item.cc)],
    attachments: (item.attachments ?? []).map(toAttachment),
    ...(sender ? { from: sender } : {}),
    ...(rawHeaders ? { headers: parseInternetHeaders(rawHeaders) } : {}),
  });
}

/** Reads the item open in Outlook (compose or read) into a MailMessage. */
export function readItem(item: AnyItem, options: ReadItemOptions = {}): Promise<MailMessage> {
  return isComposeItem(item) ? readCompose(item, options) : readRead(item, options);
}
