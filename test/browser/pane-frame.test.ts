/**
 * The pane's frame as a new user meets it (the faults a walk through the
 * demo found): the tab labels are whole at 320 px, Tab goes from a chosen
 * tab into its view, a button that opens a view takes focus to its title,
 * the Signatur view's outcome takes focus (and so comes into view), and the
 * host keeps its profile when another picker reloads the page.
 */
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { DIARY_ITEM_IDS } from "../../demo/host/diary-items";
import { paneChecked, useDemoSession } from "./demo-session";

const demo = useDemoSession({ search: "?now=2026-12-07T10:30", ready: paneChecked });
let page: Page;
let pane: FrameLocator;
beforeEach(() => {
  ({ page, pane } = demo.current());
});

/** The focused element in the task pane: its tag, text, and whether it sits in the view's panel. */
async function focused(): Promise<{ tag: string; text: string; inPanel: boolean }> {
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error("no task pane frame");
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? "", text: el?.textContent?.trim() ?? "", inPanel: !!el?.closest("#pv-panel") };
  });
}

async function openComplaint(): Promise<void> {
  await page.locator(`#${DIARY_ITEM_IDS.complaint}`).click();
  await pane.getByText("Bör diarieföras").first().waitFor();
}

describe("the tab bar", () => {
  it("shows every label whole in a 320 px pane, in Swedish and in English", async () => {
    await page.locator("#taskpane").evaluate((frame) => {
      (frame as HTMLIFrameElement).style.width = "320px";
    });
    await openComplaint();
    const tabs = pane.getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual(["Granskning", "Signatur", "Diarium", "Frånvaro"]);
    const cut = () =>
      tabs.evaluateAll((list) =>
        list.flatMap((tab) =>
          [...tab.querySelectorAll<HTMLElement>("span")]
            // Fluent keeps a hidden bold copy of the label to reserve its width; only what shows counts.
            .filter((s) => getComputedStyle(s).visibility !== "hidden" && s.textContent !== "" && s.scrollWidth > s.clientWidth + 1)
            .map((s) => s.textContent ?? ""),
        ),
      );
    expect(await cut()).toEqual([]);
    await page.locator("#language").selectOption("en-US");
    await pane.getByRole("tab", { name: "Registry" }).waitFor();
    await page.locator("#taskpane").evaluate((frame) => {
      (frame as HTMLIFrameElement).style.width = "320px";
    });
    expect(await cut()).toEqual([]);
  });

  it("goes from the chosen tab into its view with Tab", async () => {
    const tab = pane.getByRole("tab", { name: "Signatur" });
    await tab.focus();
    await tab.press("Enter");
    await pane.getByRole("heading", { name: "Signatur", level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    expect((await focused()).inPanel).toBe(true);
  });
});

describe("focus after an action", () => {
  it("takes focus to the Diarium view's title after Öppna Diarium", async () => {
    await openComplaint();
    await pane.getByRole("button", { name: "Öppna Diarium" }).click();
    await pane.getByRole("heading", { name: "Diarium", level: 1 }).waitFor();
    expect(await focused()).toMatchObject({ tag: "H1", text: "Diarium", inPanel: true });
  });

  it("moves focus to what Spara did in the Signatur view", async () => {
    await pane.getByRole("tab", { name: "Signatur" }).click();
    await pane.getByRole("textbox", { name: /Titel/ }).fill("Handläggare");
    await pane.getByRole("textbox", { name: /Telefon/ }).first().fill("0142-851 00");
    await pane.getByRole("button", { name: "Spara" }).click();
    await pane.getByText("Sparat. Postvakt använder uppgifterna i nya meddelanden.").waitFor();
    expect((await focused()).text).toContain("Sparat.");
  });
});

describe("the demo host", () => {
  it("keeps the profile, language and theme when the clock reloads the page", async () => {
    await page.locator("#profile").selectOption("sjobo");
    await page.locator("#language").selectOption("en-US");
    await page.locator("#clock").fill("2026-12-05T20:00");
    await page.locator("#clock-set").click();
    await page.waitForURL(/now=2026-12-05T20%3A00|now=2026-12-05T20:00/);
    await page.locator("#profile").waitFor();
    expect(await page.locator("#profile").inputValue()).toBe("sjobo");
    expect(await page.locator("#language").inputValue()).toBe("en-US");
    expect(await page.locator("#taskpane").getAttribute("src")).toContain("profile=sjobo");
  });
});
