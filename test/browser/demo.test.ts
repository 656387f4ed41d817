/**
 * The built demo (dist-demo/, made by `npm test` before vitest runs) in
 * Debian's Chromium: real office.js, the real task pane, a simulated mailbox.
 */
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { paneChecked, useDemoSession } from "./demo-session";

// Skatteverket's published test personnummer.
const PNR = "19810102-2385";

const demo = useDemoSession({ ready: paneChecked });
let page: Page;
let pane: FrameLocator;
beforeEach(() => {
  ({ page, pane } = demo.current());
});
const { addRecipient, typeInBody } = demo;

describe("demo", () => {
  it("runs the task pane on the real office.js inside the simulated mailbox", async () => {
    expect(await pane.getByText("Inga problem hittades.").isVisible()).toBe(true);
    // office.js was the npm copy, served by the demo server.
    const frame = page.frames().find((f) => f.url().includes("taskpane.html"));
    const loaded = await frame?.evaluate(() => ({
      script: !!document.querySelector('script[src="office-js/office.js"]'),
      onReady: typeof Office.onReady,
      mailbox: typeof Office.context.mailbox?.item,
    }));
    expect(loaded).toEqual({ script: true, onReady: "function", mailbox: "object" });
  });

  it("shows the personnummer error once a number is typed and an external recipient added", async () => {
    await typeInBody(`\nElevens personnummer är ${PNR}.`);
    // Internal recipient only: a warning.
    await expect.poll(() => pane.getByText("Kontrollera det som står nedan innan du skickar.").isVisible()).toBe(true);
    await addRecipient("kalle@exempel.se");
    await pane.getByText("Rätta det som står nedan innan du skickar.").waitFor();
    const finding = pane.getByText(/Personnummer \(198101••-••••\) skickas till mottagare utanför kommunen/);
    expect(await finding.isVisible()).toBe(true);
    // The pane never shows the number itself.
    expect(await pane.locator("body").innerText()).not.toContain(PNR);
  });

  it("masks the number in the draft with Maskera", async () => {
    await addRecipient("kalle@exempel.se");
    await typeInBody(`\nPnr ${PNR}`);
    await pane.getByRole("button", { name: /Maskera numret/ }).click();
    await pane.getByText(/^Numret är maskerat\./).waitFor();
    await expect.poll(() => page.locator("#compose-body").inputValue()).toContain("Pnr 19810102-XXXX");
    await pane.getByText("Inga problem hittades.").waitFor();
  });

  it("works from the keyboard: the chosen tab, Granska igen, the guideline, then Maskera, in that order", async () => {
    await addRecipient("kalle@exempel.se");
    await typeInBody(`\nPnr ${PNR}`);
    await pane.getByText(/Rätta det som står nedan/).waitFor();
    const frame = page.frames().find((f) => f.url().includes("taskpane.html"))!;
    await frame.locator("body").focus();
    const focused = () => frame.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    // The tab bar stands first; Tab goes from the chosen tab into its view.
    await page.keyboard.press("Tab");
    expect(await frame.evaluate(() => [document.activeElement?.getAttribute("role"), document.activeElement?.id])).toEqual(["tab", "pv-tab-review"]);
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Granska igen");
    await page.keyboard.press("Tab");
    expect(await focused()).toContain("Riktlinje");
    await page.keyboard.press("Enter");
    await pane.getByText(/Undvik att skicka personuppgifter/).waitFor();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Maskera");
    await page.keyboard.press("Enter");
    await pane.getByText(/^Numret är maskerat\./).waitFor();
  });

  it("switches to English with Outlook's display language", async () => {
    await addRecipient("kalle@exempel.se");
    await typeInBody(`\nPnr ${PNR}`);
    await pane.getByText(/Rätta det som står nedan/).waitFor();
    await page.locator("#language").selectOption("en-US");
    pane = page.frameLocator("#taskpane");
    await pane.getByText("Fix what is listed below before you send.").waitFor();
    expect(await pane.getByText(/Personal identity number \(198101••-••••\) is going to recipients outside the kommun/).isVisible()).toBe(true);
    expect(await pane.getByRole("button", { name: "Check again" }).isVisible()).toBe(true);
  });

  it("follows the selected item like a pinned task pane (ItemChanged)", async () => {
    await page.locator("#item-read-1").click();
    await pane.getByText("Att tänka på i det här meddelandet.").waitFor();
    expect(await pane.getByText(/Vidarebefordra det inte i onödan/).isVisible()).toBe(true);
    await page.locator("#item-read-3").click();
    await pane.getByText("Inga personnummer eller känsliga uppgifter hittades.").waitFor();
  });

  it("shows a clear message for a profile that does not exist", async () => {
    await page.locator("#profile").selectOption("finns-inte");
    pane = page.frameLocator("#taskpane");
    const alert = pane.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toContain("det finns ingen profil som heter ”finns-inte”");
  });
});
