/**
 * The diary advisor in the demo (issue 10), in Chromium: the card in the
 * review and the Diarium view for each kind of incoming mail
 * (demo/host/diary-items.ts), "Skicka till registrator" and the window it
 * opens, the receipt, the category, the registrar's shared mailbox, the pane
 * following the selection, and failing Office calls. The demo clock stands
 * at Monday 7 December 2026, 10:30 in Stockholm, so every received time and
 * deadline is known. The time to the card is measured in
 * demo/bench-diary-latency.mjs, not here.
 */
import type { FrameLocator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { FakeOffice } from "../../src/fake-office";
import { DIARY_ITEM_IDS as ITEM } from "../../demo/host/diary-items";
import { paneChecked, useDemoSession } from "./demo-session";

const MONDAY = "2026-12-07T10:30";
const COMPLAINT_SUBJECT = "Klagomål på buller från byggarbetsplatsen vid Ågatan";

const demo = useDemoSession({ search: `?now=${MONDAY}`, ready: paneChecked });
let page: Page;
let pane: FrameLocator;
beforeEach(() => {
  ({ page, pane } = demo.current());
});

type DemoWindow = { postvaktDemo: { mailbox: FakeOffice } };

/** Something read off the host page's simulated mailbox. */
function fromMailbox<T>(read: (mailbox: FakeOffice) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.postvaktDemo.mailbox)`) as Promise<T>;
}

const card = () => pane.getByRole("region", { name: "Diarieföring" });

/** Selects an incoming item in the host and waits until the pane's card shows `title`. */
async function select(id: string, title: string | RegExp): Promise<void> {
  await page.locator(`#${id}`).click();
  await card().getByText(title).first().waitFor();
}

async function openDiary(): Promise<void> {
  await pane.getByRole("tab", { name: "Diarium" }).click();
  await pane.getByRole("heading", { level: 1, name: "Diarium" }).waitFor();
}

/** A new profile reloads the task pane (the host's picker). */
async function useProfile(id: string): Promise<void> {
  await page.locator("#profile").selectOption(id);
  pane = page.frameLocator("#taskpane");
}

const reasons = () => pane.getByRole("region", { name: "Därför" }).getByRole("listitem").allInnerTexts();
const fact = (term: string) => pane.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]").innerText();
const formBody = () => page.frameLocator('iframe[title="Meddelandets text"]').locator("body").innerText();

describe("a resident's complaint", () => {
  it("gets the card Bör diarieföras with the kommun's answer time, and the reasons in the Diarium view", async () => {
    await select(ITEM.complaint, "Bör diarieföras");
    expect(await card().innerText()).toContain("Svara snarast"); // Mjölby: "snarast", no date
    // Advice, never a block: the review's own verdict stands, and the card is no alert.
    expect(await pane.getByText("Inga personnummer eller känsliga uppgifter hittades.").isVisible()).toBe(true);
    expect(await card().getByRole("alert").count()).toBe(0);
    // The informational bar on the item, as Outlook shows it above the message.
    const bar = await fromMailbox((m) => m.notifications.get("postvaktDiary"));
    expect(bar).toMatchObject({ type: "informationalMessage", message: "Bör diarieföras – svara snarast", persistent: true });

    await openDiary();
    expect(await reasons()).toEqual(["Innehåller ett klagomål", "Avsändaren är en privatperson utanför kommunen"]);
    expect(await fact("Handling")).toBe("klagomål");
    expect(await fact("Svar")).toBe("Svara snarast");
  });

  it("gets the due date by each kommun's working-day rule", async () => {
    await select(ITEM.complaint, "Bör diarieföras");
    // The mail came on Monday 7 December at 09.55 (the host shows Outlook's received time).
    expect(await page.locator("#read-received").innerText()).toBe("mån 2026-12-07 09:55");
    await useProfile("sjobo");
    await card().getByText("Svara senast tis 8 december (nästa arbetsdag)").waitFor();
    await useProfile("oxelosund");
    await card().getByText("Svara senast ons 9 december kl. 09.55 (inom 48 timmar)").waitFor();
  });
});

