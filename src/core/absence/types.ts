/** The absence assistant's plan: what the user fills in on the form. */
import type { AbsencePeriod } from "./period";

/** Who to contact instead. */
export type AbsenceContact =
  /** A colleague, picked from the directory or typed. */
  | { readonly kind: "colleague"; readonly name: string; readonly phone?: string; readonly email?: string }
  /** One of the profile's function mailboxes, by address. */
  | { readonly kind: "functionMailbox"; readonly address: string }
  /** The kommun's switchboard from the profile. */
  | { readonly kind: "switchboard" };

/** Whether the user's mail goes somewhere while they are away (set up by the user in Outlook). */
export type AbsenceForwarding =
  | { readonly kind: "none" }
  /** To the contact (a colleague with an address, or the function mailbox). */
  | { readonly kind: "contact" }
  /** To another address. */
  | { readonly kind: "address"; readonly address: string };

export interface AbsencePlan {
  /** An id from the profile's `absence.kinds`. */
  readonly kindId: string;
  readonly period: AbsencePeriod;
  readonly contact: AbsenceContact;
  readonly forwarding: AbsenceForwarding;
  /** Add the English text to the external reply. */
  readonly english: boolean;
}

/** The texts the assistant proposes, plain text with line breaks. */
export interface AbsenceTexts {
  /** To colleagues in the kommun (Swedish). */
  readonly internal: string;
  /** To everyone else: the Swedish text, then the English one where chosen. */
  readonly external: string;
}
