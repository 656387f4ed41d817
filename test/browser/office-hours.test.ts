/**
 * Sending outside office hours (Sjöbo's guideline), in the demo with its
 * clock set to a Saturday evening (`?now=`, demo/clock.ts): the task pane
 * says so and offers delayed delivery, the button sets the draft's
 * delivery time to Monday morning, after which Send no longer names it; left
 * undelayed, Send warns with "Send anyway".
 */
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { paneChecked, useDemoSession } from "./demo-session";

/** Saturday 5 December 2026, 20:00 in Stockholm; the next working morning is Monday 7 December, 07:00 (06:00 UTC). */
const SATURDAY_EVENING = "2026-12-05T20:00";
const MONDAY_MORNING_UTC = "2026-12-07T06:00:00.000Z";

const demo = useDemoSession({ search: `?now=${SATURDAY_EVENING}`, ready: paneChecked });
let page: Page;
let pane: FrameLocator;
beforeEach(async () => {
  ({ page, pane } = demo.current());
  await page.locator("#profile").selectOption("sjobo");
  pane = page.frameLocator("#taskpane");
  await paneChecked(page, pane);
});

const delayOf = (p: Page) => p.evaluate(() => (window as unknown as { postvaktDemo: { mailbox: { state: { delayDeliveryTime?: Date } } } }).postvaktDemo.mailbox.state.delayDeliveryTime?.toISOString() ?? null);

describe("the demo clock and the officeHours rule (Sjöbo)", () => {
  it("runs both the host page and the task pane on the chosen time", async () => {
    const hostNow = await page.evaluate(() => Date.now());
    const paneNow = await page.frames().find((f) => f.url().includes("taskpane.html"))!.evaluate(() => Date.now());
    const chosen = Date.parse("2026-12-05T19:00:00Z");
    expect(hostNow - chosen).toBeGreaterThanOrEqual(0);
    expect(hostNow - chosen).toBeLessThan(120_000);
    expect(Math.abs(paneNow - hostNow)).toBeLessThan(120_000);
  });

  it("says the draft would go out on a Saturday evening and delays it to Monday 07.00 on a click", async () => {
    await expect.poll(() => pane.getByText(/utanför kontorstid/).count()).toBeGreaterThan(0);
    const button = pane.getByRole("button", { name: /^Fördröj leveransen till måndag 7 december/ });
    await button.click();
    await expect.poll(() => delayOf(page)).toBe(MONDAY_MORNING_UTC);
    await expect.poll(() => page.locator("#compose-delay").textContent()).toContain("07:00");
    // The finding goes once the delivery time is set, and Send no longer names it
    // (the draft's signature is still incomplete, so Send has that to say).
    await expect.poll(() => pane.getByText(/utanför kontorstid/).count()).toBe(0);
    await page.locator('body[data-send-handler="yes"]').waitFor();
    await page.locator("#send").click();
    await page.getByRole("alertdialog").waitFor();
    const message = (await page.locator("#send-blocked-message").textContent()) ?? "";
    expect(message).toContain("signatur");
    expect(message).not.toContain("kontorstid");
  });

  it("warns at Send, with Send anyway, when the draft goes out undelayed", async () => {
    await page.locator('body[data-send-handler="yes"]').waitFor();
    await page.locator("#send").click();
    await page.getByRole("alertdialog").waitFor();
    expect(await page.locator("#send-blocked-message").textContent()).toContain("utanför kontorstid");
    expect(await page.locator('[data-action="sendAnyway"]').count()).toBe(1);
    expect(await delayOf(page)).toBeNull();
  });
});

describe("on a working day in office hours", () => {
  it("says nothing about the time", async () => {
    // Monday 7 December 2026, 10:15 in Stockholm.
    await page.goto(page.url().replace(/\?.*$/, "") + "?now=2026-12-07T10:15");
    await page.locator("#profile").selectOption("sjobo");
    const fresh = page.frameLocator("#taskpane");
    await paneChecked(page, fresh);
    expect(await fresh.getByText(/utanför kontorstid/).count()).toBe(0);
    expect(await fresh.getByRole("button", { name: /^Fördröj/ }).count()).toBe(0);
  });
});
