/**
 * Accessibility of every task-pane view in the demo, in Chromium: axe-core
 * finds no serious or critical violation in light, dark and high-contrast
 * (forced colours) themes, with the pane 320 px wide; focus is visible where
 * it lands from the keyboard; severities differ without colour; a redacted
 * number never breaks across lines.
 */
import { readFileSync } from "node:fs";
import type { AxeResults } from "axe-core";
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { paneChecked, useDemoSession } from "./demo-session";

// Skatteverket's published test personnummer.
const PNR = "19810102-2385";

const demo = useDemoSession({ ready: paneChecked, viewport: { width: 1200, height: 900 } });
let page: Page;
let pane: FrameLocator;
beforeEach(() => {
  ({ page, pane } = demo.current());
});

/** The task pane at the narrowest width Outlook gives it. */
async function narrowPane(): Promise<void> {
  await page.addStyleTag({ content: ".app { grid-template-columns: 240px 1fr 320px !important; }" });
}

/** axe-core itself, run inside the task pane's frame (the signature preview, a sandboxed frame that runs no script, is left to its own checks). */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

async function seriousViolations(): Promise<string[]> {
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error("no task pane frame");
  if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(AXE_SOURCE);
  const results = (await frame.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
      iframes: false,
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      // Fluent's focus manager (Tabster) puts invisible aria-hidden sentinels at the ends of a tab
      // list that hand focus on at once; they are not controls a user meets. Only they are let off.
      nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`);
}

async function withFindings(): Promise<void> {
  await demo.typeInBody(`\nElevens personnummer är ${PNR}. Utredningen är sekretessbelagd.`);
  await demo.addRecipient("kalle@exempel.se");
  await pane.getByRole("heading", { level: 2, name: /Fel/ }).waitFor();
}

async function openView(name: string): Promise<void> {
  await pane.getByRole("tab", { name }).click();
}

describe("accessibility of the task pane", () => {
  for (const theme of ["light", "dark", "forced-colors"] as const) {
    it(`has no serious or critical axe violation in any view (${theme}, 320 px)`, async () => {
      await narrowPane();
      if (theme === "dark") {
        await page.locator("#theme").selectOption("dark");
        pane = page.frameLocator("#taskpane");
        await pane.getByRole("heading", { name: "Det här granskades" }).waitFor();
      }
      if (theme === "forced-colors") await page.emulateMedia({ forcedColors: "active" });
      await withFindings();
      // Open the guideline so its panel is checked too.
      await pane.getByRole("button", { name: /Riktlinje/ }).first().click();
      expect(await seriousViolations()).toEqual([]);
      await openView("Signatur");
      await pane.getByRole("heading", { name: "Din signatur" }).waitFor();
      expect(await seriousViolations()).toEqual([]);
    });
  }

  for (const theme of ["light", "dark", "forced-colors"] as const) {
    it(`has no serious or critical axe violation with the diary card and in the Diarium view (${theme}, 320 px)`, async () => {
      await narrowPane();
      if (theme === "dark") {
        await page.locator("#theme").selectOption("dark");
        pane = page.frameLocator("#taskpane");
        await pane.getByRole("heading", { name: "Det här granskades" }).waitFor();
      }
      if (theme === "forced-colors") await page.emulateMedia({ forcedColors: "active" });
      // A request for public documents: the urgent card above the verdict (demo/host/diary-items.ts).
      await page.locator("#item-read-diary-begaran").click();
      await pane.getByRole("region", { name: "Diarieföring" }).getByRole("alert").waitFor();
      expect(await seriousViolations()).toEqual([]);
      await openView("Diarium");
      await pane.getByRole("heading", { level: 1, name: "Diarium" }).waitFor();
      // The kommun's passage open, the registrar picker and the buttons showing.
      await pane.getByRole("button", { name: /^Riktlinje/ }).first().click();
      await pane.getByRole("button", { name: /^Skicka till registrator/ }).waitFor();
      expect(await seriousViolations()).toEqual([]);
    });
  }

  it("has no serious or critical axe violation in the registrar's Diarium view (320 px)", async () => {
    await page.goto(`${page.url().replace(/\?.*$/, "")}?user=registrator`);
    pane = page.frameLocator("#taskpane");
    await pane.getByRole("heading", { name: "Det här granskades" }).waitFor();
    await narrowPane();
    await page.locator("#item-read-diary-klagomal").click();
    await openView("Diarium");
    await pane.getByRole("heading", { name: "Uppgifter för diariet" }).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  for (const theme of ["light", "forced-colors"] as const) {
    it(`has no serious or critical axe violation with several messages selected (${theme}, 320 px)`, async () => {
      await page.goto(`${page.url().replace(/\?.*$/, "")}?user=registrator&profile=sjobo`);
      pane = page.frameLocator("#taskpane");
      await pane.getByRole("heading", { name: "Det här granskades" }).waitFor();
      await narrowPane();
      if (theme === "forced-colors") await page.emulateMedia({ forcedColors: "active" });
      for (const id of ["item-read-diary-klagomal", "item-read-diary-begaran", "item-read-diary-kurs"]) await page.locator(`#mark-${id}`).check();
      await pane.getByRole("button", { name: "Skicka 3 meddelanden till diariet" }).waitFor();
      expect(await seriousViolations()).toEqual([]);
      // The host's tick boxes too: each names the message it marks.
      expect(await page.getByRole("checkbox", { name: /^Markera / }).count()).toBeGreaterThan(3);
    });
  }

  it("shows a focus ring where keyboard focus first lands in the pane", async () => {
    await pane.getByRole("button", { name: "Granska igen" }).waitFor();
    // From the host page's last control into the pane, as a keyboard user moves.
    await page.locator("#compose-body").focus();
    await page.keyboard.press("Tab");
    const frame = page.frame({ url: /taskpane\.html/ });
    expect(frame).toBeTruthy();
    for (let i = 0; i < 3; i++) {
      const focused = await frame!.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const after = getComputedStyle(el, "::after");
        const visible =
          (style.outlineStyle !== "none" && style.outlineWidth !== "0px") ||
          (after.outlineStyle !== "none" && after.outlineWidth !== "0px") ||
          (after.borderStyle !== "none" && after.borderWidth !== "0px") ||
          style.boxShadow !== "none";
        return { name: el.textContent?.trim() ?? "", visible };
      });
      if (focused) {
        expect(focused.visible, `focus ring on "${focused.name}"`).toBe(true);
        return;
      }
      await page.keyboard.press("Tab");
    }
    throw new Error("keyboard focus never reached the task pane");
  });

  it("tells error and warning cards apart in high contrast, without colour", async () => {
    await page.emulateMedia({ forcedColors: "active" });
    await demo.typeInBody(`\nPnr ${PNR}`);
    await demo.addRecipient("kalle@exempel.se");
    await demo.typeInBody("\nHon är sjukskriven och har diabetes.");
    await pane.getByRole("heading", { level: 2, name: /Fel/ }).waitFor();
    const labels = await pane.locator("li").evaluateAll((cards) => cards.map((card) => card.firstElementChild?.textContent?.trim() ?? ""));
    expect(labels).toContain("Fel");
    expect(new Set(labels.filter(Boolean)).size).toBeGreaterThanOrEqual(1);
    for (const label of labels.filter(Boolean)) expect(["Fel", "Varning", "Att tänka på"]).toContain(label);
  });

  it("keeps a redacted number on one line at 320 px", async () => {
    await narrowPane();
    await withFindings();
    const card = pane.locator("li").filter({ hasText: "198101••-••••" }).first();
    const lines = await card.locator("span", { hasText: "198101••-••••" }).first().evaluate((span) => span.getClientRects().length);
    expect(lines).toBe(1);
  });

  it("keeps focus in the pane after Maskera, on what happened", async () => {
    await demo.typeInBody(`\nPnr ${PNR}`);
    await demo.addRecipient("kalle@exempel.se");
    await pane.getByRole("button", { name: /Maskera numret/ }).click();
    await pane.getByText(/^Numret är maskerat\./).waitFor();
    const frame = page.frame({ url: /taskpane\.html/ });
    const active = await frame!.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName ?? "", text: el?.textContent ?? "" };
    });
    expect(active.tag).not.toBe("BODY");
    expect(active.text).toContain("Numret är maskerat");
  });
});

