/**
 * The surfaces the next features need, each against the documented shape
 * and requirement set: its success and its documented failure.
 */
import { describe, expect, it, vi } from "vitest";
import { FakeOffice, OFFICE_ERRORS, composeItem, readItem, type ReadState } from "../../src/fake-office";
import { result, thrown, type Loose } from "./helpers";

const USER = { emailAddress: "anna@mjolby.se", displayName: "Anna" };

function incoming(patch: Partial<ReadState> = {}): ReadState {
  return {
    ...readItem({
      subject: "Ansökan om bygglov",
      body: "Hej!",
      from: { emailAddress: "per@exempelpost.se", displayName: "Per" },
      to: [USER, "bygg@mjolby.se"],
      cc: ["kansli@mjolby.se"],
      headers: "Precedence: bulk\r\nList-Unsubscribe: <mailto:x@exempel.se>\r\n",
      itemId: "AAMkAD/abc+def==",
    }),
    ...patch,
  };
}

const reading = (patch: Partial<ReadState> = {}, version?: string) => new FakeOffice({ item: incoming(patch), user: USER, ...(version ? { mailboxVersion: version } : {}) });
const mailbox = (f: FakeOffice) => f.mailbox as Loose;
const item = (f: FakeOffice) => f.mailbox.item as Loose;

describe("mailbox.displayNewMessageForm (1.6) and displayNewMessageFormAsync (1.9)", () => {
  const registrator = {
    toRecipients: ["registrator@mjolby.se"],
    ccRecipients: [{ emailAddress: "chef@mjolby.se", displayName: "Chef" }],
    subject: "Fwd: Ansökan om bygglov",
    htmlBody: "<p>För diarieföring.</p>",
    attachments: [
      { type: "item", itemId: "AAMkAD/abc+def==", name: "Ansökan om bygglov" },
      { type: "file", url: "https://example.se/blankett.pdf", name: "blankett.pdf" },
    ],
  };

  it("records the form Outlook opens, recipients as addresses, the item attached", async () => {
    const f = reading();
    expect((await result((cb) => mailbox(f).displayNewMessageFormAsync(registrator, cb)))?.status).toBe("succeeded");
    mailbox(f).displayNewMessageForm({ toRecipients: ["a@b.se"] });
    expect(f.openedForms).toEqual([
      {
        kind: "newMessage",
        method: "displayNewMessageFormAsync",
        toRecipients: ["registrator@mjolby.se"],
        ccRecipients: ["chef@mjolby.se"],
        bccRecipients: [],
        subject: "Fwd: Ansökan om bygglov",
        htmlBody: "<p>För diarieföring.</p>",
        attachments: [
          { type: "item", itemId: "AAMkAD/abc+def==", name: "Ansökan om bygglov" },
          { type: "file", url: "https://example.se/blankett.pdf", name: "blankett.pdf" },
        ],
      },
      { kind: "newMessage", method: "displayNewMessageForm", toRecipients: ["a@b.se"], ccRecipients: [], bccRecipients: [], attachments: [] },
    ]);
    expect(f.calls).toEqual(["displayNewMessageFormAsync", "displayNewMessageForm"]);
  });

  it("tells a host UI when a form opens (new message or reply), so it can show the window", async () => {
    const f = reading();
    const changed = vi.fn();
    f.onChange(changed);
    await result((cb) => mailbox(f).displayNewMessageFormAsync(registrator, cb));
    expect(changed).toHaveBeenCalledTimes(1);
    mailbox(f).displayNewMessageForm({ toRecipients: ["a@b.se"] });
    await result((cb) => item(f).displayReplyFormAsync({ htmlBody: "<p>Tack</p>" }, cb));
    expect(changed).toHaveBeenCalledTimes(3);
    f.failNext("displayNewMessageFormAsync");
    await result((cb) => mailbox(f).displayNewMessageFormAsync(registrator, cb));
    expect(changed).toHaveBeenCalledTimes(3);
    expect(f.openedForms).toHaveLength(3);
  });

  it.each([
    ["an unknown parameter", { to: ["a@b.se"] }, "Sys.ArgumentException"],
    ["101 recipients", { toRecipients: Array.from({ length: 101 }, (_, i) => `p${i}@b.se`) }, "Sys.ArgumentOutOfRangeException"],
    ["a subject over 255 characters", { subject: "x".repeat(256) }, "Sys.ArgumentOutOfRangeException"],
    ["a body over 32 KB", { htmlBody: "x".repeat(32 * 1024 + 1) }, "Sys.ArgumentOutOfRangeException"],
    ["a base64 attachment", { attachments: [{ type: "base64", base64file: "AAAA", name: "a.txt" }] }, "Sys.ArgumentException"],
    ["an item attachment without itemId", { attachments: [{ type: "item", name: "x" }] }, "Sys.ArgumentNullException"],
    ["a file attachment without url", { attachments: [{ type: "file", name: "x" }] }, "Sys.ArgumentNullException"],
  ])("throws before opening anything on %s", (_what, parameters, name) => {
    const f = reading();
    expect(thrown(() => mailbox(f).displayNewMessageFormAsync(parameters))?.name).toBe(name);
    expect(thrown(() => mailbox(f).displayNewMessageForm(parameters))?.name).toBe(name);
    expect(f.openedForms).toEqual([]);
    expect(f.calls).toEqual([]);
  });

  it("is there from Mailbox 1.6, its Async variant from 1.9", () => {
    expect(mailbox(reading({}, "1.5")).displayNewMessageForm).toBeUndefined();
    expect(typeof mailbox(reading({}, "1.8")).displayNewMessageForm).toBe("function");
    expect(mailbox(reading({}, "1.8")).displayNewMessageFormAsync).toBeUndefined();
  });
});

