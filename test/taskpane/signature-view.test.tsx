import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { loadBuiltinProfile, type Profile, type SignatureTemplate } from "../../src/core";
import { PostvaktError, type DirectoryLookup } from "../../src/ports";
import { App } from "../../src/taskpane/shell/App";
import { SignatureView } from "../../src/taskpane/features/signature/SignatureView";
import { SIGNATURE_TEXTS } from "../../src/taskpane/features/signature/texts";
import { translator } from "../../src/taskpane/ui/i18n";
import { FakeService, composeMessage, ports } from "./fake-service";
import { FakeSignatureActions, FakeSignatureService } from "./fake-signature-service";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

function profile(id: string): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(`${id} profile invalid`);
  return result.profile;
}

function template(id: string): SignatureTemplate {
  const t = profile(id).signature;
  if (!t) throw new Error(`${id} has no signature`);
  return t;
}

function renderView(service: FakeSignatureService, id = "mjolby", extra: Partial<Parameters<typeof SignatureView>[0]> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SignatureView t={translator(SIGNATURE_TEXTS, "sv")} locale="sv" template={template(id)} service={service} {...extra} />
    </FluentProvider>,
  );
}

const preview = () => screen.getByTitle("Förhandsvisning av signaturen").getAttribute("srcdoc") ?? "";
const field = (label: RegExp) => screen.getByRole("textbox", { name: label });

