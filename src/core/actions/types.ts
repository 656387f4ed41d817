/**
 * Actions as data (VS Code's code actions, ESLint's suggestions): what a
 * finding or an advice proposes, as a plain value. The core only describes
 * an action; the task pane renders it as a button and the Office adapter
 * (src/office/actions.ts) carries it out. A new kind of action is a new
 * member here plus one case there.
 */
import type { Localized } from "../i18n/locale";
import type { TextEdit, TextRange } from "../model/finding";
import type { SignatureVariant } from "../signature/render";

interface ActionBase {
  /** Stable within its finding or advice ("mask", "sendToRegistrar"): keys, focus and tests. */
  readonly id: string;
  /** The button's text. */
  readonly title: Localized;
  /** The accessible name, where the title alone does not say what the button acts on. */
  readonly label?: Localized;
}

/** Replace ranges of the plain-text body; the adapter maps them onto an HTML body so formatting survives. */
export interface EditBodyAction extends ActionBase {
  readonly type: "editBody";
  /** "mask": the edits hide identity numbers, which the adapter masks in the HTML too. */
  readonly purpose: "mask" | "edit";
  readonly edits: readonly TextEdit[];
}

/**
 * Put the kommun's signature in: "insert" it, or "replace" the old one at the
 * given ranges (given only when the old signature was bounded by a greeting
 * or a signature element, never for a guess, so a replace never deletes the
 * message). The adapter renders the signature with the user's own details.
 */
export interface InsertSignatureAction extends ActionBase {
  readonly type: "insertSignature";
  readonly variant: SignatureVariant;
  readonly mode: "insert" | "replace";
  /** With "replace": the old signature in `body.text`, [start, end). */
  readonly textRange?: TextRange;
  /** With "replace" and an HTML body: the old signature in `body.html`, [start, end). */
  readonly htmlRange?: TextRange;
}

export interface MessageBodySpec {
  readonly text: string;
  /** Where the action has formatting to keep; otherwise the adapter builds HTML from the text. */
  readonly html?: string;
}

/** Open a new message for the user to check and send (`displayNewMessageFormAsync`). */
export interface NewMessageAction extends ActionBase {
  readonly type: "newMessage";
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly subject: string;
  readonly body: MessageBodySpec;
  /** Attach the item being read, as an item (the original, with its attachments). */
  readonly attachCurrentItem?: boolean;
  /** Attach these items (several selected messages), each as an item under its name. */
  readonly attachItems?: readonly { readonly itemId: string; readonly name: string }[];
}

/** Open a reply to the item being read (`displayReplyFormAsync`). */
export interface ReplyAction extends ActionBase {
  readonly type: "reply";
  readonly replyAll?: boolean;
  readonly body: MessageBodySpec;
}

/** Put a category on the item (Mailbox 1.8). */
export interface SetCategoryAction extends ActionBase {
  readonly type: "setCategory";
  readonly category: string;
}

/** Hold the message being written until an instant (Mailbox 1.13). */
export interface DelayDeliveryAction extends ActionBase {
  readonly type: "delayDelivery";
  /** ISO 8601 instant with offset. */
  readonly until: string;
}

/** Put a text on the clipboard: the fallback where the client lacks the call. */
export interface CopyTextAction extends ActionBase {
  readonly type: "copyText";
  readonly text: string;
}

/** Automatic replies as Microsoft Graph's `automaticRepliesSetting` has them. */
export interface AutomaticRepliesSpec {
  readonly status: "disabled" | "alwaysEnabled" | "scheduled";
  readonly externalAudience: "none" | "contactsOnly" | "all";
  readonly internalReplyMessage: string;
  readonly externalReplyMessage: string;
  /** Wall-clock date-times in `timeZone` ("2026-07-01T08:00:00"). */
  readonly scheduledStartDateTime?: { readonly dateTime: string; readonly timeZone: string };
  readonly scheduledEndDateTime?: { readonly dateTime: string; readonly timeZone: string };
}

/** A calendar entry the phone system reads: timed, shown as away, no attendees. */
export interface AbsenceEventSpec {
  readonly subject: string;
  readonly start: { readonly dateTime: string; readonly timeZone: string };
  readonly end: { readonly dateTime: string; readonly timeZone: string };
}

/** Calls on the user's behalf to Microsoft Graph, only ever on their click. */
export type GraphOperation =
  | { readonly operation: "setAutomaticReplies"; readonly setting: AutomaticRepliesSpec }
  | { readonly operation: "createAbsenceEvent"; readonly event: AbsenceEventSpec };

export interface GraphAction extends ActionBase {
  readonly type: "graph";
  /** Several operations are carried out in order; the adapter says which were done if one fails. */
  readonly operations: readonly GraphOperation[];
}

export type Action =
  | EditBodyAction
  | InsertSignatureAction
  | NewMessageAction
  | ReplyAction
  | SetCategoryAction
  | DelayDeliveryAction
  | CopyTextAction
  | GraphAction;

export type ActionType = Action["type"];
