/**
 * The pure parts of the send check: which completion a report leads to, and
 * the wording of the dialog and the hint bars. The built file is tested in
 * handlers.test.ts; here every profile setting and edge can be reached.
 */
import { describe, expect, it } from "vitest";
import { ENGINE_RULE_FAILED, createMailMessage, lint, loadBuiltinProfile, type LintReport, type MailMessage, type Profile } from "../../src/core";
import { buildLiveHints, externalRecipientsHint, identityNumberHint, MAX_HINT_CHARS } from "../../src/launchevent/live-hints";
import { failureCompletion, MAX_DIALOG_CHARS, sendCompletion, type SendCapabilities } from "../../src/launchevent/send-decision";
import { TEST_PERSONNUMMER } from "./test-numbers";

const MODERN: SendCapabilities = { dialogActions: true, markdown: true };
const OLDER: SendCapabilities = { dialogActions: false, markdown: false };

function profile(id = "mjolby", send: Partial<Profile["send"]> = {}): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(`profile ${id}: ${JSON.stringify(result.problems)}`);
  return { ...result.profile, send: { ...result.profile.send, ...send } };
}

function message(body: string, to: string[]): MailMessage {
  return createMailMessage({ mode: "compose", composeType: "new", subject: "Ärende", body: { text: body }, recipients: to.map((address) => ({ field: "to" as const, address })) });
}

function check(body: string, to: string[], p = profile(), capabilities = MODERN, locale: "sv" | "en" = "sv") {
  const m = message(body, to);
  const report = lint(m, p, { locale });
  return sendCompletion({ report, profile: p, locale, capabilities });
}

