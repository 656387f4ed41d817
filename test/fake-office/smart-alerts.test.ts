/**
 * Smart Alerts: what each client would show after `event.completed(options)`,
 * from the documented options and their requirement sets, and the real send
 * handler's completions rendered that way on Mailbox 1.12 to 1.15 clients.
 */
import { describe, expect, it } from "vitest";
import { FakeOffice, composeItem, makeEvent, smartAlertsOutcome } from "../../src/fake-office";
import { loadLaunchEvents } from "../../src/fake-office/node-vm-launchevent";
import { TEST_PERSONNUMMER } from "../launchevent/test-numbers";

const full = {
  allowEvent: false,
  errorMessage: "Stoppat.",
  errorMessageMarkdown: "**Stoppat.**",
  cancelLabel: "Öppna Postvakt",
  commandId: "msgComposeOpenPaneButton",
};

describe("smartAlertsOutcome", () => {
  it("sends when the event is allowed, or completed without options", () => {
    expect(smartAlertsOutcome({ allowEvent: true }, { mailboxVersion: "1.15" })).toEqual({ kind: "sent" });
    expect(smartAlertsOutcome(undefined, { mailboxVersion: "1.15" })).toEqual({ kind: "sent" });
  });

  it("on 1.15 shows the Markdown text, a Take Action button with the custom label that opens the task pane, and Don't Send", () => {
    expect(smartAlertsOutcome(full, { mailboxVersion: "1.15" })).toEqual({
      kind: "dialog",
      text: "**Stoppat.**",
      format: "markdown",
      buttons: [
        { label: "Öppna Postvakt", action: "openTaskPane", commandId: "msgComposeOpenPaneButton" },
        { label: "Don't Send", action: "dontSend" },
      ],
      problems: [],
    });
  });

  it("on 1.14 falls back to the plain text and ignores the Markdown", () => {
    const shown = smartAlertsOutcome(full, { mailboxVersion: "1.14" });
    expect(shown).toMatchObject({ kind: "dialog", text: "Stoppat.", format: "text" });
    expect(shown.kind === "dialog" && shown.problems).toEqual(["errorMessageMarkdown needs Mailbox 1.15: ignored by this client"]);
  });

  it("on 1.12 and 1.13 shows only the text and Don't Send", () => {
    for (const mailboxVersion of ["1.12", "1.13"]) {
      const shown = smartAlertsOutcome(full, { mailboxVersion });
      expect(shown).toMatchObject({ kind: "dialog", text: "Stoppat.", buttons: [{ label: "Don't Send", action: "dontSend" }] });
    }
  });

  it("older classic builds and Mac relabel Don't Send, which then opens the task pane", () => {
    expect(smartAlertsOutcome(full, { mailboxVersion: "1.14", layout: "dontSendButton" })).toMatchObject({
      buttons: [{ label: "Öppna Postvakt", action: "openTaskPane", commandId: "msgComposeOpenPaneButton" }],
    });
  });

  it("adds Send Anyway for sendModeOverride promptUser (1.14) or a PromptUser manifest", () => {
    const prompt = smartAlertsOutcome({ allowEvent: false, errorMessage: "Varning", sendModeOverride: "promptUser" }, { mailboxVersion: "1.14" });
    expect(prompt.kind === "dialog" && prompt.buttons.map((b) => b.action)).toEqual(["sendAnyway", "dontSend"]);
    const older = smartAlertsOutcome({ allowEvent: false, errorMessage: "Varning", sendModeOverride: "promptUser" }, { mailboxVersion: "1.13" });
    expect(older.kind === "dialog" && older.buttons.map((b) => b.action)).toEqual(["dontSend"]);
    const manifest = smartAlertsOutcome({ allowEvent: false }, { mailboxVersion: "1.12", sendMode: "promptUser" });
    expect(manifest.kind === "dialog" && manifest.buttons.map((b) => b.action)).toEqual(["sendAnyway", "dontSend"]);
  });

  it("shows Outlook's default text without an errorMessage, and reports what Outlook would refuse or ignore", () => {
    const shown = smartAlertsOutcome(
      { allowEvent: false, errorMessage: "x".repeat(501), cancelLabel: "x".repeat(21), contextData: "{}" },
      { mailboxVersion: "1.15" },
    );
    expect(shown.kind === "dialog" && shown.problems).toEqual([
      "errorMessage is longer than 500 characters",
      "cancelLabel is longer than 20 characters",
      "contextData without commandId is ignored",
    ]);
    expect(smartAlertsOutcome({ allowEvent: false }, { mailboxVersion: "1.12", addInName: "Postvakt" })).toMatchObject({
      text: "Postvakt is preventing this email from being sent.",
    });
  });
});

describe("the built send handler, as each client shows it", () => {
  async function sendOn(mailboxVersion: string) {
    const office = new FakeOffice({ item: composeItem({ body: `Pnr ${TEST_PERSONNUMMER}`, to: ["extern@foretag.se"] }), mailboxVersion });
    loadLaunchEvents(office);
    const event = await office.launchEvents.fire("onMessageSendHandler");
    expect(event.calls).toHaveLength(1);
    return smartAlertsOutcome(event.calls[0]!.options, { mailboxVersion, addInName: "Postvakt" });
  }

  it.each([
    ["1.12", "text", ["dontSend"]],
    ["1.13", "text", ["dontSend"]],
    ["1.14", "text", ["openTaskPane", "dontSend"]],
    ["1.15", "markdown", ["openTaskPane", "dontSend"]],
  ] as const)("Mailbox %s: a %s dialog with %j, no option the client does not know", async (version, format, actions) => {
    const shown = await sendOn(version);
    if (shown.kind !== "dialog") throw new Error("expected a dialog");
    expect(shown.format).toBe(format);
    expect(shown.buttons.map((b) => b.action)).toEqual(actions);
    expect(shown.problems).toEqual([]);
    expect(shown.text).toContain("Postvakt");
  });

  it("records every completion with its time", () => {
    const event = makeEvent("onMessageSendHandler");
    event.completed({ allowEvent: true });
    event.completed();
    expect(event.calls.map((c) => c.options)).toEqual([{ allowEvent: true }, undefined]);
    expect(typeof event.calls[0]?.at).toBe("number");
  });
});