describe("Skicka till registrator", () => {
  it("opens a new message to the chosen registrar with the facts a registrar needs and the mail attached", async () => {
    await select(ITEM.complaint, "Bör diarieföras");
    await openDiary();
    await pane.getByLabel("Registrator", { exact: true }).selectOption({ label: "Samhällsbyggnadsförvaltningen" });
    await pane.getByRole("button", { name: /^Skicka till registrator/ }).click();
    await page.locator("#opened-form").waitFor();
    await pane.getByText("Ett nytt meddelande är öppnat. Kontrollera det och tryck på Skicka.").waitFor();

    expect(await page.locator("#opened-form-to").innerText()).toBe("registrator.samhallsbyggnad@mjolby.se");
    expect(await page.locator("#opened-form-subject").innerText()).toBe(`För registrering: ${COMPLAINT_SUBJECT}`);
    expect(await page.locator("#opened-form-attachments li").allInnerTexts()).toEqual([`${COMPLAINT_SUBJECT} (bifogat meddelande)`]);
    const body = await formBody();
    expect(body).toMatch(/Inkom\s+måndag 7 december 2026 kl\. 09\.55/);
    expect(body).toMatch(/Avsändare\s+Karin Ljung <karin\.ljung@telia\.com>/);
    expect(body).toMatch(/Mottagare\s+Anna Handläggare <anna\.handlaggare@mjolby\.se>/);
    expect(body).toMatch(/Handlingstyp\s+klagomål/);
    expect(body).toMatch(/Diarienummer\s+inga/);
    expect(body).toMatch(/Bilagor\s+Bullerlogg november\.pdf, IMG_2041\.jpg/);
    expect(body).toMatch(/Svarsfrist\s+Svara snarast/);
    expect(body).toContain("Originalmeddelandet är bifogat.");
    expect(body).not.toContain("BRÅDSKANDE");

    // What Outlook was asked for: the documented call, the item itself attached by its id.
    const forms = await fromMailbox((m) => m.openedForms);
    const itemId = await fromMailbox((m) => (m.mailbox.item as unknown as { itemId: string }).itemId);
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatchObject({
      kind: "newMessage",
      method: "displayNewMessageFormAsync",
      toRecipients: ["registrator.samhallsbyggnad@mjolby.se"],
      ccRecipients: [],
      attachments: [{ type: "item", itemId, name: COMPLAINT_SUBJECT }],
    });
    expect(itemId).toBe("AAMkADdlbW8tbWpvbGJ5AEYAAAAAAAdHJpYXJpdW0BAAAKbGFnb21hbAAA");
    // The choice of registrar is remembered (roaming settings).
    expect(await fromMailbox((m) => m.savedRoaming["postvakt.diary"])).toMatchObject({ registrar: "registrator.samhallsbyggnad@mjolby.se" });

    await page.locator("#opened-form-close").click();
    expect(await page.locator("#opened-form").count()).toBe(0);
  });

  it("names the case number of a supplement, in the view and in the cover note", async () => {
    await select(ITEM.caseNumber, "Bör diarieföras");
    await openDiary();
    expect(await fact("Diarienummer")).toBe("SBN 2026/112");
    expect(await reasons()).toContain("Hänvisar till ärende SBN 2026/112");
    await pane.getByRole("button", { name: /^Skicka till registrator/ }).click();
    await page.locator("#opened-form").waitFor();
    expect(await page.locator("#opened-form-to").innerText()).toBe("registrator@mjolby.se");
    expect(await formBody()).toMatch(/Diarienummer\s+SBN 2026\/112 \(i ämnesraden\)/);
  });

  it("ends a failing Office call in a sentence, and works when tried again", async () => {
    await select(ITEM.complaint, "Bör diarieföras");
    await openDiary();
    await page.evaluate(() => (window as unknown as DemoWindow).postvaktDemo.mailbox.failNext("displayNewMessageFormAsync"));
    const send = pane.getByRole("button", { name: /^Skicka till registrator/ });
    await send.click();
    await pane.getByText("Outlook öppnade inte det nya meddelandet. Försök igen, eller skriv det själv.").waitFor();
    expect(await page.locator("#opened-form").count()).toBe(0);
    expect(await pane.locator("body").innerText()).not.toMatch(/GenericResponseError|9020|undefined/);
    await send.click();
    await page.locator("#opened-form").waitFor();
    expect(await fromMailbox((m) => m.openedForms.length)).toBe(1);
  });
});

