/**
 * The plain mail model every rule reads. It is built by an adapter (Outlook,
 * the .eml reader, tests) and frozen before the rules see it: rules never
 * mutate it and never do I/O.
 */

export type MailMode = "compose" | "read";

/** How a message being written came about (Office `getComposeTypeAsync`). */
export type ComposeType = "new" | "reply" | "forward";

export interface EmailAddress {
  readonly address: string;
  readonly name?: string;
}

export type RecipientField = "to" | "cc" | "bcc";

export interface Recipient extends EmailAddress {
  readonly field: RecipientField;
}

export interface AttachmentInfo {
  readonly name: string;
  readonly size?: number;
  readonly contentType?: string;
  readonly isInline?: boolean;
}

export interface MailBody {
  /** The body as plain text. Rules report ranges as UTF-16 offsets into this string. */
  readonly text: string;
  /** The body as HTML where known (compose in HTML mode, read mode). */
  readonly html?: string;
}

export interface MailMessage {
  readonly mode: MailMode;
  /** Only for compose mode; absent where the client could not tell. */
  readonly composeType?: ComposeType;
  readonly subject: string;
  readonly body: MailBody;
  readonly from?: EmailAddress;
  readonly recipients: readonly Recipient[];
  readonly attachments: readonly AttachmentInfo[];
  /** Internet headers, lower-cased names, where known (read mode). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * When the message arrived (read mode), ISO 8601 with Z or an offset: the
   * Date header, or Outlook's time the item was created in the mailbox.
   * Deadlines are counted from it, never from the clock.
   */
  readonly receivedAt?: string;
  /**
   * Compose only: the instant (ms since the epoch) the writer has delayed
   * delivery to (Outlook's `delayDeliveryTime`, Mailbox 1.13); absent when
   * the message goes as soon as it is sent, or the client cannot tell.
   */
  readonly delayedUntil?: number;
}

/** Builds a frozen message, filling the optional collections. */
export function createMailMessage(
  parts: Partial<MailMessage> & Pick<MailMessage, "mode">,
): MailMessage {
  const message: MailMessage = {
    mode: parts.mode,
    subject: parts.subject ?? "",
    body: Object.freeze({ text: parts.body?.text ?? "", html: parts.body?.html }),
    recipients: Object.freeze((parts.recipients ?? []).map((r) => Object.freeze({ ...r }))),
    attachments: Object.freeze((parts.attachments ?? []).map((a) => Object.freeze({ ...a }))),
    ...(parts.composeType ? { composeType: parts.composeType } : {}),
    ...(parts.from ? { from: Object.freeze({ ...parts.from }) } : {}),
    ...(parts.headers ? { headers: Object.freeze({ ...parts.headers }) } : {}),
    ...(parts.receivedAt ? { receivedAt: parts.receivedAt } : {}),
    ...(parts.delayedUntil !== undefined ? { delayedUntil: parts.delayedUntil } : {}),
  };
  return Object.freeze(message);
}
