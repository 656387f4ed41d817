import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actionOfType, lint, loadBuiltinProfile, type EditBodyAction, type MailMessage } from "../../src/core";
import { createOfficeActions } from "../../src/office/actions";
import { createOfficeService } from "../../src/office/service";
import { PostvaktError, type FailureKind } from "../../src/ports";
import { FakeOffice, installOfficeGlobal, textToHtml, type ComposeState, type ReadState } from "../../src/fake-office";

// Skatteverket's published test personnummer.
const PNR = "19810102-2385";

function draft(patch: Partial<ComposeState> = {}): ComposeState {
  return {
    kind: "compose",
    subject: "Möte",
    bodyHtml: textToHtml("Hej,\nvi ses i morgon."),
    to: [{ emailAddress: "lisa.berg@mjolby.se", displayName: "Lisa Berg" }],
    cc: [],
    bcc: [],
    composeType: "reply",
    attachments: [{ name: "protokoll.pdf", size: 2048 }],
    ...patch,
  };
}

const incoming: ReadState = {
  kind: "read",
  subject: "Fråga om bygglov",
  bodyHtml: textToHtml(`Hej! Mitt personnummer är ${PNR}.`),
  from: { emailAddress: "per@exempelpost.se", displayName: "Per" },
  to: [{ emailAddress: "kommun@mjolby.se" }],
  cc: [{ emailAddress: "bygg@mjolby.se" }],
  attachments: [{ name: "ritning.pdf", size: 1000, contentType: "application/pdf" }],
  headers: "Precedence: bulk\r\nList-Unsubscribe:\r\n <mailto:x@exempel.se>\r\n",
};

let fake: FakeOffice;
let uninstall: () => void;

function setUp(options: ConstructorParameters<typeof FakeOffice>[0]) {
  uninstall?.();
  fake = new FakeOffice(options);
  uninstall = installOfficeGlobal(fake);
}

async function failureOf(promise: Promise<unknown>): Promise<FailureKind | "resolved" | "other"> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof PostvaktError ? error.kind : "other";
  }
}

const waitFor = (predicate: () => boolean) => vi.waitFor(() => expect(predicate()).toBe(true), { timeout: 1000, interval: 5 });

beforeEach(() => setUp({ item: draft() }));
afterEach(() => uninstall());

describe("readItem", () => {
  it("keeps the check going when Outlook hands attachments of the wrong shape", async () => {
    const item = Office.context.mailbox.item as unknown as Record<string, unknown>;
    for (const value of [{ not: "a list" }, [null, 7, { size: 3 }, { name: "ok.pdf", size: 10 }], "text"]) {
      item.getAttachmentsAsync = (callback: (r: unknown) => void) => setTimeout(() => callback({ status: "succeeded", value }), 0);
      const message = await createOfficeService().readItem();
      expect(message.body.text).toBe("Hej,\nvi ses i morgon.");
      expect(message.attachments).toEqual(Array.isArray(value) ? [{ name: "ok.pdf", size: 10, isInline: false }] : []);
    }
  });

  it("reads a compose item into a MailMessage with recipients by field, compose type and attachments", async () => {
    fake.editCompose({ cc: [{ emailAddress: "extern@exempel.se" }], bcc: [{ emailAddress: "arkiv@mjolby.se" }] });
    const message = await createOfficeService().readItem();
    expect(message.mode).toBe("compose");
    expect(message.composeType).toBe("reply");
    expect(message.subject).toBe("Möte");
    expect(message.body.text).toBe("Hej,\nvi ses i morgon.");
    expect(message.body.html).toContain("<div>vi ses i morgon.</div>");
    expect(message.recipients.map((r) => `${r.field}:${r.address}`)).toEqual(["to:lisa.berg@mjolby.se", "cc:extern@exempel.se", "bcc:arkiv@mjolby.se"]);
    expect(message.from?.address).toBe("handlaggare@mjolby.se");
    expect(message.attachments).toEqual([{ name: "protokoll.pdf", size: 2048, isInline: false }]);
    expect(Object.isFrozen(message)).toBe(true);
  });

  it("reads a read item with its sender, recipients and parsed internet headers", async () => {
    setUp({ item: incoming });
    const message = await createOfficeService().readItem();
    expect(message.mode).toBe("read");
    expect(message.from).toEqual({ address: "per@exempelpost.se", name: "Per" });
    expect(message.recipients.map((r) => r.field)).toEqual(["to", "cc"]);
    expect(message.headers?.precedence).toBe("bulk");
    expect(message.headers?.["list-unsubscribe"]).toBe("<mailto:x@exempel.se>");
    expect(message.attachments[0]?.contentType).toBe("application/pdf");
  });

  it("still reads the item on an old client (Mailbox 1.4) that lacks from, attachments and compose type", async () => {
    setUp({ item: draft(), mailboxVersion: "1.4" });
    const message = await createOfficeService().readItem();
    expect(message.body.text).toContain("vi ses");
    expect(message.from).toBeUndefined();
    expect(message.composeType).toBeUndefined();
    expect(fake.calls).not.toContain("getComposeTypeAsync");
  });

  it("turns a failed body read into readFailed, not a thrown callback", async () => {
    fake.failNext("body.getAsync");
    expect(await failureOf(createOfficeService().readItem())).toBe("readFailed");
  });

  it("says noItem when nothing is selected and notOutlook outside Outlook", async () => {
    setUp({ item: null });
    expect(await failureOf(createOfficeService().readItem())).toBe("noItem");
    uninstall();
    (globalThis as { Office?: unknown }).Office = { context: {}, AsyncResultStatus: { Succeeded: "succeeded" } };
    expect(await failureOf(createOfficeService().readItem())).toBe("notOutlook");
  });

  it("gives the core what it needs to tell external from internal recipients", async () => {
    fake.editCompose({ bodyHtml: textToHtml(`Pnr ${PNR}`) });
    const service = createOfficeService();
    const profile = loadBuiltinProfile("default");
    if (!profile.ok) throw new Error("default profile invalid");
    const userEmail = service.environment().userEmail;
    expect(userEmail).toBe("handlaggare@mjolby.se");
    const internal = lint(await service.readItem(), profile.profile, { user: { email: userEmail } });
    expect(internal.findings.find((f) => f.ruleId === "personnummer")?.severity).toBe("warning");
    fake.editCompose({ to: [{ emailAddress: "kalle@evil-mjolby.se" }] });
    const external = lint(await service.readItem(), profile.profile, { user: { email: userEmail } });
    expect(external.findings.find((f) => f.ruleId === "personnummer")?.severity).toBe("error");
  });
});