describe("a request for public documents", () => {
  it("gets the urgent card with the answer date, and a receipt that asks nothing", async () => {
    await select(ITEM.request, "Begäran om allmän handling – skyndsamt");
    expect(await card().getByRole("alert").innerText()).toContain("Begäran om allmän handling – skyndsamt");
    // One red card that carries the verdict and the answer date, not a second card under it.
    expect(await card().getByRole("alert").innerText()).toContain("Bör diarieföras · Ge besked senast mån 7 december");
    expect(await card().locator(".fui-MessageBar").count()).toBe(1);
    const bar = await fromMailbox((m) => m.notifications.get("postvaktDiary")?.message);
    expect(bar).toBe("Begäran om allmän handling – besked senast mån 7 december");

    await openDiary();
    await pane.getByRole("button", { name: "Skicka mottagningskvitto" }).click();
    await page.locator("#opened-form").waitFor();
    expect(await page.locator("#opened-form-title").innerText()).toBe("Svara");
    expect(await page.locator("#opened-form-to").innerText()).toBe("elin.sandberg@lokalbladet-exempel.se");
    const receipt = await formBody();
    expect(receipt).toContain("Vi hanterar din begäran skyndsamt");
    expect(receipt).not.toMatch(/varför|vem du är|syfte/i);
    expect(await fromMailbox((m) => m.openedForms.map((f) => f.method))).toEqual(["displayReplyFormAsync"]);

    await pane.getByRole("button", { name: /^Skicka till registrator/ }).click();
    await expect.poll(() => fromMailbox((m) => m.openedForms.length)).toBe(2);
    expect(await formBody()).toContain("BRÅDSKANDE: begäran om att få ta del av allmänna handlingar.");
  });

  it("on julafton is due the next working day, after the Christmas holidays", async () => {
    await page.goto(page.url().replace(/\?.*$/, "") + "?now=2026-12-24T10:00");
    pane = page.frameLocator("#taskpane");
    await paneChecked(page, pane);
    await select(ITEM.request, "Begäran om allmän handling – skyndsamt");
    expect(await card().innerText()).toContain("Ge besked senast mån 28 december");
  });
});

describe("mail of little importance and unclear mail", () => {
  it("says quietly that a course invitation is probably of ringa betydelse, with no bar and no receipt", async () => {
    await select(ITEM.invitation, "Troligen ringa betydelse");
    expect(await card().innerText()).toContain("Inget svar behövs");
    expect(await card().getByText("Bör diarieföras").count()).toBe(0);
    expect(await card().getByRole("alert").count()).toBe(0);
    expect(await fromMailbox((m) => m.notifications.has("postvaktDiary"))).toBe(false);
    await openDiary();
    expect(await reasons()).toContain("Inbjudan till kurs, konferens eller träff");
    expect(await pane.getByRole("button", { name: "Skicka mottagningskvitto" }).count()).toBe(0);
  });

  it("asks the registrar about an attachment with hardly a word", async () => {
    await select(ITEM.unclear, "Osäker – fråga registrator");
    await openDiary();
    expect(await reasons()).toContain("Bara en bilaga, nästan ingen text");
    expect(await fact("Handling")).toBe("kunde inte avgöras");
  });
});

