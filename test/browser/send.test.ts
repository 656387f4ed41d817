/**
 * The send check in the demo, in Debian's Chromium: the demo's Send button
 * runs the onMessageSendHandler that the built launchevent.js registered
 * (see demo/README.md, "Send") and shows a block as an alert dialog.
 */
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { useDemoSession } from "./demo-session";

// Skatteverket's published test personnummer.
const PNR = "19810102-2385";

const demo = useDemoSession({ ready: (page) => page.locator('body[data-send-handler="yes"]').waitFor() });
let page: Page;
beforeEach(() => {
  ({ page } = demo.current());
});
const { addRecipient, typeInBody } = demo;

describe("demo Send runs the send-time check from launchevent.js", () => {
  it("blocks a personnummer to an external recipient with a dialog that names the kind, never the number", async () => {
    await typeInBody(`\nElevens personnummer är ${PNR}.`);
    await addRecipient("kalle@exempel.se");
    await page.locator("#send").click();

    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    const message = (await page.locator("#send-blocked-message").textContent()) ?? "";
    expect(message).toContain("Postvakt stoppade meddelandet: det innehåller ett personnummer och ska till en mottagare utanför kommunen.");
    expect(message).toContain("Varför:");
    expect(message).toContain("ta bort numret eller maskera det");
    expect(message).not.toMatch(/\d/);
    expect(await dialog.textContent()).not.toContain(PNR.slice(2, 8));
  });

  it("cites the guideline of the kommun the demo's profile switcher shows, like the task pane", async () => {
    await page.locator("#profile").selectOption("sjobo");
    await typeInBody(`\nPersonnummer ${PNR}`);
    await addRecipient("kalle@exempel.se");
    await page.locator("#send").click();
    await page.getByRole("alertdialog").waitFor();
    const message = (await page.locator("#send-blocked-message").textContent()) ?? "";
    expect(message).toContain("Sjöbo");
    expect(message).not.toContain("Mjölby");
  });

  it("lets a clean message to an internal recipient go", async () => {
    await typeInBody("\nVi ses på mötet i morgon.");
    await page.locator("#send").click();
    await expect.poll(() => page.locator("#send-status").textContent()).toContain("Skickat");
    expect(await page.getByRole("alertdialog").count()).toBe(0);
  });

  it("explains in English when Outlook's display language is English", async () => {
    await page.locator("#language").selectOption("en-US");
    await page.locator('body[data-send-handler="yes"]').waitFor();
    await typeInBody(`\nPersonnummer ${PNR}`);
    await addRecipient("kalle@exempel.se");
    await page.locator("#send").click();
    await page.getByRole("alertdialog").waitFor();
    const message = (await page.locator("#send-blocked-message").textContent()) ?? "";
    expect(message).toContain("Postvakt stopped this message: it contains one personal identity number");
    expect(message).not.toMatch(/\d/);
  });

  it("shows the newest Outlook by default: a warning with Send anyway, a button to the task pane, and Markdown", async () => {
    await typeInBody(`\nPersonnummer ${PNR}`);
    await page.locator("#send").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await page.locator("#send-blocked-message").getAttribute("data-format")).toBe("markdown");
    expect(await page.locator("#send-blocked-message strong").count()).toBeGreaterThan(0);
    const message = (await page.locator("#send-blocked-message").textContent()) ?? "";
    expect(message).toContain("Postvakt varnar");
    expect(message).toContain("Välj ”Öppna Postvakt” för att se var.");
    const buttons = await dialog.getByRole("button").allTextContents();
    expect(buttons).toEqual(["Skicka ändå", "Öppna Postvakt", "Skicka inte"]);
    await dialog.getByRole("button", { name: "Skicka ändå" }).click();
    await expect.poll(() => page.locator("#send-status").textContent()).toContain("Skickat");
  });

  it("Esc closes the dialog as Skicka inte does, and nothing is sent", async () => {
    await typeInBody(`\nPersonnummer ${PNR}`);
    await addRecipient("kalle@exempel.se");
    await page.locator("#send").click();
    await page.getByRole("alertdialog").waitFor();
    await page.keyboard.press("Escape");
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await page.locator("#send-status").textContent()).not.toContain("Skickat");
  });

  it("Öppna Postvakt closes the dialog and puts focus in the task pane", async () => {
    await typeInBody(`\nPersonnummer ${PNR}`);
    await addRecipient("kalle@exempel.se");
    await page.locator("#send").click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Öppna Postvakt" }).click();
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("taskpane");
    // Inside the pane, the focus starts on the first group of findings, where the problem is.
    const pane = page.frames().find((f) => f.url().includes("taskpane.html"))!;
    await expect.poll(() => pane.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(/^Fel \(1\)/);
  });

  it("an older client (Mailbox 1.13) shows only what it can: no Send anyway, no task-pane button, and the text does not point to one", async () => {
    await page.locator("#client").selectOption("1.13");
    await page.locator('body[data-send-handler="yes"]').waitFor();
    await typeInBody(`\nPersonnummer ${PNR}`);
    await addRecipient("kalle@exempel.se");
    await page.locator("#send").click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.getByRole("button").allTextContents()).toEqual(["Skicka inte"]);
    expect((await page.locator("#send-blocked-message").textContent()) ?? "").not.toContain("Öppna Postvakt");
  });

  it("Outlook LTSC 2021 (Mailbox 1.9) sends without any check, and the demo says so", async () => {
    await page.locator("#client").selectOption("1.9");
    await page.locator("#compose-body").waitFor();
    await typeInBody(`\nPersonnummer ${PNR}`);
    await addRecipient("kalle@exempel.se");
    await page.locator("#send").click();
    await expect.poll(() => page.locator("#send-status").textContent()).toContain("Skickat utan kontroll");
  });
});
