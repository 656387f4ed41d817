/**
 * The selection port over office.js: which messages are selected
 * (`getSelectedItemsAsync`, Mailbox 1.13), when that changes
 * (`SelectedItemsChanged`), and reading one of them (`loadItemByIdAsync`,
 * 1.15). Outlook loads one message at a time and each must be unloaded
 * before the next, so reads go through a queue; a failed unload is left
 * behind only after the read itself has been given back.
 * Nothing here logs or sends content.
 */
import type { MailMessage } from "../core";
import { PostvaktError, type SelectedMessage, type SelectionPort } from "../ports";
import { officeCall, supportsMailbox } from "./async";
import { readItem } from "./read-item";
import { mailboxOrUndefined } from "./service";

/** Outlook selects at most this many messages for an add-in. */
export const MAX_SELECTED = 100;

type Loaded = Office.MessageRead & { unloadAsync?: (callback: (result: Office.AsyncResult<void>) => void) => void };
type SelectingMailbox = Office.Mailbox & {
  getSelectedItemsAsync?: (callback: (result: Office.AsyncResult<Array<{ itemId?: unknown; subject?: unknown; itemMode?: unknown }>>) => void) => void;
  loadItemByIdAsync?: (itemId: string, callback: (result: Office.AsyncResult<Loaded>) => void) => void;
};

function box(): SelectingMailbox | undefined {
  return mailboxOrUndefined() as SelectingMailbox | undefined;
}

export function createOfficeSelectionService(): SelectionPort {
  let queue: Promise<unknown> = Promise.resolve();

  async function load(itemId: string): Promise<MailMessage> {
    const mailbox = box();
    if (!mailbox || !supportsMailbox("1.15") || typeof mailbox.loadItemByIdAsync !== "function") throw new PostvaktError("unsupported");
    let loaded: Loaded;
    try {
      loaded = await officeCall<Loaded>("loadItemByIdAsync", (cb) => mailbox.loadItemByIdAsync?.(itemId, cb));
    } catch {
      throw new PostvaktError("readFailed");
    }
    try {
      return await readItem(loaded);
    } catch {
      throw new PostvaktError("readFailed");
    } finally {
      // The next load fails until this one is unloaded; a failed unload is Outlook's to recover from.
      if (typeof loaded.unloadAsync === "function") await officeCall<void>("unloadAsync", (cb) => loaded.unloadAsync?.(cb)).catch(() => undefined);
    }
  }

  return {
    canRead() {
      const mailbox = box();
      return !!mailbox && supportsMailbox("1.15") && typeof mailbox.loadItemByIdAsync === "function";
    },

    async selected(): Promise<SelectedMessage[]> {
      const mailbox = box();
      if (!mailbox || !supportsMailbox("1.13") || typeof mailbox.getSelectedItemsAsync !== "function") throw new PostvaktError("unsupported");
      let list: unknown;
      try {
        list = await officeCall("getSelectedItemsAsync", (cb) => mailbox.getSelectedItemsAsync?.(cb));
      } catch {
        throw new PostvaktError("selectionFailed");
      }
      if (!Array.isArray(list)) throw new PostvaktError("selectionFailed");
      return list
        .filter((entry): entry is { itemId: string; subject?: unknown; itemMode?: unknown } => !!entry && typeof entry === "object" && typeof entry.itemId === "string" && entry.itemId !== "")
        .filter((entry) => entry.itemMode === undefined || entry.itemMode === "Read")
        .slice(0, MAX_SELECTED)
        .map((entry) => ({ itemId: entry.itemId, subject: typeof entry.subject === "string" ? entry.subject : "" }));
    },

    async subscribe(onChange: () => void): Promise<() => void> {
      const mailbox = box();
      if (!mailbox || !supportsMailbox("1.13") || typeof mailbox.addHandlerAsync !== "function") return () => undefined;
      const added = await officeCall<void>("addHandlerAsync", (cb) => mailbox.addHandlerAsync(Office.EventType.SelectedItemsChanged, onChange, cb)).then(
        () => true,
        () => false,
      );
      return () => {
        if (added) void officeCall<void>("removeHandlerAsync", (cb) => mailbox.removeHandlerAsync(Office.EventType.SelectedItemsChanged, cb)).catch(() => undefined);
      };
    },

    read(itemId: string): Promise<MailMessage> {
      const next = queue.then(() => load(itemId));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
