/**
 * A deployment whose bundle carries no profile. The build refuses an unknown
 * POSTVAKT_PROFILE and the core's tests validate every built-in profile, so
 * this path is driven from source with the profile accessor replaced.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeOffice, composeItem, installOfficeGlobal, makeEvent, settle } from "../../src/fake-office";
import { TEST_PERSONNUMMER } from "./test-numbers";

vi.mock("../../src/core/profiles", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/core/profiles")>()),
  trustedBuiltinProfile: () => undefined,
}));

let uninstall: (() => void) | undefined;

afterEach(() => {
  uninstall?.();
});

function outlookWithExternalNumber(): FakeOffice {
  const outlook = new FakeOffice({ item: composeItem({ body: `Pnr ${TEST_PERSONNUMMER}`, to: ["extern@foretag.se"] }) });
  uninstall = installOfficeGlobal(outlook);
  return outlook;
}

describe("when the deployment's profile fails to load", () => {
  it("the send check lets the message go (as SoftBlock does when the add-in cannot load), completing once and reading nothing", async () => {
    const outlook = outlookWithExternalNumber();
    const { onMessageSendHandler } = await import("../../src/launchevent/handlers");
    const event = makeEvent("onMessageSendHandler");
    onMessageSendHandler(event as unknown as Office.MailboxEvent);
    await settle(() => event.calls.length > 0);
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]?.options).toEqual({ allowEvent: true });
    expect(outlook.calls).toEqual([]);
  });

  it("the hint handlers complete once and leave the item alone", async () => {
    const outlook = outlookWithExternalNumber();
    const { onMessageRecipientsChangedHandler, onNewMessageComposeHandler } = await import("../../src/launchevent/handlers");
    for (const handler of [onMessageRecipientsChangedHandler, onNewMessageComposeHandler]) {
      const event = makeEvent(handler.name);
      handler(event as unknown as Office.MailboxEvent);
      await settle(() => event.calls.length > 0);
      expect(event.calls).toHaveLength(1);
    }
    expect(outlook.notifications.size).toBe(0);
  });
});