describe("item.displayReplyForm / displayReplyAllForm (1.1; Async 1.9)", () => {
  it("records replies to the sender, and to everyone but the user, with the HTML body and attachments", async () => {
    const f = reading();
    item(f).displayReplyForm("<p>Tack!</p>");
    await result((cb) =>
      item(f).displayReplyAllFormAsync({ htmlBody: "<p>Till alla</p>", attachments: [{ type: "file", url: "https://example.se/a.pdf", name: "a.pdf" }] }, { asyncContext: 1 }, cb),
    );
    expect(f.openedForms).toEqual([
      {
        kind: "reply",
        method: "displayReplyForm",
        toRecipients: ["per@exempelpost.se"],
        ccRecipients: [],
        bccRecipients: [],
        htmlBody: "<p>Tack!</p>",
        attachments: [],
        inReplyTo: { itemId: "AAMkAD/abc+def==", subject: "Ansökan om bygglov" },
      },
      {
        kind: "replyAll",
        method: "displayReplyAllFormAsync",
        toRecipients: ["per@exempelpost.se", "bygg@mjolby.se"],
        ccRecipients: ["kansli@mjolby.se"],
        bccRecipients: [],
        htmlBody: "<p>Till alla</p>",
        attachments: [{ type: "file", url: "https://example.se/a.pdf", name: "a.pdf" }],
        inReplyTo: { itemId: "AAMkAD/abc+def==", subject: "Ansökan om bygglov" },
      },
    ]);
  });

  it("calls back through formData.callback in the sync variant", async () => {
    const f = reading();
    const r = await new Promise<Loose>((resolve) => item(f).displayReplyForm({ htmlBody: "x", callback: resolve, options: { asyncContext: "ctx" } }));
    expect(r).toMatchObject({ status: "succeeded", asyncContext: "ctx" });
  });

  it("throws on a body over 32 KB, and takes base64 attachments only from Mailbox 1.15", () => {
    const base64 = { htmlBody: "x", attachments: [{ type: "base64", base64file: "AAAA", name: "a.txt" }] };
    expect(thrown(() => item(reading()).displayReplyForm("x".repeat(32 * 1024 + 1)))?.name).toBe("Sys.ArgumentOutOfRangeException");
    expect(thrown(() => item(reading()).displayReplyFormAsync(base64))).toBeUndefined();
    expect(thrown(() => item(reading({}, "1.14")).displayReplyFormAsync(base64))?.name).toBe("Sys.ArgumentException");
    expect(item(reading({}, "1.8")).displayReplyFormAsync).toBeUndefined();
    expect(item(new FakeOffice({ item: composeItem() })).displayReplyForm).toBeUndefined();
  });
});

