/**
 * The privacy promise, tested: through a whole visit of the demo (the
 * review, masking, the signature, every view the pane has, the Diarium view
 * and its forward to the registrar) the page requests
 * nothing but its own origin — the pages, the bundles and office.js, which
 * the demo serves itself (in Outlook office.js comes from Microsoft's CDN, see
 * test/manifest). Microsoft Graph is only ever reached on the user's click,
 * and the demo's Graph is simulated inside the page (demo/host/graph.ts), so
 * no request to Microsoft may appear at all, even when the absence view
 * uses it.
 * Nothing the page writes to the console holds a number from the message.
 *
 * One request is office.js's own: it opens Microsoft's telemetry proxy page
 * (telemetryservice.firstpartyapps.oaspapps.com) as a frame, as it does in
 * every add-in; Postvakt cannot and does not add anything to it. It is
 * allowed by name, and only with nothing in its address but the page itself.
 */
import type { Page, Request } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { paneChecked, useDemoSession } from "./demo-session";

// Skatteverket's published test personnummer.
const PNR = "19810102-2385";

const requests: string[] = [];
const consoleLines: string[] = [];
const demo = useDemoSession({
  ready: paneChecked,
  onPage: (page: Page) => {
    requests.length = 0;
    consoleLines.length = 0;
    page.context().on("request", (request: Request) => void requests.push(request.url()));
    page.on("console", (message) => void consoleLines.push(message.text()));
  },
});
let page: Page;
beforeEach(() => {
  ({ page } = demo.current());
});

describe("privacy", () => {
  it("requests nothing beyond the page's own origin through a whole visit, and logs no message content", async () => {
    const { pane } = demo.current();
    const origin = new URL(page.url()).origin;

    await demo.typeInBody(`\nElevens personnummer är ${PNR}.`);
    await demo.addRecipient("kalle@exempel.se");
    await pane.getByRole("button", { name: /Maskera numret/ }).click();
    await pane.getByText(/^Numret är maskerat\./).waitFor();

    // Every view the pane offers, and every incoming item.
    for (const tab of await pane.getByRole("tab").all()) {
      await tab.click();
      await pane.getByRole("heading", { level: 1 }).first().waitFor();
    }
    for (const item of await page.locator('nav[aria-label="Brevlåda"] button[id^="item-read"]').all()) {
      await item.click();
      await pane.getByRole("heading", { level: 1 }).first().waitFor();
    }
    await page.locator("#item-compose").click();
    await page.locator("#send").click();
    await page.getByRole("alertdialog").or(page.locator("#send-status")).first().waitFor();

    expect(requests.length).toBeGreaterThan(3);
    const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("about:") && url !== OFFICE_TELEMETRY);
    expect(elsewhere).toEqual([]);
    expect(requests.filter((url) => url.includes("graph.microsoft.com") || url.includes("login.microsoftonline.com"))).toEqual([]);
    const digits = PNR.replace(/\D/g, "");
    expect(consoleLines.filter((line) => line.replace(/\D/g, "").includes(digits.slice(2)))).toEqual([]);
  });

  it("keeps to its own origin through the Diarium view and its forward, and the cover note never holds the personnummer", async () => {
    const { pane } = demo.current();
    const origin = new URL(page.url()).origin;
    // Incoming item 1 holds a personnummer (Skatteverket's test number 760102-2382).
    await page.locator("#item-read-1").click();
    await pane.getByRole("tab", { name: "Diarium" }).click();
    await pane.getByRole("heading", { level: 1, name: "Diarium" }).waitFor();
    await pane.getByRole("button", { name: /^Skicka till registrator/ }).click();
    await page.locator("#opened-form").waitFor();
    await pane.getByRole("button", { name: "Sätt kategorin ”Till registrator”" }).click();
    await page.locator("#read-categories").waitFor();
    // The view follows every diary item.
    for (const item of await page.locator('nav[aria-label="Brevlåda"] button[id^="item-read-diary"]').all()) {
      await item.click();
      await pane.getByRole("heading", { level: 1, name: "Diarium" }).waitFor();
    }

    const forms = JSON.stringify(await page.evaluate(() => (window as unknown as { postvaktDemo: { mailbox: { openedForms: unknown[] } } }).postvaktDemo.mailbox.openedForms));
    expect(forms).toContain("innehåller personnummer");
    for (const shown of ["760102-2382", "7601022382", "0102-2382"]) expect(forms).not.toContain(shown);
    expect(requests.length).toBeGreaterThan(3);
    const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("about:") && url !== OFFICE_TELEMETRY);
    expect(elsewhere).toEqual([]);
    expect(consoleLines.filter((line) => line.replace(/\D/g, "").includes("01022382"))).toEqual([]);
  });

  it("keeps the absence view's Graph calls in the page, and logs none of the reply", async () => {
    const { pane } = demo.current();
    const origin = new URL(page.url()).origin;
    await pane.getByRole("tab", { name: "Frånvaro" }).click();
    await pane.getByRole("button", { name: "Kontrollera mina inkorgsregler" }).click();
    await pane.locator('li[data-state="warning"]').first().waitFor();
    await pane.getByRole("radio", { name: "En kollega" }).check();
    await pane.getByRole("textbox", { name: "Namn" }).fill("berg");
    await pane.getByRole("button", { name: "Sök i adressboken" }).click();
    await pane.getByRole("button", { name: /^Välj Lisa Berg,/ }).click();
    await pane.getByLabel("Till kollegor i kommunen").fill("Jag är ledig 29/6–7/8 och åter 10/8. Ring Lisa Berg, 0142-852 31.");
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    await pane.getByText(/^Frånvaromeddelandet är sparat i Outlook\./).waitFor();
    // The simulated Graph answered every call, in the page.
    const calls = await page.evaluate(() => (window as unknown as { postvaktDemo: { graph: { requests: unknown[] } } }).postvaktDemo.graph.requests.length);
    expect(calls).toBeGreaterThanOrEqual(4);

    const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("about:") && url !== OFFICE_TELEMETRY)).toEqual([]);
    expect(requests.filter((url) => /graph\.microsoft\.com|login\.microsoftonline\.com/.test(url))).toEqual([]);
    expect(consoleLines.filter((line) => line.includes("Lisa Berg") || line.replace(/\D/g, "").includes("014285231") || line.includes("ledig 29/6"))).toEqual([]);
  });
});
