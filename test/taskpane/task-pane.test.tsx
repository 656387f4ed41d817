import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { createMailMessage, loadBuiltinProfile, type Profile } from "../../src/core";
import { App } from "../../src/taskpane/shell/App";
import { chooseProfile } from "../../src/taskpane/shell/profile";
import { FakeService, composeMessage, ports } from "./fake-service";

// Skatteverket's published test personnummer.
const PNR = "19810102-2385";

function mjolby(): Profile {
  const result = loadBuiltinProfile("mjolby");
  if (!result.ok) throw new Error("mjolby profile invalid");
  return result.profile;
}

function renderPane(service: FakeService, pollMs = 10_000) {
  return render(<App review={service} actions={service} profileChoice={{ ok: true, profile: mjolby() }} pollMs={pollMs} />);
}

describe("task pane", () => {
  it("shows an error verdict and the finding, with its guideline, for a personnummer to an external recipient", async () => {
    const user = userEvent.setup();
    renderPane(new FakeService(composeMessage(`Elevens pnr är ${PNR}.`, ["kalle@exempel.se"])));
    expect(await screen.findByText("Rätta det som står nedan innan du skickar.")).toBeTruthy();
    const errors = screen.getByRole("heading", { level: 2, name: /Fel \(1\)/ });
    const group = errors.closest("section")!;
    expect(within(group).getByText(/skickas till mottagare utanför kommunen/)).toBeTruthy();
    expect(group.textContent).not.toContain(PNR);

    // The guideline is one click away, with the kommun's own words.
    expect(screen.queryByText(/Undvik att skicka personuppgifter/)).toBeNull();
    await user.click(screen.getByRole("button", { name: /Riktlinje/ }));
    expect(screen.getByText(/Undvik att skicka personuppgifter t ex personnummer via e-post/)).toBeTruthy();
    expect(screen.getByText(/Riktlinjer för telefoni, mobila enheter och e-post i Mjölby kommun/)).toBeTruthy();
  });

  it("never takes the focus while the user is elsewhere (typing the message): the pane does not have it", async () => {
    const hasFocus = vi.spyOn(document, "hasFocus").mockReturnValue(false);
    onTestFinished(() => hasFocus.mockRestore());
    renderPane(new FakeService(composeMessage(`Elevens pnr är ${PNR}.`, ["kalle@exempel.se"])));
    await screen.findByRole("heading", { level: 2, name: /Fel \(1\)/ });
    expect(document.activeElement).toBe(document.body);
  });

  it("opened with findings and the focus in the pane, starts it on the first group of findings, once", async () => {
    const hasFocus = vi.spyOn(document, "hasFocus").mockReturnValue(true);
    onTestFinished(() => hasFocus.mockRestore());
    const user = userEvent.setup();
    renderPane(new FakeService(composeMessage(`Elevens pnr är ${PNR}.`, ["kalle@exempel.se"])));
    const errors = await screen.findByRole("heading", { level: 2, name: /Fel \(1\)/ });
    expect(document.activeElement).toBe(errors);
    // The user moves on; checking again leaves the focus where the user put it.
    const recheck = screen.getByRole("button", { name: "Granska igen" });
    await user.click(recheck);
    await screen.findByRole("heading", { level: 2, name: /Fel \(1\)/ });
    expect(document.activeElement).toBe(recheck);
  });

  it("puts the verdict in a live region so screen readers hear it", async () => {
    renderPane(new FakeService(composeMessage(`Pnr ${PNR}`, ["kalle@exempel.se"])));
    const verdict = await screen.findByText(/Rätta det som står nedan/);
    expect(verdict.closest("[aria-live]")?.getAttribute("aria-live")).toBe("polite");
    expect(screen.getByRole("heading", { level: 1, name: "Postvakt" })).toBeTruthy();
  });

  it("warns, rather than errs, when the number stays inside the kommun", async () => {
    renderPane(new FakeService(composeMessage(`Pnr ${PNR}`, ["lisa@mjolby.se"])));
    expect(await screen.findByText("Kontrollera det som står nedan innan du skickar.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: /Varningar \(1\)/ })).toBeTruthy();
  });

  it("says what was checked when nothing was found", async () => {
    renderPane(new FakeService(composeMessage("Hej, vi ses på mötet.", ["lisa@mjolby.se", "kalle@exempel.se"])));
    expect(await screen.findByText("Inga problem hittades.")).toBeTruthy();
    const checked = screen.getByRole("heading", { name: "Det här granskades" }).closest("section")!;
    expect(checked.textContent).toContain("Mottagare: 2");
    expect(checked.textContent).toContain("Mottagare utanför kommunen: 1");
    expect(checked.textContent).toContain("Meddelandetext: 21 tecken");
    expect(checked.textContent).toContain("Bilagor: 0");
    expect(checked.textContent).toContain("Mjölby kommun");
  });

  it("masks the number with one click and checks again", async () => {
    const user = userEvent.setup();
    const service = new FakeService(composeMessage(`Pnr ${PNR}`, ["kalle@exempel.se"]));
    renderPane(service);
    await user.click(await screen.findByRole("button", { name: /Maskera numret 198101••-•••• i meddelandet/ }));
    expect(await screen.findByText("Numret är maskerat. Födelsedatumet står kvar; ta bort det också om mottagaren inte behöver det.")).toBeTruthy();
    expect(service.performed).toHaveLength(1);
    expect(service.message.body.text).toBe("Pnr 19810102-XXXX");
    expect(await screen.findByText("Inga problem hittades.")).toBeTruthy();
  });

  it("masks every number at once with Maskera alla, and keeps focus on what happened", async () => {
    const user = userEvent.setup();
    const service = new FakeService(composeMessage(`Pnr ${PNR} och 781121-2393, samt 850101-2382.`, ["kalle@exempel.se"]));
    renderPane(service);
    const all = await screen.findByRole("button", { name: "Maskera alla (3)" });
    await user.click(all);
    const notice = await screen.findByText(/^Numren är maskerade\./);
    expect(service.performed).toHaveLength(1);
    expect(service.message.body.text).toBe("Pnr 19810102-XXXX och 781121-XXXX, samt 850101-XXXX.");
    expect(document.activeElement?.contains(notice)).toBe(true);
    expect(await screen.findByText("Inga problem hittades.")).toBeTruthy();
  });

  it("hides every digit where the profile asks for it", async () => {
    const user = userEvent.setup();
    const base = mjolby();
    const strict: Profile = { ...base, rules: { ...base.rules, personnummer: { options: { mask: "all" } } } };
    const service = new FakeService(composeMessage(`Pnr ${PNR}`, ["kalle@exempel.se"]));
    render(<App review={service} actions={service} profileChoice={{ ok: true, profile: strict }} pollMs={10_000} />);
    await user.click(await screen.findByRole("button", { name: /Maskera numret/ }));
    expect(await screen.findByText("Numret är maskerat.")).toBeTruthy();
    expect(service.message.body.text).toBe("Pnr XXXXXXXX-XXXX");
  });

  it("tells severities apart without colour: each card says what it is", async () => {
    renderPane(new FakeService(composeMessage(`Pnr ${PNR}`, ["kalle@exempel.se", "lisa@mjolby.se"])));
    const group = (await screen.findByRole("heading", { level: 2, name: /Fel \(1\)/ })).closest("section")!;
    expect(within(group).getByText("Fel")).toBeTruthy();
  });

  it("offers Fel larm? with the rule, the kommun and the masked excerpt, never the message", async () => {
    const user = userEvent.setup();
    const service = new FakeService(composeMessage(`Elevens pnr är ${PNR}, se bifogat.`, ["kalle@exempel.se"]));
    renderPane(service);
    await user.click(await screen.findByRole("button", { name: "Fel larm? Rapportera till kommunen" }));
    const sent = service.performed[0];
    expect(sent).toMatchObject({ type: "newMessage", to: ["postvakt@mjolby.se"], subject: "Fel larm i Postvakt: personnummer" });
    const body = sent?.type === "newMessage" ? sent.body.text : "";
    expect(body).toContain("Kontroll (id för support): personnummer/");
    expect(body).toContain("Utdrag (maskerat): 198101••-••••");
    expect(body).toContain("Mjölby kommun (mjolby)");
    expect(body).not.toContain("2385");
    expect(body).not.toContain("Elevens");
  });

  it("explains a fix that Outlook refused", async () => {
    const user = userEvent.setup();
    const service = new FakeService(composeMessage(`Pnr ${PNR}`, ["kalle@exempel.se"]));
    service.actionFailure = "bodyChangeFailed";
    renderPane(service);
    await user.click(await screen.findByRole("button", { name: /Maskera/ }));
    expect(await screen.findByText("Outlook tillät inte att meddelandet ändrades. Ändra numret själv.")).toBeTruthy();
  });

  it("notes a number that sits in the quoted earlier conversation", async () => {
    const body = `Tack, jag tittar på det.\n\n-----Ursprungligt meddelande-----\nFrån: Per <per@exempel.se>\nMitt pnr är ${PNR}.`;
    renderPane(new FakeService(composeMessage(body, ["per@exempel.se"])));
    expect(await screen.findByText("Finns i den citerade tidigare konversationen.")).toBeTruthy();
  });

  it("offers no fix button for messages being read", async () => {
    const message = createMailMessage({ mode: "read", subject: "Fråga", body: { text: `Mitt pnr ${PNR}` }, from: { address: "per@exempel.se" } });
    renderPane(new FakeService(message));
    expect(await screen.findByText("Att tänka på i det här meddelandet.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Maskera/ })).toBeNull();
  });

  it("shows a sentence when Outlook does not hand over the item, and recovers on Granska igen", async () => {
    const user = userEvent.setup();
    const service = new FakeService(composeMessage("Hej", ["lisa@mjolby.se"]));
    service.readFailure = "readFailed";
    renderPane(service);
    expect(await screen.findByText("Postvakt kunde inte läsa meddelandet i Outlook. Välj Granska igen om en stund.")).toBeTruthy();
    service.readFailure = undefined;
    await user.click(screen.getByRole("button", { name: "Granska igen" }));
    expect(await screen.findByText("Inga problem hittades.")).toBeTruthy();
  });

  it("says the check itself failed, not Outlook, when linting breaks", async () => {
    const broken = { ...mjolby(), domains: null } as unknown as Profile;
    render(<App {...ports(new FakeService(composeMessage("Hej", ["kalle@exempel.se"])))} profileChoice={{ ok: true, profile: broken }} />);
    expect(await screen.findByText(/Postvakt kunde inte granska meddelandet. Granska det själv innan du skickar/)).toBeTruthy();
  });

  it("checks again when Outlook reports new recipients", async () => {
    const service = new FakeService(composeMessage(`Pnr ${PNR}`, ["lisa@mjolby.se"]));
    renderPane(service);
    await screen.findByText(/Kontrollera det som står nedan/);
    service.message = composeMessage(`Pnr ${PNR}`, ["lisa@mjolby.se", "kalle@exempel.se"]);
    act(() => service.fire("recipients"));
    expect(await screen.findByText(/Rätta det som står nedan/)).toBeTruthy();
  });

  it("notices a body edit by polling while composing (no body-changed event exists)", async () => {
    const service = new FakeService(composeMessage("Hej", ["kalle@exempel.se"]));
    renderPane(service, 20);
    await screen.findByText("Inga problem hittades.");
    service.message = composeMessage(`Hej, pnr ${PNR}`, ["kalle@exempel.se"]);
    expect(await screen.findByText(/Rätta det som står nedan/, undefined, { timeout: 2000 })).toBeTruthy();
  });

  it("does not re-read the whole item while nothing changes", async () => {
    const service = new FakeService(composeMessage("Hej", ["kalle@exempel.se"]));
    renderPane(service, 10);
    await screen.findByText("Inga problem hittades.");
    const reads = service.readItemSpy.mock.calls.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(service.readItemSpy.mock.calls.length).toBe(reads);
  });

  it("polls less often when reading the body is slow", async () => {
    const service = new FakeService(composeMessage("Hej", ["kalle@exempel.se"]));
    renderPane(service, 10);
    await screen.findByText("Inga problem hittades.");
    service.changeKeyDelayMs = 100;
    const before = service.changeKeyCalls;
    await new Promise((r) => setTimeout(r, 700));
    // Without back-off this would be about six polls (one per 110 ms).
    expect(service.changeKeyCalls - before).toBeLessThanOrEqual(3);
    expect(service.changeKeyCalls - before).toBeGreaterThanOrEqual(1);
  });

  it("unsubscribes when it goes away", async () => {
    const service = new FakeService(composeMessage("Hej", ["kalle@exempel.se"]));
    const view = renderPane(service);
    await screen.findByText("Inga problem hittades.");
    view.unmount();
    expect(service.unsubscribed).toBe(true);
  });

  it("speaks English when Outlook's display language is not Swedish", async () => {
    renderPane(new FakeService(composeMessage(`Pnr ${PNR}`, ["kalle@exempel.se"]), { displayLanguage: "en-US" }));
    expect(await screen.findByText("Fix what is listed below before you send.")).toBeTruthy();
    expect(screen.getByText(/is going to recipients outside the kommun/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check again" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });
});

describe("profile choice", () => {
  it("uses the build's profile unless the URL names another", () => {
    const fromBuild = chooseProfile("", "sjobo");
    expect(fromBuild.ok && fromBuild.profile.id).toBe("sjobo");
    const fromUrl = chooseProfile("?profile=ale", "sjobo");
    expect(fromUrl.ok && fromUrl.profile.id).toBe("ale");
  });

  it("names the field and the known profiles, in Swedish, for an unknown profile", () => {
    const choice = chooseProfile("?profile=finns-inte", "default");
    expect(choice).toEqual({ ok: false, id: "finns-inte", reason: "unknown" });
    render(<App {...ports(new FakeService(composeMessage("Hej", [])))} profileChoice={choice} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("det finns ingen profil som heter ”finns-inte”");
    expect(alert.textContent).toContain("mjolby");
  });

  it("names the broken field of an invalid profile", () => {
    render(
      <App
        {...ports(new FakeService(composeMessage("Hej", [])))}
        profileChoice={{ ok: false, id: "mjolby", reason: "invalid", field: "send.blockAt", problem: "Invalid option" }}
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain("Fält send.blockAt: Invalid option");
  });
});
