/** Builders shared by the core tests. */
import { createMailMessage, loadBuiltinProfile, type MailMessage, type Profile, type Recipient } from "../../src/core";

export function profile(id = "mjolby"): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(`profile ${id} invalid: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

export function to(...addresses: string[]): Recipient[] {
  return addresses.map((address) => ({ field: "to", address }));
}

export function compose(body: string, recipients: Recipient[] = [], subject = "Ärende"): MailMessage {
  return createMailMessage({ mode: "compose", composeType: "new", subject, body: { text: body }, recipients });
}
