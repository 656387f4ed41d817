/**
 * Carries out actions (src/core/actions) on the open item: the one place the
 * task pane's buttons reach Outlook through. Each action type is one case;
 * `canPerform` says beforehand whether this client has the call, so the
 * pane never shows a button that would do nothing. Every failure ends as a
 * PostvaktError; nothing is logged.
 */
import {
  renderSignature,
  normaliseSignatureDetails,
  escapeHtml,
  type Action,
  type InsertSignatureAction,
  type MailMessage,
  type MessageBodySpec,
  type Profile,
} from "../core";
import { PostvaktError, type ActionPort, type InsertRequest } from "../ports";
import { editedBody } from "./apply-fix";
import { officeCall, supportsMailbox } from "./async";
import { isComposeItem } from "./read-item";
import { asPostvaktError, currentItem, mailbox, mailboxOrUndefined } from "./service";
import { runGraphOperations } from "./absence-service";
import { configuredGraphClient } from "./graph/auth";
import type { GraphClient } from "./graph/client";
import { roamingSettings } from "./roaming-settings";
import { composeItem, insertIntoComposeItem, userProfile } from "./signature-service";
import { loadSignatureDetails } from "./signature-settings";

type AnyItem = Office.MessageCompose | Office.MessageRead;

function readItemOrUndefined(): Office.MessageRead | undefined {
  try {
    const item = currentItem();
    return isComposeItem(item) ? undefined : (item as Office.MessageRead);
  } catch {
    return undefined;
  }
}

/** Plain text as simple HTML: one line per line, escaped. */
export function bodyHtml(body: MessageBodySpec): string {
  if (body.html !== undefined) return body.html;
  return body.text
    .split(/\r?\n/)
    .map((line) => (line === "" ? "<br>" : escapeHtml(line)))
    .map((line) => `<div>${line}</div>`)
    .join("");
}

function signatureRequest(action: InsertSignatureAction, profile: Profile | undefined, checked: MailMessage | undefined): InsertRequest {
  const template = profile?.signature;
  if (!template) throw new PostvaktError("signatureFailed");
  const loaded = loadSignatureDetails(roamingSettings(), userProfile());
  // Without saved details there is nothing right to insert yet: the Signatur view asks for them first.
  if (loaded.source !== "saved") throw new PostvaktError("signatureDetailsMissing");
  const replace =
    action.mode === "replace" && checked
      ? {
          ...(action.textRange ? { textRange: action.textRange } : {}),
          ...(action.htmlRange ? { htmlRange: action.htmlRange } : {}),
          checkedText: checked.body.text,
          ...(checked.body.html !== undefined ? { checkedHtml: checked.body.html } : {}),
        }
      : undefined;
  return {
    signature: renderSignature(template, normaliseSignatureDetails(loaded.details), { variant: action.variant }),
    ...(template.greeting ? { greeting: template.greeting } : {}),
    ...(replace ? { replace } : {}),
  };
}

async function editBody(action: Extract<Action, { type: "editBody" }>, checked: MailMessage | undefined): Promise<void> {
  const item = composeItem();
  if (!item) throw new PostvaktError("noComposeItem");
  if (!checked) throw new PostvaktError("maskStale");
  try {
    const type = await officeCall<Office.CoercionType>("body.getTypeAsync", (cb) => item.body.getTypeAsync(cb));
    const isHtml = String(type) === String(Office.CoercionType.Html);
    const [text, html] = await Promise.all([
      officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
      isHtml ? officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(Office.CoercionType.Html, cb)) : Promise.resolve(undefined),
    ]);
    const next = editedBody(action, checked, { type: isHtml ? "html" : "text", text, ...(html !== undefined ? { html } : {}) });
    const coercionType = isHtml ? Office.CoercionType.Html : Office.CoercionType.Text;
    await officeCall<void>("body.setAsync", (cb) => item.body.setAsync(next.body, { coercionType }, cb));
    // Written, but not all of it: the check that follows shows what is left, and the user is told.
    if (next.leftOver > 0) throw new PostvaktError("maskPartial");
  } catch (error) {
    throw asPostvaktError(error, "bodyChangeFailed");
  }
}

/** office.js refuses a new message's subject, or an attachment's name, over this many characters (it throws). */
export const FORM_TEXT_MAX = 255;

/** The text cut to `max` characters, ending in "…" where it was cut (never inside a surrogate pair). */
export function fitted(text: string, max = FORM_TEXT_MAX): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

async function openNewMessage(action: Extract<Action, { type: "newMessage" }>): Promise<void> {
  const box = mailbox();
  const original = action.attachCurrentItem ? readItemOrUndefined() : undefined;
  if (action.attachCurrentItem && !original?.itemId) throw new PostvaktError("unsupported");
  // Mail can have a longer subject than Outlook takes here ("För registrering: " adds to it): cut, not refused.
  const parameters = {
    toRecipients: [...action.to],
    ...(action.cc && action.cc.length > 0 ? { ccRecipients: [...action.cc] } : {}),
    subject: fitted(action.subject),
    htmlBody: bodyHtml(action.body),
    ...(original || action.attachItems?.length
      ? {
          attachments: [
            ...(original ? [{ type: "item", itemId: original.itemId, name: fitted(original.subject || "Meddelande") }] : []),
            ...(action.attachItems ?? []).map((a) => ({ type: "item", itemId: a.itemId, name: fitted(a.name || "Meddelande") })),
          ],
        }
      : {}),
  };
  try {
    if (supportsMailbox("1.9") && typeof box.displayNewMessageFormAsync === "function") {
      await officeCall<void>("displayNewMessageFormAsync", (cb) => box.displayNewMessageFormAsync(parameters, cb));
    } else {
      box.displayNewMessageForm(parameters);
    }
  } catch (error) {
    throw asPostvaktError(error, "formFailed");
  }
}

