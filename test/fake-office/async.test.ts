/**
 * The fake's calling convention and failure injection: `(…args, [options],
 * callback)`, called back later with { status, value, error, asyncContext },
 * and the four ways a call can be made to misbehave.
 */
import { describe, expect, it } from "vitest";
import { FakeOffice, OFFICE_ERRORS, composeItem, splitArgs } from "../../src/fake-office";
import { result, thrown, type Loose } from "./helpers";

function fake() {
  return new FakeOffice({ item: composeItem({ subject: "Möte", body: "Hej", to: ["lisa.berg@mjolby.se"] }) });
}
const item = (f: FakeOffice) => f.mailbox.item as Loose;

describe("the async calling convention", () => {
  it("calls back later, never inline, with status, value, no error and the asyncContext", async () => {
    const f = fake();
    let called = false;
    const done = new Promise<Loose>((resolve) =>
      item(f).subject.getAsync({ asyncContext: { mine: 1 } }, (r: Loose) => {
        called = true;
        resolve(r);
      }),
    );
    expect(called).toBe(false);
    expect(await done).toEqual({ status: "succeeded", value: "Möte", error: undefined, asyncContext: { mine: 1 } });
  });

  it("takes the options argument as optional, and the callback too", async () => {
    const f = fake();
    expect((await result((cb) => item(f).subject.getAsync(cb)))?.value).toBe("Möte");
    expect(() => item(f).body.setAsync("Nytt", { coercionType: "text" })).not.toThrow();
    expect(f.calls).toEqual(["subject.getAsync", "body.setAsync"]);
    expect(splitArgs([{ a: 1 }, () => undefined]).options).toEqual({ a: 1 });
    expect(splitArgs([]).callback).toBeUndefined();
  });

  it("records calls by name, the Html body read separately", async () => {
    const f = fake();
    await result((cb) => item(f).body.getAsync("text", cb));
    await result((cb) => item(f).body.getAsync("html", cb));
    expect(f.calls).toEqual(["body.getAsync", "body.getAsync(html)"]);
  });
});

describe("failure injection by call name", () => {
  it("fail: status failed with GenericResponseError (or the error given), value undefined", async () => {
    const f = fake();
    f.inject("subject.getAsync", "fail");
    expect(await result((cb) => item(f).subject.getAsync(cb))).toEqual({ status: "failed", value: undefined, error: OFFICE_ERRORS.GenericResponseError, asyncContext: undefined });
    f.failNext("to.getAsync", OFFICE_ERRORS.InternalError);
    expect((await result((cb) => item(f).to.getAsync(cb)))?.error).toEqual(OFFICE_ERRORS.InternalError);
    // failNext is one call only; inject lasts.
    expect((await result((cb) => item(f).to.getAsync(cb)))?.status).toBe("succeeded");
    expect((await result((cb) => item(f).subject.getAsync(cb)))?.status).toBe("failed");
  });

  it("throw: throws synchronously and never calls back", () => {
    const f = fake();
    f.inject("subject.getAsync", "throw");
    let called = false;
    expect(thrown(() => item(f).subject.getAsync(() => (called = true)))).toBeInstanceOf(Error);
    expect(called).toBe(false);
  });

  it("hang: holds the callback until release()", async () => {
    const f = fake();
    f.inject("subject.getAsync", { kind: "hang", once: true });
    let answer: Loose;
    item(f).subject.getAsync((r: Loose) => (answer = r));
    await new Promise((r) => setTimeout(r, 20));
    expect(answer).toBeUndefined();
    f.release();
    await new Promise((r) => setTimeout(r, 5));
    expect(answer?.value).toBe("Möte");
  });

  it("noResult: calls back with no argument at all", async () => {
    const f = fake();
    f.inject("subject.getAsync", { kind: "noResult", once: true });
    const args = await new Promise<unknown[]>((resolve) => item(f).subject.getAsync((...a: unknown[]) => resolve(a)));
    expect(args).toEqual([]);
  });

  it("the item itself can be made to throw", () => {
    const f = new FakeOffice({ item: composeItem(), faults: { "mailbox.item": "throw" } });
    expect(thrown(() => f.mailbox.item)).toBeInstanceOf(Error);
    f.clearFaults();
    expect(f.mailbox.item).not.toBeNull();
  });
});
