/**
 * The user's signature details, stored per user in Outlook's roaming
 * settings (they follow the mailbox to every Outlook the user opens) and
 * prefilled from what Outlook knows about the user until they save.
 *
 * Used by the task pane and by the compose handler in Outlook's
 * JavaScript-only runtime, so: no DOM, no React, ES2016-friendly code, and
 * nothing logged. A stored value that cannot be read is reported (the task
 * pane says so) and replaced by the prefill; it is only overwritten when the
 * user saves, and no other setting is touched.
 */
import { MAX_FIELD_LENGTH, SIGNATURE_FIELDS, type SignatureDetails, type SignatureField } from "../core";
import { PostvaktError, type LoadedSignatureDetails } from "../ports";
import { saveRoamingValue, type RoamingSettingsLike } from "./roaming-settings";

export type { LoadedSignatureDetails };

/** The roaming-settings key. */
export const SIGNATURE_SETTINGS_KEY = "postvakt.signature";

/** The stored shape's version; a later Postvakt may read older ones, never the reverse without saying so. */
export const SIGNATURE_SETTINGS_VERSION = 1;

/**
 * Our share of the 32 KB Outlook allows all of an add-in's roaming settings
 * together. Thirteen fields of at most 100 characters stay far below it.
 */
export const SIGNATURE_SETTINGS_MAX_CHARS = 8 * 1024;

/** What is stored under SIGNATURE_SETTINGS_KEY. */
export interface StoredSignatureSettings {
  readonly version: number;
  readonly details: SignatureDetails;
}


/** The part of `Office.context.mailbox.userProfile` used here. */
export interface UserProfileLike {
  readonly displayName?: string;
  readonly emailAddress?: string;
}

function capitalise(word: string): string {
  return word
    .split("-")
    .map((part) => (part ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join("-");
}

/**
 * Splits a display name into given name and surname. Directories write
 * "Anna Andersson", "Andersson, Anna" and "Anna Andersson (Miljöförvaltningen)";
 * the last word is taken as the surname (the user corrects a double surname).
 */
export function splitDisplayName(displayName: string): { givenName?: string; surname?: string } {
  const name = displayName.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/\s+/g, " ").trim();
  if (!name || name.indexOf("@") >= 0) return {};
  const comma = name.indexOf(",");
  if (comma > 0) {
    const surname = name.slice(0, comma).trim();
    const givenName = name.slice(comma + 1).trim();
    return { ...(givenName ? { givenName } : {}), ...(surname ? { surname } : {}) };
  }
  const words = name.split(" ");
  if (words.length === 1) return { givenName: words[0] as string };
  return { givenName: words.slice(0, -1).join(" "), surname: words[words.length - 1] as string };
}

/** "anna.andersson@kommun.se" -> Anna / Andersson; nothing for addresses that are not first.last. */
function nameFromAddress(address: string): { givenName?: string; surname?: string } {
  const local = address.split("@")[0] ?? "";
  const parts = local.split(".").filter((part) => /^[a-zåäöéü-]{2,}$/i.test(part));
  if (parts.length < 2 || parts.length !== local.split(".").length) return {};
  return { givenName: capitalise(parts.slice(0, -1).join(" ")), surname: capitalise(parts[parts.length - 1] as string) };
}

/** The details Outlook can give: the name from the display name (or a first.last address). */
export function prefillDetails(profile: UserProfileLike | undefined): SignatureDetails {
  const displayName = typeof profile?.displayName === "string" ? profile.displayName : "";
  const address = typeof profile?.emailAddress === "string" ? profile.emailAddress : "";
  const fromName = splitDisplayName(displayName);
  if (fromName.givenName || fromName.surname) return fromName;
  return address ? nameFromAddress(address) : {};
}

/** True when the prefill has nothing: no name could be found. */
export function isEmptyDetails(details: SignatureDetails): boolean {
  return SIGNATURE_FIELDS.every((field) => !details[field]);
}

/**
 * The stored value as details, or undefined when it is not a settings object
 * we can read. Unknown fields are dropped; over-long values are kept (the
 * form points them out) up to a hard cap that keeps the value small.
 */
export function parseStoredSettings(value: unknown): { details: SignatureDetails; newer: boolean } | undefined {
  let raw = value;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return undefined;
  const stored = raw as { version?: unknown; details?: unknown };
  if (typeof stored.version !== "number" || !(stored.version >= 1)) return undefined;
  const source = stored.details;
  if (!source || typeof source !== "object" || Array.isArray(source)) return undefined;
  const out: Partial<Record<SignatureField, string>> & { includeMobile?: boolean } = {};
  for (const field of SIGNATURE_FIELDS) {
    const v = (source as Record<string, unknown>)[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") return undefined;
    if (v !== "") out[field] = v.slice(0, 4 * MAX_FIELD_LENGTH);
  }
  const include = (source as Record<string, unknown>).includeMobile;
  if (typeof include === "boolean") out.includeMobile = include;
  else if (include !== undefined && include !== null) return undefined;
  return { details: out, newer: stored.version > SIGNATURE_SETTINGS_VERSION };
}

/**
 * The user's details: saved ones when there are, else the prefill. Never
 * throws; a stored value that cannot be read gives the prefill and a problem.
 */
export function loadSignatureDetails(settings: RoamingSettingsLike | undefined, profile: UserProfileLike | undefined): LoadedSignatureDetails {
  let stored: unknown;
  try {
    stored = settings?.get(SIGNATURE_SETTINGS_KEY);
  } catch {
    stored = undefined;
  }
  if (stored === undefined || stored === null) return { source: "prefill", details: prefillDetails(profile) };
  const parsed = parseStoredSettings(stored);
  if (!parsed) return { source: "prefill", details: prefillDetails(profile), problem: "corrupt" };
  // A newer Postvakt's value: show what we understand, but say so.
  if (parsed.newer) return { source: "prefill", details: { ...prefillDetails(profile), ...parsed.details }, problem: "newerVersion" };
  return { source: "saved", details: parsed.details };
}

/** The value that is stored: only the known fields, non-empty, as strings. */
export function storedValue(details: SignatureDetails): StoredSignatureSettings {
  const clean: Partial<Record<SignatureField, string>> & { includeMobile?: boolean } = {};
  for (const field of SIGNATURE_FIELDS) {
    const v = details[field];
    if (typeof v === "string" && v.trim() !== "") clean[field] = v.trim();
  }
  if (typeof details.includeMobile === "boolean") clean.includeMobile = details.includeMobile;
  return { version: SIGNATURE_SETTINGS_VERSION, details: clean };
}

/**
 * Stores the details and saves the roaming settings. Rejects with a
 * PostvaktError: "settingsTooLarge" before anything is changed,
 * "settingsSaveFailed" when Outlook refuses (the earlier value is put back in
 * memory), "notOutlook" outside Outlook.
 */
export async function saveSignatureDetails(settings: RoamingSettingsLike | undefined, details: SignatureDetails): Promise<void> {
  if (!settings) throw new PostvaktError("notOutlook");
  const value = storedValue(details);
  if (JSON.stringify(value).length > SIGNATURE_SETTINGS_MAX_CHARS) throw new PostvaktError("settingsTooLarge");
  await saveRoamingValue(settings, SIGNATURE_SETTINGS_KEY, value);
}
