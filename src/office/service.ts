/**
 * The task pane's PostvaktService over office.js. Every Office failure ends
 * as a ServiceError (a key the UI turns into a sentence); nothing is thrown
 * inside an Office callback and no message content is logged.
 */
import type { Fix, MailMessage } from "../core";
import type { ChangeReason, Environment, PostvaktService } from "../taskpane/service";
import { ServiceError } from "../taskpane/service";
import { fixedBody } from "./apply-fix";
import { officeCall, supportsMailbox } from "./async";
import { isComposeItem, readItem } from "./read-item";

type AnyItem = Office.MessageCompose | Office.MessageRead;

function mailbox(): Office.Mailbox {
  let box: Office.Mailbox | undefined;
  try {
    box = Office.context?.mailbox;
  } catch {
    box = undefined;
  }
  if (!box) throw new ServiceError("notOutlook");
  return box;
}

function currentItem(): AnyItem {
  const item = mailbox().item as AnyItem | null | undefined;
  if (!item) throw new ServiceError("noItem");
  return item;
}

/** Keeps ServiceErrors, turns anything else (OfficeCallError, a TypeError from an old client) into `kind`. */
function asServiceError(error: unknown, kind: "readFailed" | "fixFailed"): ServiceError {
  return error instanceof ServiceError ? error : new ServiceError(kind);
}

/** Ignores the outcome of an add/remove handler call: events are a help, not a requirement. */
function quietly(invoke: (callback: (result: Office.AsyncResult<void>) => void) => void): Promise<boolean> {
  return officeCall<void>("addHandlerAsync", invoke).then(
    () => true,
    () => false,
  );
}

export function createOfficeService(): PostvaktService {
  return {
    environment(): Environment {
      try {
        const context = Office.context;
        const email = context.mailbox?.userProfile?.emailAddress;
        const theme = context.officeTheme;
        return {
          ...(context.displayLanguage ? { displayLanguage: context.displayLanguage } : {}),
          ...(email ? { userEmail: email } : {}),
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
        throw asServiceError(error, "readFailed");
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
        throw asServiceError(error, "readFailed");
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

    async applyFix(fix: Fix, message: MailMessage): Promise<void> {
      try {
        const item = currentItem();
        if (!isComposeItem(item)) throw new ServiceError("fixFailed");
        const type = await officeCall<Office.CoercionType>("body.getTypeAsync", (cb) => item.body.getTypeAsync(cb));
        const isHtml = String(type) === String(Office.CoercionType.Html);
        const [text, html] = await Promise.all([
          officeCall<string>("body.getAsync", (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
          isHtml ? officeCall<string>("body.getAsync(html)", (cb) => item.body.getAsync(Office.CoercionType.Html, cb)) : Promise.resolve(undefined),
        ]);
        const next = fixedBody(fix, message, { type: isHtml ? "html" : "text", text, ...(html !== undefined ? { html } : {}) });
        const coercionType = isHtml ? Office.CoercionType.Html : Office.CoercionType.Text;
        await officeCall<void>("body.setAsync", (cb) => item.body.setAsync(next.body, { coercionType }, cb));
        // Written, but not all of it: the check that follows shows what is left, and the user is told.
        if (next.leftOver > 0) throw new ServiceError("fixPartial");
      } catch (error) {
        throw asServiceError(error, "fixFailed");
      }
    },
  };
}
