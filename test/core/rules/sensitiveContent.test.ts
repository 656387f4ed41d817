import { describe, expect, it } from "vitest";
import { createMailMessage, lint, type Finding, type MailMessage, type Profile } from "../../../src/core";
import { sensitiveContentRule } from "../../../src/core/rules/sensitiveContent";
import { compose, profile, to } from "../helpers";
import { ruleTester } from "./rule-tester";

const run = (message: MailMessage, id: string | Profile = "sjobo"): Finding[] =>
  lint(message, typeof id === "string" ? profile(id) : id, { rules: [sensitiveContentRule] }).findings.filter((f) => f.ruleId === "sensitiveContent");

describe("sensitive-content rule", () => {
  it.each([
    ["strong term to an external recipient", compose("Hon är sjukskriven hela maj.", to("a@gmail.com")), "error", "externalStrong"],
    ["moderate term to an external recipient", compose("Beslut om insats enligt LSS.", to("a@gmail.com")), "warning", "externalModerate"],
    ["strong term internally", compose("Hon är sjukskriven hela maj.", to("b@sjobo.se")), "info", "internal"],
    ["a secrecy marking externally", compose("Sekretess enligt 26 kap. 1 § OSL", to("a@gmail.com")), "error", "externalStrong"],
  ])("%s", (_name, message, severity, messageId) => {
    expect(run(message).map((f) => [f.severity, f.messageId])).toEqual([[severity, messageId]]);
  });

  it("gives one finding per category, listing its words once each, not one card per word", () => {
    const findings = run(compose("Orosanmälan om pojken. LVU-utredningen pågår, han är placerad i familjehem. LVU igen. Diagnosen autism.", to("a@gmail.com")));
    expect(findings.map((f) => f.kind)).toEqual(["socialServices", "health"]);
    expect(findings[0]?.message).toBe(
      "Ord som tyder på ett socialtjänstärende: ”Orosanmälan”, ”LVU-utredningen”, ”placerad i familjehem” och ”LVU”. Sådant får inte skickas med vanlig e-post utanför kommunen. Ta bort uppgifterna eller skicka dem på papper med post i stället.",
    );
    expect(findings[1]?.message).toContain("uppgifter om hälsa: ”Diagnosen” och ”autism”");
  });

  it("lists at most four words and counts the rest", () => {
    const [finding] = run(compose("sjukskriven, diabetes, epilepsi, adhd, autism och depression", to("a@gmail.com")));
    expect(finding?.message).toContain("”sjukskriven”, ”diabetes”, ”epilepsi”, ”adhd” och 2 till.");
  });

  it("makes one phrase one word: “sekretess enligt OSL”", () => {
    const [finding, ...rest] = run(compose("Sekretess enligt OSL gäller uppgifterna.", to("a@gmail.com")));
    expect(rest).toEqual([]);
    expect(finding?.message).toContain("Ord som tyder på sekretess: ”Sekretess enligt OSL”.");
  });

  it("does not flag secrecy questions in general", () => {
    expect(run(compose("Vi har en utbildning om sekretessfrågor i allmänhet och sekretessbedömningen vid utlämnande.", to("a@gmail.com")))).toEqual([]);
  });

  it.each([
    ["sorsele", "Ta bort uppgifterna eller skicka dem med sekretesskydd."],
    ["oxelosund", "Ta bort uppgifterna eller kontakta IT-enheten och rådgör med dem innan du skickar uppgifterna."],
    ["sjobo", "Ta bort uppgifterna eller skicka dem på papper med post i stället."],
    ["ale", "Ta bort uppgifterna eller skicka dem på papper med post i stället."],
    ["mjolby", "Ta bort uppgifterna eller skicka dem på annat sätt än med e-post, till exempel med post."],
    ["default", "Ta bort uppgifterna eller skicka dem på ett sätt som kommunen har godkänt för känsliga uppgifter."],
  ])("%s: says what to do next in the kommun's own way", (id, sentence) => {
    const [finding] = run(compose("Hon är sjukskriven.", to("a@gmail.com")), id);
    expect(finding?.message).toContain(sentence);
  });

  it("says the profile's secure channel in English too, and the Swedish one where the profile has no English", () => {
    const english = lint(compose("Hon är sjukskriven.", to("a@gmail.com")), profile("sorsele"), { rules: [sensitiveContentRule], locale: "en" }).findings[0];
    expect(english?.message).toContain("Remove the data or send them with secrecy protection.");
    const swedishOnly: Profile = { ...profile("sorsele"), secureChannel: { sv: "använd Säker post" } };
    const [finding] = lint(compose("Hon är sjukskriven.", to("a@gmail.com")), swedishOnly, { rules: [sensitiveContentRule], locale: "en" }).findings;
    expect(finding?.message).toContain("Remove the data or använd Säker post.");
  });

  it("checks attachment names and the subject, each category once", () => {
    const message = createMailMessage({
      mode: "compose",
      subject: "Orosanmälan",
      body: { text: "Se bilagan." },
      recipients: to("a@gmail.com"),
      attachments: [{ name: "läkarintyg.pdf" }, { name: "LVU-beslut.pdf" }],
    });
    expect(run(message).map((f) => [f.field, f.kind, f.severity])).toEqual([
      ["subject", "socialServices", "error"],
      ["attachments", "health", "error"],
    ]);
    expect(run(message)[0]?.message).toContain("”Orosanmälan” och ”LVU-beslut”");
  });

  it("says where when every word is in one place: the quoted history, the subject, the attachment names", () => {
    const body = "Tack!\n\n-----Ursprungligt meddelande-----\nFrån: X\nHan är sjukskriven.";
    const [quoted] = run(compose(body, to("a@gmail.com")));
    expect(quoted?.inQuotedHistory).toBe(true);
    expect(quoted?.message).toContain("uppgifter om hälsa i tidigare meddelande nedan:");
    const [subject] = run(createMailMessage({ mode: "compose", subject: "Sjukskrivning", body: { text: "Hej" }, recipients: to("a@gmail.com") }));
    expect(subject?.message).toContain("uppgifter om hälsa i ämnesraden:");
    const [both] = run(compose(`Hon är sjukskriven.\n${body}`, to("a@gmail.com")));
    expect(both?.inQuotedHistory).toBeUndefined();
    expect(both?.message).toContain("uppgifter om hälsa: ”sjukskriven”.");
    expect(both?.range).toEqual({ start: 7, end: 18 });
  });

  it("cites the kommun's passage on confidential information", () => {
    const [finding] = run(compose("sekretessbelagd", to("a@gmail.com")), "mjolby");
    expect(finding?.guideline?.quote).toBe("E-post får inte användas för att skicka sekretessbelagd information.");
  });

  it("stays quiet on ordinary mail and when reading", () => {
    expect(run(compose("Välkommen på möte om budgeten. Med vänliga hälsningar", to("a@gmail.com")))).toEqual([]);
    expect(run(createMailMessage({ mode: "read", body: { text: "Hon är sjukskriven." } }))).toEqual([]);
  });
});

