/**
 * SEAM for the signature issue: OnNewMessageCompose calls this to put the
 * kommun's standard signature on a new message (`body.setSignatureAsync`,
 * Mailbox 1.10). Until that issue fills it in, it does nothing and resolves
 * at once, so the compose handler completes straight away.
 *
 * Contract for whoever fills it in: never throw (the handler completes the
 * event whatever happens, but a rejection is wasted work), read the profile
 * from the context rather than from globals, and log no content.
 */
import type { Locale, Profile } from "../core";

export interface ComposeSignatureContext {
  readonly profile: Profile;
  readonly locale: Locale;
}

export function applyComposeSignature(_item: Office.MessageCompose, _context: ComposeSignatureContext): Promise<void> {
  return Promise.resolve();
}
