/**
 * The Diarium view and the review's diary card, against fake ports: the
 * verdict for a citizen's application, a request for documents and a
 * newsletter; the registrar picker and its remembered choice; the bar on the
 * item; copying where Outlook lacks the call; the registrar's fields.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMailMessage, loadBuiltinProfile, type Action, type MailMessage, type Profile } from "../../src/core";
import type { FailureKind } from "../../src/ports";
import { App } from "../../src/taskpane/shell/App";
import { FakeDiaryPort } from "./fake-diary-service";
import { FakeService, composeMessage } from "./fake-service";

function profile(id = "sjobo"): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(`${id} profile invalid`);
  return result.profile;
}

function incoming(spec: { subject: string; body: string; from?: string; headers?: Record<string, string>; attachments?: string[]; to?: string }): MailMessage {
  return createMailMessage({
    mode: "read",
    subject: spec.subject,
    body: { text: spec.body },
    from: { address: spec.from ?? "bengt.martensson@gmail.com", name: "Bengt Mårtensson" },
    recipients: [{ field: "to", address: spec.to ?? "bygglov@sjobo.se" }],
    attachments: (spec.attachments ?? []).map((name) => ({ name, size: 2000 })),
    ...(spec.headers ? { headers: spec.headers } : {}),
    receivedAt: "2026-06-22T09:15:00+02:00",
  });
}

const APPLICATION = incoming({
  subject: "Ansökan om bygglov – garage",
  body: "Hej! Här kommer vår ansökan om bygglov för ett garage på Äsperöd 3:12. Ritningarna finns i bilagan.",
  attachments: ["Ansökan bygglov.pdf"],
});
const REQUEST = incoming({ subject: "Protokoll", body: "Hej, jag begär att få ta del av protokollet från byggnadsnämndens möte i maj.", from: "journalist@tidningen.se" });
const NEWSLETTER = incoming({ subject: "Nyheter från Boverket", body: "Nya föreskrifter om bygglov.", from: "nyhetsbrev@boverket.se", headers: { "list-unsubscribe": "<https://boverket.se/av>" } });

function renderPane(message: MailMessage, options: { diary?: FakeDiaryPort; p?: Profile; displayLanguage?: string; unsupported?: Action["type"][]; actionFailure?: FailureKind } = {}) {
  const service = new FakeService(message, { displayLanguage: options.displayLanguage ?? "sv-SE", userEmail: "anna@sjobo.se" });
  service.unsupported = options.unsupported ?? [];
  service.actionFailure = options.actionFailure;
  const diary = options.diary ?? new FakeDiaryPort();
  render(<App review={service} actions={service} diary={diary} profileChoice={{ ok: true, profile: options.p ?? profile() }} pollMs={60_000} />);
  return { service, diary };
}

async function openDiary(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("tab", { name: /Diarium/ }));
  return screen.findByRole("heading", { level: 1, name: "Diarium" });
}

describe("the review's diary card", () => {
  it("a citizen's application: 'Bör diarieföras' with the deadline, and a way to the Diarium view", async () => {
    const user = userEvent.setup();
    renderPane(APPLICATION);
    const card = (await screen.findByRole("heading", { name: "Diarieföring" })).closest("section")!;
    expect(within(card).getByText("Bör diarieföras")).toBeTruthy();
    expect(within(card).getByText("Svara senast tis 23 juni (nästa arbetsdag)")).toBeTruthy();
    await user.click(within(card).getByRole("button", { name: "Öppna Diarium" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Diarium" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: /Diarium/ }).getAttribute("aria-selected")).toBe("true");
  });

  it("a newsletter: 'Troligen ringa betydelse'", async () => {
    renderPane(NEWSLETTER);
    const card = (await screen.findByRole("heading", { name: "Diarieföring" })).closest("section")!;
    expect(within(card).getByText("Troligen ringa betydelse")).toBeTruthy();
    expect(within(card).getByText("Inget svar behövs")).toBeTruthy();
  });

  it("no card and no Diarium tab while writing", async () => {
    renderPane(composeMessage("Hej", ["lisa@sjobo.se"]));
    expect(await screen.findByRole("heading", { name: "Det här granskades" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Diarieföring" })).toBeNull();
    expect(screen.queryByRole("tab", { name: /Diarium/ })).toBeNull();
  });
});

describe("the Diarium view", () => {
  it("shows the verdict, the reasons, the handling, the deadline and the kommun's words", async () => {
    const user = userEvent.setup();
    renderPane(APPLICATION);
    await openDiary(user);
    expect(screen.getByText("Bör diarieföras")).toBeTruthy();
    const reasons = screen.getByRole("heading", { name: "Därför" }).closest("section")!;
    expect(within(reasons).getByText("Innehåller en ansökan")).toBeTruthy();
    expect(within(reasons).getByText("Avsändaren är en privatperson utanför kommunen")).toBeTruthy();
    expect(screen.getByText("ansökan")).toBeTruthy();
    expect(screen.getByText("Svara senast tis 23 juni (nästa arbetsdag)")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /Kommunens svarstid/ }));
    expect(screen.getByText(/ska besvaras nästkommande arbetsdag/)).toBeTruthy();
    expect(screen.getByText(/Registratorns adress i profilen är ett exempel/)).toBeTruthy();
  });

  it("'Skicka till registrator' opens a new message to the chosen registrar with the item attached and the cover note", async () => {
    const user = userEvent.setup();
    const { service } = renderPane(APPLICATION);
    await openDiary(user);
    await user.click(screen.getByRole("button", { name: /Skicka till registrator, Kommunledningsförvaltningen/ }));
    expect(await screen.findByText("Ett nytt meddelande är öppnat. Kontrollera det och tryck på Skicka.")).toBeTruthy();
    const sent = service.performed[0];
    expect(sent?.type).toBe("newMessage");
    if (sent?.type !== "newMessage") return;
    expect(sent.to).toEqual(["registrator@sjobo.se"]);
    expect(sent.attachCurrentItem).toBe(true);
    expect(sent.subject).toBe("För registrering: Ansökan om bygglov – garage");
    expect(sent.body.text).toContain("Handlingstyp: ansökan");
  });

  it("the registrar picked is remembered, and used next time", async () => {
    const user = userEvent.setup();
    const diary = new FakeDiaryPort();
    const { service } = renderPane(APPLICATION, { diary });
    await openDiary(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Registrator" }), "registrator.samhallsbyggnad@sjobo.se");
    expect(diary.saved).toEqual([{ registrar: "registrator.samhallsbyggnad@sjobo.se" }]);
    await user.click(screen.getByRole("button", { name: /Skicka till registrator, Samhällsbyggnad/ }));
    await waitFor(() => expect(service.performed).toHaveLength(1));
    expect(service.performed[0]).toMatchObject({ to: ["registrator.samhallsbyggnad@sjobo.se"] });
  });

  it("starts from the remembered registrar", async () => {
    const user = userEvent.setup();
    renderPane(APPLICATION, { diary: new FakeDiaryPort({ registrar: "registrator.socialtjanst@sjobo.se" }) });
    await openDiary(user);
    expect((screen.getByRole("combobox", { name: "Registrator" }) as HTMLSelectElement).value).toBe("registrator.socialtjanst@sjobo.se");
  });

  it("'Skicka mottagningskvitto' opens a reply with the kommun's receipt and the answer date", async () => {
    const user = userEvent.setup();
    const { service } = renderPane(APPLICATION);
    await openDiary(user);
    await user.click(screen.getByRole("button", { name: "Skicka mottagningskvitto" }));
    await waitFor(() => expect(service.performed).toHaveLength(1));
    const reply = service.performed[0];
    expect(reply?.type).toBe("reply");
    if (reply?.type === "reply") expect(reply.body.text).toContain("Du får normalt svar senast tisdag 23 juni.");
  });

  it("sets the category, then says so on the same button, which keeps the focus", async () => {
    const user = userEvent.setup();
    const { service } = renderPane(APPLICATION);
    await openDiary(user);
    const button = screen.getByRole("button", { name: "Sätt kategorin ”Till registrator”" });
    await user.click(button);
    await waitFor(() => expect(service.performed).toHaveLength(1));
    const set = await screen.findByRole("button", { name: "Kategorin ”Till registrator” är satt" });
    expect(set.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(set);
  });

  it("an item that already has the category says so instead of offering to set it again", async () => {
    const user = userEvent.setup();
    const diary = new FakeDiaryPort();
    diary.itemCategories = ["Till registrator"];
    renderPane(APPLICATION, { diary });
    await openDiary(user);
    expect(await screen.findByRole("button", { name: "Kategorin ”Till registrator” är satt" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Sätt kategorin ”Till registrator”" })).toBeNull();
  });

  it("says plainly when the category does not exist in the mailbox", async () => {
    const user = userEvent.setup();
    renderPane(APPLICATION, { actionFailure: "categoryMissing" });
    await openDiary(user);
    await user.click(screen.getByRole("button", { name: "Sätt kategorin ”Till registrator”" }));
    expect(await screen.findByText(/Kategorin finns inte i din brevlåda/)).toBeTruthy();
  });

  it("offers the cover note and the receipt to copy, and says how to set the category, where Outlook lacks the calls", async () => {
    const user = userEvent.setup();
    const { service } = renderPane(APPLICATION, { unsupported: ["newMessage", "reply", "setCategory"] });
    await openDiary(user);
    expect(screen.queryByRole("button", { name: /Skicka till registrator/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Skicka mottagningskvitto" })).toBeNull();
    expect(screen.getByText(/kan inte öppna ett nytt meddelande åt dig/)).toBeTruthy();
    expect(screen.getByText("Den här versionen av Outlook kan inte sätta kategorier. Sätt kategorin ”Till registrator” själv.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Kopiera följebrevet" }));
    await waitFor(() => expect(service.performed).toHaveLength(1));
    expect(service.performed[0]).toMatchObject({ type: "copyText", id: "copyCoverNote" });
    expect(screen.getByRole("button", { name: "Kopiera kvittot" })).toBeTruthy();
  });

  it("a request for documents is a red card of its own", async () => {
    const user = userEvent.setup();
    renderPane(REQUEST);
    await openDiary(user);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByText("Begäran om allmän handling – skyndsamt")).toBeTruthy();
    expect(within(alert).getByText(/normalt få besked samma dag/)).toBeTruthy();
    // The verdict rides in the red card: one card in a narrow pane, not two saying the same.
    expect(within(alert).getByText("Bör diarieföras · Ge besked senast mån 22 juni")).toBeTruthy();
    expect(screen.queryByText("Bör diarieföras")).toBeNull();
    expect(screen.getByText("Ge besked senast mån 22 juni")).toBeTruthy();
  });

  it("registrars: the fields for the diary with copy buttons; 'the user says so once' is remembered", async () => {
    const user = userEvent.setup();
    const diary = new FakeDiaryPort();
    const { service } = renderPane(APPLICATION, { diary });
    await openDiary(user);
    expect(screen.queryByRole("heading", { name: "Uppgifter för diariet" })).toBeNull();
    await user.click(screen.getByRole("switch", { name: "Jag arbetar som registrator" }));
    expect(diary.saved).toEqual([{ isRegistrar: true }]);
    const fields = (await screen.findByRole("heading", { name: "Uppgifter för diariet" })).closest("section")!;
    expect(within(fields).getByText("Bengt Mårtensson <bengt.martensson@gmail.com>")).toBeTruthy();
    expect(within(fields).getByText("måndag 22 juni 2026 kl. 09.15")).toBeTruthy();
    await user.click(within(fields).getByRole("button", { name: "Kopiera avsändare" }));
    await waitFor(() => expect(service.performed).toHaveLength(1));
    expect(service.performed[0]).toMatchObject({ type: "copyText", text: "Bengt Mårtensson <bengt.martensson@gmail.com>" });
    // Confirmed in the field's own row and to a screen reader, with no bar pushing the list down under the pointer.
    await waitFor(() => expect(within(fields).getByRole("button", { name: "Kopiera avsändare" }).textContent).toBe("Kopierat"));
    expect(within(fields).getByRole("status").textContent).toBe("Kopierat: Avsändare. Klistra in det i diariet.");
    expect(screen.queryByText("Texten är kopierad. Klistra in den där den ska stå.")).toBeNull();
    // Sjöbo has a diary intake: registrars send there instead of to a registrar.
    expect(screen.getByRole("button", { name: "Skicka till diariet" })).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Registrator" })).toBeNull();
  });

  it("a registrar's mailbox listed in the profile (a shared mailbox) gives registrar mode without asking", async () => {
    const user = userEvent.setup();
    renderPane(APPLICATION, { diary: new FakeDiaryPort({}, "registrator@sjobo.se") });
    await openDiary(user);
    expect(await screen.findByRole("heading", { name: "Uppgifter för diariet" })).toBeTruthy();
    expect(screen.getByText(/Brevlådan är en registratorsbrevlåda/)).toBeTruthy();
  });

  it("says when the choice could not be saved", async () => {
    const user = userEvent.setup();
    const diary = new FakeDiaryPort();
    diary.saveFailure = "settingsSaveFailed";
    renderPane(APPLICATION, { diary });
    await openDiary(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Registrator" }), "registrator.socialtjanst@sjobo.se");
    expect(await screen.findByText(/Outlook kunde inte spara dina uppgifter/)).toBeTruthy();
  });

  it("in English when Outlook is", async () => {
    const user = userEvent.setup();
    renderPane(APPLICATION, { displayLanguage: "en-GB" });
    await user.click(await screen.findByRole("tab", { name: /Registry/ }));
    expect(await screen.findByText("Should be registered")).toBeTruthy();
    expect(screen.getByText("Contains an application")).toBeTruthy();
    expect(screen.getByText("Answer by Tue 23 June (the next working day)")).toBeTruthy();
  });
});

describe("the bar on the item", () => {
  it("says the verdict and the deadline for mail to register, and comes down for ringa", async () => {
    const diary = new FakeDiaryPort();
    renderPane(APPLICATION, { diary });
    await waitFor(() => expect(diary.bars).toEqual(["Bör diarieföras – svar senast tis 23 juni"]));
  });

  it("is taken down for a newsletter", async () => {
    const diary = new FakeDiaryPort();
    renderPane(NEWSLETTER, { diary });
    await waitFor(() => expect(diary.bars).toEqual([null]));
  });

  it("a request: 'besked senast' the day", async () => {
    const diary = new FakeDiaryPort();
    renderPane(REQUEST, { diary });
    await waitFor(() => expect(diary.bars).toEqual(["Begäran om allmän handling – besked senast mån 22 juni"]));
  });
});
