/**
 * The Office side of the diary feature: opening the message to the registrar
 * (displayNewMessageFormAsync with the item attached), the receipt
 * (displayReplyFormAsync), the category, copying, the bar on the item, the
 * remembered choices, the shared mailbox's owner and the arrival time.
 *
 * test/office/fake-mailbox.ts has none of these calls (and is being rebuilt
 * elsewhere), so these tests run against a small stub of the documented
 * shapes below: async methods call back later with
 * `{ status, value, error: { name, code, message } }`.
 */
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { NewMessageAction, ReplyAction } from "../../src/core";
import { createOfficeActions, fitted } from "../../src/office/actions";
import { createOfficeDiaryService } from "../../src/office/diary-service";
import { DIARY_SETTINGS_KEY, loadDiaryPreferences, parseDiarySettings, saveDiaryPreferences } from "../../src/office/diary-settings";
import { DIARY_BAR_KEY, clearDiaryBar, showDiaryBar } from "../../src/office/item-bar";
import { arrivalOf, readItem } from "../../src/office/read-item";
import { PostvaktError, type FailureKind } from "../../src/ports";
import { FakeOffice, installOfficeGlobal } from "../../src/fake-office";

type Callback = (result: unknown) => void;
interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
}

interface StubOptions {
  version?: string;
  itemId?: string | undefined;
  fail?: Record<string, { name: string; code: number }>;
  /** Categories the mailbox's list has. */
  masterList?: string[];
  shared?: { owner: string } | "none";
  dateTimeCreated?: Date;
  syncOnly?: boolean;
}

/** Builds the Office global around one read item; returns the calls made. */
function installStub(options: StubOptions = {}) {
  const calls: Call[] = [];
  const version = options.version ?? "1.13";
  const fail = options.fail ?? {};
  const later = (name: string, args: unknown[], value: unknown = undefined) => {
    calls.push({ name, args: args.filter((a) => typeof a !== "function") });
    const cb = args.find((a) => typeof a === "function") as Callback | undefined;
    const error = fail[name];
    setTimeout(() => cb?.(error ? { status: "failed", error: { ...error, message: "" } } : { status: "succeeded", value }), 0);
  };
  const roaming: Record<string, unknown> = {};
  const item = {
    itemType: "message",
    ...(options.itemId === undefined && "itemId" in options ? {} : { itemId: options.itemId ?? "AAMkAGI2item=" }),
    subject: "Ansökan om bygglov",
    dateTimeCreated: options.dateTimeCreated ?? new Date("2026-06-19T14:05:00+02:00"),
    categories: {
      addAsync: (...args: unknown[]) => {
        const [list] = args as [string[]];
        const missing = list.some((c) => !(options.masterList ?? ["Till registrator"]).includes(c));
        if (missing) fail["categories.addAsync"] ??= { name: "InvalidCategory", code: 9045 };
        later("categories.addAsync", args);
      },
    },
    notificationMessages: {
      replaceAsync: (...args: unknown[]) => later("notificationMessages.replaceAsync", args),
      removeAsync: (...args: unknown[]) => later("notificationMessages.removeAsync", args),
    },
    getSharedPropertiesAsync: (...args: unknown[]) => {
      if (options.shared === undefined || options.shared === "none") fail["getSharedPropertiesAsync"] ??= { name: "InvalidOperation", code: 5000 };
      later("getSharedPropertiesAsync", args, options.shared && options.shared !== "none" ? { owner: options.shared.owner, targetMailbox: "x", targetRestUrl: "y", delegatePermissions: 1 } : undefined);
    },
    displayReplyForm: (...args: unknown[]) => calls.push({ name: "displayReplyForm", args }),
    ...(options.syncOnly ? {} : { displayReplyFormAsync: (...args: unknown[]) => later("displayReplyFormAsync", args) }),
    displayReplyAllForm: (...args: unknown[]) => calls.push({ name: "displayReplyAllForm", args }),
  };
  const mailbox = {
    item,
    userProfile: { emailAddress: "anna@sjobo.se", displayName: "Anna" },
    displayNewMessageForm: (...args: unknown[]) => calls.push({ name: "displayNewMessageForm", args }),
    ...(options.syncOnly ? {} : { displayNewMessageFormAsync: (...args: unknown[]) => later("displayNewMessageFormAsync", args) }),
  };
  const isSetSupported = (name: string, v = "1.1") => name === "Mailbox" && Number(v.split(".")[1]) <= Number(version.split(".")[1]);
  const globals = globalThis as unknown as { Office?: unknown };
  const previous = globals.Office;
  globals.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    context: {
      mailbox,
      requirements: { isSetSupported },
      roamingSettings: {
        get: (k: string) => roaming[k],
        set: (k: string, v: unknown) => (roaming[k] = v),
        remove: (k: string) => delete roaming[k],
        saveAsync: (...args: unknown[]) => later("roamingSettings.saveAsync", args),
      },
    },
  };
  uninstall = () => {
    globals.Office = previous;
  };
  return { calls, item, roaming };
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

