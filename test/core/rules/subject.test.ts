import { describe, expect, it } from "vitest";
import { createMailMessage, type MailMessage } from "../../../src/core";
import { splitSubject } from "../../../src/core/rules/message-facts";
import { subjectRule } from "../../../src/core/rules/subject";
import { ruleTester, runRule } from "./rule-tester";

const withSubject = (subject: string, mode: "compose" | "read" = "compose"): MailMessage =>
  createMailMessage({ mode, subject, body: { text: "Hej, här kommer ritningarna." }, recipients: [{ field: "to", address: "kund@exempel.se" }] });
const sjobo = { profile: "sjobo" } as const;

ruleTester(subjectRule, {
  valid: [
    { name: "a subject that says what it is about", message: withSubject("Bygglov Storgatan 4: ritningar saknas"), ...sjobo },
    { name: "a reply prefix before a real subject", message: withSubject("SV: Bygglov"), ...sjobo },
    { name: "stacked prefixes before a real subject", message: withSubject("SV: VB: SV: Protokoll 12 maj"), ...sjobo },
    { name: "one specific word", message: withSubject("Bygglov"), ...sjobo },
    { name: "a greeting followed by the matter", message: withSubject("Hej, fråga om bygglov för altan"), ...sjobo },
    { name: "a generic word with what it is about", message: withSubject("Info om mötet på torsdag"), ...sjobo },
    { name: "a word that only starts like a greeting", message: withSubject("Heja Sjöbo IF"), ...sjobo },
    { name: "a greeting with a number after it (not a name, and never quoted)", message: withSubject("Hej 850101-2382"), ...sjobo },
    { name: "reading a message with an empty subject", message: withSubject("", "read"), ...sjobo },
  ],
  invalid: [
    { name: "an empty subject", message: withSubject(""), ...sjobo, errors: [{ messageId: "empty", severity: "warning", field: "subject" }] },
    { name: "only spaces", message: withSubject("  \u00a0 "), ...sjobo, errors: [{ messageId: "empty" }] },
    { name: "only SV:", message: withSubject("SV:"), ...sjobo, errors: [{ messageId: "onlyPrefix", excerpt: "SV:", text: "Ämnesraden är bara ”SV:”" }] },
    { name: "SV: SV: gives one finding, not two", message: withSubject("SV: SV:"), ...sjobo, errors: [{ messageId: "onlyPrefix", excerpt: "SV: SV:" }] },
    { name: "only VB:", message: withSubject("VB:"), ...sjobo, errors: [{ messageId: "onlyPrefix", excerpt: "VB:" }] },
    { name: "only Fwd:", message: withSubject("Fwd: "), ...sjobo, errors: [{ messageId: "onlyPrefix", excerpt: "Fwd:" }] },
    { name: "a numbered prefix shows no digit", message: withSubject("RE[2]:"), ...sjobo, errors: [{ messageId: "onlyPrefix", excerpt: "RE[•]:" }] },
    { name: "Hej", message: withSubject("Hej"), ...sjobo, errors: [{ messageId: "generic", excerpt: "Hej", text: "Ämnesraden ”Hej” säger inte vad meddelandet gäller" }] },
    { name: "Hejsan!", message: withSubject("Hejsan!"), ...sjobo, errors: [{ messageId: "generic", excerpt: "Hejsan" }] },
    { name: "Hi", message: withSubject("Hi"), ...sjobo, errors: [{ messageId: "generic", excerpt: "Hi" }] },
    { name: "Fråga", message: withSubject("Fråga"), ...sjobo, errors: [{ messageId: "generic", excerpt: "Fråga" }] },
    { name: "Info", message: withSubject("Info"), ...sjobo, errors: [{ messageId: "generic", excerpt: "Info" }] },
    { name: "a greeting and a name", message: withSubject("Hej Anna!"), ...sjobo, errors: [{ messageId: "generic", excerpt: "Hej Anna" }] },
    { name: "a reply prefix before a greeting", message: withSubject("SV: Hej"), ...sjobo, errors: [{ messageId: "generic", excerpt: "Hej" }] },
    { name: "in English", message: withSubject("Info"), ...sjobo, lint: { locale: "en" }, errors: [{ messageId: "generic", text: "The subject line “Info” does not say what the message is about" }] },
    { name: "a kommun that makes it a note", message: withSubject(""), ...sjobo, setting: "info", errors: [{ messageId: "empty", severity: "info" }] },
  ],
});

describe("subject: the prefixes", () => {
  it.each([
    ["SV: VB: Bygglov", "SV: VB:", "Bygglov", false],
    ["VB: SV: Protokoll", "VB: SV:", "Protokoll", true],
    ["Fwd: Fw: x", "Fwd: Fw:", "x", true],
    ["AW: Termin", "AW:", "Termin", false],
    ["Svar: fråga", "Svar:", "fråga", false],
    ["Svenska: prov", "", "Svenska: prov", false],
  ])("%s", (subject, prefixes, rest, forward) => {
    expect(splitSubject(subject)).toEqual({ prefixes, rest, forwardPrefix: forward });
  });

  it("cites Sjöbo's own words", () => {
    const [finding] = runRule(subjectRule, { message: withSubject(""), profile: "sjobo", name: "" });
    expect(finding?.guideline?.quote).toBe("Skriv en ämnesrad som sammanfattar innehållet i meddelandet");
  });
});
