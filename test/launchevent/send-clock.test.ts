/**
 * The send handler gives the core the instant of the check (`now`), so the
 * rules about time (officeHours) work at Send. The built file runs under the
 * default profile, which has no such rule, so this runs the handler's
 * source with a Sjöbo deployment and a message read for it.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMailMessage, loadBuiltinProfile } from "../../src/core";

const sjobo = loadBuiltinProfile("sjobo");
if (!sjobo.ok) throw new Error("sjobo profile invalid");

vi.mock("../../src/launchevent/deployment", () => ({
  currentDeployment: () => ({ profile: sjobo.profile, locale: "sv", userEmail: "anna@sjobo.se", capabilities: { dialogActions: true, markdown: false } }),
}));
vi.mock("../../src/office/read-item", () => {
  const message = () =>
    createMailMessage({ mode: "compose", composeType: "new", subject: "Protokoll från nämnden", body: { text: "Hej, här är protokollet." }, recipients: [{ field: "to", address: "kollega@sjobo.se" }] });
  return { readItem: async () => message(), readItemParts: async () => ({ message: message(), unread: [] }) };
});

const { onMessageSendHandler } = await import("../../src/launchevent/handlers");

function send(): Promise<Record<string, unknown> | undefined> {
  (globalThis as { Office?: unknown }).Office = { context: { mailbox: { item: {} } } };
  return new Promise((resolve) => onMessageSendHandler({ completed: (options?: Record<string, unknown>) => resolve(options) } as unknown as Office.MailboxEvent));
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { Office?: unknown }).Office;
});

describe("the send handler passes the clock to the check", () => {
  it("asks about a message sent on a Saturday, with the rule's own words", async () => {
    vi.spyOn(Date, "now").mockReturnValue(Date.parse("2026-06-13T10:00:00+02:00"));
    const options = await send();
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(String(options?.errorMessage)).toContain("en avsändningstid utanför kontorstid");
  });

  it("lets the same message go on a Monday morning", async () => {
    vi.spyOn(Date, "now").mockReturnValue(Date.parse("2026-06-15T09:00:00+02:00"));
    expect(await send()).toEqual({ allowEvent: true });
  });
});
