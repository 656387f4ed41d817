/**
 * A .eml file as a MailMessage, parsed by postal-mime (a maintained MIME
 * parser). The text body is the text/plain part, or the HTML part turned to
 * text when there is none.
 */
import PostalMime from "postal-mime";
import { createMailMessage, type MailMessage, type Recipient, type RecipientField } from "../core/model";
import { htmlToText } from "../core/text/html-to-text";

type PostalAddress = { name?: string; address?: string; group?: PostalAddress[] };

function flatten(list: readonly PostalAddress[] | undefined, field: RecipientField): Recipient[] {
  const out: Recipient[] = [];
  for (const entry of list ?? []) {
    if (entry.group) out.push(...flatten(entry.group, field));
    else if (entry.address) out.push({ field, address: entry.address, ...(entry.name ? { name: entry.name } : {}) });
  }
  return out;
}

/** postal-mime gives the Date header as an ISO instant, or the raw text when it cannot read it (then: unknown). */
function receivedAt(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(date) ? date : undefined;
}

export interface ParsedEml {
  readonly message: MailMessage;
  /** The text the detectors read: what `detect` reports offsets into. */
  readonly text: string;
  /** The Date header as ms since the epoch, where it is a date postal-mime could read. */
  readonly date?: number;
}

/** Parses raw .eml bytes. Throws when the content is not a mail message at all. */
export async function parseEml(raw: Uint8Array | string, mode: "compose" | "read" = "compose"): Promise<ParsedEml> {
  const email = await PostalMime.parse(raw);
  const hasHeaders = Boolean(email.from || email.to?.length || email.subject || email.date || email.messageId);
  if (!hasHeaders) throw new Error("no mail headers found");
  const text = email.text !== undefined && email.text !== "" ? email.text : email.html ? htmlToText(email.html) : "";
  const headers: Record<string, string> = {};
  for (const h of email.headers ?? []) if (!(h.key in headers)) headers[h.key] = h.value;
  const from = email.from as PostalAddress | undefined;
  const message = createMailMessage({
    mode,
    subject: email.subject ?? "",
    body: { text, ...(email.html ? { html: email.html } : {}) },
    ...(from?.address ? { from: { address: from.address, ...(from.name ? { name: from.name } : {}) } } : {}),
    recipients: [
      ...flatten(email.to as PostalAddress[] | undefined, "to"),
      ...flatten(email.cc as PostalAddress[] | undefined, "cc"),
      ...flatten(email.bcc as PostalAddress[] | undefined, "bcc"),
    ],
    attachments: (email.attachments ?? []).map((a) => ({
      name: a.filename ?? "",
      contentType: a.mimeType,
      size: typeof a.content === "string" ? a.content.length : a.content.byteLength,
      isInline: a.disposition === "inline",
    })),
    headers,
    ...(receivedAt(email.date) ? { receivedAt: receivedAt(email.date) } : {}),
  });
  const date = typeof email.date === "string" && /^\d{4}-\d{2}-\d{2}T/.test(email.date) ? Date.parse(email.date) : NaN;
  return { message, text, ...(Number.isFinite(date) ? { date } : {}) };
}
