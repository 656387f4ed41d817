/**
 * One demo session per browser test file: the demo server (serving the built
 * dist-demo/) and Debian's Chromium for the file, a fresh page per test, and
 * a test that fails on any uncaught error in the page.
 */
import { chromium, type Browser, type FrameLocator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { startServer, type RunningServer } from "../../demo/serve.mjs";

/** Chromium flags for this closed network: no background traffic, no sandbox as root. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface DemoSessionOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** What "loaded" means for this file's tests. */
  readonly ready: (page: Page, pane: FrameLocator) => Promise<void>;
  /** The demo URL's query, e.g. "?now=2026-12-05T20:00" (the demo clock) or "?mailbox=1.12". */
  readonly search?: string;
  /** Called with each new page before it loads the demo (to listen to its requests, say). */
  readonly onPage?: (page: Page) => void;
}

export interface DemoSession {
  /** The current test's page and its task pane iframe. */
  current(): { page: Page; pane: FrameLocator };
  /** Adds an address to the draft's To field and commits it, as a user would. */
  addRecipient(address: string): Promise<void>;
  /** Types at the end of the draft's body, key by key. */
  typeInBody(text: string): Promise<void>;
}

/** Waits until the task pane's first check of the draft has finished. */
export const paneChecked: DemoSessionOptions["ready"] = (_page, pane) => pane.getByRole("heading", { name: "Det här granskades" }).waitFor();

export function useDemoSession(options: DemoSessionOptions): DemoSession {
  let server: RunningServer;
  let browser: Browser;
  let page: Page | undefined;
  let pane: FrameLocator | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer(0);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    pageErrors.length = 0;
    // A context of its own per test (axe-core's Playwright integration needs one).
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    options.onPage?.(page);
    await page.goto(server.url + (options.search ?? ""));
    pane = page.frameLocator("#taskpane");
    await options.ready(page, pane);
  });

  afterEach(async () => {
    await page?.context().close();
    expect(pageErrors).toEqual([]);
  });

  const current = () => {
    if (!page || !pane) throw new Error("no demo page: use the session inside a test");
    return { page, pane };
  };

  return {
    current,
    async addRecipient(address) {
      const to = current().page.locator("#compose-to");
      await to.fill(`${await to.inputValue()}, ${address}`);
      await to.press("Enter");
    },
    async typeInBody(text) {
      const body = current().page.locator("#compose-body");
      await body.click();
      await body.press("Control+End");
      await body.pressSequentially(text);
    },
  };
}