ruleTester(sensitiveContentRule, {
  valid: [
    { name: "an ordinary message", message: "Hej! Vi ses på mötet i morgon." },
    { name: "reading a message (received mail is the reader's business)", message: createMailMessage({ mode: "read", body: { text: "Ärendet gäller LVU." } }) },
    { name: "secrecy in general", message: "Frågor om sekretessfrågor tar vi på utbildningen." },
  ],
  invalid: [
    { name: "a secrecy marking to an external recipient", message: "Utredningen är sekretessbelagd.", errors: [{ messageId: "externalStrong", severity: "error", kind: "secrecy" }] },
    { name: "only a note inside the kommun", message: "Utredningen är sekretessbelagd.", to: ["kollega@mjolby.se"], errors: [{ messageId: "internal", severity: "info" }] },
    { name: "a named diagnosis", message: "Eleven har diabetes.", errors: [{ messageId: "externalStrong", kind: "health", text: "”diabetes”" }] },
    { name: "a strong and a moderate word of one category: the strong decides", message: "LSS-beslut och LVU.", errors: [{ messageId: "externalStrong", severity: "error" }] },
    { name: "moderate words only", message: "Insatser enligt LSS; familjehem.", errors: [{ messageId: "externalModerate", severity: "warning", text: "Ord som kan tyda på ett socialtjänstärende" }] },
  ],
});