describe("the rest of the inbox the issue names", () => {
  it("registers an appeal, naming the document type and the case it appeals", async () => {
    await select(ITEM.appeal, "Bör diarieföras");
    await openDiary();
    expect(await fact("Handling")).toBe("överklagande");
    expect(await fact("Diarienummer")).toContain("MBN 2026/87");
  });

  it("calls a resident's general question about a building permit ringa for the diary, but one to answer", async () => {
    // As the blind corpus labels it: a question with no application or case in it is not registered, and it is answered.
    await select(ITEM.permitQuestion, "Troligen ringa betydelse");
    expect(await card().innerText()).toContain("Svara snarast");
    await openDiary();
    expect(await reasons()).toContain("En enkel fråga");
  });

  it("says a newsletter and an automatic reply need neither the diary nor an answer", async () => {
    for (const id of [ITEM.newsletter, ITEM.autoReply]) {
      await select(id, "Troligen ringa betydelse");
      expect(await card().innerText()).toContain("Inget svar behövs");
      expect(await fromMailbox((m) => m.notifications.has("postvaktDiary"))).toBe(false);
    }
    await openDiary();
    expect((await reasons()).join(" ")).toMatch(/automatiskt svar|frånvaro/i);
  });

  it("sends an invoice to invoice handling, not to the diary, and offers no receipt", async () => {
    await select(ITEM.invoice, "Troligen ringa betydelse");
    await openDiary();
    expect(await fact("Handling")).toBe("faktura");
    expect(await pane.getByText("Fakturor diarieförs inte.", { exact: false }).count()).toBeGreaterThan(0);
    expect(await pane.getByRole("button", { name: "Skicka mottagningskvitto" }).count()).toBe(0);
    // Nothing that would send it to the diary after all.
    expect(await pane.getByRole("button", { name: /^Skicka till registrator/ }).count()).toBe(0);
    expect(await pane.getByRole("button", { name: "Sätt kategorin ”Till registrator”" }).count()).toBe(0);
  });
});

describe("the pane follows the selection", () => {
  it("updates the card and the open Diarium view for each item, leaving nothing of the last one", async () => {
    await select(ITEM.complaint, "Bör diarieföras");
    await select(ITEM.invitation, "Troligen ringa betydelse");
    expect(await card().getByText("Bör diarieföras").count()).toBe(0);
    await select(ITEM.request, "Begäran om allmän handling – skyndsamt");
    expect(await card().getByText("Troligen ringa betydelse").count()).toBe(0);

    await openDiary();
    await page.locator(`#${ITEM.caseNumber}`).click();
    await expect.poll(() => fact("Diarienummer")).toBe("SBN 2026/112");
    expect(await pane.getByRole("alert").count()).toBe(0);
    await page.locator(`#${ITEM.unclear}`).click();
    await pane.getByText("Osäker – fråga registrator").waitFor();
    expect(await fact("Diarienummer")).toBe("inga hittade");
    // Back to the draft: no diary advice for mail being written.
    await page.locator("#item-compose").click();
    await pane.getByRole("heading", { name: "Det här granskades" }).waitFor();
    expect(await pane.getByRole("tab", { name: "Diarium" }).count()).toBe(0);
  });
});

describe("Sätt kategorin", () => {
  it("puts the kommun's category on the item, or says plainly that the mailbox lacks it", async () => {
    await select(ITEM.complaint, "Bör diarieföras");
    await openDiary();
    const mark = pane.getByRole("button", { name: "Sätt kategorin ”Till registrator”" });
    await mark.click();
    // The same button says it is done, and keeps the focus.
    const set = pane.getByRole("button", { name: "Kategorin ”Till registrator” är satt" });
    await set.waitFor();
    expect(await set.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator("#read-categories").innerText()).toBe("Till registrator");

    // The category stays on the item when the user comes back to it, and the pane reads it.
    await page.locator(`#${ITEM.invitation}`).click();
    await pane.getByText("Troligen ringa betydelse").first().waitFor();
    expect(await page.locator("#read-categories").count()).toBe(0);
    await page.locator(`#${ITEM.complaint}`).click();
    expect(await page.locator("#read-categories").innerText()).toBe("Till registrator");
    await pane.getByRole("button", { name: "Kategorin ”Till registrator” är satt" }).waitFor();

    await page.locator(`#${ITEM.caseNumber}`).click();
    await expect.poll(() => fact("Diarienummer")).toBe("SBN 2026/112");
    await page.evaluate(() => {
      (window as unknown as DemoWindow).postvaktDemo.mailbox.masterCategories = [];
    });
    await pane.getByRole("button", { name: "Sätt kategorin ”Till registrator”" }).click();
    await pane.getByText("Kategorin finns inte i din brevlåda. Skapa den under Kategorisera i Outlook och försök igen.").waitFor();
    expect(await page.locator("#read-categories").count()).toBe(0);
  });
});

