/**
 * Why something failed, in one vocabulary for every feature and every
 * adapter: a key the task pane turns into one sentence (never Office's or
 * Graph's own text, which may quote content). Adapters throw PostvaktError;
 * views show `failureText(kind)` (src/taskpane/shell/failure-texts.ts).
 */
export type FailureKind =
  /** No item open (e.g. the reading pane is empty). */
  | "noItem"
  /** Office could not give us the item. */
  | "readFailed"
  /** Outlook could not say which messages are selected. */
  | "selectionFailed"
  /** The page runs outside Outlook. */
  | "notOutlook"
  /** The item was read but the check itself failed (a bug, not Outlook). */
  | "checkFailed"
  /** The action needs a message being written, and none is. */
  | "noComposeItem"
  /** This Outlook lacks the call the action needs. */
  | "unsupported"
  /** The body changed since the check, so the mask no longer fits. */
  | "maskStale"
  /** The number could not be found in the body's formatting. */
  | "maskNotFound"
  /** The number was masked, but it is still in the body somewhere the mask could not reach. */
  | "maskPartial"
  /** Office refused to change the body. */
  | "bodyChangeFailed"
  /** The old signature is no longer where the check found it. */
  | "signatureStale"
  /** Office refused to add the signature. */
  | "signatureFailed"
  /** The user has not saved the details the signature is made of. */
  | "signatureDetailsMissing"
  /** Outlook's own signature could not be read or switched off. */
  | "clientSignatureFailed"
  /** Outlook did not store the user's settings. */
  | "settingsSaveFailed"
  /** The settings are too large to store (roaming settings hold 32 KB). */
  | "settingsTooLarge"
  /** Outlook did not open the new message or reply. */
  | "formFailed"
  /** The category could not be set. */
  | "categoryFailed"
  /** The category does not exist in this mailbox's category list. */
  | "categoryMissing"
  /** The delivery time could not be set. */
  | "delayFailed"
  /** The text could not be put on the clipboard. */
  | "copyFailed"
  /** Microsoft Graph: the user closed the sign-in window. */
  | "signInCancelled"
  /** Sign-in failed, or Graph refused the token (401). */
  | "signInFailed"
  /** The organisation has not consented to the permission this needs. */
  | "consentMissing"
  /** Graph refused (403). */
  | "graphForbidden"
  /** Graph found nothing there (404). */
  | "graphNotFound"
  /** Graph asked us to slow down (429), even after waiting. */
  | "graphThrottled"
  /** Graph is unavailable (5xx) or the network is down. */
  | "graphUnavailable"
  /** Graph did not answer in time. */
  | "graphTimeout"
  /** Graph answered something we cannot read. */
  | "graphBadResponse";

/** A failure the UI turns into a sentence. Carries no content. */
export class PostvaktError extends Error {
  constructor(readonly kind: FailureKind) {
    super(kind);
    this.name = "PostvaktError";
  }
}

/** The error's kind, or `fallback` for anything that is not a PostvaktError. */
export function failureOf(error: unknown, fallback: FailureKind): FailureKind {
  return error instanceof PostvaktError ? error.kind : fallback;
}
