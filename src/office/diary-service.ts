/**
 * The diary feature's port over office.js: remembered choices (roaming
 * settings), the mailbox the item is in (a shared or delegated mailbox's
 * owner, Mailbox 1.8 `getSharedPropertiesAsync`), the item's categories (1.8),
 * and the bar on the item.
 * Nothing here logs or sends content.
 */
import type { DiaryPort, DiaryPreferences } from "../ports";
import { officeCall, supportsMailbox } from "./async";
import { loadDiaryPreferences, saveDiaryPreferences } from "./diary-settings";
import { clearDiaryBar, showDiaryBar } from "./item-bar";
import { roamingSettings } from "./roaming-settings";
import { userProfile } from "./signature-service";

type SharedItem = { getSharedPropertiesAsync?: (callback: (result: Office.AsyncResult<Office.SharedProperties>) => void) => void };

function openItem(): (Office.MessageRead & SharedItem) | undefined {
  try {
    return (Office.context?.mailbox?.item ?? undefined) as (Office.MessageRead & SharedItem) | undefined;
  } catch {
    return undefined;
  }
}

export function createOfficeDiaryService(): DiaryPort {
  return {
    preferences(): DiaryPreferences {
      return loadDiaryPreferences(roamingSettings());
    },

    savePreferences(preferences: DiaryPreferences): Promise<void> {
      return saveDiaryPreferences(roamingSettings(), preferences);
    },

    async mailbox(): Promise<string | undefined> {
      const own = userProfile()?.emailAddress;
      const item = openItem();
      // Only items in a shared folder or mailbox have shared properties; elsewhere the call fails, and the item is the user's own.
      if (item && supportsMailbox("1.8") && typeof item.getSharedPropertiesAsync === "function") {
        try {
          const shared = await officeCall<Office.SharedProperties>("getSharedPropertiesAsync", (cb) => item.getSharedPropertiesAsync?.(cb));
          if (shared && typeof shared.owner === "string" && shared.owner.includes("@")) return shared.owner;
        } catch {
          // Not shared.
        }
      }
      return typeof own === "string" && own !== "" ? own : undefined;
    },

    async categories(): Promise<readonly string[] | undefined> {
      const categories = (openItem() as { categories?: Office.Categories } | undefined)?.categories;
      if (!supportsMailbox("1.8") || !categories || typeof categories.getAsync !== "function") return undefined;
      try {
        const list = await officeCall<Office.CategoryDetails[]>("categories.getAsync", (cb) => categories.getAsync(cb));
        return (list ?? []).map((c) => c.displayName).filter((name): name is string => typeof name === "string");
      } catch {
        return undefined;
      }
    },

    showItemBar(text: string): Promise<void> {
      return showDiaryBar(openItem(), text);
    },

    clearItemBar(): Promise<void> {
      return clearDiaryBar(openItem());
    },
  };
}