describe("environment", () => {
  it("reports display language, user and Office theme", () => {
    setUp({ item: draft(), displayLanguage: "en-GB", officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#333333", controlForegroundColor: "#ffffff" } as Office.OfficeTheme });
    const env = createOfficeService().environment();
    expect(env.displayLanguage).toBe("en-GB");
    expect(env.officeTheme?.bodyBackgroundColor).toBe("#1f1f1f");
  });
});

describe("changeKey", () => {
  it("changes when the body or subject changes and stays put otherwise", async () => {
    const service = createOfficeService();
    const first = await service.changeKey();
    expect(await service.changeKey()).toBe(first);
    fake.editCompose({ bodyHtml: textToHtml("Hej,\nvi ses i övermorgon.") });
    const second = await service.changeKey();
    expect(second).not.toBe(first);
    fake.editCompose({ subject: "Nytt ämne" });
    expect(await service.changeKey()).not.toBe(second);
  });

  it("includes recipients where the client has no recipient event (before Mailbox 1.7)", async () => {
    setUp({ item: draft(), mailboxVersion: "1.6" });
    const service = createOfficeService();
    const before = await service.changeKey();
    fake.editCompose({ to: [{ emailAddress: "extern@exempel.se" }] });
    expect(await service.changeKey()).not.toBe(before);
  });

  it("does not read the body of items being read", async () => {
    setUp({ item: incoming });
    expect(await createOfficeService().changeKey()).toBe("read");
    expect(fake.calls).not.toContain("body.getAsync");
  });
});

describe("subscribe", () => {
  it("reports item changes and recipient changes, re-watching recipients on the new item", async () => {
    const changes: string[] = [];
    const off = await createOfficeService().subscribe((reason) => changes.push(reason));
    expect(fake.handlerCount("olkItemSelectedChanged")).toBe(1);
    expect(fake.handlerCount("olkRecipientsChanged")).toBe(1);

    fake.editCompose({ to: [{ emailAddress: "extern@exempel.se" }] });
    await waitFor(() => changes.length === 1);
    expect(changes).toEqual(["recipients"]);

    fake.selectItem(draft({ subject: "Ett annat utkast" }));
    await waitFor(() => changes.length === 2);
    expect(changes[1]).toBe("item");
    await waitFor(() => fake.handlerCount("olkRecipientsChanged") === 1);
    fake.editCompose({ cc: [{ emailAddress: "ny@exempel.se" }] });
    await waitFor(() => changes.length === 3);
    expect(changes[2]).toBe("recipients");

    off();
    await waitFor(() => fake.handlerCount("olkItemSelectedChanged") === 0 && fake.handlerCount("olkRecipientsChanged") === 0);
  });

  it("resolves without events on a client before Mailbox 1.5", async () => {
    setUp({ item: draft(), mailboxVersion: "1.4" });
    const off = await createOfficeService().subscribe(() => undefined);
    expect(fake.handlerCount("olkItemSelectedChanged")).toBe(0);
    expect(() => off()).not.toThrow();
  });

  it("survives a refused addHandlerAsync", async () => {
    fake.failNext("mailbox.addHandlerAsync");
    const off = await createOfficeService().subscribe(() => undefined);
    expect(typeof off).toBe("function");
    expect(fake.handlerCount("olkRecipientsChanged")).toBe(1);
  });
});

describe("the mask action (editBody)", () => {
  function mjolby() {
    const profile = loadBuiltinProfile("mjolby");
    if (!profile.ok) throw new Error("profile");
    return profile.profile;
  }
  const actions = () => createOfficeActions(mjolby());
  async function checked(): Promise<{ message: MailMessage; fix: EditBodyAction }> {
    const message = await createOfficeService().readItem();
    const fix = lint(message, mjolby()).findings.map((f) => actionOfType(f.actions, "editBody")).find((a) => a !== undefined);
    if (!fix) throw new Error("no mask action found");
    return { message, fix };
  }

  it("masks the number inside the HTML body and keeps its formatting", async () => {
    fake.editCompose({ bodyHtml: `<html><head><style>p{color:red}</style></head><body><p><b>Ärende:</b> elev <i>${PNR}</i> behöver stöd.</p><p>Hälsningar</p></body></html>` });
    const { message, fix } = await checked();
    await actions().perform(fix, message);
    const html = (fake.state as ComposeState).bodyHtml;
    expect(html).not.toContain(PNR);
    expect(html).toContain("<i>19810102-XXXX</i>");
    expect(html).toContain("<b>Ärende:</b>");
    expect(html).toContain("<style>p{color:red}</style>");
    expect(fake.calls).toContain("body.setAsync");
  });

  it("edits a plain-text body as text", async () => {
    fake.editCompose({ bodyType: "text", bodyHtml: textToHtml(`Pnr: ${PNR}\nHej`) });
    const { message, fix } = await checked();
    await actions().perform(fix, message);
    expect((fake.state as ComposeState).bodyHtml).toContain("Pnr: 19810102-XXXX");
  });

  it("refuses with maskStale when the number was edited since the check", async () => {
    fake.editCompose({ bodyHtml: textToHtml(`Pnr: ${PNR}`) });
    const { message, fix } = await checked();
    fake.editCompose({ bodyHtml: textToHtml("Pnr: borttaget") });
    expect(await failureOf(actions().perform(fix, message))).toBe("maskStale");
    expect(fake.calls).not.toContain("body.setAsync");
  });

  it("masks a number split across elements, and only the number the finding is about", async () => {
    fake.editCompose({ bodyHtml: `<html><body><div>Pnr: 19810102-<b>2385</b></div><div>Och 760102-2382</div></body></html>` });
    const { message, fix } = await checked();
    await actions().perform(fix, message);
    const html = (fake.state as ComposeState).bodyHtml;
    expect(html).toContain("19810102-<b>XXXX</b>");
    expect(html).toContain("760102-2382");
  });

  it("writes a partial mask but says maskPartial, never done, when the number stays somewhere it cannot reach", async () => {
    // Outlook (scripting off) shows <noscript>; a browser with scripting, and Postvakt, do not.
    fake.editCompose({ bodyHtml: `<html><body><p>Pnr: ${PNR}</p><noscript>${PNR}</noscript></body></html>` });
    const { message, fix } = await checked();
    expect(await failureOf(actions().perform(fix, message))).toBe("maskPartial");
    const html = (fake.state as ComposeState).bodyHtml;
    expect(html).toContain("Pnr: 19810102-XXXX");
    expect(fake.calls).toContain("body.setAsync");
  });

  it("says bodyChangeFailed when Outlook refuses setAsync", async () => {
    fake.editCompose({ bodyHtml: textToHtml(`Pnr: ${PNR}`) });
    const { message, fix } = await checked();
    fake.failNext("body.setAsync");
    expect(await failureOf(actions().perform(fix, message))).toBe("bodyChangeFailed");
    expect((fake.state as ComposeState).bodyHtml).toContain(PNR);
  });
});
