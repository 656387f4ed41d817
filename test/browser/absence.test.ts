/**
 * The Frånvaro view in the built demo, in Debian's Chromium, against the
 * host page's simulated Microsoft 365 (window.postvaktDemo.graph, see
 * demo/host/graph.ts and src/fake-office/graph.ts): the real task pane, the
 * real Graph client and absence port. What the tenant holds afterwards is
 * read from the simulation itself.
 *
 * The demo clock stands at Monday 1 June 2026, 10:00; a later `now` comes
 * from the host's own clock control, which reloads the page as a restart
 * would: the simulated mailbox (Graph state, roaming settings) is kept.
 */
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { paneChecked, useDemoSession } from "./demo-session";

interface GraphView {
  state: {
    mailboxSettings: { automaticRepliesSetting: Record<string, any> };
    events: { subject: string; start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string }; showAs: string; isAllDay: boolean; sensitivity: string; attendees: string[] }[];
    consented: string[];
  };
  requests: { method: string; path: string; status: number | string }[];
  tokenRequests: { interactive: boolean; outcome: string }[];
}

const demo = useDemoSession({ search: "?now=2026-06-01T10:00", ready: paneChecked, viewport: { width: 1400, height: 1000 } });
let page: Page;
let pane: FrameLocator;
beforeEach(() => {
  ({ page, pane } = demo.current());
});

const graph = (): Promise<GraphView> =>
  page.evaluate(() => {
    const g = (window as unknown as { postvaktDemo: { graph: { state: unknown; requests: unknown[]; tokenRequests: unknown[] } } }).postvaktDemo.graph;
    return JSON.parse(JSON.stringify({ state: g.state, requests: g.requests, tokenRequests: g.tokenRequests })) as GraphView;
  });
const calls = async () => (await graph()).requests.map((r) => `${r.method} ${r.path} ${r.status}`);
const roaming = () => page.evaluate(() => (window as unknown as { postvaktDemo: { mailbox: { savedRoaming: Record<string, unknown> } } }).postvaktDemo.mailbox.savedRoaming);

/** What has focus in the task pane. */
async function focused(): Promise<{ tag: string; role: string | null; text: string; label: string }> {
  const frame = page.frame({ url: /taskpane\.html/ });
  if (!frame) throw new Error("no task pane frame");
  return frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelled = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
    return { tag: el?.tagName ?? "", role: el?.getAttribute("role") ?? null, text: el?.textContent?.trim() ?? "", label: labelled ?? el?.getAttribute("aria-label") ?? "" };
  });
}

async function useProfile(id: string): Promise<void> {
  await page.locator("#profile").selectOption(id);
  pane = page.frameLocator("#taskpane");
  await paneChecked(page, pane);
}

async function openAbsence(): Promise<void> {
  await pane.getByRole("tab", { name: "Frånvaro" }).click();
  await pane.getByRole("heading", { name: "Frånvaro", level: 1 }).waitFor();
}

async function summer(): Promise<void> {
  await pane.getByLabel("Första dagen").fill("2026-06-29");
  await pane.getByLabel("Sista dagen").fill("2026-08-07");
}

/** The host's clock control: a new time reloads the page, as a restart would. */
async function setClock(value: string): Promise<void> {
  await page.locator("#clock").fill(value);
  await page.locator("#clock-set").click();
  await page.waitForURL(new RegExp(`now=${encodeURIComponent(value).replace(/%3A/g, "(%3A|:)")}`));
  pane = page.frameLocator("#taskpane");
  await paneChecked(page, pane);
}

async function setGraph(mode: string): Promise<void> {
  await page.locator("#graph").selectOption(mode);
  await page.waitForURL(new RegExp(`graph=${mode}`));
  pane = page.frameLocator("#taskpane");
  await paneChecked(page, pane);
}

