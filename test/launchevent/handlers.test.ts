/**
 * The built dist/launchevent.js, driven through its registered handlers in a
 * bare vm context with the fake Office (src/fake-office; the vm runtime is
 * node-vm-launchevent.ts). The build bakes in the
 * "default" profile: no domains, so the user's own domain (mjolby.se here)
 * is internal; blockAt error, promptAt warning, onFailure allow, 3000 ms.
 */
import { describe, expect, it } from "vitest";
import defaultProfile from "../../src/core/profiles/builtin/default.json";
import { FakeOffice, composeItem, makeEvent, settle, type ComposeState, type FakeOfficeOptions, type MessageSketch } from "../../src/fake-office";
import { loadLaunchEvents, type LaunchEventRuntimeOptions } from "../../src/fake-office/node-vm-launchevent";
import { TEST_PERSONNUMMER, TEST_PERSONNUMMER_LONG, TEST_SAMORDNINGSNUMMER } from "./test-numbers";

const SEND = "onMessageSendHandler";
const RECIPIENTS = "onMessageRecipientsChangedHandler";
const COMPOSE = "onNewMessageComposeHandler";

const internalMail = {
  subject: "Möte",
  body: "Hej! Vi ses på mötet i morgon kl. 10 i rum 204.",
  to: ["kollega@mjolby.se", "chef@kommun.mjolby.se"],
};

const withPersonnummerToExternal = {
  subject: "Ärende",
  body: `Hej, gäller eleven med personnummer ${TEST_PERSONNUMMER}. Mvh`,
  to: ["kollega@mjolby.se", "extern@foretag.se"],
};

/** Every digit-run of the number, so a partially redacted form ("850101-••••") is caught too. */
function digitFragments(pnr: string): string[] {
  const digits = pnr.replace(/\D/g, "");
  const out: string[] = [];
  for (let i = 0; i + 2 <= digits.length; i++) out.push(digits.slice(i, i + 2));
  return out;
}

/** A compose item in classic Outlook with dist/launchevent.js loaded (manual timers). */
function classicOutlook(message: MessageSketch = {}, options: Omit<FakeOfficeOptions, "item"> & LaunchEventRuntimeOptions = {}) {
  const office = new FakeOffice({ ...options, item: composeItem(message) });
  const runtime = loadLaunchEvents(office, options);
  return { office, runtime, timers: runtime.timers! };
}

function text(options: Record<string, unknown> | undefined, key: string): string {
  const value = options?.[key];
  return typeof value === "string" ? value : "";
}