async function openReply(action: Extract<Action, { type: "reply" }>): Promise<void> {
  const item = readItemOrUndefined();
  if (!item) throw new PostvaktError("noItem");
  const form = { htmlBody: bodyHtml(action.body) };
  try {
    if (supportsMailbox("1.9") && typeof item.displayReplyFormAsync === "function") {
      if (action.replyAll) await officeCall<void>("displayReplyAllFormAsync", (cb) => item.displayReplyAllFormAsync(form, cb));
      else await officeCall<void>("displayReplyFormAsync", (cb) => item.displayReplyFormAsync(form, cb));
    } else if (action.replyAll) {
      item.displayReplyAllForm(form);
    } else {
      item.displayReplyForm(form);
    }
  } catch (error) {
    throw asPostvaktError(error, "formFailed");
  }
}

/**
 * Puts a category on the item (Mailbox 1.8, read/write item). The category
 * must already be in the mailbox's list; reading that list needs read/write
 * mailbox, which Postvakt does not ask for, so Outlook's own answer decides:
 * "InvalidCategory" means the list lacks it, and the user is told so plainly.
 */
async function setCategory(category: string): Promise<void> {
  const item = currentItem() as AnyItem;
  const categories = (item as { categories?: Office.Categories }).categories;
  if (!categories || typeof categories.addAsync !== "function") throw new PostvaktError("unsupported");
  const outcome = await new Promise<"done" | "missing" | "failed">((resolve) => {
    try {
      categories.addAsync([category], (result) => {
        if (result?.status === Office.AsyncResultStatus.Succeeded) resolve("done");
        else resolve(result?.error?.name === "InvalidCategory" ? "missing" : "failed");
      });
    } catch {
      resolve("failed");
    }
  });
  if (outcome === "missing") throw new PostvaktError("categoryMissing");
  if (outcome === "failed") throw new PostvaktError("categoryFailed");
}

async function delayDelivery(until: string): Promise<void> {
  const item = composeItem();
  if (!item) throw new PostvaktError("noComposeItem");
  const at = new Date(until);
  if (Number.isNaN(at.getTime())) throw new PostvaktError("delayFailed");
  try {
    await officeCall<void>("delayDeliveryTime.setAsync", (cb) => item.delayDeliveryTime.setAsync(at, cb));
  } catch (error) {
    throw asPostvaktError(error, "delayFailed");
  }
}

/** The deployment's Graph client, made once on first use (undefined without a client id or NAA). */
function lazyGraphClient(): () => GraphClient | undefined {
  let made = false;
  let client: GraphClient | undefined;
  return () => {
    if (!made) {
      client = configuredGraphClient();
      made = true;
    }
    return client;
  };
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new PostvaktError("copyFailed");
  }
}

/** The action port over office.js, for one deployment's profile (absent when it could not be loaded). */
export function createOfficeActions(profile: Profile | undefined, graphClient: () => GraphClient | undefined = lazyGraphClient()): ActionPort {
  return {
    canPerform(action) {
      switch (action.type) {
        case "editBody":
        case "insertSignature":
          return composeItem() !== undefined;
        case "newMessage": {
          const box = mailboxOrUndefined();
          if (!box || (typeof box.displayNewMessageForm !== "function" && typeof box.displayNewMessageFormAsync !== "function")) return false;
          return !action.attachCurrentItem || !!readItemOrUndefined()?.itemId;
        }
        case "reply": {
          const item = readItemOrUndefined();
          return !!item && (typeof item.displayReplyForm === "function" || typeof item.displayReplyFormAsync === "function");
        }
        case "setCategory": {
          if (!supportsMailbox("1.8") || mailboxOrUndefined() === undefined) return false;
          const item = readItemOrUndefined() ?? composeItem();
          return typeof (item as { categories?: Office.Categories } | undefined)?.categories?.addAsync === "function";
        }
        case "delayDelivery":
          return supportsMailbox("1.13") && composeItem() !== undefined;
        case "copyText":
          return typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function";
        case "graph":
          return action.operations.length > 0 && graphClient() !== undefined;
      }
    },

    async perform(action, checked) {
      switch (action.type) {
        case "editBody":
          return editBody(action, checked);
        case "insertSignature":
          await insertIntoComposeItem(signatureRequest(action, profile, checked));
          return;
        case "newMessage":
          return openNewMessage(action);
        case "reply":
          return openReply(action);
        case "setCategory":
          return setCategory(action.category);
        case "delayDelivery":
          return delayDelivery(action.until);
        case "copyText":
          return copyText(action.text);
        case "graph": {
          const graph = graphClient();
          if (!graph) throw new PostvaktError("unsupported");
          // In order; a PartlyDoneError (src/ports/absence.ts) names what went through when a later one fails.
          return runGraphOperations(graph, action.operations);
        }
      }
    },
  };
}
