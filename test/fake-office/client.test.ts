/**
 * The simulated client: requirement sets, the Office global, item switching,
 * notifications, roaming settings and setSignatureAsync limits.
 */
import { describe, expect, it } from "vitest";
import {
  FakeOffice,
  OFFICE_ERRORS,
  ROAMING_SETTINGS_LIMIT,
  SET_SIGNATURE_LIMIT,
  composeItem,
  htmlToText,
  installOfficeGlobal,
  readItem,
  textToHtml,
  withSignature,
} from "../../src/fake-office";
import { result, thrown, type Loose } from "./helpers";

const incoming = () => readItem({ subject: "Fråga", body: "Hej!", from: { emailAddress: "per@exempelpost.se", displayName: "Per" }, to: ["kommun@mjolby.se"] });

describe("requirement sets", () => {
  it("supports Mailbox up to 1.15 by default and up to the version chosen", () => {
    const f = new FakeOffice();
    expect(f.isSetSupported("Mailbox", "1.15")).toBe(true);
    expect(f.isSetSupported("Mailbox", "1.16")).toBe(false);
    expect(f.isSetSupported("mailbox")).toBe(true);
    expect(f.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
    const old = new FakeOffice({ mailboxVersion: "1.9" });
    expect(old.context.requirements.isSetSupported("Mailbox", "1.10")).toBe(false);
    expect(old.context.requirements.isSetSupported("Mailbox", "1.9")).toBe(true);
  });

  it("supports other sets only where told, up to their version", () => {
    const naa = new FakeOffice({ requirementSets: { NestedAppAuth: "1.1" } });
    expect(naa.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(true);
    expect(naa.context.requirements.isSetSupported("nestedappauth")).toBe(true);
    expect(naa.context.requirements.isSetSupported("NestedAppAuth", "1.2")).toBe(false);
    expect(naa.context.requirements.isSetSupported("IdentityAPI", "1.3")).toBe(false);
    expect(naa.isSetSupported("Mailbox", "1.15")).toBe(true);
    // The Mailbox version stays the client's own.
    expect(new FakeOffice({ mailboxVersion: "1.9", requirementSets: { Mailbox: "1.15" } }).isSetSupported("Mailbox", "1.10")).toBe(false);
  });

  it("leaves methods of later sets off the objects, as an older client does", () => {
    const old = new FakeOffice({ item: composeItem(), mailboxVersion: "1.9" });
    const item = old.mailbox.item as Loose;
    expect(item.body.setSignatureAsync).toBeUndefined();
    expect(item.getComposeTypeAsync).toBeUndefined();
    expect(item.delayDeliveryTime).toBeUndefined();
    expect(typeof item.getAttachmentsAsync).toBe("function");
    expect((old.mailbox as Loose).getSelectedItemsAsync).toBeUndefined();
    expect(typeof (old.mailbox as Loose).displayNewMessageFormAsync).toBe("function");
    const older = new FakeOffice({ item: incoming(), mailboxVersion: "1.4" });
    expect((older.mailbox as Loose).addHandlerAsync).toBeUndefined();
    expect((older.mailbox.item as Loose).getAllInternetHeadersAsync).toBeUndefined();
    expect((older.mailbox as Loose).displayNewMessageForm).toBeUndefined();
  });
});

describe("the Office global", () => {
  it("has the enums, the context and actions.associate, and installs and uninstalls itself", async () => {
    const f = new FakeOffice({ displayLanguage: "en-GB" });
    const scope: Record<string, unknown> = {};
    const uninstall = installOfficeGlobal(f, scope);
    const office = scope.Office as Loose;
    expect(office.CoercionType.Html).toBe("html");
    expect(office.EventType.ItemChanged).toBe("olkItemSelectedChanged");
    expect(office.EventType.SelectedItemsChanged).toBe("olkSelectedItemsChanged");
    expect(office.MailboxEnums.SendModeOverride.PromptUser).toBe("promptUser");
    expect(office.MailboxEnums.RestVersion.v2_0).toBe("v2.0");
    expect(office.context.displayLanguage).toBe("en-GB");
    expect(await office.onReady()).toEqual({ host: "Outlook", platform: "OfficeOnline" });
    office.actions.associate("onMessageSendHandler", () => undefined);
    expect(f.launchEvents.associated).toEqual(["onMessageSendHandler"]);
    uninstall();
    expect(scope).not.toHaveProperty("Office");
  });

  it("gives the user profile, without a display name when Outlook has none", () => {
    expect(new FakeOffice().mailbox.userProfile).toEqual({ emailAddress: "handlaggare@mjolby.se", displayName: "Anna Handläggare" });
    expect(new FakeOffice({ user: { emailAddress: "registrator@mjolby.se", displayName: null } }).mailbox.userProfile).toEqual({ emailAddress: "registrator@mjolby.se" });
  });
});

describe("the selected item", () => {
  it("switches on select, with a new item object, and raises ItemChanged later", async () => {
    const f = new FakeOffice({ item: composeItem({ subject: "Utkast" }) });
    const first = f.mailbox.item;
    const seen: unknown[] = [];
    await result((cb) => (f.mailbox as Loose).addHandlerAsync("olkItemSelectedChanged", (args: unknown) => seen.push(args), cb));
    f.selectItem(incoming());
    expect(seen).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([{ type: "olkItemSelectedChanged" }]);
    expect(f.mailbox.item).not.toBe(first);
    expect((f.mailbox.item as Loose).subject).toBe("Fråga");
    f.selectItem(null);
    expect(f.mailbox.item).toBeNull();
  });

  it("refuses an event type the client does not raise", async () => {
    const f = new FakeOffice({ item: composeItem() });
    expect((await result((cb) => (f.mailbox as Loose).addHandlerAsync("olkRecipientsChanged", () => undefined, cb)))?.error).toEqual(OFFICE_ERRORS.InvalidParameter);
  });

  it("raises RecipientsChanged on the compose item when the user edits a recipient field", async () => {
    const f = new FakeOffice({ item: composeItem({ to: ["a@mjolby.se"] }) });
    const seen: Loose[] = [];
    await result((cb) => (f.mailbox.item as Loose).addHandlerAsync("olkRecipientsChanged", (args: unknown) => seen.push(args), cb));
    f.editCompose({ subject: "Nytt" });
    f.editCompose({ cc: [{ emailAddress: "b@exempel.se" }] });
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toHaveLength(1);
    expect(seen[0].changedRecipientFields).toMatchObject({ to: false, cc: true, bcc: false });
  });
});

describe("notification bars", () => {
  const info = (message = "Hej") => ({ type: "informationalMessage", message, icon: "Icon.16x16", persistent: false });

  it("allows five per item; a sixth fails with NumberOfNotificationsExceeded, a replace of a shown one still works", async () => {
    const f = new FakeOffice({ item: composeItem() });
    const bars = (f.mailbox.item as Loose).notificationMessages;
    for (let i = 0; i < 5; i++) expect((await result((cb) => bars.addAsync(`k${i}`, info(), cb)))?.status).toBe("succeeded");
    expect((await result((cb) => bars.addAsync("k5", info(), cb)))?.error).toEqual(OFFICE_ERRORS.NumberOfNotificationsExceeded);
    expect((await result((cb) => bars.replaceAsync("k0", info("Ny text"), cb)))?.status).toBe("succeeded");
    expect(f.notifications.get("k0")?.message).toBe("Ny text");
    expect(((await result((cb) => bars.getAllAsync(cb)))?.value as unknown[]).length).toBe(5);
  });

  it("fails a duplicate add and the removal of an unknown key with Outlook's errors", async () => {
    const f = new FakeOffice({ item: composeItem() });
    const bars = (f.mailbox.item as Loose).notificationMessages;
    await result((cb) => bars.addAsync("k", info(), cb));
    expect((await result((cb) => bars.addAsync("k", info(), cb)))?.error).toEqual(OFFICE_ERRORS.DuplicateNotificationKey);
    expect((await result((cb) => bars.removeAsync("k", cb)))?.status).toBe("succeeded");
    expect((await result((cb) => bars.removeAsync("k", cb)))?.error).toEqual(OFFICE_ERRORS.NotificationKeyNotFound);
  });

  it("throws, as office.js does, on a message over 150 characters, a missing icon or persistent, or an insight bar before Mailbox 1.10", () => {
    const f = new FakeOffice({ item: composeItem() });
    const bars = (f.mailbox.item as Loose).notificationMessages;
    expect(thrown(() => bars.addAsync("k", info("x".repeat(151))))?.name).toBe("Sys.ArgumentOutOfRangeException");
    expect(thrown(() => bars.addAsync("k", { type: "informationalMessage", message: "x", persistent: false }))?.name).toBe("Sys.ArgumentException");
    expect(thrown(() => bars.addAsync("k", { type: "informationalMessage", message: "x", icon: "i" }))?.name).toBe("Sys.ArgumentNullException");
    expect(thrown(() => bars.addAsync("k".repeat(33), info()))?.name).toBe("Sys.ArgumentOutOfRangeException");
    const insight = { type: "insightMessage", message: "x", icon: "i", actions: [{ actionType: "showTaskPane", actionText: "Öppna", commandId: "pane" }] };
    expect(thrown(() => bars.addAsync("k", insight))).toBeUndefined();
    expect(thrown(() => bars.addAsync("k2", { ...insight, persistent: false }))?.name).toBe("Sys.ArgumentException");
    const old = new FakeOffice({ item: composeItem(), mailboxVersion: "1.9" });
    expect(thrown(() => (old.mailbox.item as Loose).notificationMessages.addAsync("k", insight))?.name).toBe("Sys.ArgumentException");
    expect(f.calls).toEqual(["notificationMessages.addAsync"]);
  });

  it("keeps bars per item", async () => {
    const f = new FakeOffice({ item: composeItem() });
    await result((cb) => (f.mailbox.item as Loose).notificationMessages.addAsync("k", info(), cb));
    f.selectItem(composeItem());
    expect(f.notifications.size).toBe(0);
  });
});

describe("roaming settings", () => {
  it("saves what was set, and fails with 9019 GenericSettingsError past 32 KB serialised, saving nothing", async () => {
    const f = new FakeOffice({ roaming: { a: 1 } });
    const settings = f.roamingSettings as Loose;
    settings.set("b", { c: [1, 2] });
    expect(f.savedRoaming).toEqual({ a: 1 });
    expect((await result((cb) => settings.saveAsync(cb)))?.status).toBe("succeeded");
    expect(f.savedRoaming).toEqual({ a: 1, b: { c: [1, 2] } });
    settings.set("big", "x".repeat(ROAMING_SETTINGS_LIMIT));
    expect((await result((cb) => settings.saveAsync(cb)))?.error).toEqual(OFFICE_ERRORS.GenericSettingsError);
    expect(f.savedRoaming).not.toHaveProperty("big");
    settings.remove("big");
    expect(settings.get("big")).toBeUndefined();
  });
});

describe("body.setSignatureAsync (Mailbox 1.10)", () => {
  it("sets the signature in a <div id=\"Signature\"> above quoted history, replacing it the next time", async () => {
    const f = new FakeOffice({ item: composeItem({ html: '<html><body><div>Hej</div><div id="divRplyFwdMsg">Från: x</div></body></html>' }) });
    const body = (f.mailbox.item as Loose).body;
    await result((cb) => body.setSignatureAsync("<b>Anna</b>", { coercionType: "html" }, cb));
    await result((cb) => body.setSignatureAsync("<b>Lisa</b>", { coercionType: "html" }, cb));
    const html = (f.state as Loose).bodyHtml as string;
    expect(html).toContain('<div id="Signature"><b>Lisa</b></div><div id="divRplyFwdMsg">');
    expect(html).not.toContain("Anna");
    expect((await result((cb) => body.getAsync("text", cb)))?.value).toBe("Hej\nLisa\nFrån: x");
    expect(f.signatureSets).toEqual([
      { data: "<b>Anna</b>", coercionType: "html" },
      { data: "<b>Lisa</b>", coercionType: "html" },
    ]);
  });

  it("throws over 30,000 characters and fails Html on a plain-text body with InvalidFormatError", async () => {
    const f = new FakeOffice({ item: composeItem({ bodyType: "text" }) });
    const body = (f.mailbox.item as Loose).body;
    expect(thrown(() => body.setSignatureAsync("x".repeat(SET_SIGNATURE_LIMIT + 1), { coercionType: "text" }))?.name).toBe("Sys.ArgumentOutOfRangeException");
    expect((await result((cb) => body.setSignatureAsync("x", { coercionType: "html" }, cb)))?.error).toEqual(OFFICE_ERRORS.InvalidFormatError);
    expect((await result((cb) => body.setSignatureAsync("x", { coercionType: "text" }, cb)))?.status).toBe("succeeded");
  });
});

describe("the body conversions without a DOM", () => {
  it("turn Outlook's <div> lines into text lines and back, entities decoded, head and style skipped", () => {
    expect(htmlToText(textToHtml("Hej,\n\nvi ses & hörs"))).toBe("Hej,\n\nvi ses & hörs");
    expect(htmlToText("<html><head><style>p{}</style></head><body><p>a&nbsp;b</p>c<br>d</body></html>")).toBe("a b\nc\nd");
    expect(withSignature("<html><body><div>x</div></body></html>", "S")).toBe('<html><body><div>x</div><div id="Signature">S</div></body></html>');
    expect(withSignature('<div id="Signature"><div>old</div></div><div>y</div>', "new")).toBe('<div id="Signature">new</div><div>y</div>');
  });
});