describe("the registrar's mailbox", () => {
  it("shows the registrar's view for mail in the shared registrar mailbox, chosen in the host's user picker", async () => {
    await page.locator("#mailbox-user").selectOption("registrator");
    await page.waitForURL(/user=registrator/);
    pane = page.frameLocator("#taskpane");
    await paneChecked(page, pane);
    expect(page.url()).toContain(`now=${encodeURIComponent(MONDAY)}`);

    await select(ITEM.complaint, "Bör diarieföras");
    await openDiary();
    await pane.getByRole("heading", { name: "Uppgifter för diariet" }).waitFor();
    expect(await pane.getByText("Brevlådan är en registratorsbrevlåda, så Postvakt visar uppgifterna för diariet.").isVisible()).toBe(true);
    expect(await pane.getByRole("button", { name: "Sätt kategorin ”Till registrator”" }).count()).toBe(0);
    const iAm = pane.getByRole("switch", { name: "Jag arbetar som registrator" });
    expect(await iAm.isChecked()).toBe(true);
    expect(await iAm.isDisabled()).toBe(true);
    const fields = await pane.getByRole("region", { name: "Uppgifter för diariet" }).innerText();
    expect(fields).toMatch(/Mottagare\s+Registrator <registrator@mjolby\.se>/);
    expect(fields).toMatch(/Inkom\s+måndag 7 december 2026 kl\. 09\.55/);
    expect(await pane.getByRole("button", { name: "Kopiera avsändare" }).count()).toBe(1);
    // A registrar does not send mail to the registrar; Mjölby has no diary intake address.
    expect(await pane.getByRole("button", { name: /^Skicka till (registrator|diariet)/ }).count()).toBe(0);
    expect(await fromMailbox((m) => m.calls.includes("getSharedPropertiesAsync"))).toBe(true);

    // Sjöbo's registrar box, and its diary intake.
    await useProfile("sjobo");
    await card().getByText("Bör diarieföras").waitFor();
    await openDiary();
    await pane.getByRole("button", { name: "Skicka till diariet" }).click();
    await page.locator("#opened-form").waitFor();
    expect(await page.locator("#opened-form-to").innerText()).toBe("diarium@sjobo.se");
    expect(await formBody()).toMatch(/Mottagare\s+Registrator <registrator@sjobo\.se>/);
  });

  it("is left again in the picker: Anna's own mailbox has no registrar's view", async () => {
    await page.goto(page.url().replace(/\?.*$/, "") + `?now=${MONDAY}&user=registrator`);
    pane = page.frameLocator("#taskpane");
    await paneChecked(page, pane);
    await page.locator("#mailbox-user").selectOption("handlaggare");
    await page.waitForURL((url) => !url.search.includes("user="));
    pane = page.frameLocator("#taskpane");
    await paneChecked(page, pane);
    await select(ITEM.complaint, "Bör diarieföras");
    await openDiary();
    expect(await pane.getByRole("switch", { name: "Jag arbetar som registrator" }).isChecked()).toBe(false);
    expect(await pane.getByRole("heading", { name: "Uppgifter för diariet" }).count()).toBe(0);
    expect(await pane.getByRole("button", { name: /^Skicka till registrator/ }).count()).toBe(1);
  });
});