async function failure(promise: Promise<unknown>): Promise<FailureKind | "resolved" | "other"> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof PostvaktError ? error.kind : "other";
  }
}

const toRegistrar: NewMessageAction = {
  type: "newMessage",
  id: "sendToRegistrar:registrator@sjobo.se",
  title: { sv: "Skicka till registrator", en: "Send to the registrar" },
  to: ["registrator@sjobo.se"],
  subject: "För registrering: Ansökan om bygglov",
  body: { text: "Hej!\n\nJag skickar …", html: "<p>Hej!</p><table><tr><th>Inkom</th><td>fredag</td></tr></table>" },
  attachCurrentItem: true,
};
const receipt: ReplyAction = { type: "reply", id: "sendReceipt", title: { sv: "Skicka mottagningskvitto", en: "Send an acknowledgement" }, body: { text: "Tack för ditt mejl!\n\nVi <svarar> snart." } };

describe("Skicka till registrator: a new message with the item attached", () => {
  it("opens displayNewMessageFormAsync with the registrar, the subject, the cover note as HTML and the item as an item attachment", async () => {
    const { calls } = installStub();
    const actions = createOfficeActions(undefined);
    expect(actions.canPerform(toRegistrar)).toBe(true);
    await actions.perform(toRegistrar, undefined);
    expect(calls).toEqual([
      {
        name: "displayNewMessageFormAsync",
        args: [
          {
            toRecipients: ["registrator@sjobo.se"],
            subject: "För registrering: Ansökan om bygglov",
            htmlBody: toRegistrar.body.html,
            attachments: [{ type: "item", itemId: "AAMkAGI2item=", name: "Ansökan om bygglov" }],
          },
        ],
      },
    ]);
  });

  it("uses displayNewMessageForm where the client lacks the async call (before Mailbox 1.9)", async () => {
    const { calls } = installStub({ version: "1.8", syncOnly: true });
    await createOfficeActions(undefined).perform(toRegistrar, undefined);
    expect(calls.map((c) => c.name)).toEqual(["displayNewMessageForm"]);
  });

  it("says formFailed when Outlook does not open it", async () => {
    installStub({ fail: { displayNewMessageFormAsync: { name: "InternalError", code: 9002 } } });
    expect(await failure(createOfficeActions(undefined).perform(toRegistrar, undefined))).toBe("formFailed");
  });

  it("is not offered where the item has no id to attach (the view then offers the cover note to copy)", () => {
    installStub({ itemId: undefined });
    expect(createOfficeActions(undefined).canPerform(toRegistrar)).toBe(false);
  });
});

describe("Skicka mottagningskvitto: a reply with the receipt", () => {
  it("opens displayReplyFormAsync with the receipt as escaped HTML, one line per line", async () => {
    const { calls } = installStub();
    await createOfficeActions(undefined).perform(receipt, undefined);
    expect(calls).toEqual([
      { name: "displayReplyFormAsync", args: [{ htmlBody: "<div>Tack för ditt mejl!</div><div><br></div><div>Vi &lt;svarar&gt; snart.</div>" }] },
    ]);
  });

  it("falls back to displayReplyForm before Mailbox 1.9, and says formFailed when Outlook refuses", async () => {
    const { calls } = installStub({ version: "1.8", syncOnly: true });
    await createOfficeActions(undefined).perform(receipt, undefined);
    expect(calls.map((c) => c.name)).toEqual(["displayReplyForm"]);
    uninstall?.();
    installStub({ fail: { displayReplyFormAsync: { name: "InternalError", code: 9002 } } });
    expect(await failure(createOfficeActions(undefined).perform(receipt, undefined))).toBe("formFailed");
  });
});

