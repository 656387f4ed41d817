/**
 * What the Signatur view needs from Outlook: the user's details (saved or
 * prefilled), saving them, putting the signature into the message, Outlook's
 * own signature, and where configured the directory lookup. The Outlook
 * implementation is src/office/signature-service.ts; tests use a fake.
 */
import type { SignatureDetails } from "../core";
import type { DirectoryLookup } from "../office/graph/me";
import type { InsertOutcome, InsertRequest } from "../office/signature";
import type { LoadedSignatureDetails } from "../office/signature-settings";

export type { DirectoryLookup, InsertOutcome, InsertRequest, LoadedSignatureDetails };

export type SignatureFailureKind =
  /** Outside Outlook. */
  | "notOutlook"
  /** No message is being written. */
  | "noComposeItem"
  /** Outlook did not store the details. */
  | "saveFailed"
  /** The details are too large to store. */
  | "tooLarge"
  /** The body changed since the check: the old signature is no longer where it was. */
  | "insertStale"
  /** Outlook refused to change the message. */
  | "insertFailed"
  /** Outlook's own signature could not be read or switched off. */
  | "clientSignatureFailed";

export class SignatureServiceError extends Error {
  constructor(readonly kind: SignatureFailureKind) {
    super(kind);
    this.name = "SignatureServiceError";
  }
}

export interface SignatureService {
  /** Saved details, else the prefill from Outlook. Never throws. */
  load(): LoadedSignatureDetails;
  /** Stores the details for this user. Rejects with a SignatureServiceError. */
  save(details: SignatureDetails): Promise<void>;
  /** True when a message is being written (the signature can go into it). */
  canInsert(): boolean;
  /** Puts the signature into the message being written. Rejects with a SignatureServiceError. */
  insert(request: InsertRequest): Promise<InsertOutcome>;
  /** Whether Outlook adds the user's own signature; undefined where unknown. Never rejects. */
  clientSignatureEnabled(): Promise<boolean | undefined>;
  /** Switches Outlook's own signature off, on the user's request. Rejects with a SignatureServiceError. */
  disableClientSignature(): Promise<void>;
  /** The directory lookup, where the deployment configured it and Outlook supports it. */
  readonly directory?: DirectoryLookup;
}
