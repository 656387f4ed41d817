/**
 * The fix a signature finding carries, as data. The core cannot render the
 * signature itself at check time (it does not know the user's details), so
 * the fix says what to do and where; the Office side renders with
 * `renderSignature(profile.signature, details, { variant })` and applies it:
 *
 * - action "insert": `item.body.setSignatureAsync(html, { coercionType: "html" })`
 *   (Mailbox 1.10), or in older clients insert at the end of the writer's own
 *   text (before any quoted history).
 * - action "replace": replace `htmlRange` of the HTML body (or `textRange` of a
 *   plain-text body) with the rendered signature. The ranges cover the old
 *   signature up to where the writer's own text ends; they are given only
 *   when the old signature was found after a closing greeting or in a
 *   signature element, never for a guess at "the last lines", so a replace
 *   never deletes the message itself.
 *
 * `edits` is empty: there is no plain-text edit to apply without the details.
 */
import type { Fix, TextRange } from "../model";
import type { SignatureVariant } from "./render";

export const INSERT_SIGNATURE = "insertSignature";

export interface InsertSignatureFix extends Fix {
  readonly kind: typeof INSERT_SIGNATURE;
  readonly edits: readonly [];
  readonly signature: {
    /** "short" for replies and forwards where the profile has a short variant. */
    readonly variant: SignatureVariant;
    readonly action: "insert" | "replace";
    /** With "replace": the old signature in `body.text`, [start, end). */
    readonly textRange?: TextRange;
    /** With "replace" and an HTML body: the old signature in `body.html`, [start, end). */
    readonly htmlRange?: TextRange;
  };
}

export function isInsertSignatureFix(fix: Fix | undefined): fix is InsertSignatureFix {
  return fix !== undefined && fix.kind === INSERT_SIGNATURE && typeof (fix as Partial<InsertSignatureFix>).signature === "object";
}
