/**
 * What the signature feature needs from Outlook: the user's details (saved
 * or prefilled), saving them, putting the signature into the message,
 * Outlook's own signature, and where configured the directory lookup. The
 * Outlook implementation is src/office/signature-service.ts. Methods reject
 * with a PostvaktError.
 */
import type { RenderedSignature, SignatureDetails, TextRange } from "../core";

/** Where the details came from: saved by the user, or prefilled from Outlook. */
export type LoadedSignatureDetails =
  | { readonly source: "saved"; readonly details: SignatureDetails }
  | {
      readonly source: "prefill";
      readonly details: SignatureDetails;
      /** Set when something was stored but could not be read ("corrupt") or was written by a newer Postvakt ("newerVersion"). */
      readonly problem?: "corrupt" | "newerVersion";
    };

export type InsertOutcome = "inserted" | "replaced" | "alreadyPresent";

export interface InsertRequest {
  readonly signature: RenderedSignature;
  /** The template's greeting: the presence check ignores it when looking for the signature. */
  readonly greeting?: string;
  /** From a finding's "replace" action: where the old signature was in the body that was checked. */
  readonly replace?: {
    readonly textRange?: TextRange;
    readonly htmlRange?: TextRange;
    readonly checkedText: string;
    readonly checkedHtml?: string;
  };
}

/** Looks the signed-in user up in the directory (Microsoft Graph, on the user's click). */
export interface DirectoryLookup {
  /** The user's details from the directory, only the fields it has. */
  fetchDetails(): Promise<SignatureDetails>;
}

export interface SignaturePort {
  /** Saved details, else the prefill from Outlook. Never throws. */
  load(): LoadedSignatureDetails;
  /** Stores the details for this user. */
  save(details: SignatureDetails): Promise<void>;
  /** True when a message is being written (the signature can go into it). */
  canInsert(): boolean;
  /** Puts the signature into the message being written. */
  insert(request: InsertRequest): Promise<InsertOutcome>;
  /** Whether Outlook adds the user's own signature; undefined where unknown. Never rejects. */
  clientSignatureEnabled(): Promise<boolean | undefined>;
  /** Switches Outlook's own signature off, on the user's request. */
  disableClientSignature(): Promise<void>;
  /** The directory lookup, where the deployment configured it and Outlook supports it. */
  readonly directory?: DirectoryLookup;
}
