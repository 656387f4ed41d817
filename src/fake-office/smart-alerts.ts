/**
 * Event-based activation: `Office.actions.associate(name, handler)` and the
 * `MailboxEvent` a handler gets, whose `completed(options)` the fake records.
 * For OnMessageSend (Smart Alerts, Mailbox 1.12) `smartAlertsOutcome` says
 * what the user would see, per client version, from the documented options:
 *
 *  - `allowEvent` (1.12): true sends; false stops the message with a dialog;
 *  - `errorMessage` (1.12, ≤ 500 characters): the dialog's text; without it
 *    Outlook shows "<add-in name> is preventing this email from being sent.";
 *  - `errorMessageMarkdown` (1.15, ≤ 500): shown instead where supported;
 *  - `cancelLabel` (1.14, ≤ 20) and `commandId` (1.14): a button that opens
 *    the task pane. Web, new Outlook and classic Outlook from Version 2412
 *    show it as a "Take Action" button beside "Don't Send" (only with a
 *    `commandId`); earlier classic builds and Mac relabel "Don't Send";
 *  - `contextData` (1.14): passed to the task pane; ignored without `commandId`;
 *  - `sendModeOverride: "promptUser"` (1.14): adds "Send Anyway".
 *
 * Options from a set the client lacks are ignored, as such clients do not
 * know them. The manifest's SendMode gives the dialog's buttons otherwise
 * (PromptUser adds "Send Anyway"; SoftBlock and Block do not).
 */
import { later } from "./async";
import { compareVersions } from "./requirements";

export const SMART_ALERTS_LIMITS = { errorMessage: 500, errorMessageMarkdown: 500, cancelLabel: 20 } as const;

export interface CompletedCall {
  readonly options: Record<string, unknown> | undefined;
  /** Date.now() when it was called. */
  readonly at: number;
}

/** The `event` argument of a launch-event handler. */
export interface FakeMailboxEvent {
  readonly type: string;
  completed(options?: Record<string, unknown>): void;
  /** Every `completed` call, in order (Outlook acts on the first). */
  readonly calls: CompletedCall[];
}

export function makeEvent(type: string): FakeMailboxEvent {
  const calls: CompletedCall[] = [];
  return {
    type,
    calls,
    completed(options?: Record<string, unknown>) {
      calls.push({ options, at: Date.now() });
    },
  };
}

type LaunchHandler = (event: FakeMailboxEvent) => unknown;

/** Waits (turn by turn) until `done()` or `ms` of real time passes, then a few more turns so a second completion would show. */
export async function settle(done: () => boolean, ms = 2000): Promise<void> {
  const turn = () => new Promise<void>((resolve) => later(resolve));
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await turn();
  for (let i = 0; i < 20; i++) await turn();
}

/** What `Office.actions.associate` registered. */
export class LaunchEvents {
  /** Names in the order they were associated. */
  readonly associated: string[] = [];
  readonly handlers = new Map<string, LaunchHandler>();

  associate(name: string, handler: LaunchHandler): void {
    this.associated.push(name);
    this.handlers.set(name, handler);
  }

  /**
   * Fires the event at the handler associated as `name` and waits until it
   * completes (or `waitMs` of real time passes). A handler that throws or
   * rejects is not an Office matter: the event simply stays incomplete.
   */
  async fire(name: string, waitMs = 2000): Promise<FakeMailboxEvent> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no handler associated as ${name}`);
    const event = makeEvent(name);
    handler(event);
    await settle(() => event.calls.length > 0, waitMs);
    return event;
  }
}

export type SendMode = "promptUser" | "softBlock" | "block";

export interface SmartAlertsClient {
  /** The client's Mailbox version ("1.12" and later have Smart Alerts). */
  readonly mailboxVersion: string;
  /** The manifest's SendMode (default softBlock). */
  readonly sendMode?: SendMode;
  /** How the client lays out the task-pane button (see above); default "takeAction". */
  readonly layout?: "takeAction" | "dontSendButton";
  /** The add-in's display name, for the default message. */
  readonly addInName?: string;
}

export interface SmartAlertsButton {
  readonly label: string;
  readonly action: "dontSend" | "sendAnyway" | "openTaskPane";
  readonly commandId?: string;
  readonly contextData?: unknown;
}

export type SmartAlertsOutcome =
  | { readonly kind: "sent" }
  | {
      readonly kind: "dialog";
      readonly text: string;
      readonly format: "text" | "markdown";
      readonly buttons: readonly SmartAlertsButton[];
      /** Options Outlook would refuse or ignore: too long, unknown to this client, contextData without commandId. */
      readonly problems: readonly string[];
    };

/** What the user sees after `event.completed(options)` of an OnMessageSend handler. */
export function smartAlertsOutcome(options: Record<string, unknown> | undefined, client: SmartAlertsClient): SmartAlertsOutcome {
  const at = (version: string) => compareVersions(version, client.mailboxVersion) <= 0;
  const o = options ?? {};
  if (o.allowEvent !== false) return { kind: "sent" };
  const problems: string[] = [];
  const option = (name: string, since: string): unknown => {
    if (o[name] === undefined) return undefined;
    if (!at(since)) {
      problems.push(`${name} needs Mailbox ${since}: ignored by this client`);
      return undefined;
    }
    return o[name];
  };
  const text = (name: "errorMessage" | "errorMessageMarkdown" | "cancelLabel", since: string): string | undefined => {
    const value = option(name, since);
    if (value === undefined) return undefined;
    if (typeof value !== "string") {
      problems.push(`${name} is not a string`);
      return undefined;
    }
    if (value.length > SMART_ALERTS_LIMITS[name]) problems.push(`${name} is longer than ${SMART_ALERTS_LIMITS[name]} characters`);
    return value;
  };
  const plain = text("errorMessage", "1.12");
  const markdown = text("errorMessageMarkdown", "1.15");
  const cancelLabel = text("cancelLabel", "1.14");
  const commandId = option("commandId", "1.14");
  const contextData = option("contextData", "1.14");
  const override = option("sendModeOverride", "1.14");
  if (contextData !== undefined && commandId === undefined) problems.push("contextData without commandId is ignored");
  if (override !== undefined && override !== "promptUser") problems.push(`sendModeOverride ${String(override)} is not supported`);

  const buttons: SmartAlertsButton[] = [];
  const pane = typeof commandId === "string" && commandId !== "" ? { commandId, ...(contextData !== undefined ? { contextData } : {}) } : undefined;
  if ((client.layout ?? "takeAction") === "takeAction") {
    if (pane) buttons.push({ label: cancelLabel ?? "Take Action", action: "openTaskPane", ...pane });
    buttons.push({ label: "Don't Send", action: "dontSend" });
  } else {
    buttons.push(pane ? { label: cancelLabel ?? "Don't Send", action: "openTaskPane", ...pane } : { label: cancelLabel ?? "Don't Send", action: "dontSend" });
  }
  if (override === "promptUser" || (override === undefined && client.sendMode === "promptUser")) buttons.unshift({ label: "Send Anyway", action: "sendAnyway" });

  const useMarkdown = markdown !== undefined && markdown !== "";
  return {
    kind: "dialog",
    text: useMarkdown ? markdown : plain || `${client.addInName ?? "The add-in"} is preventing this email from being sent.`,
    format: useMarkdown ? "markdown" : "text",
    buttons,
    problems,
  };
}