describe("dist/launchevent.js in a bare JavaScript context", () => {
  it("registers exactly the manifest's three handlers while the script itself runs", () => {
    const { office, runtime } = classicOutlook();
    expect([...office.launchEvents.associated].sort()).toEqual([COMPOSE, RECIPIENTS, SEND].sort());
    expect(Object.keys(runtime.context)).toEqual(expect.arrayContaining(["Office"]));
    expect(runtime.context).not.toHaveProperty("window");
    expect(runtime.context).not.toHaveProperty("document");
  });

  it("lets clean internal mail go at once, without touching notifications", async () => {
    const { office: outlook } = classicOutlook(internalMail);
    const event = await outlook.launchEvents.fire(SEND);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options).toEqual({ allowEvent: true });
    expect(outlook.calls).toContain("body.getAsync");
    expect(outlook.calls).not.toContain("body.getAsync(html)");
  });

  it("blocks a personnummer to an external recipient, saying what, why and what to do, without a digit of the number", async () => {
    const { office: outlook } = classicOutlook(withPersonnummerToExternal);
    const event = await outlook.launchEvents.fire(SEND);
    expect(event.calls).toHaveLength(1);
    const options = event.calls[0]?.options;
    expect(options?.allowEvent).toBe(false);
    const message = text(options, "errorMessage");
    const markdown = text(options, "errorMessageMarkdown");
    expect(message).toContain("ett personnummer");
    expect(message).toContain("en mottagare utanför kommunen");
    expect(message).toContain(defaultProfile.guidelines.personalData.quote.replace(/[.;:,]+$/, ""));
    expect(message).toMatch(/ta bort numret eller maskera det/);
    for (const rendered of [message, markdown]) {
      expect(rendered.length).toBeGreaterThan(0);
      expect(rendered.length).toBeLessThanOrEqual(500);
      expect(rendered).not.toMatch(/\d/);
      for (const fragment of digitFragments(TEST_PERSONNUMMER)) expect(rendered).not.toContain(fragment);
    }
    expect(markdown).toContain("**ett personnummer**");
    expect(options?.commandId).toBe("msgComposeOpenPaneButton");
    expect(text(options, "cancelLabel").length).toBeLessThanOrEqual(20);
    expect(options).not.toHaveProperty("sendModeOverride");
  });

  it("speaks English when Outlook's display language is not Swedish", async () => {
    const { office: outlook } = classicOutlook(withPersonnummerToExternal, { displayLanguage: "en-GB" });
    const event = await outlook.launchEvents.fire(SEND);
    const message = text(event.calls[0]?.options, "errorMessage");
    expect(message).toContain("Postvakt stopped this message");
    expect(message).toContain("one personal identity number");
    expect(message).toContain("one recipient outside the kommun");
    expect(message).not.toMatch(/\d/);
  });

  it("counts kinds separately (personnummer and samordningsnummer, long form too)", async () => {
    const { office: outlook } = classicOutlook({
      body: `Elev ${TEST_PERSONNUMMER}, vårdnadshavare ${TEST_PERSONNUMMER_LONG}, tolk ${TEST_SAMORDNINGSNUMMER}.`,
      to: ["a@foretag.se", "b@skola.example", "c@mjolby.se"],
    });
    const event = await outlook.launchEvents.fire(SEND);
    const message = text(event.calls[0]?.options, "errorMessage");
    expect(message).toContain("två personnummer och ett samordningsnummer");
    expect(message).toContain("två mottagare utanför kommunen");
    expect(message).toContain("ta bort numren eller maskera dem");
    expect(message).not.toMatch(/\d/);
  });

  it("blocks sensitive content to an external recipient with the lexicon built in", async () => {
    const { office: outlook } = classicOutlook({ body: "Bifogar utredningen, som är sekretessbelagd.", to: ["extern@foretag.se"] });
    const event = await outlook.launchEvents.fire(SEND);
    expect(event.calls[0]?.options?.allowEvent).toBe(false);
    expect(text(event.calls[0]?.options, "errorMessage")).toContain("innehåller ord som tyder på känsliga uppgifter och ska till en mottagare utanför kommunen");
    // The default profile names no secure channel: the general sentence.
    expect(text(event.calls[0]?.options, "errorMessage")).toContain("ta bort de känsliga uppgifterna eller skicka dem på ett sätt som kommunen har godkänt för känsliga uppgifter");
  });

  it("on a Mailbox 1.12 client blocks with plain text only (no 1.14/1.15 options)", async () => {
    const { office: outlook } = classicOutlook(withPersonnummerToExternal, { mailboxVersion: "1.12" });
    const event = await outlook.launchEvents.fire(SEND);
    const options = event.calls[0]?.options ?? {};
    expect(options.allowEvent).toBe(false);
    expect(Object.keys(options).sort()).toEqual(["allowEvent", "errorMessage"]);
  });

  it("asks 'send anyway?' for a prompt-level finding (internal personnummer) where the client can offer it, and lets it go where it cannot", async () => {
    const internalWithNumber = { body: `Personnummer ${TEST_PERSONNUMMER}`, to: ["kollega@mjolby.se"] };
    const modern = await classicOutlook(internalWithNumber, { mailboxVersion: "1.14" }).office.launchEvents.fire(SEND);
    expect(modern.calls[0]?.options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", commandId: "msgComposeOpenPaneButton" });
    expect(text(modern.calls[0]?.options, "errorMessage")).toContain("Postvakt varnar");
    const older = await classicOutlook(internalWithNumber, { mailboxVersion: "1.13" }).office.launchEvents.fire(SEND);
    expect(older.calls).toHaveLength(1);
    expect(older.calls[0]?.options).toEqual({ allowEvent: true });
  });

  it("completes the event once when body.getAsync fails (onFailure: allow)", async () => {
    const { office: outlook } = classicOutlook(withPersonnummerToExternal, { faults: { "body.getAsync": "fail" } });
    const event = await outlook.launchEvents.fire(SEND);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options).toEqual({ allowEvent: true });
  });

  it("completes the event once when an Office call throws, or the item itself cannot be had", async () => {
    for (const throwing of ["body.getAsync", "to.getAsync", "mailbox.item"]) {
      const { office: outlook } = classicOutlook(withPersonnummerToExternal, { faults: { [throwing]: "throw" } });
      const event = await outlook.launchEvents.fire(SEND);
      expect(event.calls, throwing).toHaveLength(1);
      expect(event.calls[0]?.options).toEqual({ allowEvent: true });
    }
  });

  it("completes the event once when Outlook calls back without a result", async () => {
    const { office: outlook } = classicOutlook(withPersonnummerToExternal, { faults: { "body.getAsync": "noResult" } });
    const event = await outlook.launchEvents.fire(SEND);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options).toEqual({ allowEvent: true });
  });

  it("completes via the profile's time budget when a call never answers, and not again when it finally does", async () => {
    const { office: outlook, timers } = classicOutlook(withPersonnummerToExternal, { faults: { "body.getAsync": "hang" } });
    const event = makeEvent(SEND);
    outlook.launchEvents.handlers.get(SEND)?.(event);
    await settle(() => false, 50);
    expect(event.calls).toHaveLength(0);
    expect(timers.pending()).toEqual([defaultProfile.send.timeBudgetMs]);
    timers.advance(defaultProfile.send.timeBudgetMs - 1);
    expect(event.calls).toHaveLength(0);
    timers.advance(1);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options).toEqual({ allowEvent: true });
    outlook.release();
    await settle(() => false, 50);
    expect(event.calls).toHaveLength(1);
  });

  it("decides on what it has when optional reads never answer, and says what it went without", async () => {
    const { office: outlook, timers } = classicOutlook(withPersonnummerToExternal, {
      faults: { "getAttachmentsAsync": "hang", "subject.getAsync": "hang", "body.getAsync(html)": "hang", "from.getAsync": "hang" },
    });
    const event = makeEvent(SEND);
    outlook.launchEvents.handlers.get(SEND)?.(event);
    await settle(() => false, 50);
    expect(event.calls).toHaveLength(0);
    // Each optional read has its own deadline, well inside the budget.
    timers.advance(Math.floor(defaultProfile.send.timeBudgetMs * 0.6));
    await settle(() => event.calls.length > 0);
    expect(event.calls).toHaveLength(1);
    const options = event.calls[0]?.options;
    expect(options?.allowEvent).toBe(false);
    expect(text(options, "errorMessage")).toContain("ett personnummer");
    expect(text(options, "errorMessage")).toContain("Postvakt hann inte läsa ämnesraden och bilagornas namn och granskade resten.");
    outlook.release();
    await settle(() => false, 50);
    expect(event.calls).toHaveLength(1);
  });

  it("clears its time budget once the check is done", async () => {
    const { office: outlook, timers } = classicOutlook(withPersonnummerToExternal);
    await outlook.launchEvents.fire(SEND);
    expect(timers.pending()).toEqual([]);
  });

  it("still loads and completes where the runtime has no timers", async () => {
    const { office: outlook } = classicOutlook(withPersonnummerToExternal, { timers: "none" });
    const event = await outlook.launchEvents.fire(SEND);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options?.allowEvent).toBe(false);
  });

  it("runs the same in a modern global scope (built-ins not removed)", async () => {
    const { office: outlook } = classicOutlook(withPersonnummerToExternal, { es2016: false });
    const event = await outlook.launchEvents.fire(SEND);
    expect(event.calls[0]?.options?.allowEvent).toBe(false);
  });
});

