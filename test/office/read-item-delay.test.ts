/**
 * The delivery time the writer set (`item.delayDeliveryTime`, Mailbox 1.13)
 * reaches the core as `delayedUntil`, so a rule about when mail goes
 * (officeHours) sees the delay the task pane's button set. A small stand-in
 * item, only the calls readItem makes in compose mode.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readItem } from "../../src/office/read-item";

type Callback = (result: { status: string; value?: unknown; error?: { code: string } }) => void;
const ok = (value: unknown) => (...args: unknown[]) => (args[args.length - 1] as Callback)({ status: "succeeded", value });

function composeItem(delay: unknown, options: { failing?: boolean } = {}) {
  const field = (value: unknown) => ({ getAsync: ok(value) });
  return {
    subject: field("Protokoll"),
    body: { getAsync: ok("Hej") },
    to: field([{ emailAddress: "kollega@sjobo.se", displayName: "Kollega" }]),
    cc: field([]),
    bcc: field([]),
    getAttachmentsAsync: ok([]),
    getComposeTypeAsync: ok({ composeType: "newMail" }),
    ...(delay === "missing"
      ? {}
      : {
          delayDeliveryTime: {
            getAsync: options.failing ? (cb: Callback) => cb({ status: "failed", error: { code: "5000" } }) : ok(delay),
          },
        }),
  } as unknown as Office.MessageCompose;
}

function office(mailbox: string) {
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Html: "html" },
    context: { requirements: { isSetSupported: (_name: string, version: string) => Number(version.split(".")[1]) <= Number(mailbox.split(".")[1]) } },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("readItem: the delayed delivery time", () => {
  it("reads the time the writer set as ms since the epoch", async () => {
    office("1.13");
    const at = new Date("2026-06-15T05:00:00.000Z");
    expect((await readItem(composeItem(at), { bodyHtml: false })).delayedUntil).toBe(at.getTime());
  });

  it("leaves it out when none is set (Outlook gives 0)", async () => {
    office("1.15");
    expect((await readItem(composeItem(0), { bodyHtml: false })).delayedUntil).toBeUndefined();
  });

  it("leaves it out where the client lacks Mailbox 1.13, the call or its answer", async () => {
    office("1.12");
    expect((await readItem(composeItem(new Date()), { bodyHtml: false })).delayedUntil).toBeUndefined();
    office("1.13");
    expect((await readItem(composeItem("missing"), { bodyHtml: false })).delayedUntil).toBeUndefined();
    const read = await readItem(composeItem(new Date(), { failing: true }), { bodyHtml: false });
    expect(read.delayedUntil).toBeUndefined();
    expect(read.subject).toBe("Protokoll");
  });
});