describe("categories (1.8)", () => {
  const master = [
    { displayName: "Diarieförd", color: "Preset4" },
    { displayName: "Sekretess", color: "Preset0" },
  ];

  it("adds, lists and removes categories from the master list on the item", async () => {
    const f = new FakeOffice({ item: incoming(), masterCategories: master });
    const categories = item(f).categories;
    expect((await result((cb) => categories.getAsync(cb)))?.value).toEqual([]);
    expect((await result((cb) => categories.addAsync(["Diarieförd"], cb)))?.status).toBe("succeeded");
    expect((await result((cb) => categories.getAsync(cb)))?.value).toEqual([{ displayName: "Diarieförd", color: "Preset4" }]);
    await result((cb) => categories.removeAsync(["Diarieförd"], cb));
    expect((await result((cb) => categories.getAsync(cb)))?.value).toEqual([]);
  });

  it("fails with InvalidCategory for a name not in the master list", async () => {
    const f = new FakeOffice({ item: incoming(), masterCategories: master });
    expect((await result((cb) => item(f).categories.addAsync(["Okänd"], cb)))?.error).toEqual(OFFICE_ERRORS.InvalidCategory);
    expect(f.state?.categories).toBeUndefined();
  });

  it("masterCategories: lists and adds, failing with DuplicateCategory for a name already there", async () => {
    const f = new FakeOffice({ item: incoming(), masterCategories: master });
    const list = mailbox(f).masterCategories;
    expect((await result((cb) => list.addAsync([{ displayName: "Postvakt", color: "Preset7" }], cb)))?.status).toBe("succeeded");
    expect(((await result((cb) => list.getAsync(cb)))?.value as Loose[]).map((c) => c.displayName)).toEqual(["Diarieförd", "Sekretess", "Postvakt"]);
    expect((await result((cb) => list.addAsync([{ displayName: "Sekretess", color: "Preset1" }], cb)))?.error).toEqual(OFFICE_ERRORS.DuplicateCategory);
    expect((await result((cb) => item(f).categories.addAsync(["Postvakt"], cb)))?.status).toBe("succeeded");
  });

  it("is not there before Mailbox 1.8", () => {
    expect(item(reading({}, "1.7")).categories).toBeUndefined();
    expect(mailbox(reading({}, "1.7")).masterCategories).toBeUndefined();
  });
});

describe("getAllInternetHeadersAsync (1.8, read items)", () => {
  it("gives the raw headers", async () => {
    expect((await result((cb) => item(reading()).getAllInternetHeadersAsync(cb)))?.value).toBe("Precedence: bulk\r\nList-Unsubscribe: <mailto:x@exempel.se>\r\n");
    expect(item(new FakeOffice({ item: composeItem() })).getAllInternetHeadersAsync).toBeUndefined();
  });
});

describe("delayDeliveryTime (1.13)", () => {
  it("is 0 until set, then the Date set", async () => {
    const f = new FakeOffice({ item: composeItem() });
    const delay = item(f).delayDeliveryTime;
    expect((await result((cb) => delay.getAsync(cb)))?.value).toBe(0);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    expect((await result((cb) => delay.setAsync(tomorrow, cb)))?.status).toBe("succeeded");
    expect((await result((cb) => delay.getAsync(cb)))?.value).toEqual(tomorrow);
    expect(f.state?.delayDeliveryTime).toEqual(tomorrow);
  });

  it("fails a past date with InvalidFormatError and throws on what is not a Date; the clock is the caller's", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-22T09:00:00Z"), toFake: ["Date"] });
    try {
      const f = new FakeOffice({ item: composeItem() });
      const delay = item(f).delayDeliveryTime;
      expect((await result((cb) => delay.setAsync(new Date("2026-11-22T08:59:00Z"), cb)))?.error).toEqual(OFFICE_ERRORS.InvalidFormatError);
      expect((await result((cb) => delay.setAsync(new Date("2026-11-22T09:01:00Z"), cb)))?.status).toBe("succeeded");
      expect(thrown(() => delay.setAsync("2026-12-01"))?.name).toBe("Sys.ArgumentTypeException");
      expect(thrown(() => delay.setAsync(new Date(Number.NaN)))?.name).toBe("Sys.ArgumentException");
      expect(thrown(() => delay.setAsync(null))?.name).toBe("Sys.ArgumentNullException");
    } finally {
      vi.useRealTimers();
    }
  });

  it("read items can only get it; clients before 1.13 have none", () => {
    expect(item(reading()).delayDeliveryTime.setAsync).toBeUndefined();
    expect(item(new FakeOffice({ item: composeItem(), mailboxVersion: "1.12" })).delayDeliveryTime).toBeUndefined();
  });
});

describe("itemId and mailbox.convertToRestId (1.3)", () => {
  it("read items have their EWS id; convertToRestId makes it URL-safe for REST and Graph", () => {
    const f = reading();
    expect(item(f).itemId).toBe("AAMkAD/abc+def==");
    expect(mailbox(f).convertToRestId(item(f).itemId, "v2.0")).toBe("AAMkAD-abc_def==");
    expect(f.calls).toEqual(["convertToRestId"]);
  });

  it("generates an id when the state has none, and throws on a missing id or an unknown REST version", () => {
    const f = new FakeOffice({ item: readItem({ from: "a@b.se" }) });
    expect(item(f).itemId).toMatch(/^AAMk/);
    expect(thrown(() => mailbox(f).convertToRestId(undefined, "v2.0"))?.name).toBe("Sys.ArgumentNullException");
    expect(thrown(() => mailbox(f).convertToRestId("x", "v3.0"))?.name).toBe("Sys.ArgumentException");
  });
});