describe("live hints", () => {
  it("shows an external-recipient bar naming the address, and takes it down when the recipient goes", async () => {
    const { office: outlook } = classicOutlook({ body: "Hej", to: ["kollega@mjolby.se", "extern@foretag.se"] });
    const first = await outlook.launchEvents.fire(RECIPIENTS);
    expect(first.calls).toHaveLength(1);
    const bar = outlook.notifications.get("postvakt-external");
    expect(bar?.message).toBe("Mottagare utanför kommunen: extern@foretag.se");
    expect(bar?.type).toBe("insightMessage");
    expect(bar?.actions?.[0]).toMatchObject({ actionType: "showTaskPane", commandId: "msgComposeOpenPaneButton", actionText: "Öppna Postvakt" });
    expect(outlook.notifications.has("postvakt-identity")).toBe(false);

    outlook.editCompose({ to: [{ emailAddress: "kollega@mjolby.se" }] });
    const second = await outlook.launchEvents.fire(RECIPIENTS);
    expect(second.calls).toHaveLength(1);
    expect(outlook.notifications.has("postvakt-external")).toBe(false);
  });

  it("replaces rather than piles up: many changes leave one bar per kind, within Outlook's five", async () => {
    const { office: outlook } = classicOutlook({ body: `Personnummer ${TEST_PERSONNUMMER}`, to: [] });
    for (let i = 0; i < 8; i++) {
      outlook.editCompose({ to: [...(outlook.state as ComposeState).to, { emailAddress: `person${i}@extern${i}.se` }] });
      const event = await outlook.launchEvents.fire(RECIPIENTS);
      expect(event.calls).toHaveLength(1);
    }
    expect([...outlook.notifications.keys()].sort()).toEqual(["postvakt-external", "postvakt-identity"]);
    const external = outlook.notifications.get("postvakt-external")?.message ?? "";
    expect(external.length).toBeLessThanOrEqual(150);
    expect(external).toMatch(/^Mottagare utanför kommunen: person0@extern0\.se, .* och \S+ till$/);
  });

  it("warns about an identity number already in the body, with no digit of it", async () => {
    const { office: outlook } = classicOutlook({ body: `Se ${TEST_PERSONNUMMER} och ${TEST_PERSONNUMMER_LONG}`, to: ["kollega@mjolby.se"] });
    await outlook.launchEvents.fire(RECIPIENTS);
    const bar = outlook.notifications.get("postvakt-identity");
    expect(bar?.message).toBe("Meddelandet innehåller två personnummer. Ta bort eller maskera dem innan du skickar.");
    expect(bar?.message).not.toMatch(/\d/);
  });

  it("counts a number in the subject too", async () => {
    const { office: outlook } = classicOutlook({ subject: `Ang. ${TEST_PERSONNUMMER}`, body: "Se ämnesraden.", to: ["kollega@mjolby.se"] });
    await outlook.launchEvents.fire(RECIPIENTS);
    expect(outlook.notifications.get("postvakt-identity")?.message).toBe("Meddelandet innehåller ett personnummer. Ta bort eller maskera det innan du skickar.");
  });

  it("falls back to a plain informational bar on a client without insight bars", async () => {
    const { office: outlook } = classicOutlook({ body: "Hej", to: ["extern@foretag.se"] }, { mailboxVersion: "1.9" });
    await outlook.launchEvents.fire(RECIPIENTS);
    expect(outlook.notifications.get("postvakt-external")).toMatchObject({ type: "informationalMessage", persistent: false, icon: "Icon.16x16" });
  });

  it("completes once even when reading the recipients fails", async () => {
    const { office: outlook } = classicOutlook({ body: "Hej", to: ["extern@foretag.se"] }, { faults: { "to.getAsync": "fail" } });
    const event = await outlook.launchEvents.fire(RECIPIENTS);
    expect(event.calls).toHaveLength(1);
    expect(outlook.notifications.size).toBe(0);
  });

  it("completes once via the time budget when the body never arrives, and leaves the item alone afterwards", async () => {
    const { office: outlook, timers } = classicOutlook({ body: `Se ${TEST_PERSONNUMMER}`, to: ["extern@foretag.se"] }, { faults: { "body.getAsync": "hang" } });
    const event = makeEvent(RECIPIENTS);
    outlook.launchEvents.handlers.get(RECIPIENTS)?.(event);
    await settle(() => false, 50);
    timers.advance(defaultProfile.send.timeBudgetMs);
    expect(event.calls).toHaveLength(1);
    outlook.release();
    await settle(() => false, 50);
    expect(event.calls).toHaveLength(1);
    expect(outlook.notifications.size).toBe(0);
  });
});

describe("onNewMessageComposeHandler", () => {
  it("completes exactly once on a new message", async () => {
    const { office: outlook } = classicOutlook({ body: "", to: [] });
    const event = await outlook.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options).toBeUndefined();
  });

  it("puts up the hints for a reply that arrives with an identity number and an external recipient", async () => {
    const { office: outlook } = classicOutlook({ body: `\n\nFrån: extern@foretag.se\nGäller ${TEST_PERSONNUMMER}`, to: ["extern@foretag.se"] });
    const event = await outlook.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect([...outlook.notifications.keys()].sort()).toEqual(["postvakt-external", "postvakt-identity"]);
  });

  it("completes once when everything fails", async () => {
    const { office: outlook } = classicOutlook({ body: "x", to: ["extern@foretag.se"] }, { faults: { "mailbox.item": "throw" } });
    const event = await outlook.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
  });
});
