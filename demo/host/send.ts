/**
 * The demo's Send button. Outlook runs the add-in's OnMessageSend handler
 * (Smart Alerts) before a message leaves; here the host page gets the fake
 * `Office` global of src/fake-office (its `actions.associate` records the
 * handlers), loads the built launchevent.js, and Send fires
 * "onMessageSendHandler" with a recorded MailboxEvent. What the user then
 * sees comes from the fake's Smart Alerts model for this client's Mailbox
 * version and the manifest's SendMode (SoftBlock).
 */
import { installOfficeGlobal, makeEvent, smartAlertsOutcome, type FakeOffice, type SmartAlertsButton } from "../../src/fake-office";

export const SEND_HANDLER = "onMessageSendHandler";
/** How long Send waits for event.completed() before giving up (Outlook shows "taking longer" at 5 s). */
export const SEND_TIMEOUT_MS = 10_000;

export type SendOutcome =
  | { readonly kind: "sent" }
  /** The client runs no add-in at Send (before Mailbox 1.12): the message goes unchecked. */
  | { readonly kind: "unchecked" }
  | { readonly kind: "blocked"; readonly message: string; readonly format: "text" | "markdown"; readonly buttons: readonly SmartAlertsButton[] }
  | { readonly kind: "noHandler" }
  | { readonly kind: "timeout" }
  | { readonly kind: "failed" };

/** Installs the fake Office global and loads launchevent.js; resolves when the script has run (or failed to load). */
export function loadSendHandlers(mailbox: FakeOffice): Promise<void> {
  installOfficeGlobal(mailbox, window);
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = "launchevent.js";
    script.onload = () => resolve();
    script.onerror = () => resolve();
    document.head.appendChild(script);
  });
}

export function hasSendHandler(mailbox: FakeOffice): boolean {
  return mailbox.launchEvents.handlers.has(SEND_HANDLER);
}

/** Runs the send check the way Outlook does and reports what the user would see. */
export function runSendCheck(mailbox: FakeOffice, profileId: string, mailboxVersion: string): Promise<SendOutcome> {
  if (!mailbox.isSetSupported("Mailbox", "1.12")) return Promise.resolve({ kind: "unchecked" });
  const handler = mailbox.launchEvents.handlers.get(SEND_HANDLER);
  if (!handler) return Promise.resolve({ kind: "noHandler" });
  // The demo build of launchevent.js reads this, so Send uses the profile the switcher shows.
  (window as unknown as { postvaktDemoProfile?: string }).postvaktDemoProfile = profileId;
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: SendOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: "timeout" }), SEND_TIMEOUT_MS);
    const event = makeEvent(SEND_HANDLER);
    const completed = event.completed.bind(event);
    event.completed = (options) => {
      completed(options);
      const shown = smartAlertsOutcome(options, { mailboxVersion, sendMode: "softBlock", addInName: "Postvakt" });
      finish(shown.kind === "sent" ? { kind: "sent" } : { kind: "blocked", message: shown.text, format: shown.format, buttons: shown.buttons });
    };
    try {
      const result = handler(event) as { catch?: (f: () => void) => void } | undefined;
      result?.catch?.(() => finish({ kind: "failed" }));
    } catch {
      finish({ kind: "failed" });
    }
  });
}
