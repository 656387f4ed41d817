/**
 * What the diary advice writes: the cover note to the registrar, the receipt
 * to the sender, and the profiles' diary sections that feed them. No text
 * ever holds an identity number; a receipt never asks who the sender is or
 * why they write.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_PROFILE_IDS, actionOfType, personnummerDetector, validateProfile } from "../../../src/core";
import { POLICIES_DIR } from "../../fixture-dirs";
import { profile } from "../helpers";
import { devCorpus, diaryAdvice, mail } from "./helpers";

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Every string the advice hands on: titles, reasons, fields, bar, action texts and bodies. */
function everyText(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) everyText(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) everyText(v, out);
  return out;
}

describe("no identity number leaves in any text of the advice", async () => {
  const corpus = await devCorpus();
  const withNumbers = corpus.filter((m) => personnummerDetector.detect(`${m.message.subject}\n${m.message.body.text}`).some((x) => x.confidence !== "low"));

  it("the dev corpus has mails with identity numbers to check", () => {
    expect(withNumbers.length).toBeGreaterThanOrEqual(8);
  });

  it.each(withNumbers.map((m) => [m.file, m] as const))("%s", (_file, { label, message }) => {
    const { advice } = diaryAdvice(message, label.profile);
    const numbers = personnummerDetector.detect(`${message.subject}\n${message.body.text}`).map((x) => `${message.subject}\n${message.body.text}`.slice(x.start, x.end));
    for (const text of everyText(advice)) {
      for (const n of numbers) expect(text).not.toContain(n);
      expect(personnummerDetector.detect(text).filter((x) => x.confidence !== "low")).toEqual([]);
    }
  });

  it("a number in the subject, the sender's name or an attachment's name is blanked", () => {
    const m = mail({
      fromName: "Eva 19810102-2385",
      subject: "Ansökan 19810102-2385",
      body: "Vi ansöker om plats i förskolan för 20130720-2380.",
      attachments: ["Intyg 20130720-2380.pdf"],
    });
    const texts = everyText(diaryAdvice(m).advice).join("\n");
    expect(texts).not.toMatch(/2385|2380/);
    expect(texts).toContain("Ansökan 198101••-••••");
    expect(texts).toContain("Intyg 201307••-••••.pdf");
  });
});

describe("the cover note", () => {
  const m = mail({
    fromName: "Karin Ljung",
    from: "karin.ljung@gmail.com",
    to: ["bygglov@bygg.sjobo.se"],
    cc: ["granne@gmail.com"],
    subject: "SV: Ansökan om bygglov – garage, SBN 2026/88",
    body: "Hej! Här kommer vår ansökan om bygglov för ett garage. Jag har varit sjukskriven och därför dröjt.",
    attachments: ["Ansökan bygglov.pdf", "Ritning.pdf"],
    receivedAt: "2026-06-19T14:05:00+02:00",
  });
  const note = actionOfType(diaryAdvice(m).main.actions, "newMessage")!;

  it("names every field a registrar records", () => {
    const lines = note.body.text.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "Inkom: fredag 19 juni 2026 kl. 14.05",
        "Avsändare: Karin Ljung <karin.ljung@gmail.com>",
        "Mottagare: bygglov@bygg.sjobo.se; kopia: granne@gmail.com",
        "Förslag till ärendemening: Ansökan om bygglov – garage, SBN 2026/88",
        "Handlingstyp: ansökan",
        "Diarienummer: SBN 2026/88 (i ämnesraden)",
        "Sekretess: kan förekomma – uppgifter om hälsa",
        "Bilagor: Ansökan bygglov.pdf, Ritning.pdf",
        "Svarsfrist: Svara senast mån 22 juni (nästa arbetsdag)",
      ]),
    );
    expect(note.body.text).toMatch(/^Hej!\n\nJag skickar det bifogade meddelandet för registrering\./);
    expect(note.body.text).toMatch(/Postvakts bedömning: Bör diarieföras \(/);
    expect(note.body.text.endsWith("Originalmeddelandet är bifogat.")).toBe(true);
  });

  it("keeps the subject with its SV: for the new message, strips it for the ärendemening", () => {
    expect(note.subject).toBe("För registrering: SV: Ansökan om bygglov – garage, SBN 2026/88");
  });

  it("has an HTML version with the same fields, escaped", () => {
    const html = note.body.html ?? "";
    expect(html).toContain("<th align=\"left\" valign=\"top\">Avsändare</th><td>Karin Ljung &lt;karin.ljung@gmail.com&gt;</td>");
    expect(html).not.toMatch(/<(?!\/?(?:p|table|tr|th|td|strong)[ >])/);
  });

  it("says up front when it is a request for documents", () => {
    const request = actionOfType(diaryAdvice(mail({ subject: "Begäran", body: "Jag begär ut protokollet." })).main.actions, "newMessage")!;
    expect(request.body.text).toContain("BRÅDSKANDE: begäran om att få ta del av allmänna handlingar");
    expect(request.body.html).toContain("<strong>BRÅDSKANDE");
  });
});

