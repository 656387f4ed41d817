/**
 * The Signatur view in the built demo (dist-demo/), in Debian's Chromium:
 * real office.js, the real task pane, the simulated mailbox with roaming
 * settings and setSignatureAsync (see demo/README.md).
 */
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { paneChecked, useDemoSession } from "./demo-session";

const demo = useDemoSession({ ready: paneChecked, viewport: { width: 1400, height: 1100 } });
let page: Page;
let pane: FrameLocator;
beforeEach(() => {
  ({ page, pane } = demo.current());
});

async function openSignatureView() {
  await pane.getByRole("tab", { name: "Signatur" }).click();
  await pane.getByRole("heading", { name: "Din signatur" }).waitFor();
}

const preview = () => pane.frameLocator('iframe[title="Förhandsvisning av signaturen"]').locator("body");

describe("Signatur view in the demo", () => {
  it("edits the title, shows it in the preview, and inserts the signature into the compose item", async () => {
    await openSignatureView();
    // Prefilled from Outlook's display name.
    expect(await pane.getByRole("textbox", { name: /^Förnamn/ }).inputValue()).toBe("Anna");
    await expect.poll(() => preview().innerText()).toContain("Anna Handläggare");
    expect(await preview().innerText()).not.toContain("Miljöinspektör");

    await pane.getByRole("textbox", { name: /^Titel/ }).fill("Miljöinspektör");
    await expect.poll(() => preview().innerText()).toContain("Miljöinspektör");
    await pane.getByRole("textbox", { name: /^Telefon/ }).fill("0142-850 00");

    await pane.getByRole("button", { name: "Infoga i meddelandet" }).click();
    await pane.getByText("Signaturen är infogad i meddelandet.").waitFor();
    const body = page.locator("#compose-body");
    await expect.poll(() => body.inputValue()).toContain("Miljöinspektör");
    const text = await body.inputValue();
    expect(text).toContain("Mjölby kommun");
    expect(text).toContain("Telefon: 0142-850 00");
    // The draft's own text is still there, above the signature.
    expect(text.indexOf("Här kommer underlaget")).toBeLessThan(text.indexOf("Miljöinspektör"));

    // Once is enough: a second click finds it there.
    await pane.getByRole("button", { name: "Infoga i meddelandet" }).click();
    await pane.getByText("Signaturen finns redan i meddelandet.").waitFor();
    expect((await body.inputValue()).split("Mjölby kommun").length - 1).toBe(1);
  });

  it("points out a phone number that is not one", async () => {
    await openSignatureView();
    await pane.getByRole("textbox", { name: /^Telefon/ }).fill("abc");
    await pane.getByText("Telefon ser inte ut som ett svenskt telefonnummer. Skriv till exempel 0303-33 00 00.").waitFor();
    await pane.getByRole("button", { name: "Spara" }).click();
    await pane.getByText("Rätta de markerade fälten först.").waitFor();
  });

  it("keeps saved details in the roaming settings across a new task pane", async () => {
    await openSignatureView();
    await pane.getByRole("textbox", { name: /^Titel/ }).fill("Enhetschef");
    await pane.getByRole("textbox", { name: /^Telefon/ }).fill("0142-850 00");
    await pane.getByRole("button", { name: "Spara" }).click();
    await pane.getByText("Sparat. Postvakt använder uppgifterna i nya meddelanden.").waitFor();
    const stored = await page.evaluate(() => (window as unknown as { postvaktDemo: { mailbox: { savedRoaming: Record<string, unknown> } } }).postvaktDemo.mailbox.savedRoaming);
    expect(stored["postvakt.signature"]).toMatchObject({ version: 1, details: { title: "Enhetschef" } });

    // A new theme reloads the task pane, as reopening it in Outlook would.
    await page.locator("#theme").selectOption("dark");
    pane = page.frameLocator("#taskpane");
    await pane.getByRole("heading", { name: "Det här granskades" }).waitFor();
    await openSignatureView();
    expect(await pane.getByRole("textbox", { name: /^Titel/ }).inputValue()).toBe("Enhetschef");
    expect(await pane.getByText(/Postvakt har hämtat/).count()).toBe(0);
  });

  it("Ersätt signatur: fill in the details once, and the writer's own sign-off gives way to the kommun's signature", async () => {
    await page.locator("#profile").selectOption("ale");
    pane = page.frameLocator("#taskpane");
    const to = page.locator("#compose-to");
    await to.fill("kalle@exempel.se");
    await to.press("Enter");
    await pane.getByRole("button", { name: "Ersätt signatur" }).click();
    await pane.getByText("Fyll i dina uppgifter och välj Spara. Välj sedan Infoga i meddelandet.").waitFor();
    await pane.getByRole("textbox", { name: /^Titel/ }).fill("Bygglovshandläggare");
    await pane.getByRole("textbox", { name: /^Förvaltning/ }).fill("Sektor samhällsbyggnad");
    await pane.getByRole("textbox", { name: /^Telefon/ }).fill("0303-33 00 00");
    await pane.getByRole("button", { name: "Spara" }).click();
    await pane.getByText("Sparat. Postvakt använder uppgifterna i nya meddelanden.").waitFor();
    await pane.getByRole("button", { name: "Infoga i meddelandet" }).click();
    await pane.getByText("Signaturen är ersatt i meddelandet.").waitFor();
    const text = await page.locator("#compose-body").inputValue();
    expect(text).toContain("Här kommer underlaget inför mötet");
    expect(text).toContain("Anna Handläggare, Bygglovshandläggare");
    expect(text).toContain("www.ale.se");
    expect(text).not.toContain("Vänliga hälsningar");
    // The check agrees.
    await pane.getByRole("tab", { name: "Granskning" }).click();
    await pane.getByText("Inga problem hittades.").waitFor();
  });

  it("reaches the Signatur view from the keyboard: the tab list takes the arrow keys", async () => {
    const frame = page.frames().find((f) => f.url().includes("taskpane.html"))!;
    await pane.getByRole("tab", { name: "Granskning" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe("pv-tab-signature");
    await page.keyboard.press("Enter");
    await pane.getByRole("heading", { name: "Din signatur" }).waitFor();
    expect(await pane.getByRole("tab", { name: "Signatur" }).getAttribute("aria-selected")).toBe("true");
  });
});
