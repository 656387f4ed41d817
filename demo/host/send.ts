/**
 * The demo's Send button. Outlook runs the add-in's OnMessageSend handler
 * (Smart Alerts) before a message leaves; here the host page defines a fake
 * `Office` global whose `actions.associate` records handlers, loads the built
 * launchevent.js, and Send calls "onMessageSendHandler" with an event whose
 * `completed(options)` reports the outcome.
 */
import { COERCION, EVENTS, STATUS, type FakeMailbox } from "../../test/office/fake-mailbox";

export const SEND_HANDLER = "onMessageSendHandler";
/** How long Send waits for event.completed() before giving up (Outlook shows "taking longer" at 5 s). */
export const SEND_TIMEOUT_MS = 10_000;

export type SendOutcome =
  | { readonly kind: "sent" }
  | { readonly kind: "blocked"; readonly message: string }
  | { readonly kind: "noHandler" }
  | { readonly kind: "timeout" }
  | { readonly kind: "failed" };

type Handler = (event: unknown) => unknown;

const handlers = new Map<string, Handler>();

/** Installs the fake Office global and loads launchevent.js; resolves when the script has run (or failed to load). */
export function loadSendHandlers(mailbox: FakeMailbox): Promise<void> {
  const globals = window as unknown as { Office?: unknown };
  globals.Office = {
    actions: {
      associate(name: string, handler: Handler) {
        handlers.set(name, handler);
      },
    },
    get context() {
      return mailbox.context;
    },
    AsyncResultStatus: STATUS,
    CoercionType: COERCION,
    EventType: EVENTS,
    MailboxEnums: {
      ItemNotificationMessageType: { InformationalMessage: "informationalMessage", ErrorMessage: "errorMessage", ProgressIndicator: "progressIndicator", InsightMessage: "insightMessage" },
      SendModeOverride: { PromptUser: "promptUser" },
      ComposeType: { NewMail: "newMail", Reply: "reply", Forward: "forward" },
    },
    onReady: () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }),
  };
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = "launchevent.js";
    script.onload = () => resolve();
    script.onerror = () => resolve();
    document.head.appendChild(script);
  });
}

export function hasSendHandler(): boolean {
  return handlers.has(SEND_HANDLER);
}

/** Runs the send check the way Outlook does and reports the outcome. */
export function runSendCheck(profileId: string): Promise<SendOutcome> {
  const handler = handlers.get(SEND_HANDLER);
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
    const event = {
      completed(options?: { allowEvent?: boolean; errorMessage?: string }) {
        if (options?.allowEvent === false) finish({ kind: "blocked", message: options.errorMessage ?? "" });
        else finish({ kind: "sent" });
      },
    };
    try {
      const result = handler(event) as { catch?: (f: () => void) => void } | undefined;
      result?.catch?.(() => finish({ kind: "failed" }));
    } catch {
      finish({ kind: "failed" });
    }
  });
}