const naa = () => page.frame({ url: /taskpane\.html/ })!.evaluate(() => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"));

describe("saving an absence through the simulated Graph", () => {
  it("schedules the reply for the period with the texts, books SEM: as away, with a colleague found in the directory", async () => {
    await useProfile("oxelosund");
    expect(await naa()).toBe(true);
    await openAbsence();
    // Opening the view asks Graph nothing.
    expect(await calls()).toEqual([]);
    await summer();
    await pane.getByRole("radio", { name: "En kollega" }).check();
    await pane.getByRole("textbox", { name: "Namn" }).fill("berg");
    await pane.getByRole("button", { name: "Sök i adressboken" }).click();
    const matches = pane.getByRole("list", { name: "Träffar i adressboken" });
    await matches.waitFor();
    expect(await matches.getByRole("button").allInnerTexts()).toEqual(["Lisa Berg, 0142-852 31, lisa.berg@mjolby.se", "Lars Berglund, 0142-852 47, lars.berglund@mjolby.se"]);
    expect((await focused()).text).toBe("Sök i adressboken");
    await pane.getByRole("button", { name: /^Välj Lisa Berg,/ }).click();
    expect((await focused()).tag).toBe("INPUT");
    expect(await pane.getByRole("textbox", { name: "Namn" }).inputValue()).toBe("Lisa Berg");
    expect(await pane.getByRole("textbox", { name: /^Telefon/ }).inputValue()).toBe("0142-852 31");
    expect(await pane.getByRole("textbox", { name: "E-post" }).inputValue()).toBe("lisa.berg@mjolby.se");
    expect(await pane.getByRole("checkbox", { name: "Boka frånvaron i kalendern" }).isChecked()).toBe(true);
    const internal = await pane.getByLabel("Till kollegor i kommunen").inputValue();
    const external = await pane.getByLabel("Till alla andra").inputValue();
    expect(internal).toContain("Lisa Berg");

    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    const saved = pane.getByText(/^Frånvaromeddelandet är sparat i Outlook\./);
    await saved.waitFor();
    expect(await saved.innerText()).toMatch(/från mån 29 juni kl\. 00\.00 till fre 7 augusti kl\. 23\.59.*”SEM: Semester”/s);
    // Focus is on what happened, not lost to the page.
    expect((await focused()).text).toMatch(/^Frånvaromeddelandet är sparat/);

    const { state, tokenRequests } = await graph();
    const reply = state.mailboxSettings.automaticRepliesSetting;
    expect(reply.status).toBe("scheduled");
    expect(reply.externalAudience).toBe("all");
    // Exchange keeps the range in UTC: Swedish summer time is two hours ahead.
    expect(reply.scheduledStartDateTime).toEqual({ dateTime: "2026-06-28T22:00:00.0000000", timeZone: "UTC" });
    expect(reply.scheduledEndDateTime).toEqual({ dateTime: "2026-08-07T21:59:00.0000000", timeZone: "UTC" });
    const text = (html: string) =>
      html
        .replace(/<br\s*\/?>/g, "\n")
        .replace(/<\/p>\s*/g, "\n\n")
        .replace(/<[^>]+>/g, "")
        .trim();
    expect(text(reply.internalReplyMessage)).toBe(internal);
    expect(text(reply.externalReplyMessage)).toBe(external);
    expect(state.events).toEqual([
      {
        id: expect.any(String),
        subject: "SEM: Semester",
        start: { dateTime: "2026-06-29T00:00:00", timeZone: "W. Europe Standard Time" },
        end: { dateTime: "2026-08-07T23:59:00", timeZone: "W. Europe Standard Time" },
        showAs: "oof",
        isAllDay: false,
        sensitivity: "normal",
        attendees: [],
        createdDateTime: expect.any(String),
      },
    ]);
    // Each permission was asked for on the click that needed it, and only those.
    expect(state.consented.sort()).toEqual(["Calendars.ReadWrite", "MailboxSettings.ReadWrite", "User.ReadBasic.All"]);
    expect(tokenRequests.filter((t) => t.interactive).length).toBe(3);
    expect(await calls()).toEqual(["GET /users 200", "GET /me/mailboxSettings 200", "GET /me/calendarView 200", "PATCH /me/mailboxSettings 200", "POST /me/events 201"]);
    expect(await roaming()).toMatchObject({ "postvakt.absence": { v: 1, end: "2026-08-07T23:59:00", via: "graph" } });

    // The host page shows the demo user what Graph now holds.
    expect(await page.locator("#graph-reply").innerText()).toBe("på, 29 juni 00:00–7 aug. 23:59");
    expect(await page.locator("#graph-events").innerText()).toContain("SEM: Semester · 29 juni 00:00–7 aug. 23:59 · Visa som: Borta");
  });

  it("does not book twice and asks before replacing the reply it finds", async () => {
    await useProfile("oxelosund");
    await openAbsence();
    await summer();
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    await pane.getByText(/^Frånvaromeddelandet är sparat i Outlook\./).waitFor();
    // Another text for the same period: the saved reply is on, so the pane shows it and asks.
    await pane.getByLabel("Till kollegor i kommunen").fill("Jag har semester 29/6–7/8 och är åter 10/8. Ring växeln, 0155-380 00.");
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    const question = pane.getByRole("alertdialog");
    await question.waitFor();
    expect(await question.innerText()).toContain("Vill du ersätta det med det nya?");
    expect((await focused()).role).toBe("alertdialog");
    await question.getByRole("button", { name: "Ersätt med det nya" }).click();
    await pane.getByText(/Postvakt lade inte in någon till/).waitFor();
    const { state } = await graph();
    expect(state.events).toHaveLength(1);
    expect(state.mailboxSettings.automaticRepliesSetting.internalReplyMessage).toContain("Ring växeln, 0155-380 00.");
  });
});

describe("the Inbox rules", () => {
  it("points out the rule that forwards to Gmail, and says it is not allowed in Sorsele", async () => {
    await openAbsence();
    const rules = pane.locator("li").filter({ hasText: /inkorgsregler|Kopia till privata mejlen/ }).first();
    // Before the check it asks for one (a to-do), not "could not read".
    expect(await rules.getAttribute("data-state")).toBe("todo");
    await pane.getByRole("button", { name: "Kontrollera mina inkorgsregler" }).click();
    const warned = pane.locator('li[data-state="warning"]').filter({ hasText: "Kopia till privata mejlen" });
    await warned.waitFor();
    expect(await warned.innerText()).toContain("anna.handlaggare.privat@gmail.com, utanför kommunen");
    expect(await warned.getByRole("img").first().getAttribute("aria-label")).toBe("Titta på det här");
    expect((await focused()).text).toBe("Kontrollera mina inkorgsregler");
    expect(await calls()).toEqual(["GET /me/mailFolders/inbox/messageRules 200"]);

    await useProfile("sorsele");
    await openAbsence();
    await pane.getByRole("button", { name: "Kontrollera mina inkorgsregler" }).click();
    const forbidden = pane.locator('li[data-state="problem"]').filter({ hasText: "Kopia till privata mejlen" });
    await forbidden.waitFor();
    expect(await forbidden.innerText()).toContain("Det är inte tillåtet");
  });
});

describe("after the absence", () => {
  it("reminds when the reply is still on, and turning it off sets it disabled", async () => {
    await openAbsence();
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    await pane.getByText(/^Frånvaromeddelandet är sparat i Outlook\./).waitFor();
    // Then, in Outlook's own dialog, the reply is switched to "always on".
    await page.locator("#graph-always-on").click();
    expect(await page.locator("#graph-reply").innerText()).toBe("på, tills någon stänger av dem");

    // The absence (the next working day, Tuesday 2 June) is over.
    await setClock("2026-06-03T09:00");
    const bar = pane.getByLabel("Påminnelse om frånvaromeddelande");
    await bar.waitFor();
    expect(await bar.innerText()).toContain("Din frånvaro slutade tisdag 2 juni, men frånvaromeddelandet skickas fortfarande.");
    // The look on opening asked for no sign-in window.
    expect((await graph()).tokenRequests.every((t) => !t.interactive)).toBe(true);
    await bar.getByRole("button", { name: "Stäng av frånvaromeddelandet" }).click();
    await pane.getByText(/Frånvaromeddelandet är avstängt\./).waitFor();
    expect((await focused()).role).toBe("status");
    expect((await graph()).state.mailboxSettings.automaticRepliesSetting.status).toBe("disabled");
    expect(await calls()).toEqual(["GET /me/mailboxSettings 200", "PATCH /me/mailboxSettings 200"]);
    expect(await page.locator("#graph-reply").innerText()).toBe("av");
    await expect.poll(async () => (await roaming())["postvakt.absence"]).toBeUndefined();
  });

  it("says nothing when the scheduled reply has ended by itself", async () => {
    await openAbsence();
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    await pane.getByText(/^Frånvaromeddelandet är sparat i Outlook\./).waitFor();
    await setClock("2026-06-03T09:00");
    // The pane looked, found the reply over and forgot the absence.
    await expect.poll(calls).toEqual(["GET /me/mailboxSettings 200"]);
    await expect.poll(async () => (await roaming())["postvakt.absence"]).toBeUndefined();
    expect(await pane.getByLabel("Påminnelse om frånvaromeddelande").count()).toBe(0);
    expect((await graph()).state.mailboxSettings.automaticRepliesSetting.status).toBe("scheduled");
  });
});

describe("without Graph (an Outlook without nested app authentication)", () => {
  it("offers the texts to copy and Outlook's own dialog, calls nothing, and reminds to check afterwards", async () => {
    await setGraph("off");
    expect(await naa()).toBe(false);
    await openAbsence();
    await summer();
    expect(await pane.getByRole("button", { name: "Spara i Outlook" }).count()).toBe(0);
    expect(await pane.getByRole("button", { name: "Kontrollera mina inkorgsregler" }).count()).toBe(0);
    expect(await pane.getByRole("checkbox", { name: "Boka frånvaron i kalendern" }).count()).toBe(0);
    await pane.getByRole("radio", { name: "En kollega" }).check();
    expect(await pane.getByRole("button", { name: "Sök i adressboken" }).count()).toBe(0);
    const guide = pane.getByRole("region", { name: "Lägg in frånvaromeddelandet i Outlook själv" });
    await guide.waitFor();
    expect(await guide.getByRole("listitem").count()).toBe(4);
    expect(await guide.innerText()).toContain("mån 29 juni kl. 00.00 till fre 7 augusti kl. 23.59");
    expect(await guide.getByRole("button", { name: "Kopiera texten till kollegor" }).count()).toBe(1);
    expect(await guide.getByRole("button", { name: "Kopiera texten till andra" }).count()).toBe(1);

    await guide.getByRole("button", { name: "Påminn mig när jag är tillbaka" }).click();
    await pane.getByText(/^Postvakt påminner dig om att stänga av frånvaromeddelandet/).waitFor();
    expect(await roaming()).toMatchObject({ "postvakt.absence": { end: "2026-08-07T23:59:00", via: "manual" } });

    await setClock("2026-08-10T08:00");
    const bar = pane.getByLabel("Påminnelse om frånvaromeddelande");
    await bar.waitFor();
    expect(await bar.innerText()).toContain("Glöm inte att stänga av frånvaromeddelandet i Outlook.");
    expect(await bar.getByRole("button", { name: "Stäng av frånvaromeddelandet" }).count()).toBe(0);
    const { requests, tokenRequests } = await graph();
    expect(requests).toEqual([]);
    expect(tokenRequests).toEqual([]);
  });
});

describe("when Graph fails", () => {
  async function fillByHand(): Promise<string> {
    await summer();
    await pane.getByRole("radio", { name: "En kollega" }).check();
    await pane.getByRole("textbox", { name: "Namn" }).fill("Karin Lindqvist");
    await pane.getByRole("textbox", { name: /^Telefon/ }).fill("0142-852 05");
    const internal = pane.getByLabel("Till kollegor i kommunen");
    const edited = `${await internal.inputValue()} Brådskande ärenden om bistånd tar Karin.`;
    await internal.fill(edited);
    return edited;
  }

  async function keptEverything(edited: string): Promise<void> {
    expect(await pane.getByLabel("Första dagen").inputValue()).toBe("2026-06-29");
    expect(await pane.getByLabel("Sista dagen").inputValue()).toBe("2026-08-07");
    expect(await pane.getByRole("textbox", { name: "Namn" }).inputValue()).toBe("Karin Lindqvist");
    expect(await pane.getByRole("textbox", { name: /^Telefon/ }).inputValue()).toBe("0142-852 05");
    expect(await pane.getByLabel("Till kollegor i kommunen").inputValue()).toBe(edited);
  }

  it("says consent is missing in a sentence, changes nothing, keeps what was typed and offers the texts to copy", async () => {
    await setGraph("consent");
    expect(await naa()).toBe(true);
    await openAbsence();
    const edited = await fillByHand();
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    const failed = pane.getByText(/lov att göra det här/);
    await failed.waitFor();
    expect(await failed.innerText()).toContain("Inget är ändrat i Outlook.");
    expect((await focused()).text).toMatch(/lov att göra det här/);
    await pane.getByRole("region", { name: "Lägg in frånvaromeddelandet i Outlook själv" }).waitFor();
    await keptEverything(edited);
    const { state, requests, tokenRequests } = await graph();
    expect(requests).toEqual([]);
    expect(tokenRequests.map((t) => t.outcome)).toEqual(["refused", "refused"]);
    expect(state.mailboxSettings.automaticRepliesSetting.status).toBe("disabled");
    expect(state.events).toEqual([]);
  });

  it("says Microsoft 365 is busy when throttled, keeps what was typed, and saves it once Graph answers again", async () => {
    await openAbsence();
    const edited = await fillByHand();
    await page.evaluate(() => (window as unknown as { postvaktDemo: { graph: { inject(f: object): void } } }).postvaktDemo.graph.inject({ status: 429, retryAfter: 30 }));
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    const failed = pane.getByText(/Microsoft 365 är upptaget/);
    await failed.waitFor();
    expect(await failed.innerText()).toContain("Inget är ändrat i Outlook.");
    // Retry-After 30 s is longer than the pane waits: it asked once and said so at once.
    expect(await calls()).toEqual(["GET /me/mailboxSettings 429"]);
    await keptEverything(edited);

    await page.evaluate(() => (window as unknown as { postvaktDemo: { graph: { clearFaults(): void } } }).postvaktDemo.graph.clearFaults());
    await pane.getByRole("button", { name: "Spara i Outlook" }).click();
    await pane.getByText(/^Frånvaromeddelandet är sparat i Outlook\./).waitFor();
    expect((await graph()).state.mailboxSettings.automaticRepliesSetting.internalReplyMessage).toContain("Brådskande ärenden om bistånd tar Karin.");
  });

  it("says so under the search when the demo's Graph is busy (?graph=busy)", async () => {
    await setGraph("busy");
    await openAbsence();
    await pane.getByRole("radio", { name: "En kollega" }).check();
    await pane.getByRole("textbox", { name: "Namn" }).fill("Lisa");
    await pane.getByRole("button", { name: "Sök i adressboken" }).click();
    await pane.getByRole("status").filter({ hasText: /Microsoft 365 är upptaget/ }).waitFor();
    expect(await pane.getByRole("textbox", { name: "Namn" }).inputValue()).toBe("Lisa");
    expect(await calls()).toEqual(["GET /users 429"]);
  });
});

describe("the same simulated Graph for the Signatur view", () => {
  it("fills the details in from the directory (GET /me), and offers nothing of the kind without NAA", async () => {
    await pane.getByRole("tab", { name: "Signatur" }).click();
    await pane.getByRole("heading", { name: "Din signatur" }).waitFor();
    await pane.getByRole("button", { name: "Hämta från adressboken" }).click();
    await pane.getByText(/uppgifter från adressboken/).waitFor();
    expect(await pane.getByRole("textbox", { name: /^Titel/ }).inputValue()).toBe("Biståndshandläggare");
    expect(await pane.getByRole("textbox", { name: /^Förvaltning/ }).inputValue()).toBe("Socialförvaltningen");
    expect(await calls()).toEqual(["GET /me 200"]);
    expect((await graph()).state.consented).toEqual(["User.Read"]);

    await setGraph("off");
    await pane.getByRole("tab", { name: "Signatur" }).click();
    await pane.getByRole("heading", { name: "Din signatur" }).waitFor();
    expect(await pane.getByRole("button", { name: "Hämta från adressboken" }).count()).toBe(0);
  });
});
