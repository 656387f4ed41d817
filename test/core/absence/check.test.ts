/**
 * The check on any automatic-reply text: tables of our own (complete,
 * incomplete, health words and their harmless look-alikes, numbers), then
 * the development half of the corpus written blind (test/fixtures/absence-corpus/dev),
 * file by file. The held-out half is read only by `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAbsenceMessage, type AbsencePart, type AbsenceWarningCode } from "../../../src/core";
import { FIXTURES_DIR } from "../../fixture-dirs";
import { profile } from "../helpers";

const missing = (text: string, id = "mjolby") => checkAbsenceMessage(text, profile(id)).missing;
const warnings = (text: string, id = "mjolby") => checkAbsenceMessage(text, profile(id)).warnings.map((w) => w.code);

describe("the three parts", () => {
  it.each([
    ["Jag har semester 29/6–7/8. Åter måndag 10/8. Kontakta Eva Lund, 0142-851 00."],
    ["Ledig v. 28–31, åter v. 32. Brådskande: ring växeln 0142-850 00."],
    ["Jag är tjänstledig till och med 2027-01-31 och tillbaka 2027-02-01. Frågor till miljo@mjolby.se."],
    ["Jag är på kurs mellan den 6 och den 10 juli och är tillbaka på kontoret den 13 juli. Min kollega Per Ek nås på per.ek@mjolby.se."],
    ["Från och med 1 juni till och med 12 juni är jag föräldraledig. Den 15 juni är jag på plats igen. Ring Lisa på 0142-850 12."],
    ["I'm out of the office 6–17 July and back on 20 July. Please email my manager, Olle Berg, at olle.berg@mjolby.se."],
    ["I am on annual leave from July 6th until August 2nd and will return on August 3rd. Call our switchboard on +46 142 850 00."],
    ["Semester 6/7–7/8. Åter mån. 10/8 kl. 8. Ring (0142) 851 00."],
    ["Ledig 6/7–7/8, tillbaks 10/8. Ring 0142/851 00."],
    // A weekday between the return word and the date ("to" in "torsdag" is no "to" of a period).
    ["Jag är ledig 24 december–6 januari och åter torsdag 7 januari 2027. Kontakta Eva Lund, 0142-851 00."],
    ["Ledig 1–4 juni. Åter tisdag 8 juni. Ring växeln 0142-850 00."],
    ["Ledig 1–4 juni, åter senast 8 juni. Ring växeln 0142-850 00."],
    ["My colleague Robin Ekstrand covers for me on 1–4 June (back 8 June): 0142-85 47 02."],
    // The writer's own number, then someone else's address: "eller kontakta" turns to another.
    ["Ledig 12–16 oktober, åter 19 oktober. Nås på min tjänstemobil 070-174 06 83, eller kontakta hr@oxelosund.se."],
  ])("complete: %s", (text) => {
    expect(missing(text)).toEqual([]);
    expect(warnings(text)).toEqual([]);
  });

  it.each<[string, AbsencePart[]]>([
    ["Jag har semester i sommar och läser inte min e-post.", ["period", "return", "contact"]],
    ["Jag har semester i juli. Åter i augusti. Kontakta kollega.", ["period", "return", "contact"]],
    ["Ledig måndag–fredag nästa vecka, tillbaka på måndag. Ring 0142-850 00.", ["period", "return"]],
    ["Jag är ledig till och med 7/8. Kontakta Eva Lund, eva.lund@mjolby.se.", ["return"]],
    ["Åter 10 augusti. Kontakta Eva Lund, eva.lund@mjolby.se.", ["period"]],
    ["Från 1 december är jag tjänstledig tills vidare. Kontakta Eva Lund, eva.lund@mjolby.se.", ["period", "return"]],
    ["Jag har semester 29/6–7/8, åter 10/8. Under tiden ansvarar Eva Lund för mina ärenden.", ["contact"]],
    ["Jag har semester 29/6–7/8, åter 10/8. Kontakta växeln så kopplar de dig vidare.", ["contact"]],
    ["Jag har semester 29/6–7/8, åter 10/8. Vill du nå mig ändå går det bra att ringa min mobil 070-174 06 07.", ["contact"]],
    ["Semester 29/6–7/8, åter 10/8. Ring min mobil 070-174 06 07 eller mejla mig på anna.ek@mjolby.se.", ["contact"]],
    ["Semester 29/6–7/8, åter 10/8. Nås på min mobil 070-174 06 07, eller kontakta mig på anna.ek@mjolby.se.", ["contact"]],
    ["Ledig till torsdag 7 januari. Kontakta Eva Lund, eva.lund@mjolby.se.", ["return"]],
    // A deadline for the reader is not the absence.
    ["Jag är tjänstledig tills vidare. Ansökningar om bidrag ska vara inne senast 15 mars 2027 och skickas till fritid@mjolby.se.", ["period", "return"]],
    ["I'm on leave until further notice. Applications must arrive no later than 15 March and go to fritid@mjolby.se.", ["period", "return"]],
    ["Jag har semester under perioden xx/xx yy/yy. Ditt ärende har vidarebefordrats till XX XX, telefon", ["period", "return", "contact"]],
    ["I'm away until 14 August. I will get back to you after 17 August.", ["return", "contact"]],
    ["Semester 29/6–7/8, åter 10/8.\n\nMed vänlig hälsning\nAnna Ek\nHandläggare, Mjölby kommun\nTelefon 0142-851 17", ["contact"]],
    ["Semester 29/6–7/8, åter 10/8.\n\nAnna Ek\nHandläggare\nMjölby kommun\nTelefon 0142-851 17", ["contact"]],
  ])("%s -> missing %j", (text, expected) => {
    expect(missing(text)).toEqual(expected);
  });

  it("does not read a date in brackets after the return as the period", () => {
    expect(missing("Jag är åter i tjänst måndag 3 augusti (v. 32). Kontakta Eva, 0142-851 00.")).toEqual(["period"]);
  });

  it("does not take phone numbers, times, dates or a personnummer-shaped string for each other", () => {
    expect(missing("Jag är ledig kl. 13.00–16.00 idag.")).toEqual(["period", "return", "contact"]);
    expect(missing("Jag har semester 06/07–31/07 och är åter 03/08.")).toEqual(["contact"]);
    expect(missing("Ring 010101-1234 om det brådskar. Ledig 1/7–2/8, åter 3/8.")).toEqual(["contact"]);
  });

  it("says which parts fall beyond the 250 characters of the MailTip", () => {
    const padding = "Tack för ditt mejl. ".repeat(13);
    const check = checkAbsenceMessage(`${padding}Jag har semester 29/6–7/8, åter 10/8. Kontakta Eva Lund, eva.lund@mjolby.se.`, profile("mjolby"));
    expect(check.missing).toEqual([]);
    expect(check.beyondMailTip).toEqual(["period", "return", "contact"]);
  });
});

describe("health: a warning for details, none for the health sector's everyday words", () => {
  it.each([
    "Jag är sjukskriven t.o.m. 30/9.",
    "Jag är deltidssjukskriven under hösten.",
    "Jag är sjuk idag.",
    "Jag är hemma med sjukt barn.",
    "Jag är borta efter en knäoperation.",
    "Jag har blivit opererad och är borta till 1/10.",
    "Jag har ett läkarbesök på förmiddagen.",
    "Jag har brutit handleden.",
    "Jag är ledig på grund av lunginflammation.",
    "Jag är borta av hälsoskäl.",
    "I am on sick leave until 9 October.",
    "I'm off sick today.",
    "I'm away to care for my mother, who is ill.",
    "I'm recovering from surgery.",
    "I am on medical leave.",
  ])("health: %s", (text) => {
    expect(warnings(text)).toEqual(["health"]);
  });

  it.each([
    "Jag har friskvårdstimme i eftermiddag.",
    "Jag är föräldraledig till 1/3.",
    "Jag är hemma för VAB idag.",
    "Jag är tjänstledig.",
    "Kontakta sjuksköterskan Anna på 0142-851 00.",
    "Frågor om hemsjukvården: hemsjukvard@mjolby.se.",
    "Jag arbetar på Sjukvårdsförvaltningen.",
    "Mötet hålls på Vårdcentralen.",
    "Frågor om sjukanmälan och sjuklön: lon@mjolby.se.",
    "Frågor om sjukskrivning och rehabilitering besvaras av HR.",
    "Vid sjukdom hos barnet, ring förskolan.",
    "Sjuk- och friskanmälan görs i appen.",
    "Questions about sick pay go to HR.",
    "Reporting sick leave is done in the HR system.",
    "Vi har HLR-utbildning och influensavaccination för personalen.",
    "Jag går en kurs i hälso- och sjukvård.",
    "The operations manager is away.",
    "I am away coordinating the staff flu vaccination days.",
    "I'm running the flu shot clinic for staff this week.",
  ])("no warning: %s", (text) => {
    expect(warnings(text)).toEqual([]);
  });
});

describe("numbers: a colleague's mobile, a private number", () => {
  it.each<[string, AbsenceWarningCode[]]>([
    ["Kontakta Per Sandström på 070-174 06 12.", ["colleagueMobile"]],
    ["Ring min kollega på 0701740612.", ["colleagueMobile"]],
    ["Please call my colleague Nils on +46 70 174 06 31.", ["colleagueMobile"]],
    ["Brådskande: 070-174 06 12 (Anna).", ["colleagueMobile"]],
    ["Jag nås på min mobil 070-174 06 07.", []],
    ["Ring mig på 070-174 06 07.", []],
    ["Ring VA-jouren på 070-174 06 70.", []],
    ["Kontakta Per Sandström på 0952-140 45.", []],
    ["Ring mig hemma 0952-104 32.", ["privatePhone"]],
    ["Sms:a min privata mobil 070-174 06 95.", ["privatePhone"]],
    ["Call my home number 0416-123 45.", ["privatePhone"]],
    ["Ring Per på jobbet 0952-140 61 eller hemma 0952-102 77.", ["privatePhone"]],
    ["Ring Per privat på 070-174 06 33.", ["colleagueMobile", "privatePhone"]],
    ["Jag är ledig av privata skäl, ring växeln på 0142-850 00.", []],
    // Someone stands in for the writer: the number is theirs, not the writer's.
    ["My colleague Robin Ekstrand covers for me: 0142-85 47 02 / mobile +46 70 174 06 75.", ["colleagueMobile"]],
    ["Eva Lund ersätter mig, 070-174 06 08.", ["colleagueMobile"]],
  ])("%s -> %j", (text, expected) => {
    expect(warnings(text)).toEqual(expected);
  });

  it("says Sorsele forbids a colleague's 07-number, the others advise against it, and never repeats the number", () => {
    const text = "Kontakta Per Sandström på 070-174 06 12.";
    const sorsele = checkAbsenceMessage(text, profile("sorsele")).warnings[0]!;
    const sjobo = checkAbsenceMessage(text, profile("sjobo")).warnings[0]!;
    expect(sorsele.text).toContain("Det tillåter inte kommunen");
    expect(sorsele.guideline?.quote).toBe("Det är inte tillåtet att lämna ut information om andra medarbetares 07-nummer. Undantag kan beslutas av närmaste chef.");
    expect(sjobo.text).not.toContain("tillåter inte");
    for (const w of [sorsele, sjobo]) {
      expect(w.found).toEqual(["070-••• •• 12"]);
      expect(w.text).not.toMatch(/174/);
    }
  });

  it("writes the warnings in English on request", () => {
    const [w] = checkAbsenceMessage("I am on sick leave.", profile("ale"), { locale: "en" }).warnings;
    expect(w!.text).toMatch(/^The reply mentions health \(sick\)/);
  });
});

interface Label {
  readonly profile: string;
  readonly missing: AbsencePart[];
  readonly warnings: AbsenceWarningCode[];
}

describe("the development corpus, written blind (test/fixtures/absence-corpus/dev)", () => {
  const dir = join(FIXTURES_DIR, "absence-corpus", "dev");
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, Label>;
  const files = Object.keys(labels).sort();

  it("has its 85 texts", () => {
    expect(files).toHaveLength(85);
  });

  it.each(files)("%s", (file) => {
    const label = labels[file]!;
    const check = checkAbsenceMessage(readFileSync(join(dir, file), "utf8"), profile(label.profile));
    expect({ missing: [...check.missing].sort(), warnings: check.warnings.map((w) => w.code).sort() }).toEqual({ missing: [...label.missing].sort(), warnings: [...label.warnings].sort() });
  });
});
