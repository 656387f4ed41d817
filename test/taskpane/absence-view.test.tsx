/**
 * The Frånvaro view against a fake absence port: the form writes the reply
 * from the kommun's template, the check follows whatever text is there,
 * saving shows an active reply before replacing it and says which part is
 * done, and without Graph the texts are there to copy with a guide. The
 * reminder after the absence is the shell's, above every view.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { calendarDate, loadBuiltinProfile, type Profile } from "../../src/core";
import { AbsenceView } from "../../src/taskpane/features/absence/AbsenceView";
import { ABSENCE_TEXTS } from "../../src/taskpane/features/absence/texts";
import { App } from "../../src/taskpane/shell/App";
import { translator } from "../../src/taskpane/ui/i18n";
import { FakeAbsenceService } from "./fake-absence-service";
import { FakeService, composeMessage } from "./fake-service";

// The whole pane re-renders on each step; on a shared machine that takes a few seconds per test.
vi.setConfig({ testTimeout: 20_000 });

function profile(id: string): Profile {
  const r = loadBuiltinProfile(id);
  if (!r.ok) throw new Error(id);
  return r.profile;
}

const NOW = Date.parse("2026-06-15T10:00:00+02:00");
const now = () => NOW;

function renderView(port: FakeAbsenceService, id = "oxelosund", actions = new FakeService(composeMessage("", []))) {
  render(
    <FluentProvider theme={webLightTheme}>
      <AbsenceView t={translator(ABSENCE_TEXTS, "sv")} locale="sv" profile={profile(id)} port={port} actions={actions} now={now} userEmail="anna@oxelosund.se" />
    </FluentProvider>,
  );
  return actions;
}

const internal = () => screen.getByLabelText("Till kollegor i kommunen") as HTMLTextAreaElement;
const external = () => screen.getByLabelText("Till alla andra") as HTMLTextAreaElement;

function fillSummer() {
  fireEvent.change(screen.getByLabelText("Första dagen"), { target: { value: "2026-06-29" } });
  fireEvent.change(screen.getByLabelText("Sista dagen"), { target: { value: "2026-08-07" } });
}

async function fillColleague(user: ReturnType<typeof userEvent.setup>, phone = "0155-381 24") {
  await user.click(screen.getByRole("radio", { name: "En kollega" }));
  // Whole values at once: typing each letter re-renders the pane, slow on a shared machine.
  fireEvent.change(screen.getByRole("textbox", { name: "Namn" }), { target: { value: "Karin Holm" } });
  fireEvent.change(screen.getByRole("textbox", { name: /^Telefon/ }), { target: { value: phone } });
  fireEvent.change(screen.getByRole("textbox", { name: "E-post" }), { target: { value: "karin.holm@oxelosund.se" } });
}

describe("the form writes the reply from the kommun's template", () => {
  it("gives Oxelösund's model with the period, the return day and the colleague", async () => {
    const user = userEvent.setup();
    renderView(new FakeAbsenceService());
    fillSummer();
    await fillColleague(user);
    await user.click(screen.getByRole("radio", { name: "Ja, till den som ska kontaktas" }));
    expect(screen.getByText("Du är tillbaka måndag 10 augusti.")).toBeTruthy();
    expect(internal().value).toBe(
      "Jag har semester under perioden 29 juni–7 augusti 2026 och är åter måndag 10 augusti. Ditt ärende har vidarebefordrats till Karin Holm, telefon 0155-381 24, karin.holm@oxelosund.se.",
    );
    expect(screen.getByText("Frånvaromeddelandet säger när du är borta, när du är tillbaka och vem man kan kontakta.", { selector: "[data-check=internal] *" })).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: /Engelsk text/ }));
    expect(external().value).toContain("I am on holiday from 29 June to 7 August 2026 and will be back on Monday 10 August.");
    expect(internal().value).not.toContain("holiday");
  });

  it("offers the kommun's kinds and none about health, and the booking with the phone code", async () => {
    const user = userEvent.setup();
    renderView(new FakeAbsenceService());
    const kinds = within(screen.getByLabelText("Sorts frånvaro")).getAllByRole("option").map((o) => o.textContent);
    expect(kinds).toEqual(["Semester", "Tjänsteresa", "Kurs eller konferens", "Tjänstledighet", "Föräldraledighet", "Sammanträde"]);
    expect((screen.getByRole("checkbox", { name: "Boka frånvaron i kalendern" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Bokningen får ämnet ”SEM: Semester”/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("Sorts frånvaro"), "foraldraledighet");
    expect((screen.getByRole("checkbox", { name: "Boka frånvaron i kalendern" }) as HTMLInputElement).checked).toBe(false);
  });
});

describe("the check on whatever text is there", () => {
  it("says what is missing or risky after an edit, cites the kommun, and rewrites from the form on request", async () => {
    const user = userEvent.setup();
    renderView(new FakeAbsenceService(), "sorsele");
    fillSummer();
    fireEvent.change(internal(), { target: { value: "Jag är sjukskriven. Ring Per på 070-174 06 12." } });
    const check = document.querySelector("[data-check=internal]") as HTMLElement;
    expect(within(check).getByText(/Det står inte när du är borta/)).toBeTruthy();
    expect(within(check).getByText(/Frånvaromeddelandet berättar om hälsa \(sjukskriven\)/)).toBeTruthy();
    expect(within(check).getByText(/kollegas mobilnummer \(070-••• •• 12\)\. Det tillåter inte kommunen/)).toBeTruthy();
    await user.click(within(check).getAllByRole("button", { name: /Riktlinje/ })[2]!);
    expect(within(check).getByText("Det är inte tillåtet att lämna ut information om andra medarbetares 07-nummer. Undantag kan beslutas av närmaste chef.")).toBeTruthy();
    expect(screen.getByText("Du har ändrat texten, så den följer inte längre formuläret.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Skriv om från formuläret" }));
    expect(internal().value).toMatch(/^Jag har semester 29 juni–7 augusti 2026\. Jag är åter i tjänst måndag 10 augusti\./);
  });

  it("points out what falls beyond the 250 characters colleagues see", async () => {
    const user = userEvent.setup();
    renderView(new FakeAbsenceService(), "mjolby");
    fillSummer();
    await user.click(internal());
    await user.keyboard("{Home}");
    fireEvent.change(internal(), { target: { value: `${"Tack för ditt mejl. ".repeat(13)}${internal().value}` } });
    expect(screen.getByText(/Kollegor ser bara de första 250 tecknen när de skriver till dig, och där står inte när du är borta, när du är tillbaka och vem man kan kontakta\. Flytta upp det\./)).toBeTruthy();
  });
});

describe("saving in Outlook", () => {
  it("reads the current reply first and shows an active one before replacing it", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.mailbox = { timeZone: "Europe/Stockholm", reply: { status: "alwaysEnabled", externalAudience: "all", internalText: "Jag är på kurs.", externalText: "" } };
    renderView(port);
    fillSummer();
    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText("Det är på och skickas tills någon stänger av det.")).toBeTruthy();
    expect(within(dialog).getByText("Jag är på kurs.")).toBeTruthy();
    expect(port.saved).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Behåll det gamla" }));
    expect(await screen.findByText("Ditt gamla frånvaromeddelande är kvar. Inget är ändrat.")).toBeTruthy();
    expect(port.saved).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Ersätt med det nya" }));
    expect(await screen.findByText(/Frånvaromeddelandet är sparat i Outlook\. Det skickas från mån 29 juni kl\. 00\.00 till fre 7 augusti kl\. 23\.59/)).toBeTruthy();
    expect(screen.getByText(/Bokningen ”SEM: Semester” ligger i din kalender\./)).toBeTruthy();
    const [operations] = port.saved;
    expect(operations!.map((o) => o.operation)).toEqual(["setAutomaticReplies", "createAbsenceEvent"]);
    expect(operations![0]).toMatchObject({ setting: { status: "scheduled", scheduledStartDateTime: { dateTime: "2026-06-29T00:00:00", timeZone: "Europe/Stockholm" } } });
    expect(port.records).toEqual([{ end: { date: calendarDate(2026, 8, 7), time: { hour: 23, minute: 59 } }, via: "graph" }]);
  });

  it("does not book twice: an entry with the phone code in the period is kept", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.bookings = [{ subject: "SEM: sommar", start: "2026-06-29T08:00:00", end: "2026-08-07T17:00:00", showAs: "oof", isAllDay: false, isPrivate: false }];
    renderView(port);
    fillSummer();
    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    expect(await screen.findByText(/Din kalender har redan bokningen ”SEM: sommar” under perioden/)).toBeTruthy();
    expect(port.calls).toContain("findBookings 2026-06-29T00:00:00 2026-08-07T23:59:00 W. Europe Standard Time");
    expect(port.saved[0]!.map((o) => o.operation)).toEqual(["setAutomaticReplies"]);
  });

  it("says which part is done when the booking fails after the reply was set, and books on a retry", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.failAt = { operation: "createAbsenceEvent", kind: "graphForbidden" };
    renderView(port);
    fillSummer();
    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    expect(
      await screen.findByText(
        "Frånvaromeddelandet är sparat i Outlook. Bokningen i kalendern gick däremot inte att göra: Kommunen tillåter inte att Postvakt gör det här åt dig. Gör det själv i Outlook. Boka då frånvaron själv: ämnet ”SEM: Semester”, med klockslag, Visa som: Borta.",
      ),
    ).toBeTruthy();
    port.failAt = undefined;
    await user.click(screen.getByRole("button", { name: "Försök boka igen" }));
    expect(await screen.findByText(/Bokningen ”SEM: Semester” ligger i din kalender/)).toBeTruthy();
    expect(port.calls.filter((c) => c.startsWith("save"))).toEqual(["save setAutomaticReplies+createAbsenceEvent", "save createAbsenceEvent"]);
  });

  it("still sets the reply when the calendar cannot be looked at, and says the booking failed", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.bookingsFailure = "consentMissing";
    port.failAt = { operation: "createAbsenceEvent", kind: "consentMissing" };
    renderView(port);
    fillSummer();
    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    expect(await screen.findByText(/^Frånvaromeddelandet är sparat i Outlook\. Bokningen i kalendern gick däremot inte att göra: Kommunen har inte gett Postvakt lov/)).toBeTruthy();
  });

  it("says what to do when nothing could be saved, and offers the texts to copy", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.readFailure = "consentMissing";
    renderView(port);
    fillSummer();
    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    expect(await screen.findByText(/Kommunen har inte gett Postvakt lov att göra det här\..*Inget är ändrat i Outlook\./)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kopiera texten till kollegor" })).toBeTruthy();
    expect(port.saved).toEqual([]);
  });

  it("stops at fields the reply cannot do without, and says which", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    renderView(port);
    fillSummer();
    await user.click(screen.getByRole("radio", { name: "En kollega" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Namn" }), { target: { value: "Karin Holm" } });
    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    expect(await screen.findByText("Rätta de markerade fälten först.")).toBeTruthy();
    expect(screen.getByText(/Skriv kollegans telefonnummer eller e-post/)).toBeTruthy();
    expect(port.calls).toEqual([]);
  });

  it("fills the colleague in from the directory", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.people = [{ name: "Karin Holm", email: "karin.holm@oxelosund.se", phone: "0155-381 24" }];
    renderView(port);
    await user.click(screen.getByRole("radio", { name: "En kollega" }));
    await user.type(screen.getByRole("textbox", { name: "Namn" }), "Kar");
    await user.click(screen.getByRole("button", { name: "Sök i adressboken" }));
    const pick = await screen.findByRole("button", { name: /^Välj Karin Holm,/ });
    // What a screen reader hears holds what is shown.
    expect(pick.getAttribute("aria-label")).toBe(`Välj ${pick.textContent}`);
    await user.click(pick);
    expect((screen.getByRole("textbox", { name: /^Telefon/ }) as HTMLInputElement).value).toBe("0155-381 24");
    expect((screen.getByRole("textbox", { name: "E-post" }) as HTMLInputElement).value).toBe("karin.holm@oxelosund.se");
    expect(port.calls).toEqual(["search Kar"]);
  });
});

describe("focus after an action", () => {
  it("keeps a busy button focusable, moves to the picked name, the replace question and what happened", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.people = [{ name: "Karin Holm", email: "karin.holm@oxelosund.se", phone: "0155-381 24" }];
    renderView(port);
    fillSummer();
    await user.click(screen.getByRole("radio", { name: "En kollega" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Namn" }), { target: { value: "Karin" } });
    // A search that waits: the button says so and keeps focus (only marked disabled).
    let answer: () => void = () => undefined;
    const search = port.searchDirectory.bind(port);
    port.searchDirectory = (query) => new Promise((resolve) => (answer = () => void search(query).then(resolve)));
    await user.click(screen.getByRole("button", { name: "Sök i adressboken" }));
    const busy = await screen.findByRole("button", { name: "Söker …" });
    expect(busy.getAttribute("aria-disabled")).toBe("true");
    expect(busy.hasAttribute("disabled")).toBe(false);
    expect(document.activeElement).toBe(busy);
    answer();
    await user.click(await screen.findByRole("button", { name: /^Välj Karin Holm,/ }));
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Namn" }));

    port.mailbox = { timeZone: "Europe/Stockholm", reply: { status: "alwaysEnabled", externalAudience: "all", internalText: "Jag är på kurs.", externalText: "" } };
    await user.click(screen.getByRole("button", { name: "Spara i Outlook" }));
    const dialog = await screen.findByRole("alertdialog");
    await waitFor(() => expect(document.activeElement).toBe(dialog));
    await user.click(within(dialog).getByRole("button", { name: "Ersätt med det nya" }));
    await screen.findByText(/Frånvaromeddelandet är sparat i Outlook/);
    await waitFor(() => expect(document.activeElement?.tagName).toBe("DIV"));
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.textContent).toContain("Frånvaromeddelandet är sparat i Outlook");
  });
});

describe("without Graph", () => {
  it("gives the texts to copy, a short guide to Outlook's own dialog and a reminder", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService({ graph: false });
    const actions = renderView(port, "mjolby");
    fillSummer();
    expect(screen.queryByRole("button", { name: "Spara i Outlook" })).toBeNull();
    expect(screen.queryByRole("checkbox", { name: "Boka frånvaron i kalendern" })).toBeNull();
    expect(screen.getByText(/Slå på automatiska svar och välj att de bara ska skickas under en tidsperiod: mån 29 juni kl\. 00\.00 till fre 7 augusti kl\. 23\.59\./)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Kopiera texten till kollegor" }));
    expect(await screen.findByText("Texten är kopierad. Klistra in den under Automatiska svar i Outlook.")).toBeTruthy();
    expect(actions.performed).toEqual([expect.objectContaining({ type: "copyText", text: internal().value })]);
    await user.click(screen.getByRole("button", { name: "Påminn mig när jag är tillbaka" }));
    expect(await screen.findByText(/Postvakt påminner dig om att stänga av frånvaromeddelandet när du öppnar Postvakt efter fre 7 augusti kl\. 23\.59/)).toBeTruthy();
    expect(port.records).toEqual([{ end: { date: calendarDate(2026, 8, 7), time: { hour: 23, minute: 59 } }, via: "manual" }]);
    expect(port.calls).toEqual([]);
  });

  it("says to select and copy where this Outlook cannot copy", async () => {
    const user = userEvent.setup();
    const actions = new FakeService(composeMessage("", []));
    actions.unsupported = ["copyText"];
    renderView(new FakeAbsenceService({ graph: false }), "mjolby", actions);
    await user.click(screen.getByRole("button", { name: "Kopiera texten till andra" }));
    expect(await screen.findByText("Markera texten ovan och kopiera den.")).toBeTruthy();
  });
});

describe("the mailbox arrangements", () => {
  it("reads the Inbox rules on request and flags one forwarding to gmail (forbidden in Sorsele); ticks what Graph cannot see", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.rules = [{ name: "Till privat", targets: ["anna.privat@gmail.com"] }];
    renderView(port, "sorsele");
    fillSummer();
    const list = () => screen.getByRole("heading", { name: "Din brevlåda" }).parentElement as HTMLElement;
    // Before the click it asks for one; it says it could not read them only after trying.
    const before = within(list()).getByText(/Tryck på Kontrollera mina inkorgsregler så tittar Postvakt/).closest("li")!;
    expect(before.getAttribute("data-state")).toBe("todo");
    expect(within(list()).queryByText(/Postvakt kunde inte läsa dina inkorgsregler/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Kontrollera mina inkorgsregler" }));
    const rule = (await within(list()).findByText(/Regeln ”Till privat” skickar din e-post vidare till anna\.privat@gmail\.com, utanför kommunen\. Det är inte tillåtet/)).closest("li")!;
    expect(rule.getAttribute("data-state")).toBe("problem");
    const hidden = within(list()).getByText(/Vidarebefordran som är inställd på själva brevlådan syns inte för Postvakt/).closest("li")!;
    expect(hidden.getAttribute("data-state")).toBe("todo");
    await user.click(within(hidden).getByRole("checkbox", { name: "Klart" }));
    expect(hidden.getAttribute("data-state")).toBe("done");
  });
});

describe("the shell", () => {
  const app = (port: FakeAbsenceService, id = "oxelosund") =>
    render(<App {...{ review: new FakeService(composeMessage("Hej", [])), actions: new FakeService(composeMessage("", [])) }} profileChoice={{ ok: true, profile: profile(id) }} absence={port} now={now} />);

  it("has a Frånvaro tab that opens the view, in read mode too", async () => {
    const user = userEvent.setup();
    render(<App review={new FakeService(composeMessage("Hej", []))} actions={new FakeService(composeMessage("", []))} profileChoice={{ ok: true, profile: profile("default") }} absence={new FakeAbsenceService()} now={now} />);
    const tab = document.getElementById("pv-tab-absence")!;
    expect(tab.textContent).toContain("Frånvaro");
    expect(document.querySelectorAll("[role=tab]")).toHaveLength(2);
    await user.click(tab);
    expect(await screen.findByRole("heading", { name: "Frånvaro", level: 1 })).toBeTruthy();
  });

  it("reminds after the absence with one button that turns the reply off", async () => {
    const user = userEvent.setup();
    const port = new FakeAbsenceService();
    port.record = { end: { date: calendarDate(2026, 6, 12), time: { hour: 23, minute: 59 } }, via: "graph" };
    port.quietState = { status: "alwaysEnabled" };
    app(port);
    expect(await screen.findByText("Din frånvaro slutade fredag 12 juni, men frånvaromeddelandet skickas fortfarande.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Stäng av frånvaromeddelandet" }));
    expect(await screen.findByText("Frånvaromeddelandet är avstängt. Välkommen tillbaka!")).toBeTruthy();
    // The button is gone: focus is on the sentence that says the reply is off.
    await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("status"));
    expect(document.activeElement?.textContent).toContain("Frånvaromeddelandet är avstängt.");
    expect(port.calls).toEqual(["replyStateQuietly", "turnOffReply"]);
    expect(port.record).toBeUndefined();
  });

  it("asks the user to check where it cannot see the reply, and says nothing during the absence or once it is off", async () => {
    const port = new FakeAbsenceService({ graph: false });
    port.record = { end: { date: calendarDate(2026, 6, 12), time: { hour: 17, minute: 0 } }, via: "manual" };
    app(port);
    expect(await screen.findByText("Din frånvaro slutade fredag 12 juni. Glöm inte att stänga av frånvaromeddelandet i Outlook.")).toBeTruthy();

    const during = new FakeAbsenceService();
    during.record = { end: { date: calendarDate(2026, 6, 20), time: { hour: 17, minute: 0 } }, via: "graph" };
    during.quietState = { status: "alwaysEnabled" };
    const off = new FakeAbsenceService();
    off.record = { end: { date: calendarDate(2026, 6, 12), time: { hour: 17, minute: 0 } }, via: "graph" };
    off.quietState = { status: "disabled" };
    for (const p of [during, off]) app(p);
    await waitFor(() => expect(off.records).toEqual([undefined]));
    expect(during.calls).toEqual([]);
    expect(screen.getAllByLabelText("Påminnelse om frånvaromeddelande")).toHaveLength(1);
  });
});