describe("several selected messages (the registrar edition)", () => {
  /** The registrar's Outlook, in Sjöbo (which has a diary intake address), on a given client. */
  async function asRegistrar(mailboxVersion?: string): Promise<void> {
    await page.goto(`${page.url().replace(/\?.*$/, "")}?now=${MONDAY}&user=registrator&profile=sjobo${mailboxVersion ? `&mailbox=${mailboxVersion}` : ""}`);
    pane = page.frameLocator("#taskpane");
    await paneChecked(page, pane);
  }
  const mark = (id: string) => page.locator(`#mark-${id}`).check();

  it("lists each with its verdict and sends them all to the diary in one message, each attached", async () => {
    await asRegistrar();
    await mark(ITEM.complaint);
    await mark(ITEM.request);
    await mark(ITEM.newsletter);
    await pane.getByRole("heading", { level: 2, name: "3 markerade meddelanden" }).waitFor();
    await pane.getByText("Postvakt har gått igenom alla 3 meddelanden.").waitFor();
    expect(await page.locator("#several-marked").innerText()).toBe("3 meddelanden markerade");
    const rows = await pane.getByRole("listitem").allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/Bör diarieföras/);
    expect(rows.some((r) => r.includes("Brådskande: begäran om allmän handling"))).toBe(true);
    expect(rows.some((r) => /Troligen ringa betydelse/.test(r))).toBe(true);
    // Each message was loaded and unloaded in turn (Mailbox 1.15).
    expect(await fromMailbox((m) => m.loads.length)).toBe(3);

    await pane.getByRole("button", { name: "Skicka 3 meddelanden till diariet" }).click();
    await page.locator("#opened-form").waitFor();
    expect(await page.locator("#opened-form-to").innerText()).toBe("diarium@sjobo.se");
    expect(await page.locator("#opened-form-subject").innerText()).toBe("För registrering: 3 meddelanden");
    expect(await page.locator("#opened-form-attachments li").count()).toBe(3);
    const body = await formBody();
    expect(body).toMatch(/Meddelande 1[\s\S]*Meddelande 2[\s\S]*Meddelande 3/);
    expect(body).toMatch(/BRÅDSKANDE/);
    // Focus stays on the button that was used, and the review says why it waits.
    expect(await pane.getByRole("button", { name: "Skicka 3 meddelanden till diariet" }).evaluate((el) => el === document.activeElement)).toBe(true);
    await pane.getByRole("tab", { name: "Granskning" }).click();
    await pane.getByText(/3 meddelanden är markerade/).waitFor();
  });

  it("ticking one message other than the one open shows that message's advice, and sends that message", async () => {
    await asRegistrar();
    await page.locator(`#${ITEM.complaint}`).click();
    await card().getByText("Bör diarieföras").waitFor();
    await openDiary();
    await mark(ITEM.request);
    await pane.getByText("Begäran om allmän handling – skyndsamt").waitFor();
    await pane.getByRole("button", { name: "Skicka till diariet" }).first().click();
    await page.locator("#opened-form").waitFor();
    const subject = await page.locator("#opened-form-subject").innerText();
    const attached = await page.locator("#opened-form-attachments li").allInnerTexts();
    expect(subject).not.toMatch(/Klagomål/);
    expect(attached).toHaveLength(1);
    expect(subject).toContain(attached[0]!.replace(/\s*\(.*$/, "").trim());
  });

  it("on Outlook 1.13 lists only the subjects, and one message selected again brings the usual view back", async () => {
    await asRegistrar("1.13");
    await mark(ITEM.complaint);
    await mark(ITEM.appeal);
    await pane.getByText(/ser Postvakt bara ämnesraderna/).waitFor();
    expect(await pane.getByText("Inte bedömt – Postvakt ser bara ämnesraden").count()).toBe(2);
    expect(await fromMailbox((m) => m.calls.includes("loadItemByIdAsync"))).toBe(false);
    // Clicking one message leaves the Diarium view open, now for that message.
    await page.locator(`#${ITEM.appeal}`).click();
    await pane.getByText("Innehåller ett överklagande").waitFor();
    expect(await pane.getByText(/markerade meddelanden/).count()).toBe(0);
    expect(await pane.getByRole("button", { name: "Skicka till diariet" }).count()).toBe(1);
  });
});
