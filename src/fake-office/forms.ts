/**
 * Forms the add-in asks Outlook to open: `mailbox.displayNewMessageForm`
 * (Mailbox 1.6; the Async variant 1.9) and, on a read item,
 * `displayReplyForm` / `displayReplyAllForm` (1.1; Async 1.9). Outlook
 * opens a window the user finishes and sends; the fake records what the
 * window would show (`FakeOffice.openedForms`).
 *
 * office.js checks the parameters and throws before anything opens: an
 * unknown parameter name; more than 100 recipients in a field; a subject over
 * 255 characters; a body over 32 KB; an attachment that is not
 * `{ type: "file", url, name }` or `{ type: "item", itemId, name }` (name
 * ≤ 255, itemId ≤ 100; reply forms also take `{ type: "base64", base64file,
 * name }` from Mailbox 1.15).
 */
import { MAILBOX_ENUMS } from "./enums";
import { argumentError, checkLength } from "./errors";

export const FORM_LIMITS = { recipients: 100, subject: 255, htmlBody: 32 * 1024, attachmentName: 255, itemId: 100, emailAddress: 571, displayName: 255 } as const;

export type FormAttachment =
  | { readonly type: "file"; readonly name: string; readonly url: string; readonly isInline?: boolean }
  | { readonly type: "item"; readonly name: string; readonly itemId: string }
  | { readonly type: "base64"; readonly name: string; readonly base64file: string; readonly isInline?: boolean };

export interface OpenedForm {
  readonly kind: "newMessage" | "reply" | "replyAll";
  /** The office.js method that opened it, e.g. "displayNewMessageFormAsync". */
  readonly method: string;
  readonly toRecipients: readonly string[];
  readonly ccRecipients: readonly string[];
  readonly bccRecipients: readonly string[];
  readonly subject?: string;
  readonly htmlBody?: string;
  readonly attachments: readonly FormAttachment[];
  /** For replies: the item replied to. */
  readonly inReplyTo?: { readonly itemId: string; readonly subject: string };
}

const { File, Item, Base64 } = MAILBOX_ENUMS.AttachmentType;

function recipients(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw argumentError("ArgumentTypeException", field);
  if (value.length > FORM_LIMITS.recipients) throw argumentError("ArgumentOutOfRangeException", `${field}.length`);
  return value.map((entry, i) => {
    if (typeof entry === "string") return entry;
    if (entry && typeof entry === "object" && typeof (entry as { emailAddress?: unknown }).emailAddress === "string") {
      const { emailAddress, displayName } = entry as { emailAddress: string; displayName?: unknown };
      checkLength(emailAddress, FORM_LIMITS.emailAddress, "emailAddress");
      if (typeof displayName === "string") checkLength(displayName, FORM_LIMITS.displayName, "displayName");
      return emailAddress;
    }
    throw argumentError("ArgumentException", `${field}[${i}]`);
  });
}

function attachments(value: unknown, allowBase64: boolean): FormAttachment[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw argumentError("ArgumentTypeException", "attachments");
  return value.map((raw) => {
    const a = (raw ?? {}) as Record<string, unknown>;
    checkLength(a.name, FORM_LIMITS.attachmentName, "attachments.name");
    const name = a.name as string;
    if (a.type === File) {
      if (typeof a.url !== "string" || a.url === "") throw argumentError("ArgumentNullException", "attachments.url");
      return { type: "file", name, url: a.url, ...(a.isInline === true || a.inLine === true ? { isInline: true } : {}) };
    }
    if (a.type === Item) {
      if (typeof a.itemId !== "string" || a.itemId === "") throw argumentError("ArgumentNullException", "attachments.itemId");
      checkLength(a.itemId, FORM_LIMITS.itemId, "attachments.itemId");
      return { type: "item", name, itemId: a.itemId };
    }
    if (a.type === Base64 && allowBase64) {
      if (typeof a.base64file !== "string" || a.base64file === "") throw argumentError("ArgumentNullException", "attachments.base64file");
      return { type: "base64", name, base64file: a.base64file, ...(a.inLine === true ? { isInline: true } : {}) };
    }
    throw argumentError("ArgumentException", "attachments.type");
  });
}

const MESSAGE_FORM_KEYS = new Set(["toRecipients", "ccRecipients", "bccRecipients", "subject", "htmlBody", "attachments"]);

/** Checks `displayNewMessageForm`'s parameters as office.js does; throws on anything it refuses. */
export function newMessageForm(parameters: unknown, method: string): OpenedForm {
  const p = (parameters ?? {}) as Record<string, unknown>;
  if (typeof p !== "object") throw argumentError("ArgumentTypeException", "parameters");
  for (const key of Object.keys(p)) if (!MESSAGE_FORM_KEYS.has(key)) throw argumentError("ArgumentException", key);
  if (p.subject !== undefined) checkLength(p.subject, FORM_LIMITS.subject, "subject");
  if (p.htmlBody !== undefined) checkLength(p.htmlBody, FORM_LIMITS.htmlBody, "htmlBody");
  return {
    kind: "newMessage",
    method,
    toRecipients: recipients(p.toRecipients, "toRecipients"),
    ccRecipients: recipients(p.ccRecipients, "ccRecipients"),
    bccRecipients: recipients(p.bccRecipients, "bccRecipients"),
    ...(p.subject !== undefined ? { subject: p.subject as string } : {}),
    ...(p.htmlBody !== undefined ? { htmlBody: p.htmlBody as string } : {}),
    attachments: attachments(p.attachments, false),
  };
}

const REPLY_FORM_KEYS = new Set(["htmlBody", "attachments", "callback", "options"]);

export interface ReplyContext {
  readonly itemId: string;
  readonly subject: string;
  /** Who the reply goes to and who gets a copy, as Outlook fills them in. */
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

/** Checks `displayReplyForm`'s form data (a string is the HTML body). */
export function replyForm(formData: unknown, kind: "reply" | "replyAll", method: string, context: ReplyContext, allowBase64: boolean): OpenedForm {
  const data = typeof formData === "string" ? { htmlBody: formData } : ((formData ?? {}) as Record<string, unknown>);
  if (typeof data !== "object") throw argumentError("ArgumentTypeException", "formData");
  for (const key of Object.keys(data)) if (!REPLY_FORM_KEYS.has(key)) throw argumentError("ArgumentException", key);
  if (data.htmlBody !== undefined) checkLength(data.htmlBody, FORM_LIMITS.htmlBody, "htmlBody");
  return {
    kind,
    method,
    toRecipients: [...context.to],
    ccRecipients: [...context.cc],
    bccRecipients: [],
    ...(data.htmlBody !== undefined ? { htmlBody: data.htmlBody as string } : {}),
    attachments: attachments(data.attachments, allowBase64),
    inReplyTo: { itemId: context.itemId, subject: context.subject },
  };
}
