/**
 * The diary feature's remembered choices (which registrar the user sends to,
 * whether they work as a registrar), stored per user in Outlook's roaming
 * settings, as signature-settings.ts stores the signature details. A stored
 * value that cannot be read counts as nothing stored; only this key is ever
 * written.
 */
import { PostvaktError, type DiaryPreferences } from "../ports";
import { saveRoamingValue, type RoamingSettingsLike } from "./roaming-settings";

export const DIARY_SETTINGS_KEY = "postvakt.diary";
export const DIARY_SETTINGS_VERSION = 1;

/** An address is at most this long here; anything longer is not one of the profile's. */
const MAX_ADDRESS = 254;

interface StoredDiarySettings {
  readonly version: number;
  readonly registrar?: string;
  readonly isRegistrar?: boolean;
}

/** The stored value as preferences; {} for anything we cannot read. */
export function parseDiarySettings(value: unknown): DiaryPreferences {
  let raw = value;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const stored = raw as Record<string, unknown>;
  if (typeof stored.version !== "number" || !(stored.version >= 1)) return {};
  const registrar = typeof stored.registrar === "string" && stored.registrar.length <= MAX_ADDRESS && stored.registrar.includes("@") ? stored.registrar : undefined;
  const isRegistrar = typeof stored.isRegistrar === "boolean" ? stored.isRegistrar : undefined;
  return { ...(registrar ? { registrar } : {}), ...(isRegistrar !== undefined ? { isRegistrar } : {}) };
}

/** The saved choices; never throws. */
export function loadDiaryPreferences(settings: RoamingSettingsLike | undefined): DiaryPreferences {
  try {
    return parseDiarySettings(settings?.get(DIARY_SETTINGS_KEY));
  } catch {
    return {};
  }
}

/**
 * Stores the choices and saves the roaming settings. Rejects with
 * "notOutlook" outside Outlook and "settingsSaveFailed" when Outlook refuses
 * (the earlier value is put back in memory).
 */
export async function saveDiaryPreferences(settings: RoamingSettingsLike | undefined, preferences: DiaryPreferences): Promise<void> {
  if (!settings) throw new PostvaktError("notOutlook");
  const value: StoredDiarySettings = {
    version: DIARY_SETTINGS_VERSION,
    ...(preferences.registrar && preferences.registrar.length <= MAX_ADDRESS ? { registrar: preferences.registrar } : {}),
    ...(preferences.isRegistrar !== undefined ? { isRegistrar: preferences.isRegistrar } : {}),
  };
  await saveRoamingValue(settings, DIARY_SETTINGS_KEY, value);
}
