/**
 * The review feature's port over office.js: the item and its changes. Every
 * Office failure ends as a PostvaktError (a key the UI turns into a
 * sentence); nothing is thrown inside an Office callback and no message
 * content is logged.
 */
import type { MailMessage } from "../core";
import { PostvaktError, type ChangeReason, type Environment, type ReviewPort } from "../ports";
import { officeCall, supportsMailbox } from "./async";
import { isComposeItem, readItem } from "./read-item";

type AnyItem = Office.MessageCompose | Office.MessageRead;

/** The open mailbox; PostvaktError("notOutlook") outside Outlook. */
export function mailbox(): Office.Mailbox {
  let box: Office.Mailbox | undefined;
  try {
    box = Office.context?.mailbox;
  } catch {
    box = undefined;
  }
  if (!box) throw new PostvaktError("notOutlook");
  return box;
}

/** The open mailbox, or undefined outside Outlook (for "can this be done?" questions). */
export function mailboxOrUndefined(): Office.Mailbox | undefined {
  try {
    return mailbox();
  } catch {
    return undefined;
  }
}

/** The open item; PostvaktError("noItem") when none is. */
export function currentItem(): AnyItem {
  const item = mailbox().item as AnyItem | null | undefined;
  if (!item) throw new PostvaktError("noItem");
  return item;
}

/** Keeps PostvaktErrors, turns anything else (OfficeCallError, a TypeError from an old client) into `kind`. */
export function asPostvaktError(error: unknown, kind: PostvaktError["kind"]): PostvaktError {
  return error instanceof PostvaktError ? error : new PostvaktError(kind);
}

/** Ignores the outcome of an add/remove handler call: events are a help, not a requirement. */
function quietly(invoke: (callback: (result: Office.AsyncResult<void>) => void) => void): Promise<boolean> {
  return officeCall<void>("addHandlerAsync", invoke).then(
    () => true,
    () => false,
  );
}

export function createOfficeService(): ReviewPort {
  return {
    environment(): Environment {
      try {
        const context = Office.context;
        const email = context.mailbox?.userProfile?.emailAddress;
        const name = context.mailbox?.userProfile?.displayName;
        const theme = context.officeTheme;
        return {
          ...(context.displayLanguage ? { displayLanguage: context.displayLanguage } : {}),
          ...(email ? { userEmail: email } : {}),
          ...(name ? { userName: name } : {}),
          ...(theme ? { officeTheme: { ...theme } } : {}),
        };
      } catch {
        return {};
      }
    },

    async readItem(): Promise<MailMessage> {
      try {
        return await readItem(currentItem());
      } catch (error) {
        throw asPostvaktError(error, "readFailed");
      }
    },

    isCompose(): boolean {
      try {
        return isComposeItem(currentItem());
      } catch {
        return false;
      }
    },

    async changeKey(): Promise<string> {
      try {
        const item = currentItem();
        if (!isComposeItem(item)) return "read";
        const parts: Promise<unknown>[] = [
          officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb)),
          officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
        ];
        // Without the recipient event (before Mailbox 1.7) recipients are polled too.
        if (!supportsMailbox("1.7")) {
          for (const field of ["to", "cc", "bcc"] as const) {
            if (item[field]) {
              parts.push(
                officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb)).then((list) =>
                  list.map((r) => r.emailAddress).join(","),
                ),
              );
            }
          }
        }
        return (await Promise.all(parts)).join("\u0000");
      } catch (error) {
        throw asPostvaktError(error, "readFailed");
      }
    },

    async subscribe(onChange: (reason: ChangeReason) => void): Promise<() => void> {
      let box: Office.Mailbox;
      try {
        box = mailbox();
      } catch {
        return () => undefined;
      }
      // Recipient handlers belong to one item: they are added again for each new item.
      let watchedItem: AnyItem | null = null;
      const onRecipients = () => onChange("recipients");
      const watchRecipients = async () => {
        let item: AnyItem;
        try {
          item = currentItem();
        } catch {
          watchedItem = null;
          return;
        }
        if (!isComposeItem(item) || !supportsMailbox("1.7") || typeof item.addHandlerAsync !== "function") return;
        watchedItem = item;
        await quietly((cb) => item.addHandlerAsync(Office.EventType.RecipientsChanged, onRecipients, cb));
      };
      const onItem = () => {
        void watchRecipients().finally(() => onChange("item"));
      };

      const itemEvents = supportsMailbox("1.5") && typeof box.addHandlerAsync === "function";
      if (itemEvents) await quietly((cb) => box.addHandlerAsync(Office.EventType.ItemChanged, onItem, cb));
      await watchRecipients();

      return () => {
        if (itemEvents) void quietly((cb) => box.removeHandlerAsync(Office.EventType.ItemChanged, cb));
        const item = watchedItem;
        if (item && typeof item.removeHandlerAsync === "function") {
          void quietly((cb) => item.removeHandlerAsync(Office.EventType.RecipientsChanged, cb));
        }
      };
    },
  };
}