describe("getSharedPropertiesAsync (1.8 shared folders, 1.13 shared mailboxes)", () => {
  const shared = { kind: "sharedMailbox" as const, owner: "registrator@mjolby.se", permissions: 1 | 2 };

  it("gives owner and permissions for an item in a shared mailbox", async () => {
    const r = await result((cb) => item(reading({ shared })).getSharedPropertiesAsync(cb));
    expect(r?.value).toEqual({ owner: "registrator@mjolby.se", delegatePermissions: 3, targetMailbox: "registrator@mjolby.se", targetRestUrl: "https://outlook.office.com/api" });
  });

  it("fails for an item in the user's own mailbox, and for a shared mailbox before 1.13", async () => {
    expect((await result((cb) => item(reading()).getSharedPropertiesAsync(cb)))?.status).toBe("failed");
    expect((await result((cb) => item(reading({ shared }, "1.12")).getSharedPropertiesAsync(cb)))?.status).toBe("failed");
    const folder = { ...shared, kind: "sharedFolder" as const };
    expect((await result((cb) => item(reading({ shared: folder }, "1.8")).getSharedPropertiesAsync(cb)))?.status).toBe("succeeded");
  });
});

describe("mailbox.getSelectedItemsAsync (1.13) and SelectedItemsChanged", () => {
  it("lists the selected messages in order, with the 1.14 details from 1.14, and raises SelectedItemsChanged", async () => {
    const f = new FakeOffice({ item: incoming(), user: USER });
    const seen: unknown[] = [];
    await result((cb) => mailbox(f).addHandlerAsync("olkSelectedItemsChanged", (args: unknown) => seen.push(args), cb));
    f.selectItems([incoming(), incoming({ subject: "Andra", itemId: "AAMkAD2", attachments: [{ name: "a.pdf", size: 1 }] })]);
    expect(f.mailbox.item).toBeNull();
    const r = await result((cb) => mailbox(f).getSelectedItemsAsync(cb));
    expect((r?.value as Loose[]).map((d) => [d.itemId, d.subject, d.itemType, d.itemMode, d.hasAttachment])).toEqual([
      ["AAMkAD/abc+def==", "Ansökan om bygglov", "message", "Read", false],
      ["AAMkAD2", "Andra", "message", "Read", true],
    ]);
    expect(seen).toEqual([{ type: "olkSelectedItemsChanged" }]);
    const older = new FakeOffice({ item: incoming(), mailboxVersion: "1.13" });
    expect(Object.keys(((await result((cb) => mailbox(older).getSelectedItemsAsync(cb)))?.value as Loose[])[0]).sort()).toEqual(["itemId", "itemMode", "itemType", "subject"]);
  });

  it("is not there before 1.13", () => {
    expect(mailbox(reading({}, "1.12")).getSelectedItemsAsync).toBeUndefined();
  });
});

describe("mailbox.loadItemByIdAsync (1.15)", () => {
  it("loads a selected message for reading, one at a time: the next load fails until unloadAsync", async () => {
    const f = new FakeOffice({ item: incoming(), user: USER });
    f.selectItems([incoming(), incoming({ subject: "Andra", itemId: "AAMkAD2" })]);
    const first = await result((cb) => mailbox(f).loadItemByIdAsync("AAMkAD2", cb));
    expect(first?.status).toBe("succeeded");
    const loaded = first?.value as Loose;
    expect(loaded.subject).toBe("Andra");
    expect((await result((cb) => (loaded.body as Loose).getAsync("text", cb)))?.value).toBe("Hej!");
    expect((await result((cb) => mailbox(f).loadItemByIdAsync("AAMkAD/abc+def==", cb)))?.status).toBe("failed");
    expect((await result((cb) => (loaded.unloadAsync as (cb: unknown) => void)(cb)))?.status).toBe("succeeded");
    expect((await result((cb) => mailbox(f).loadItemByIdAsync("AAMkAD/abc+def==", cb)))?.status).toBe("succeeded");
    expect(f.loads).toEqual(["AAMkAD2", "AAMkAD/abc+def=="]);
  });

  it("fails for a message that is not selected, and is not there before 1.15", async () => {
    const f = new FakeOffice({ item: incoming(), user: USER });
    f.selectItems([incoming(), incoming({ subject: "Andra", itemId: "AAMkAD2" })]);
    expect((await result((cb) => mailbox(f).loadItemByIdAsync("AAMkAD-annat", cb)))?.status).toBe("failed");
    expect(mailbox(reading({}, "1.14")).loadItemByIdAsync).toBeUndefined();
  });
});
