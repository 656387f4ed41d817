/**
 * Puts the kommun's signature into the message being written, from the task
 * pane ("Infoga i meddelandet", the check's "Infoga/Ersätt signatur") and
 * reads or switches off Outlook's own signature.
 *
 * - Replace: a finding's fix names the old signature's range in the body as
 *   it was checked; it is replaced only if that part of the body still reads
 *   the same (otherwise "stale": the user has typed since).
 * - Insert: `body.setSignatureAsync` where the client has Mailbox 1.10 (it
 *   replaces a signature Outlook or an add-in put there, and adds one
 *   otherwise); on older clients the signature goes at the end of the
 *   writer's own text, above any quoted history, and the rest of the body is
 *   kept as it is.
 * - Never twice: a body that already holds this signature is left alone.
 */
import {
  SIGNATURE_HTML_LIMIT,
  containsSignature,
  locateSignatureInHtml,
  locateSignatureInText,
  type TextRange,
} from "../core";
import type { InsertOutcome, InsertRequest } from "../ports";
import { officeCall, supportsMailbox } from "./async";

export type { InsertOutcome, InsertRequest };

export type SignatureInsertFailure = "stale" | "tooLong" | "failed";

export class SignatureInsertError extends Error {
  constructor(readonly kind: SignatureInsertFailure) {
    super(kind);
    this.name = "SignatureInsertError";
  }
}

type ComposeBody = Office.MessageCompose["body"];

function isHtmlType(type: unknown): boolean {
  return String(type).toLowerCase() === "html";
}

function coercion(html: boolean): Office.CoercionType {
  return html ? Office.CoercionType.Html : Office.CoercionType.Text;
}

function setBody(body: ComposeBody, data: string, html: boolean): Promise<void> {
  return officeCall<void>("body.setAsync", (cb) => body.setAsync(data, { coercionType: coercion(html) }, cb));
}

/** True when [start, end) of `current` still reads as it did in `checked`. */
function unchanged(current: string, checked: string, range: TextRange): boolean {
  return range.start >= 0 && range.end >= range.start && range.end <= current.length && current.slice(range.start, range.end) === checked.slice(range.start, range.end);
}

/** Where a signature goes in an HTML body without setSignatureAsync: above quoted history, else before </body>. */
export function htmlInsertionPoint(html: string, greeting?: string): number {
  const ownEnd = locateSignatureInHtml(html, greeting).end;
  if (ownEnd < html.length) return ownEnd;
  const bodyClose = html.toLowerCase().lastIndexOf("</body");
  return bodyClose >= 0 ? bodyClose : html.length;
}

/** The HTML body with the signature added at the end of the writer's own text. */
export function withSignatureInHtml(html: string, signatureHtml: string, greeting?: string): string {
  const at = htmlInsertionPoint(html, greeting);
  return `${html.slice(0, at)}${signatureHtml}${html.slice(at)}`;
}

/** The plain-text body with the signature added after the writer's own text, above quoted history. */
export function withSignatureInText(text: string, signatureText: string, greeting?: string): string {
  const ownEnd = locateSignatureInText(text, greeting).end;
  const own = text.slice(0, ownEnd).replace(/\s+$/, "");
  const rest = text.slice(ownEnd).replace(/^\s+/, "");
  return `${own}${own ? "\n\n" : ""}${signatureText}${rest ? `\n\n${rest}` : ""}`;
}

/**
 * Inserts or replaces the signature in the compose item. Resolves with what
 * was done; rejects with a SignatureInsertError or an OfficeCallError.
 */
export async function insertSignature(item: Office.MessageCompose, request: InsertRequest): Promise<InsertOutcome> {
  const { signature, greeting, replace } = request;
  const body = item.body;
  const html = isHtmlType(await officeCall<Office.CoercionType>("body.getTypeAsync", (cb) => body.getTypeAsync(cb)));
  const [text, htmlBody] = await Promise.all([
    officeCall<string>("body.getAsync", (cb) => body.getAsync(Office.CoercionType.Text, cb)),
    html ? officeCall<string>("body.getAsync(html)", (cb) => body.getAsync(Office.CoercionType.Html, cb)) : Promise.resolve(""),
  ]);

  if (replace) {
    if (html && replace.htmlRange && replace.checkedHtml !== undefined) {
      const range = replace.htmlRange;
      if (!unchanged(htmlBody, replace.checkedHtml, range)) throw new SignatureInsertError("stale");
      await setBody(body, htmlBody.slice(0, range.start) + signature.html + htmlBody.slice(range.end), true);
      return "replaced";
    }
    if (!html && replace.textRange) {
      const range = replace.textRange;
      if (!unchanged(text, replace.checkedText, range)) throw new SignatureInsertError("stale");
      await setBody(body, text.slice(0, range.start) + signature.text + text.slice(range.end), false);
      return "replaced";
    }
    // No range for this body: the old signature could not be bounded safely, so the new one is added.
  }

  if (containsSignature(text, signature, greeting)) return "alreadyPresent";

  const data = html ? signature.html : signature.text;
  if (supportsMailbox("1.10") && typeof body.setSignatureAsync === "function") {
    if (data.length > SIGNATURE_HTML_LIMIT) throw new SignatureInsertError("tooLong");
    await officeCall<void>("body.setSignatureAsync", (cb) => body.setSignatureAsync(data, { coercionType: coercion(html) }, cb));
    return "inserted";
  }
  await setBody(body, html ? withSignatureInHtml(htmlBody, signature.html, greeting) : withSignatureInText(text, signature.text, greeting), html);
  return "inserted";
}

/** Whether Outlook adds the user's own signature: undefined where the client cannot say (before Mailbox 1.10). */
export async function isClientSignatureEnabled(item: Office.MessageCompose): Promise<boolean | undefined> {
  if (!supportsMailbox("1.10") || typeof item.isClientSignatureEnabledAsync !== "function") return undefined;
  return officeCall<boolean>("isClientSignatureEnabledAsync", (cb) => item.isClientSignatureEnabledAsync(cb));
}

/** Switches Outlook's own signature off (only ever on the user's explicit request). */
export async function disableClientSignature(item: Office.MessageCompose): Promise<void> {
  if (!supportsMailbox("1.10") || typeof item.disableClientSignatureAsync !== "function") throw new SignatureInsertError("failed");
  await officeCall<void>("disableClientSignatureAsync", (cb) => item.disableClientSignatureAsync(cb));
}