describe("Markera: the category", () => {
  const mark = { type: "setCategory" as const, id: "markForRegistrar", title: { sv: "Markera", en: "Mark" }, category: "Till registrator" };

  it("adds the category to the item, without reading the mailbox's list (that needs read/write mailbox)", async () => {
    const { calls } = installStub();
    await createOfficeActions(undefined).perform(mark, undefined);
    expect(calls).toEqual([{ name: "categories.addAsync", args: [["Till registrator"]] }]);
  });

  it("says plainly when the mailbox has no such category, and otherwise that it failed", async () => {
    installStub({ masterList: ["Röd"] });
    expect(await failure(createOfficeActions(undefined).perform(mark, undefined))).toBe("categoryMissing");
    uninstall?.();
    installStub({ fail: { "categories.addAsync": { name: "InternalError", code: 9002 } } });
    expect(await failure(createOfficeActions(undefined).perform(mark, undefined))).toBe("categoryFailed");
  });

  it("is not offered before Mailbox 1.8", () => {
    installStub({ version: "1.7" });
    expect(createOfficeActions(undefined).canPerform(mark)).toBe(false);
  });
});

describe("the item's categories, so an item already marked says so", () => {
  const read = (categories: string[]) => ({ kind: "read" as const, subject: "Fråga", bodyHtml: "<p>Hej</p>", from: { emailAddress: "k@gmail.com" }, to: [{ emailAddress: "kommun@sjobo.se" }], cc: [], categories });

  it("reads their names (Mailbox 1.8)", async () => {
    const fake = new FakeOffice({ item: read(["Till registrator", "Röd"]), masterCategories: [{ displayName: "Till registrator", color: "Preset4" }] });
    uninstall = installOfficeGlobal(fake);
    expect(await createOfficeDiaryService().categories()).toEqual(["Till registrator", "Röd"]);
  });

  it("says it cannot tell before Mailbox 1.8, or where the item has no way to read them", async () => {
    uninstall = installOfficeGlobal(new FakeOffice({ item: read(["Till registrator"]), mailboxVersion: "1.7" }));
    expect(await createOfficeDiaryService().categories()).toBeUndefined();
    uninstall?.();
    installStub();
    expect(await createOfficeDiaryService().categories()).toBeUndefined();
  });
});

describe("copying a text", () => {
  const copy = { type: "copyText" as const, id: "copyCoverNote", title: { sv: "Kopiera", en: "Copy" }, text: "Inkom: fredag" };

  it("puts it on the clipboard, or says copyFailed", async () => {
    installStub();
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error("denied"));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const actions = createOfficeActions(undefined);
    expect(actions.canPerform(copy)).toBe(true);
    await actions.perform(copy, undefined);
    expect(writeText).toHaveBeenCalledWith("Inkom: fredag");
    expect(await failure(actions.perform(copy, undefined))).toBe("copyFailed");
  });
});

describe("the bar on the item", () => {
  it("replaces Postvakt's one informational, persistent bar under a fixed key", async () => {
    const { calls, item } = installStub();
    await showDiaryBar(item as never, "Bör diarieföras – svar senast mån 22 juni");
    await showDiaryBar(item as never, "Troligen ringa betydelse");
    expect(calls).toEqual([
      { name: "notificationMessages.replaceAsync", args: [DIARY_BAR_KEY, { type: "informationalMessage", message: "Bör diarieföras – svar senast mån 22 juni", icon: "Icon.16x16", persistent: true }] },
      { name: "notificationMessages.replaceAsync", args: [DIARY_BAR_KEY, { type: "informationalMessage", message: "Troligen ringa betydelse", icon: "Icon.16x16", persistent: true }] },
    ]);
  });

  it("keeps to Outlook's 150 characters, and swallows failures", async () => {
    const { calls, item } = installStub({ fail: { "notificationMessages.replaceAsync": { name: "InternalError", code: 9002 }, "notificationMessages.removeAsync": { name: "KeyNotFound", code: 9041 } } });
    await expect(showDiaryBar(item as never, "x".repeat(400))).resolves.toBeUndefined();
    expect(((calls[0]?.args[1] as { message: string }).message).length).toBe(150);
    await expect(clearDiaryBar(item as never)).resolves.toBeUndefined();
    expect(calls[1]).toEqual({ name: "notificationMessages.removeAsync", args: [DIARY_BAR_KEY] });
    await expect(showDiaryBar(null, "x")).resolves.toBeUndefined();
  });
});

