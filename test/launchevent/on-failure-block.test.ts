/**
 * A deployment that fails closed (`send.onFailure: "block"`): every way the
 * check can fail stops the message with a sentence saying what to do, and
 * still completes the event exactly once. Driven from source, with the
 * deployment's profile replaced (the built file carries the default profile,
 * which fails open; handlers.test.ts covers that one).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeOffice, composeItem, installOfficeGlobal, makeEvent, settle, type FakeOfficeOptions } from "../../src/fake-office";
import { TEST_PERSONNUMMER } from "./test-numbers";

vi.mock("../../src/core/profiles", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/core/profiles")>();
  return {
    ...original,
    trustedBuiltinProfile: (id: string) => {
      const profile = original.trustedBuiltinProfile(id);
      return profile && { ...profile, send: { ...profile.send, onFailure: "block", timeBudgetMs: 1500 } };
    },
  };
});

const mail = { body: "Hej, vi ses i morgon.", to: ["kollega@mjolby.se"] };
let uninstall: (() => void) | undefined;

async function send(options: Omit<FakeOfficeOptions, "item">, during?: () => void) {
  const outlook = new FakeOffice({ ...options, item: composeItem(mail) });
  uninstall = installOfficeGlobal(outlook);
  const { onMessageSendHandler } = await import("../../src/launchevent/handlers");
  const event = makeEvent("onMessageSendHandler");
  onMessageSendHandler(event as unknown as Office.MailboxEvent);
  during?.();
  await settle(() => event.calls.length > 0);
  return { event, outlook };
}

beforeEach(() => {
  vi.useRealTimers();
});

afterEach(() => {
  vi.useRealTimers();
  uninstall?.();
});

describe("onFailure: block", () => {
  it("still lets clean mail go when nothing fails", async () => {
    const { event } = await send({});
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options).toEqual({ allowEvent: true });
  });

  it.each([
    ["body.getAsync fails", { faults: { "body.getAsync": "fail" } }],
    ["to.getAsync throws", { faults: { "to.getAsync": "throw" } }],
    ["the item cannot be had", { faults: { "mailbox.item": "throw" } }],
  ] as const)("blocks with the failure sentence when %s", async (_what, options) => {
    const { event } = await send(options);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options?.allowEvent).toBe(false);
    expect(String(event.calls[0]?.options?.errorMessage)).toMatch(/^Postvakt kunde inte granska meddelandet.*IT-supporten\.$/);
  });

  it("blocks when the time budget runs out, once, and ignores the late answer", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const outlook = new FakeOffice({ item: composeItem({ ...mail, body: `Pnr ${TEST_PERSONNUMMER}` }), faults: { "body.getAsync": "hang" } });
    uninstall = installOfficeGlobal(outlook);
    const { onMessageSendHandler } = await import("../../src/launchevent/handlers");
    const event = makeEvent("onMessageSendHandler");
    onMessageSendHandler(event as unknown as Office.MailboxEvent);
    vi.advanceTimersByTime(1499);
    expect(event.calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options?.allowEvent).toBe(false);
    vi.useRealTimers();
    outlook.release();
    await settle(() => false, 50);
    expect(event.calls).toHaveLength(1);
  });
});
