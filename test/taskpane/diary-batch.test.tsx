/**
 * Several selected messages in the task pane (the registrar edition), against
 * a fake selection port: Diarium lists them with their verdicts as each is
 * read, the one button sends them all with a cover note, Outlook versions
 * that give only subjects, a message that cannot be read, and the way back
 * to one message.
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createMailMessage, loadBuiltinProfile, type MailMessage, type Profile } from "../../src/core";
import { PostvaktError, type SelectedMessage, type SelectionPort } from "../../src/ports";
import { App } from "../../src/taskpane/shell/App";
import { FakeDiaryPort } from "./fake-diary-service";
import { FakeService } from "./fake-service";

function profile(id = "sjobo"): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(`${id} profile invalid`);
  return result.profile;
}

function incoming(subject: string, body: string, from = "bengt.martensson@gmail.com"): MailMessage {
  return createMailMessage({
    mode: "read",
    subject,
    body: { text: body },
    from: { address: from },
    recipients: [{ field: "to", address: "registrator@sjobo.se" }],
    receivedAt: "2026-06-22T09:15:00+02:00",
  });
}

const MAIL: Record<string, MailMessage> = {
  a: incoming("Ansökan om bygglov – garage", "Hej! Här kommer vår ansökan om bygglov för ett garage."),
  b: incoming("Protokoll", "Hej, kan jag få en kopia av protokollet från byggnadsnämnden i maj?", "reporter@tidningen.se"),
  c: incoming("Kurs i arkivering", "Välkommen på kurs! Anmäl dig senast 1 september.", "kurs@kursbolaget.se"),
};

class FakeSelection implements SelectionPort {
  current: SelectedMessage[] = [];
  readable = true;
  failing = new Set<string>();
  readonly reads: string[] = [];
  private listener: (() => void) | undefined;
  canRead(): boolean {
    return this.readable;
  }
  async selected(): Promise<SelectedMessage[]> {
    return this.current;
  }
  async subscribe(onChange: () => void): Promise<() => void> {
    this.listener = onChange;
    return () => (this.listener = undefined);
  }
  async read(itemId: string): Promise<MailMessage> {
    this.reads.push(itemId);
    if (this.failing.has(itemId)) throw new PostvaktError("readFailed");
    return MAIL[itemId] as MailMessage;
  }
  select(ids: string[]): void {
    this.current = ids.map((id) => ({ itemId: id, subject: (MAIL[id] as MailMessage).subject }));
    this.listener?.();
  }
}

function renderPane(options: { isRegistrar?: boolean } = {}) {
  const service = new FakeService(MAIL.a as MailMessage, { displayLanguage: "sv-SE", userEmail: "maja@sjobo.se" });
  const diary = new FakeDiaryPort(options.isRegistrar === undefined ? {} : { isRegistrar: options.isRegistrar });
  const selection = new FakeSelection();
  render(<App review={service} actions={service} diary={diary} selection={selection} profileChoice={{ ok: true, profile: profile() }} pollMs={60_000} />);
  return { service, selection };
}

describe("several selected messages", () => {
  it("opens Diarium with each message and its verdict, and sends them all to the diary with one cover note", async () => {
    const user = userEvent.setup();
    // The registrar edition: no choice saved, and its user counts as a registrar.
    const { service, selection } = renderPane();
    await screen.findByRole("heading", { name: "Diarieföring" });
    await act(async () => selection.select(["a", "b", "c"]));
    expect(await screen.findByRole("heading", { level: 2, name: "3 markerade meddelanden" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: /Diarium/ }).getAttribute("aria-selected")).toBe("true");
    const list = screen.getByRole("list");
    const rows = await within(list).findAllByRole("listitem");
    expect(rows).toHaveLength(3);
    expect(await screen.findByText("Postvakt har gått igenom alla 3 meddelanden.")).toBeTruthy();
    expect(within(rows[0]!).getByText(/Bör diarieföras/)).toBeTruthy();
    expect(within(rows[1]!).getByText("Brådskande: begäran om allmän handling")).toBeTruthy();
    expect(within(rows[2]!).getByText(/Troligen ringa betydelse/)).toBeTruthy();
    // Numbered as in the cover note, and the urgent one named above the list.
    expect(rows.map((r) => r.textContent?.slice(0, 2))).toEqual(["1.", "2.", "3."]);
    expect(screen.getByText("Brådskande: meddelande 2 är en begäran om allmän handling. Ge besked i dag om det går.")).toBeTruthy();
    expect(selection.reads).toEqual(["a", "b", "c"]);

    await user.click(screen.getByRole("button", { name: "Skicka 3 meddelanden till diariet" }));
    expect(await screen.findByText("Ett nytt meddelande är öppnat. Kontrollera det och tryck på Skicka.")).toBeTruthy();
    const sent = service.performed.at(-1);
    if (sent?.type !== "newMessage") throw new Error("no new message");
    expect(sent.attachItems?.map((a) => a.itemId)).toEqual(["a", "b", "c"]);
    expect(sent.attachCurrentItem).toBeUndefined();
    expect(sent.subject).toBe("För registrering: 3 meddelanden");
    expect(sent.body.text).toMatch(/BRÅDSKANDE: Meddelande 2/);
    // The review says why it waits.
    await user.click(screen.getByRole("tab", { name: /Granskning/ }));
    expect(screen.getByText(/3 meddelanden är markerade/)).toBeTruthy();
  });

  it("the registrar edition's user is a registrar; one who has said otherwise sends them to the registrar", async () => {
    const user = userEvent.setup();
    const { service, selection } = renderPane({ isRegistrar: false });
    await screen.findByRole("heading", { name: "Diarieföring" });
    await act(async () => selection.select(["a", "c"]));
    await screen.findByText("Postvakt har gått igenom båda meddelandena.");
    // The course invitation is probably of ringa betydelse: the registrar is told before sending.
    expect(screen.getByText("1 av meddelandena behöver troligen inte diarieföras. Avmarkera dem i Outlook om de inte ska med.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /Skicka 2 meddelanden till registrator/ }));
    const sent = service.performed.at(-1);
    expect(sent?.type === "newMessage" && sent.to).toEqual(["registrator@sjobo.se"]);
  });

  it("where Outlook gives only subjects, lists them unassessed and still offers to send them all", async () => {
    const { selection } = renderPane({ isRegistrar: true });
    selection.readable = false;
    await screen.findByRole("heading", { name: "Diarieföring" });
    await act(async () => selection.select(["a", "b"]));
    expect(await screen.findByText(/ser Postvakt bara ämnesraderna/)).toBeTruthy();
    expect(screen.getAllByText("Inte bedömt – Postvakt ser bara ämnesraden")).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Skicka 2 meddelanden till diariet" })).toBeTruthy();
    expect(selection.reads).toEqual([]);
  });

  it("a message that cannot be read says so, and the others are still assessed", async () => {
    const { selection } = renderPane({ isRegistrar: true });
    selection.failing.add("b");
    await screen.findByRole("heading", { name: "Diarieföring" });
    await act(async () => selection.select(["a", "b"]));
    expect(await screen.findByText("Postvakt kunde inte läsa meddelandet. Markera bara det för att få det bedömt. Det skickas ändå med.")).toBeTruthy();
    expect(screen.getByText(/Bör diarieföras/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Skicka 2 meddelanden till diariet" })).toBeTruthy();
  });

  it("another single message than before makes the review read again, so the advice is of the message Outlook has open", async () => {
    const { service, selection } = renderPane({ isRegistrar: true });
    await screen.findByRole("heading", { name: "Diarieföring" });
    await act(async () => selection.select(["a"]));
    const readsBefore = service.readItemSpy.mock.calls.length;
    service.message = MAIL.b as MailMessage;
    await act(async () => selection.select(["b"]));
    expect(await screen.findByText("Begäran om allmän handling – skyndsamt")).toBeTruthy();
    expect(service.readItemSpy.mock.calls.length).toBeGreaterThan(readsBefore);
  });

  it("back to one message, the review reads the item again and the usual view returns", async () => {
    const { service, selection } = renderPane({ isRegistrar: true });
    await screen.findByRole("heading", { name: "Diarieföring" });
    await act(async () => selection.select(["a", "b"]));
    await screen.findByText("Postvakt har gått igenom båda meddelandena.");
    const readsBefore = service.readItemSpy.mock.calls.length;
    await act(async () => selection.select(["a"]));
    expect(await screen.findByRole("heading", { level: 2, name: "Därför" })).toBeTruthy();
    expect(screen.queryByText(/markerade meddelanden/)).toBeNull();
    expect(service.readItemSpy.mock.calls.length).toBeGreaterThan(readsBefore);
  });
});