describe("the remembered choices (roaming settings)", () => {
  it("reads nothing as {}, and only values it understands", () => {
    expect(parseDiarySettings(undefined)).toEqual({});
    expect(parseDiarySettings("{not json")).toEqual({});
    expect(parseDiarySettings({ version: 1, registrar: "ingen adress", isRegistrar: "ja" })).toEqual({});
    expect(parseDiarySettings({ version: 1, registrar: "registrator@sjobo.se", isRegistrar: true })).toEqual({ registrar: "registrator@sjobo.se", isRegistrar: true });
  });

  it("saves under its own key and reads back", async () => {
    const { roaming, calls } = installStub();
    const settings = (globalThis as unknown as { Office: { context: { roamingSettings: Parameters<typeof saveDiaryPreferences>[0] } } }).Office.context.roamingSettings;
    await saveDiaryPreferences(settings, { registrar: "registrator.socialtjanst@sjobo.se", isRegistrar: false });
    expect(roaming[DIARY_SETTINGS_KEY]).toEqual({ version: 1, registrar: "registrator.socialtjanst@sjobo.se", isRegistrar: false });
    expect(calls.map((c) => c.name)).toEqual(["roamingSettings.saveAsync"]);
    expect(loadDiaryPreferences(settings)).toEqual({ registrar: "registrator.socialtjanst@sjobo.se", isRegistrar: false });
    expect(createOfficeDiaryService().preferences()).toEqual({ registrar: "registrator.socialtjanst@sjobo.se", isRegistrar: false });
  });

  it("puts the earlier value back when Outlook does not save, and says settingsSaveFailed", async () => {
    const { roaming } = installStub({ fail: { "roamingSettings.saveAsync": { name: "GenericSettingsError", code: 9019 } } });
    roaming[DIARY_SETTINGS_KEY] = { version: 1, isRegistrar: true };
    expect(await failure(createOfficeDiaryService().savePreferences({ isRegistrar: false }))).toBe("settingsSaveFailed");
    expect(roaming[DIARY_SETTINGS_KEY]).toEqual({ version: 1, isRegistrar: true });
  });
});

describe("the mailbox the item is in", () => {
  it("is the shared mailbox's owner where the item is shared", async () => {
    installStub({ shared: { owner: "registrator@sjobo.se" } });
    expect(await createOfficeDiaryService().mailbox()).toBe("registrator@sjobo.se");
  });

  it("is the user's own elsewhere, and before Mailbox 1.8", async () => {
    installStub({ shared: "none" });
    expect(await createOfficeDiaryService().mailbox()).toBe("anna@sjobo.se");
    uninstall?.();
    const { calls } = installStub({ version: "1.7", shared: { owner: "registrator@sjobo.se" } });
    expect(await createOfficeDiaryService().mailbox()).toBe("anna@sjobo.se");
    expect(calls).toEqual([]);
  });
});