describe("Signatur view", () => {
  it("shows the prefill from Outlook, and the preview follows an edited title", async () => {
    const user = userEvent.setup();
    renderView(new FakeSignatureService());
    expect((field(/^Förnamn/) as HTMLInputElement).value).toBe("Anna");
    // It says what it filled in, not that "the fields" are filled.
    expect(screen.getByText("Postvakt har hämtat förnamn och efternamn från Outlook. Fyll i resten och välj Spara.")).toBeTruthy();
    expect(preview()).toContain("Anna Handläggare");
    expect(preview()).not.toContain("Miljöinspektör");
    await user.type(field(/^Titel/), "Miljöinspektör");
    expect(preview()).toContain("<div>Miljöinspektör</div>");
  });

  it("shows a title with markup as text in a sandboxed preview that loads nothing", async () => {
    const user = userEvent.setup();
    renderView(new FakeSignatureService());
    await user.type(field(/^Titel/), "<img src=x onerror=alert(1)>");
    const frame = screen.getByTitle("Förhandsvisning av signaturen");
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(preview()).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(preview()).not.toContain("<img");
    expect(preview()).toContain("default-src 'none'");
  });

  it("points out a phone number that is not one, next to the field, and does not save it", async () => {
    const user = userEvent.setup();
    const service = new FakeSignatureService();
    renderView(service);
    await user.type(field(/^Telefon/), "abc");
    expect(screen.getByText("Telefon ser inte ut som ett svenskt telefonnummer. Skriv till exempel 0303-33 00 00.")).toBeTruthy();
    expect(field(/^Telefon/).getAttribute("aria-invalid")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("Rätta de markerade fälten först.")).toBeTruthy();
    expect(service.saves).toEqual([]);
    expect(document.activeElement).toBe(field(/^Telefon/));
  });

  it("saves the details through the service and says so", async () => {
    const user = userEvent.setup();
    const service = new FakeSignatureService();
    renderView(service);
    await user.type(field(/^Titel/), "Handläggare bygglov");
    await user.type(field(/^Telefon/), "0142-850 00");
    await user.click(screen.getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("Sparat. Postvakt använder uppgifterna i nya meddelanden.")).toBeTruthy();
    expect(service.saves).toHaveLength(1);
    expect(service.saves[0]).toMatchObject({ givenName: "Anna", surname: "Handläggare", title: "Handläggare bygglov", phone: "0142-850 00" });
    // The prefill note goes once the details are saved.
    expect(screen.queryByText(/Fälten är ifyllda med det Outlook vet om dig/)).toBeNull();
  });

  it("names a required field only after the user leaves it or tries to save, and neither saves nor inserts an incomplete signature", async () => {
    const user = userEvent.setup();
    const service = new FakeSignatureService();
    renderView(service);
    expect(screen.queryByText(/Fyll i Telefon/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("Telefon ingår i kommunens signatur. Fyll i fältet.")).toBeTruthy();
    expect(screen.getByText("Fyll i de markerade fälten först: kommunens signatur ska ha dem.")).toBeTruthy();
    expect(service.saves).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Infoga i meddelandet" }));
    expect(service.inserts).toHaveLength(0);
    expect(screen.queryByText(/Signaturen är (infogad|ersatt)/)).toBeNull();
  });

  it("explains a save Outlook refused", async () => {
    const user = userEvent.setup();
    const service = new FakeSignatureService({ prefill: { givenName: "Anna", surname: "Handläggare", phone: "0142-850 00" } });
    service.saveFailure = "settingsSaveFailed";
    renderView(service);
    await user.click(screen.getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("Outlook kunde inte spara dina uppgifter. Försök igen om en stund.")).toBeTruthy();
  });

  it("says when the stored details could not be read", () => {
    renderView(new FakeSignatureService({ problem: "corrupt" }));
    expect(screen.getByText(/Dina sparade signaturuppgifter gick inte att läsa/)).toBeTruthy();
    expect((field(/^Förnamn/) as HTMLInputElement).value).toBe("Anna");
  });

  it("inserts the rendered signature of the variant the message calls for", async () => {
    const user = userEvent.setup();
    const service = new FakeSignatureService({ stored: { givenName: "Anna", surname: "Handläggare", title: "Inspektör", phone: "0142-850 00" } });
    renderView(service, "mjolby", { composeVariant: "short" });
    await user.click(screen.getByRole("button", { name: "Infoga i meddelandet" }));
    expect(await screen.findByText("Signaturen är infogad i meddelandet.")).toBeTruthy();
    expect(service.inserts).toHaveLength(1);
    const request = service.inserts[0]!;
    expect(request.signature.variant).toBe("short");
    expect(request.signature.text).toContain("Anna Handläggare, Inspektör");
    expect(request.greeting).toBe("Med vänlig hälsning");
  });

  it("has no insert button when no message is being written", () => {
    const service = new FakeSignatureService();
    service.composing = false;
    renderView(service);
    expect(screen.queryByRole("button", { name: "Infoga i meddelandet" })).toBeNull();
  });

  it("offers to switch Outlook's own signature off, and does so only on the click", async () => {
    const user = userEvent.setup();
    const service = new FakeSignatureService();
    service.clientSignature = true;
    renderView(service);
    const offer = await screen.findByRole("button", { name: "Stäng av Outlooks signatur" });
    expect(service.disableCalls).toBe(0);
    await user.click(offer);
    expect(await screen.findByText(/Outlooks egen signatur är avstängd/)).toBeTruthy();
    expect(service.disableCalls).toBe(1);
    expect(screen.queryByRole("button", { name: "Stäng av Outlooks signatur" })).toBeNull();
  });

  it("offers the mobile choice where the kommun discourages giving the number out, off until the user opts in", async () => {
    const user = userEvent.setup();
    renderView(new FakeSignatureService(), "sjobo");
    await user.type(field(/^Mobil/), "070-123 45 67");
    const choice = screen.getByRole("checkbox", { name: "Visa mobilnumret i signaturen" }) as HTMLInputElement;
    expect(choice.checked).toBe(false);
    expect(preview()).not.toContain("070-123 45 67");
    await user.click(choice);
    expect(preview()).toContain("070-123 45 67");
    expect(screen.getByText(/Kommunen ber dig begränsa att lämna ut ditt mobilnummer/)).toBeTruthy();
  });

  it("asks for the fields in the order the kommun's signature reads, and only those", () => {
    renderView(new FakeSignatureService(), "sjobo");
    const labels = screen.getAllByRole("textbox").map((input) => input.getAttribute("name"));
    expect(labels).toEqual(["givenName", "surname", "title", "unit", "department", "functionPhone", "phone", "mobile", "functionMailbox"]);
  });

  it("has no directory button unless the deployment configured one", () => {
    renderView(new FakeSignatureService());
    expect(screen.queryByRole("button", { name: "Hämta från adressboken" })).toBeNull();
  });

  it("fills empty fields from the directory and asks before overwriting one the user filled in", async () => {
    const user = userEvent.setup();
    let calls = 0;
    const directory: DirectoryLookup = {
      fetchDetails: async () => {
        calls++;
        return { givenName: "Anna", surname: "Handläggare", title: "Miljöinspektör", department: "Samhällsbyggnad", phone: "+46 142 850 00" };
      },
    };
    renderView(new FakeSignatureService({ directory }));
    await user.type(field(/^Titel/), "Inspektör");
    expect(calls).toBe(0); // nothing leaves the mailbox before the click
    await user.click(screen.getByRole("button", { name: "Hämta från adressboken" }));
    expect(await screen.findByText("Hämtade 2 uppgifter från adressboken. Kontrollera dem och välj Spara.")).toBeTruthy();
    expect((field(/^Förvaltning/) as HTMLInputElement).value).toBe("Samhällsbyggnad");
    expect((field(/^Titel/) as HTMLInputElement).value).toBe("Inspektör");
    const question = screen.getByText("Adressboken har andra uppgifter för: Titel. Vill du använda adressbokens?").closest("[role=group], div")!;
    expect(question).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Använd adressbokens" }));
    expect((field(/^Titel/) as HTMLInputElement).value).toBe("Miljöinspektör");
  });

  it("turns a directory failure into a sentence", async () => {
    const user = userEvent.setup();
    const directory: DirectoryLookup = { fetchDetails: () => Promise.reject(new PostvaktError("graphForbidden")) };
    renderView(new FakeSignatureService({ directory }));
    await user.click(screen.getByRole("button", { name: "Hämta från adressboken" }));
    expect(await screen.findByText("Kommunen tillåter inte att Postvakt gör det här åt dig. Gör det själv i Outlook.")).toBeTruthy();
  });

  it("tells a missing consent apart from a refusal", async () => {
    const user = userEvent.setup();
    const directory: DirectoryLookup = { fetchDetails: () => Promise.reject(new PostvaktError("consentMissing")) };
    renderView(new FakeSignatureService({ directory }));
    await user.click(screen.getByRole("button", { name: "Hämta från adressboken" }));
    expect(await screen.findByText("Kommunen har inte gett Postvakt lov att göra det här. Kontakta IT-supporten, eller gör det själv i Outlook.")).toBeTruthy();
  });
});

describe("task pane with the Signatur view", () => {
  function renderApp(service: FakeService, signatureService: FakeSignatureService, id = "ale") {
    const p = profile(id);
    const actions = new FakeSignatureActions(service, signatureService, p);
    return render(<App review={service} actions={actions} signature={signatureService} profileChoice={{ ok: true, profile: p }} pollMs={10_000} />);
  }

  // Arrow-key movement inside the tab list needs a real browser (test/browser/signature.test.ts).
  it("switches between Granskning and Signatur with the tab list", async () => {
    const user = userEvent.setup();
    renderApp(new FakeService(composeMessage("Hej, vi ses.", ["lisa@ale.se"])), new FakeSignatureService());
    await screen.findByRole("heading", { name: "Det här granskades" });
    const nav = screen.getByRole("navigation", { name: "Postvakts vyer" });
    const reviewTab = within(nav).getByRole("tab", { name: "Granskning" });
    expect(reviewTab.getAttribute("aria-selected")).toBe("true");
    await user.click(within(nav).getByRole("tab", { name: "Signatur" }));
    expect(await screen.findByRole("heading", { name: "Din signatur" })).toBeTruthy();
    expect(within(nav).getByRole("tab", { name: "Signatur" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("pv-tab-signature");
    await user.click(within(nav).getByRole("tab", { name: "Granskning" }));
    expect(await screen.findByRole("heading", { name: "Det här granskades" })).toBeTruthy();
  });

  it("Infoga signatur without saved details opens the Signatur view first", async () => {
    const user = userEvent.setup();
    const signatures = new FakeSignatureService();
    renderApp(new FakeService(composeMessage("Hej, här kommer protokollet.", ["kalle@exempel.se"])), signatures);
    await user.click(await screen.findByRole("button", { name: "Infoga signatur" }));
    expect(await screen.findByText("Fyll i dina uppgifter och välj Spara. Välj sedan Infoga i meddelandet.")).toBeTruthy();
    expect(signatures.inserts).toEqual([]);
  });

  it("Infoga signatur with saved details puts the signature in at once and checks again", async () => {
    const user = userEvent.setup();
    const service = new FakeService(composeMessage("Hej, här kommer protokollet.", ["kalle@exempel.se"]));
    const signatures = new FakeSignatureService({
      stored: { givenName: "Anna", surname: "Handläggare", title: "Inspektör", department: "Kommunstyrelseförvaltningen", phone: "0303-33 00 00" },
    });
    renderApp(service, signatures);
    const reads = () => service.readItemSpy.mock.calls.length;
    await user.click(await screen.findByRole("button", { name: "Infoga signatur" }));
    expect(await screen.findByText("Kommunens signatur finns nu i meddelandet.")).toBeTruthy();
    expect(signatures.inserts).toHaveLength(1);
    expect(signatures.inserts[0]!.signature.text).toContain("Anna Handläggare, Inspektör");
    expect(signatures.inserts[0]!.signature.text).toContain("Ale kommun");
    await waitFor(() => expect(reads()).toBeGreaterThanOrEqual(2));
  });

  it("Infoga i meddelandet replaces a wrong signature the check found, rather than adding one beside it", async () => {
    const user = userEvent.setup();
    const body = "Hej!\nDitt ärende är mottaget.\n\nMed vänlig hälsning\n\nAnna Handläggare\nLerums kommun";
    const service = new FakeService(composeMessage(body, ["kalle@exempel.se"]));
    const signatures = new FakeSignatureService({ stored: { givenName: "Anna", surname: "Handläggare", title: "Inspektör", department: "Kommunstyrelseförvaltningen", phone: "0303-33 00 00" } });
    renderApp(service, signatures);
    expect(await screen.findByRole("button", { name: "Ersätt signatur" })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Signatur" }));
    await user.click(await screen.findByRole("button", { name: "Infoga i meddelandet" }));
    expect(await screen.findByText("Signaturen är infogad i meddelandet.")).toBeTruthy();
    const replace = signatures.inserts[0]?.replace;
    expect(replace?.checkedText).toBe(body);
    expect(body.slice(replace!.textRange!.start, replace!.textRange!.end)).toContain("Lerums kommun");
  });

  it("checks again when the body changed under a replacement, so the next try has fresh ranges", async () => {
    const user = userEvent.setup();
    const service = new FakeService(composeMessage("Hej!\n\nMed vänlig hälsning\n\nAnna Handläggare\nLerums kommun", ["kalle@exempel.se"]));
    const signatures = new FakeSignatureService({ stored: { givenName: "Anna", surname: "Handläggare", title: "Inspektör", department: "Kommunstyrelseförvaltningen", phone: "0303-33 00 00" } });
    signatures.insertFailure = "signatureStale";
    renderApp(service, signatures);
    await screen.findByRole("button", { name: "Ersätt signatur" });
    const readsBefore = service.readItemSpy.mock.calls.length;
    await user.click(screen.getByRole("tab", { name: "Signatur" }));
    await user.click(await screen.findByRole("button", { name: "Infoga i meddelandet" }));
    expect(await screen.findByText("Texten har ändrats sedan granskningen. Postvakt granskar igen; försök sedan på nytt.")).toBeTruthy();
    await waitFor(() => expect(service.readItemSpy.mock.calls.length).toBeGreaterThan(readsBefore));
  });

  it("shows no tabs where no signature service is given (the check alone)", async () => {
    render(<App {...ports(new FakeService(composeMessage("Hej", ["lisa@ale.se"])))} profileChoice={{ ok: true, profile: profile("ale") }} pollMs={10_000} />);
    await screen.findByRole("heading", { name: "Det här granskades" });
    expect(screen.queryByRole("tab")).toBeNull();
  });
});