describe("accessibility of the Frånvaro view, with Graph (the demo's simulated Microsoft 365)", () => {
  /** Until Fluent's colour transitions have run out: a button just back from busy is still fading in, and axe would measure the fade. */
  async function settled(): Promise<void> {
    await page.frame({ url: /taskpane\.html/ })!.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  }

  for (const theme of ["light", "dark", "forced-colors"] as const) {
    it(`has no serious or critical axe violation with its rules, matches and outcome shown (${theme}, 320 px)`, async () => {
      await narrowPane();
      if (theme === "dark") {
        await page.locator("#theme").selectOption("dark");
        pane = page.frameLocator("#taskpane");
        await pane.getByRole("heading", { name: "Det här granskades" }).waitFor();
      }
      if (theme === "forced-colors") await page.emulateMedia({ forcedColors: "active" });
      await openView("Frånvaro");
      await pane.getByRole("heading", { name: "Frånvaro", level: 1 }).waitFor();
      await pane.getByRole("button", { name: "Kontrollera mina inkorgsregler" }).click();
      await pane.locator('li[data-state="warning"]').first().waitFor();
      await pane.getByRole("radio", { name: "En kollega" }).check();
      await pane.getByRole("textbox", { name: "Namn" }).fill("berg");
      await pane.getByRole("button", { name: "Sök i adressboken" }).click();
      await pane.getByRole("list", { name: "Träffar i adressboken" }).waitFor();
      await pane.getByRole("button", { name: /Riktlinje/ }).first().click();
      await settled();
      expect(await seriousViolations()).toEqual([]);
      await pane.getByRole("button", { name: /^Välj Lisa Berg,/ }).click();
      await pane.getByRole("button", { name: "Spara i Outlook" }).click();
      await pane.getByText(/^Frånvaromeddelandet är sparat i Outlook\./).waitFor();
      await settled();
      expect(await seriousViolations()).toEqual([]);
    });
  }
});