describe("the arrival time of a read item", () => {
  it("is Outlook's creation time, else the Date header", () => {
    expect(arrivalOf({ dateTimeCreated: new Date("2026-06-19T14:05:00+02:00") }, { date: "Thu, 18 Jun 2026 10:00:00 +0200" })).toBe("2026-06-19T12:05:00.000Z");
    expect(arrivalOf({ dateTimeCreated: undefined as unknown as Date }, { date: "Thu, 18 Jun 2026 10:00:00 +0200" })).toBe("2026-06-18T08:00:00.000Z");
    expect(arrivalOf({ dateTimeCreated: new Date(Number.NaN) }, { date: "igår" })).toBeUndefined();
  });

  it("reads a creation time made in another window (the demo's host page gives the pane its items)", () => {
    const foreign = runInNewContext('new Date("2026-06-19T14:05:00+02:00")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(arrivalOf({ dateTimeCreated: foreign }, { date: "Thu, 18 Jun 2026 10:00:00 +0200" })).toBe("2026-06-19T12:05:00.000Z");
    expect(arrivalOf({ dateTimeCreated: { getTime: () => Number.NaN } as Date }, { date: "Thu, 18 Jun 2026 10:00:00 +0200" })).toBe("2026-06-18T08:00:00.000Z");
  });

  it("reaches the MailMessage that readItem gives", async () => {
    const fake = new FakeOffice({
      item: {
        kind: "read",
        subject: "Fråga",
        bodyHtml: "<p>Hej</p>",
        from: { emailAddress: "k@gmail.com" },
        to: [{ emailAddress: "kommun@sjobo.se" }],
        cc: [],
        headers: "Date: Fri, 19 Jun 2026 14:05:00 +0200\r\nSubject: Fråga\r\n",
        dateTimeCreated: new Date("2026-06-19T14:05:00+02:00"),
      },
    });
    uninstall = installOfficeGlobal(fake);
    const message = await readItem(fake.mailbox.item as Office.MessageRead);
    expect(message.receivedAt).toBe("2026-06-19T12:05:00.000Z");
  });
});

describe("Skicka till registrator with a long subject", () => {
  // office.js refuses a subject or an attachment name over 255 characters; mail can have a longer subject.
  const long = `SV: VB: ${"Ansökan om bygglov för tillbyggnad av enbostadshus, ".repeat(5)}Storgatan 4`;

  it("fits the subject and the attached item's name within Outlook's 255 characters", async () => {
    expect(long.length).toBeGreaterThan(255);
    const fake = new FakeOffice({
      item: { kind: "read", subject: long, bodyHtml: "<p>Hej</p>", from: { emailAddress: "k@gmail.com" }, to: [{ emailAddress: "kommun@sjobo.se" }], cc: [], itemId: "AAMkAGlong=" },
    });
    uninstall = installOfficeGlobal(fake);
    const action: NewMessageAction = {
      type: "newMessage",
      id: "sendToRegistrar:registrator@sjobo.se",
      title: { sv: "Skicka till registrator", en: "Send to the registrar" },
      to: ["registrator@sjobo.se"],
      subject: `För registrering: ${long}`,
      body: { text: "Hej!", html: "<p>Hej!</p>" },
      attachCurrentItem: true,
    };
    await createOfficeActions(undefined).perform(action, undefined);
    const [form] = fake.openedForms;
    expect(form?.subject?.length).toBe(255);
    expect(form?.subject?.startsWith("För registrering: SV: VB: Ansökan om bygglov")).toBe(true);
    expect(form?.subject?.endsWith("…")).toBe(true);
    expect(form?.attachments).toEqual([{ type: "item", itemId: "AAMkAGlong=", name: `${long.slice(0, 254)}…` }]);
  });

  it("leaves a subject that fits as it is", async () => {
    const fake = new FakeOffice({
      item: { kind: "read", subject: "Ansökan", bodyHtml: "<p>Hej</p>", from: { emailAddress: "k@gmail.com" }, to: [{ emailAddress: "kommun@sjobo.se" }], cc: [], itemId: "AAMkAGshort=" },
    });
    uninstall = installOfficeGlobal(fake);
    const subject = `För registrering: ${"x".repeat(255 - 18)}`;
    await createOfficeActions(undefined).perform({ type: "newMessage", id: "n", title: { sv: "", en: "" }, to: ["r@sjobo.se"], subject, body: { text: "" }, attachCurrentItem: true }, undefined);
    expect(fake.openedForms[0]).toMatchObject({ subject, attachments: [{ type: "item", itemId: "AAMkAGshort=", name: "Ansökan" }] });
  });
});

describe("fitted", () => {
  it("cuts at 255 with an ellipsis, never inside a surrogate pair", () => {
    expect(fitted("a".repeat(255))).toBe("a".repeat(255));
    expect(fitted("a".repeat(300))).toBe(`${"a".repeat(254)}…`);
    const emoji = `${"a".repeat(253)}😀😀`;
    expect(fitted(emoji)).toBe(`${"a".repeat(253)}…`);
    expect(fitted(emoji).length).toBeLessThanOrEqual(255);
  });
});