describe("the receipt", () => {
  const receiptOf = (id: string, spec: Parameters<typeof mail>[0]) => actionOfType(diaryAdvice(mail(spec), id).main.actions, "reply")?.body.text;
  const question = { subject: "Bygglov", body: "Hej, jag har lämnat in en ansökan om bygglov och undrar när jag får besked.", receivedAt: "2026-06-22T09:00:00+02:00" };

  it("Sjöbo's, after its own model, with the answer date", () => {
    const text = receiptOf("sjobo", question)!;
    expect(text.startsWith("Tack för ditt mejl!\n\nSjöbo kommun har tagit emot ditt meddelande")).toBe(true);
    expect(text).toContain("Du får normalt svar senast tisdag 23 juni.");
    expect(text).toContain("https://sjobo.se/personuppgifter");
  });

  it("Oxelösund's gives the hour; Ale's, Mjölby's and Sorsele's no date", () => {
    expect(receiptOf("oxelosund", { ...question, to: ["kommun@oxelosund.se"] })).toContain("Du får svar senast onsdag 24 juni kl. 09.00.");
    for (const id of ["ale", "mjolby", "sorsele", "default"]) {
      const text = receiptOf(id, question)!;
      expect(text, id).not.toMatch(/senast|\{\{|\}\}/);
      expect(text, id).not.toMatch(/ \n|  /);
    }
  });

  it("in English to a mail written in English", () => {
    const text = receiptOf("sjobo", { subject: "Question", body: "Hello, could you tell me when the library is open? Thank you, Anna" })!;
    expect(text.startsWith("Thank you for your e-mail.")).toBe(true);
    expect(text).toContain("You will normally have an answer by");
  });

  it("to a request, that it is handled promptly", () => {
    expect(receiptOf("ale", { subject: "Begäran", body: "Jag begär ut protokollet." })).toContain("Vi hanterar din begäran skyndsamt");
  });

  it.each(BUILTIN_PROFILE_IDS.map((id) => [id]))("%s: never asks who the sender is or why, in either language or case", (id) => {
    const texts = [
      receiptOf(id, question),
      receiptOf(id, { subject: "Begäran", body: "Jag begär ut protokollet." }),
      receiptOf(id, { subject: "Request", body: "Hello, I would like to request a copy of the minutes, please. Thank you." }),
    ];
    for (const text of texts) {
      expect(text).toBeDefined();
      expect(text).not.toContain("?");
      expect(text).not.toMatch(/personnummer|legitimation|ditt namn|vem du är|varför|syfte|ändamål|identitet|who you are|your name|why|purpose|identity|identification/i);
    }
  });
});

describe("the profiles' diary sections", () => {
  const keys = ["diary", "diaryUnsure", "diaryRinga", "diaryResponse", "diaryReceipt"];

  it.each(["mjolby", "sorsele", "sjobo", "ale", "oxelosund"])("%s: every diary passage is quoted verbatim from its guideline", (id) => {
    const document = squash(readFileSync(`${POLICIES_DIR}/${id}.txt`, "utf8"));
    const p = profile(id);
    expect(p.guidelines.diary).toBeDefined();
    for (const key of keys) {
      const passage = p.guidelines[key];
      if (passage) expect(document, `${id}.${key}`).toContain(squash(passage.quote));
    }
  });

  it.each(BUILTIN_PROFILE_IDS.map((id) => [id]))("%s has a diary section with registrars, a rule, a receipt and a category, its addresses marked as examples", (id) => {
    const diary = profile(id).diary!;
    expect(diary.registrars.length).toBeGreaterThanOrEqual(1);
    expect(diary.category).toBe("Till registrator");
    expect(diary.placeholderAddresses).toBe(true);
    for (const r of diary.registrars) expect(r.address).toMatch(/^registrator[a-z.]*@/);
  });

  it("sets the rules issue 10 names: Sjöbo next working day, Oxelösund 48 hours rolled, the others snarast", () => {
    expect(profile("sjobo").diary?.response).toEqual({ kind: "next-working-day" });
    expect(profile("oxelosund").diary?.response).toEqual({ kind: "hours", hours: 48, rollToWorkingDay: true });
    for (const id of ["ale", "mjolby", "sorsele", "default"]) expect(profile(id).diary?.response).toEqual({ kind: "as-soon-as-possible" });
  });

  it("rejects a response kind that is none, naming the kinds there are", () => {
    const p = JSON.parse(JSON.stringify(profile("sjobo")));
    p.diary.response = { kind: "weekly" };
    const result = validateProfile(p);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.path).toBe("diary.response.kind");
      expect(result.problems[0]?.message).toMatch(/"next-working-day", "hours"/);
    }
  });

  it("rejects hours without a number, an address that is none, and a receipt with an unknown placeholder", () => {
    const bad = (change: (d: Record<string, unknown>) => void, path: string) => {
      const p = JSON.parse(JSON.stringify(profile("sjobo")));
      change(p.diary);
      const result = validateProfile(p);
      expect(result.ok, path).toBe(false);
      if (!result.ok) expect(result.problems.map((x) => x.path)).toContain(path);
    };
    bad((d) => (d.response = { kind: "hours" }), "diary.response.hours");
    bad((d) => (d.registrars = [{ label: "KS", address: "Registrator på KS" }]), "diary.registrars[0].address");
    bad((d) => ((d.receipt as Record<string, string>).sv = "Tack för ditt mejl, {{namn}}! Vi återkommer."), "diary.receipt.sv");
    bad((d) => (d.caseNumberPrefixes = ["ks"]), "diary.caseNumberPrefixes[0]");
    bad((d) => (d.registrars = []), "diary.registrars");
  });
});
