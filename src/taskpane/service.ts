/**
 * What the task pane needs from its surroundings. Components and the review
 * hook depend on this interface only, so they test without Office; the
 * Outlook implementation is src/office/service.ts, tests use a fake.
 */
import type { Fix, MailMessage } from "../core";

/** Why something failed, as a key into the UI catalogue (never Office's raw text). */
export type FailureKind =
  /** No item open (e.g. the reading pane is empty). */
  | "noItem"
  /** Office could not give us the item. */
  | "readFailed"
  /** The page runs outside Outlook. */
  | "notOutlook"
  /** The item was read but the check itself failed (a bug, not Outlook). */
  | "checkFailed"
  /** The body changed since the check, so the fix no longer fits. */
  | "fixStale"
  /** The number could not be found in the body's formatting. */
  | "fixNotFound"
  /** The number was masked, but it is still in the body somewhere the mask could not reach. */
  | "fixPartial"
  /** Office refused to change the body. */
  | "fixFailed"
  /** The old signature is no longer where the check found it. */
  | "signatureStale"
  /** Office refused to add the signature. */
  | "signatureFailed";

/** A failure the UI turns into a sentence. */
export class ServiceError extends Error {
  constructor(readonly kind: FailureKind) {
    super(kind);
    this.name = "ServiceError";
  }
}

export type OfficeThemeColors = {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
};

export interface Environment {
  /** Outlook's UI language ("sv-SE", "en-US"), undefined where unknown. */
  readonly displayLanguage?: string;
  /** The mailbox owner's address; decides "internal" where a profile lists no domains. */
  readonly userEmail?: string;
  /** Outlook's theme colours where the client exposes them. */
  readonly officeTheme?: OfficeThemeColors;
}

export type ChangeReason = "item" | "recipients";

export interface PostvaktService {
  environment(): Environment;
  /** Reads the current item. Rejects with a ServiceError. */
  readItem(): Promise<MailMessage>;
  /**
   * A cheap string that changes when the parts that can change without an
   * event (subject, body; recipients where the client has no recipient event)
   * change. The task pane polls it while composing. Rejects with a ServiceError.
   */
  changeKey(): Promise<string>;
  /** True when the open item is being written (polling makes sense). */
  isCompose(): boolean;
  /**
   * Calls `onChange` when another item is selected or the recipients change.
   * Resolves with a function that unsubscribes. Never rejects: where events
   * are unsupported, only "Granska igen" and polling remain.
   */
  subscribe(onChange: (reason: ChangeReason) => void): Promise<() => void>;
  /** Applies a finding's fix to the item checked as `message`. Rejects with a ServiceError. */
  applyFix(fix: Fix, message: MailMessage): Promise<void>;
}