describe("sendCompletion", () => {
  it("allows a clean message", () => {
    expect(check("Hej, vi ses i morgon.", ["extern@foretag.se"])).toEqual({ allowEvent: true });
  });

  it("cites the kommun's own guideline (Mjölby) in the block dialog", () => {
    const completion = check(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"]);
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain("Varför: Mjölby kommuns riktlinjer för e-post säger ”Undvik att skicka personuppgifter t ex personnummer via e-post”.");
    // One sentence: no brackets inside brackets, no full stop doubled at the end of the quote.
    expect(completion.errorMessage).not.toMatch(/\([^)]*\(|\.”\./);
  });

  it("names every kind it stops for, with one action each, in one sentence", () => {
    const completion = check(`Pnr ${TEST_PERSONNUMMER}. Utredningen är sekretessbelagd.`, ["extern@foretag.se"]);
    expect(completion.errorMessage).toContain("det innehåller ett personnummer och ord som tyder på känsliga uppgifter och ska till en mottagare");
    expect(completion.errorMessage).toContain(
      "Gör så här: ta bort numret eller maskera det (t.ex. ÅÅMMDD-XXXX); ta bort de känsliga uppgifterna eller skicka dem på annat sätt än med e-post, till exempel med post. Skicka sedan igen.",
    );
  });

  it("says what to do with sensitive data in the kommun's own way (the profile's secure channel)", () => {
    const oxelosund = check("Hon är sjukskriven.", ["extern@foretag.se"], profile("oxelosund"));
    expect(oxelosund.errorMessage).toContain("Gör så här: ta bort de känsliga uppgifterna eller kontakta IT-enheten och rådgör med dem innan du skickar uppgifterna. Skicka sedan igen.");
    const sorsele = check("Hon är sjukskriven.", ["extern@foretag.se"], profile("sorsele"), MODERN, "en");
    expect(sorsele.errorMessage).toContain("What to do: remove the sensitive data or send them with secrecy protection. Then send again.");
    const kinds = check("Hon är sjukskriven. Det gäller LVU.", ["extern@foretag.se"], profile("sorsele"));
    expect(kinds.errorMessage).toContain("det innehåller ord som tyder på känsliga uppgifter av två slag");
  });

  it("names the etiquette rules in one line each through their meta, and lets the writer send anyway", () => {
    const p = profile("sjobo");
    const m = createMailMessage({ mode: "compose", composeType: "new", subject: "", body: { text: "Hej, här är protokollet." }, recipients: [{ field: "to", address: "kollega@sjobo.se" }] });
    const saturday = Date.parse("2026-06-13T10:00:00+02:00");
    const completion = sendCompletion({ report: lint(m, p, { now: saturday }), profile: p, locale: "sv", capabilities: MODERN });
    expect(completion).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(completion.errorMessage).toContain("Postvakt varnar: meddelandet innehåller en ämnesrad som inte säger vad det gäller och en avsändningstid utanför kontorstid.");
    expect(completion.errorMessage).toContain(
      "Du kan skicka ändå, men helst: skriv en ämnesrad som sammanfattar innehållet; spara det som utkast och skicka det nästa arbetsdag, eller fördröj leveransen.",
    );
    // The same message on a Monday morning asks only about the subject.
    const monday = sendCompletion({ report: lint(m, p, { now: Date.parse("2026-06-15T09:00:00+02:00") }), profile: p, locale: "sv", capabilities: MODERN });
    expect(monday.errorMessage).toContain("meddelandet innehåller en ämnesrad som inte säger vad det gäller.");
  });

  it("counts findings of a rule it has no words for as other problems", () => {
    const p = profile();
    const m = message("Hej", ["extern@foretag.se"]);
    const report: LintReport = {
      ...lint(m, p),
      findings: [
        { ruleId: "futureRule", messageId: "x", message: "x", severity: "error", field: "body" },
        { ruleId: "futureRule", messageId: "x", message: "x", severity: "error", field: "subject" },
      ],
    };
    const completion = sendCompletion({ report, profile: p, locale: "en", capabilities: OLDER });
    expect(completion.errorMessage).toMatch(/^Postvakt stopped this message: it contains two other problems and is addressed to one recipient outside the kommun\. .*What to do: fix what Postvakt shows\. Then send again\.$/);
  });

  it("follows the profile's thresholds: blockAt never with promptAt error turns the same finding into a prompt", () => {
    const completion = check(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"], profile("mjolby", { blockAt: "never", promptAt: "error" }));
    expect(completion).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(check(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"], profile("mjolby", { blockAt: "never", promptAt: "never" }))).toEqual({ allowEvent: true });
  });

  it("keeps the dialog within 500 characters by shortening a long guideline, never dropping what to do", () => {
    const base = profile();
    const longQuote = `${"Personuppgifter ska hanteras varsamt och enligt dataskyddsförordningen. ".repeat(12)}Slut.`;
    const p: Profile = { ...base, guidelines: { ...base.guidelines, personalData: { quote: longQuote } } };
    const completion = check(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"], p);
    for (const text of [completion.errorMessage ?? "", completion.errorMessageMarkdown ?? ""]) {
      expect(text.length).toBeLessThanOrEqual(MAX_DIALOG_CHARS);
      expect(text).toContain("Postvakt stoppade meddelandet");
      expect(text).toContain("…");
      expect(text).toMatch(/Välj ”Öppna Postvakt” för att se var\.$/);
    }
  });

  it("escapes Markdown in the guideline so a quote cannot format the dialog", () => {
    const base = profile();
    const p: Profile = { ...base, guidelines: { ...base.guidelines, personalData: { quote: "Skicka *aldrig* [personnummer](http://x)" } } };
    const markdown = check(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"], p).errorMessageMarkdown ?? "";
    expect(markdown).toContain("Skicka \\*aldrig\\* \\[personnummer\\](http://x)");
  });

  it("treats a rule that threw as an incomplete check: the profile's onFailure decides when nothing else stops the message", () => {
    const p = profile("mjolby", { onFailure: "block" });
    const m = message("Hej", ["extern@foretag.se"]);
    const clean = lint(m, p);
    const failed: LintReport = {
      ...clean,
      findings: [
        { ruleId: ENGINE_RULE_FAILED, messageId: "ruleFailed", message: "Kontrollen kunde inte köras.", severity: "warning", field: "body", incomplete: true, failedRule: "personnummer" },
      ],
    };
    const blocked = sendCompletion({ report: failed, profile: p, locale: "sv", capabilities: MODERN });
    expect(blocked.allowEvent).toBe(false);
    expect(blocked.errorMessage).toContain("kunde inte granska meddelandet");
    const lenient = sendCompletion({ report: failed, profile: profile("mjolby", { onFailure: "allow" }), locale: "sv", capabilities: MODERN });
    expect(lenient).toEqual({ allowEvent: true });
  });

  it("still stops for what a rule found before it failed", () => {
    const p = profile("mjolby", { onFailure: "allow" });
    const found = lint(message(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"]), p);
    const partial: LintReport = {
      ...found,
      findings: [
        ...found.findings,
        { ruleId: ENGINE_RULE_FAILED, messageId: "ruleFailed", message: "x", severity: "warning", field: "body", incomplete: true, failedRule: "personnummer" },
      ],
    };
    const completion = sendCompletion({ report: partial, profile: p, locale: "sv", capabilities: MODERN });
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain("ett personnummer");
  });

  it("failureCompletion: allow lets the message go silently; block explains in the user's language", () => {
    expect(failureCompletion("allow", "sv")).toEqual({ allowEvent: true });
    expect(failureCompletion("block", "sv").errorMessage).toMatch(/^Postvakt kunde inte granska meddelandet.*IT-supporten\.$/);
    expect(failureCompletion("block", "en").errorMessage).toMatch(/^Postvakt could not check this message.*IT support\.$/);
    expect(failureCompletion("block", "en").errorMessage!.length).toBeLessThanOrEqual(MAX_DIALOG_CHARS);
  });

  it("uses only what the client supports", () => {
    const older = check(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"], profile(), OLDER);
    expect(Object.keys(older).sort()).toEqual(["allowEvent", "errorMessage"]);
    expect(older.errorMessage).not.toContain("Öppna Postvakt");
    const modern = check(`Pnr ${TEST_PERSONNUMMER}`, ["extern@foretag.se"], profile(), MODERN, "en");
    expect(modern).toMatchObject({ cancelLabel: "Open Postvakt", commandId: "msgComposeOpenPaneButton" });
  });
});

describe("live hint texts", () => {
  it("lists external addresses within 150 characters and counts the rest in words", () => {
    const many = Array.from({ length: 14 }, (_, i) => `mottagare.nummer${i}@foretag${i}.example`);
    const text = externalRecipientsHint(many, "sv") ?? "";
    expect(text.length).toBeLessThanOrEqual(MAX_HINT_CHARS);
    expect(text).toMatch(/^Mottagare utanför kommunen: mottagare\.nummer0@foretag0\.example, .* och \S+ till$/);
    expect(externalRecipientsHint([], "sv")).toBeNull();
    expect(externalRecipientsHint(["a@b.se"], "en")).toBe("Recipients outside the kommun: a@b.se");
    expect(externalRecipientsHint([`${"x".repeat(200)}@b.se`], "sv")).toBe("Mottagare utanför kommunen: en adress");
  });

  it("counts identity numbers without showing them, in the rule's own words", () => {
    const p = profile();
    const hint = (body: string, locale: "sv" | "en" = "sv") => identityNumberHint(lint(message(body, ["a@mjolby.se"]), p, { locale }), locale);
    expect(hint("Hej")).toBeNull();
    expect(hint(`Pnr ${TEST_PERSONNUMMER}`)).toBe("Meddelandet innehåller ett personnummer. Ta bort eller maskera det innan du skickar.");
    expect(hint(`${TEST_PERSONNUMMER}, 781121-2393, 198101022385`, "en")).toBe(
      "The message contains three personal identity numbers. Remove or mask them before sending.",
    );
  });

  it("leaves low-confidence matches to the task pane, and counts what the report only counted", () => {
    const p = profile();
    const report = lint(message(`Personnummer: 781121-2394`, ["a@mjolby.se"]), p);
    expect(report.findings.map((f) => f.confidence)).toEqual(["low"]);
    expect(identityNumberHint(report, "sv")).toBeNull();
    const capped = { ...lint(message(`Pnr ${TEST_PERSONNUMMER}`, ["a@mjolby.se"]), p), omitted: { personnummer: 2_000_096 } };
    expect(identityNumberHint(capped, "sv")).toBe("Meddelandet innehåller 2\u00a0000\u00a0097 personnummer. Ta bort eller maskera dem innan du skickar.");
  });

  it("never repeats an identity number that an external address is made of", () => {
    const p = profile();
    const m = message("Hej", ["19810102-2385@gmail.com", "8101022385.anna@hotmail.com", "kund4711@foretag.se"]);
    const text = buildLiveHints(m, lint(m, p), p, "sv")["postvakt-external"] ?? "";
    expect(text).not.toContain("2385");
    expect(text).toContain("198101••-••••@gmail.com");
    expect(text).toContain("8101••••••.anna@hotmail.com");
    expect(text).toContain("kund4711@foretag.se");
  });

  it("decides internal by the profile's domains, subdomains included, never by substring", () => {
    const p = profile();
    const m = message("Hej", ["a@mjolby.se", "b@skola.mjolby.se", "c@evil-mjolby.se", "C@EVIL-MJOLBY.SE"]);
    const hints = buildLiveHints(m, lint(m, p), p, "sv");
    expect(hints["postvakt-external"]).toBe("Mottagare utanför kommunen: c@evil-mjolby.se");
    expect(hints["postvakt-identity"]).toBeNull();
  });
});

