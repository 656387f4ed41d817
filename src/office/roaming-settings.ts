/**
 * The add-in's roaming settings (`Office.context.roamingSettings`): kept per
 * user in the mailbox, so the signature details, the diary choices and the
 * planned absence follow the user to every Outlook. One way to write a key,
 * so every feature behaves alike when Outlook refuses to save.
 */
import { PostvaktError } from "../ports";
import { officeCall } from "./async";

/** The part of `Office.context.roamingSettings` Postvakt uses. */
export type RoamingSettingsLike = Pick<Office.RoamingSettings, "get" | "set" | "remove" | "saveAsync">;

/** The roaming settings, or undefined outside Outlook. */
export function roamingSettings(): Office.RoamingSettings | undefined {
  try {
    return Office.context?.roamingSettings ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sets `key` to `value` (or removes it for undefined) and saves. Rejects with
 * PostvaktError "notOutlook" without settings, "settingsSaveFailed" when
 * Outlook refuses; then the earlier value is put back in memory, so what the
 * pane shows and what the mailbox holds never part ways.
 */
export async function saveRoamingValue(settings: RoamingSettingsLike | undefined, key: string, value: unknown): Promise<void> {
  if (!settings) throw new PostvaktError("notOutlook");
  let previous: unknown;
  try {
    previous = settings.get(key);
    if (value === undefined) settings.remove(key);
    else settings.set(key, value);
  } catch {
    throw new PostvaktError("settingsSaveFailed");
  }
  try {
    await officeCall<void>("roamingSettings.saveAsync", (cb) => settings.saveAsync(cb));
  } catch {
    try {
      if (previous === undefined) settings.remove(key);
      else settings.set(key, previous);
    } catch {
      // Nothing more to restore; the stored copy was never changed.
    }
    throw new PostvaktError("settingsSaveFailed");
  }
}
