/**
 * The adapter's promise wrapper against the ways an Office call can go wrong
 * (the fake's failure injection): a failed result, a synchronous throw, and
 * a callback called without any result, which some hosts do and which must
 * end as a rejection rather than a TypeError inside the callback.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OfficeCallError, officeCall } from "../../src/office/async";
import { createOfficeService } from "../../src/office/service";
import { PostvaktError } from "../../src/ports";
import { FakeOffice, composeItem, installOfficeGlobal } from "../../src/fake-office";

let fake: FakeOffice;
let uninstall: () => void;

beforeEach(() => {
  fake = new FakeOffice({ item: composeItem({ subject: "Möte", body: "Hej", to: ["lisa.berg@mjolby.se"] }) });
  uninstall = installOfficeGlobal(fake);
});
// A read that fails early leaves its sibling calls in flight: let them call back before Office goes.
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  uninstall();
});

function subject(): Promise<string> {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  return officeCall<string>("subject.getAsync", (cb) => item.subject.getAsync(cb));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("resolved");
}

describe("officeCall", () => {
  it("resolves with the value", async () => {
    expect(await subject()).toBe("Möte");
  });

  it("rejects with the Office error code when the call fails", async () => {
    fake.failNext("subject.getAsync");
    const error = await rejection(subject());
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).code).toBe("9020");
  });

  it("rejects when the call throws", async () => {
    fake.inject("subject.getAsync", { kind: "throw", once: true });
    expect(await rejection(subject())).toBeInstanceOf(OfficeCallError);
  });

  it("rejects, rather than throwing inside the callback, when Outlook calls back without a result", async () => {
    fake.inject("subject.getAsync", { kind: "noResult", once: true });
    const error = await rejection(subject());
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).code).toBe("noResult");
  });

  it("lets the task pane's read fail cleanly on a result-less callback", async () => {
    fake.inject("body.getAsync", "noResult");
    const error = await rejection(createOfficeService().readItem());
    expect(error).toBeInstanceOf(PostvaktError);
    expect((error as PostvaktError).kind).toBe("readFailed");
  });
});
