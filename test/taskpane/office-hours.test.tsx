/**
 * officeHours in the task pane: on a Saturday the review says so, offers
 * delayed delivery to Monday morning, and once the delay is set the advice
 * goes and the notice says when the message will be delivered. Where the
 * client cannot delay delivery there is no button, and the card's own words
 * say what to do instead. The clock is the pane's (Date.now), fixed here.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMailMessage, loadBuiltinProfile, type Action, type MailMessage } from "../../src/core";
import { App } from "../../src/taskpane/shell/App";
import { FakeService } from "./fake-service";

const sjobo = loadBuiltinProfile("sjobo");
if (!sjobo.ok) throw new Error("sjobo profile invalid");

/** A fake Outlook that keeps the delivery time an action sets, as item.delayDeliveryTime does. */
class DelayingService extends FakeService {
  override async perform(action: Action, checked: MailMessage | undefined): Promise<void> {
    await super.perform(action, checked);
    if (action.type === "delayDelivery") this.message = createMailMessage({ ...this.message, delayedUntil: Date.parse(action.until) });
  }
}

function service(): DelayingService {
  const message = createMailMessage({
    mode: "compose",
    composeType: "new",
    subject: "Protokoll från nämnden",
    body: { text: "Hej, här är protokollet." },
    recipients: [{ field: "to", address: "kollega@sjobo.se" }],
  });
  return new DelayingService(message, { displayLanguage: "sv-SE", userEmail: "anna@sjobo.se" });
}

beforeEach(() => {
  vi.spyOn(Date, "now").mockReturnValue(Date.parse("2026-06-13T10:00:00+02:00"));
});
afterEach(() => vi.restoreAllMocks());

describe("task pane: a message written on a Saturday (Sjöbo)", () => {
  it("advises delaying it, delays it on one click, and then says when it goes", async () => {
    const user = userEvent.setup();
    const fake = service();
    render(<App review={fake} actions={fake} profileChoice={{ ok: true, profile: sjobo.profile }} pollMs={10_000} />);
    expect(await screen.findByText(/Det är lördag 13 juni, utanför kontorstid \(vardagar 07\.00–18\.00\)\./)).toBeTruthy();
    const button = screen.getByRole("button", { name: "Fördröj leveransen till måndag 15 juni kl. 07.00" });
    expect(button.textContent).toContain("Fördröj till mån kl. 07.00");
    await user.click(button);
    expect(await screen.findByText("Leveransen är fördröjd till mån 15 juni kl. 07.00. Tryck på Skicka, så går meddelandet i väg då.")).toBeTruthy();
    expect(fake.performed).toMatchObject([{ type: "delayDelivery", until: "2026-06-15T05:00:00.000Z" }]);
    await waitFor(() => expect(screen.queryByText(/utanför kontorstid/)).toBeNull());
  });

  it("shows no button where Outlook cannot delay delivery, and the text says to save a draft", async () => {
    const fake = service();
    fake.unsupported = ["delayDelivery"];
    render(<App review={fake} actions={fake} profileChoice={{ ok: true, profile: sjobo.profile }} pollMs={10_000} />);
    expect(await screen.findByText(/Spara meddelandet som utkast och skicka det måndag 15 juni kl\. 07\.00/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Fördröj/ })).toBeNull();
  });
});
