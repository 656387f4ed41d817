/**
 * The selection port over office.js, against the shared Office fake: which
 * messages are selected (Mailbox 1.13), reading each one (1.15, one loaded
 * at a time and unloaded after), the change event, and Outlook's failures;
 * and the new message that carries several selected messages as items.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { NewMessageAction } from "../../src/core";
import { FakeOffice, composeItem, installOfficeGlobal, readItem, type FakeOfficeOptions, type ReadState } from "../../src/fake-office";
import { createOfficeActions } from "../../src/office/actions";
import { createOfficeSelectionService } from "../../src/office/selection-service";
import { PostvaktError } from "../../src/ports";

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function message(n: number): ReadState {
  return readItem({ itemId: `AAMk-${n}`, from: `avsandare${n}@gmail.com`, subject: `Ärende ${n}`, body: `Hej, det här är meddelande ${n}.`, to: ["registrator@sjobo.se"] });
}

function install(version: string, faults: FakeOfficeOptions["faults"] = {}) {
  const fake = new FakeOffice({ item: composeItem({ subject: "Utkast" }), mailboxVersion: version, faults });
  uninstall = installOfficeGlobal(fake);
  return fake;
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => (e instanceof PostvaktError ? e.kind : "other"));

describe("the selected messages", () => {
  it("lists them in Outlook's order with their subjects (Mailbox 1.13), without reading them", async () => {
    const fake = install("1.13");
    fake.selectItems([message(1), message(2), message(3)]);
    const port = createOfficeSelectionService();
    expect(await port.selected()).toEqual([
      { itemId: "AAMk-1", subject: "Ärende 1" },
      { itemId: "AAMk-2", subject: "Ärende 2" },
      { itemId: "AAMk-3", subject: "Ärende 3" },
    ]);
    expect(port.canRead()).toBe(false);
    expect(await failure(port.read("AAMk-1"))).toBe("unsupported");
  });

  it("reads each one on Mailbox 1.15, loading one at a time and unloading it before the next", async () => {
    const fake = install("1.15");
    fake.selectItems([message(1), message(2)]);
    const port = createOfficeSelectionService();
    expect(port.canRead()).toBe(true);
    // Asked for both at once: the port queues them, as Outlook allows only one loaded message.
    const [first, second] = await Promise.all([port.read("AAMk-1"), port.read("AAMk-2")]);
    expect(first.subject).toBe("Ärende 1");
    expect(first.from?.address).toBe("avsandare1@gmail.com");
    expect(second.body.text).toContain("meddelande 2");
    expect(fake.loads).toEqual(["AAMk-1", "AAMk-2"]);
    expect(fake.calls.filter((c) => c === "loadItemByIdAsync" || c === "unloadAsync")).toEqual(["loadItemByIdAsync", "unloadAsync", "loadItemByIdAsync", "unloadAsync"]);
  });

  it("a message that cannot be loaded fails alone, and the next one still reads", async () => {
    const fake = install("1.15", { loadItemByIdAsync: { kind: "fail", once: true } });
    fake.selectItems([message(1), message(2)]);
    const port = createOfficeSelectionService();
    expect(await failure(port.read("AAMk-1"))).toBe("readFailed");
    expect((await port.read("AAMk-2")).subject).toBe("Ärende 2");
  });

  it("a message whose body cannot be read is still unloaded, so the next one loads", async () => {
    const fake = install("1.15", { "body.getAsync": { kind: "fail", once: true } });
    fake.selectItems([message(1), message(2)]);
    const port = createOfficeSelectionService();
    expect(await failure(port.read("AAMk-1"))).toBe("readFailed");
    expect((await port.read("AAMk-2")).subject).toBe("Ärende 2");
  });

  it("says the selection could not be listed when Outlook fails, and that there is none before 1.13", async () => {
    const fake = install("1.13", { getSelectedItemsAsync: { kind: "fail" } });
    fake.selectItems([message(1), message(2)]);
    expect(await failure(createOfficeSelectionService().selected())).toBe("selectionFailed");
    uninstall?.();
    install("1.12");
    expect(await failure(createOfficeSelectionService().selected())).toBe("unsupported");
  });

  it("calls back when the selection changes, until unsubscribed", async () => {
    const fake = install("1.13");
    const port = createOfficeSelectionService();
    let changes = 0;
    const off = await port.subscribe(() => changes++);
    const tick = () => new Promise((r) => setTimeout(r, 5));
    fake.selectItems([message(1), message(2)]);
    await tick();
    expect(changes).toBe(1);
    off();
    await tick();
    fake.selectItems([message(3), message(4)]);
    await tick();
    expect(changes).toBe(1);
  });
});

describe("a new message with several selected messages attached", () => {
  it("attaches each as an item under its name, and needs no open item", async () => {
    const fake = install("1.15");
    fake.selectItems([message(1), message(2)]);
    const actions = createOfficeActions(undefined);
    const action: NewMessageAction = {
      type: "newMessage",
      id: "sendSelectedToDiary",
      title: { sv: "Skicka", en: "Send" },
      to: ["diarium@sjobo.se"],
      subject: "För registrering: 2 meddelanden",
      body: { text: "Hej!" },
      attachItems: [
        { itemId: "AAMk-1", name: "Ärende 1" },
        { itemId: "AAMk-2", name: "Ärende 2" },
      ],
    };
    expect(actions.canPerform(action)).toBe(true);
    await actions.perform(action, undefined);
    const form = fake.openedForms.at(-1);
    expect(form?.toRecipients).toEqual(["diarium@sjobo.se"]);
    expect(form?.attachments).toEqual([
      expect.objectContaining({ type: "item", itemId: "AAMk-1", name: "Ärende 1" }),
      expect.objectContaining({ type: "item", itemId: "AAMk-2", name: "Ärende 2" }),
    ]);
  });
});
