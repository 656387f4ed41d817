/**
 * OnNewMessageCompose: puts the kommun's standard signature on a new
 * message, reply or forward (`body.setSignatureAsync`, Mailbox 1.10), with
 * the short variant for replies and forwards where the profile has one.
 *
 * Sets nothing when
 * - the profile has no signature, or the client lacks Mailbox 1.10;
 * - the user has saved no details and Outlook gives no name to prefill;
 * - Outlook's own signature is on: the user chose it, and Postvakt does not
 *   fight it (the Signatur view offers to switch it off, never silently);
 * - the body already holds this signature (a draft opened again).
 *
 * Never rejects and logs nothing; the handler completes the event.
 */
import { containsSignature, normaliseSignatureDetails, renderSignature, variantForCompose, type ComposeType, type Locale, type Profile } from "../core";
import { officeCall, supportsMailbox } from "../office/async";
import { isEmptyDetails, loadSignatureDetails } from "../office/signature-settings";

export interface ComposeSignatureContext {
  readonly profile: Profile;
  readonly locale: Locale;
}

function toComposeType(value: string | undefined): ComposeType | undefined {
  if (value === "newMail") return "new";
  if (value === "reply" || value === "forward") return value;
  return undefined;
}

function roamingSettings(): Office.RoamingSettings | undefined {
  try {
    return Office.context.roamingSettings;
  } catch {
    return undefined;
  }
}

function userProfile(): Office.UserProfile | undefined {
  try {
    return Office.context.mailbox.userProfile;
  } catch {
    return undefined;
  }
}

async function setComposeSignature(item: Office.MessageCompose, profile: Profile): Promise<void> {
  const template = profile.signature;
  if (!template || !supportsMailbox("1.10") || typeof item.body?.setSignatureAsync !== "function") return;
  const loaded = loadSignatureDetails(roamingSettings(), userProfile());
  if (isEmptyDetails(loaded.details)) return;

  const [compose, clientSignature, bodyText] = await Promise.all([
    officeCall<{ composeType: string; coercionType: string }>("getComposeTypeAsync", (cb) => item.getComposeTypeAsync(cb)).catch(() => undefined),
    typeof item.isClientSignatureEnabledAsync === "function"
      ? officeCall<boolean>("isClientSignatureEnabledAsync", (cb) => item.isClientSignatureEnabledAsync(cb)).catch(() => false)
      : Promise.resolve(false),
    officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
  ]);
  if (clientSignature) return;

  const variant = variantForCompose(template, toComposeType(compose?.composeType));
  const rendered = renderSignature(template, normaliseSignatureDetails(loaded.details), { variant });
  if (containsSignature(bodyText, rendered, template.greeting)) return;

  const html = String(compose?.coercionType ?? "html").toLowerCase() !== "text";
  const data = html ? rendered.html : rendered.text;
  const coercionType = html ? Office.CoercionType.Html : Office.CoercionType.Text;
  await officeCall<void>("body.setSignatureAsync", (cb) => item.body.setSignatureAsync(data, { coercionType }, cb));
}

export function applyComposeSignature(item: Office.MessageCompose, context: ComposeSignatureContext): Promise<void> {
  try {
    return setComposeSignature(item, context.profile).catch(() => undefined);
  } catch {
    return Promise.resolve();
  }
}
