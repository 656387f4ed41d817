/**
 * Numbers that only look like personnummer, in contexts a reader understands,
 * and real personnummer in the same places. Every look-alike here is a valid
 * date with a valid check digit (checked first: each one alone in a sentence
 * is reported), so only its context can tell it apart.
 *
 * Real numbers and most look-alikes are Skatteverket's test numbers. Time
 * stamps get their last digit from the minute, chosen so the check digit holds.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../bench/corpus";
import { createPersonnummerDetector, redactIdentityNumber, type DetectorMatch } from "../../../src/core";
import { classifyLabelWord } from "../../../src/core/detectors/personnummer/labels";
import { FIXTURES_DIR } from "../../fixture-dirs";

const detector = createPersonnummerDetector({ referenceYear: 2026 });

/** The Luhn check digit for nine digits (YYMMDDNNN). */
function checkDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A date-and-time stamp "YYMMDD-HHM?" whose last minute digit makes the check digit hold. */
const stamp = (yymmdd: string, hhm: string, sep = "-"): string => `${yymmdd}${sep}${hhm}${checkDigit(yymmdd.slice(-6) + hhm)}`;

const overlapping = (matches: readonly DetectorMatch[], text: string, value: string): DetectorMatch[] => {
  const out: DetectorMatch[] = [];
  let from = 0;
  for (let at = text.indexOf(value, from); at >= 0; at = text.indexOf(value, from)) {
    out.push(...matches.filter((m) => m.start < at + value.length && at < m.end));
    from = at + value.length;
  }
  return out;
};

/** Fails unless `value` is found when nothing around it says what it is. */
function expectFoundAlone(value: string): DetectorMatch {
  const alone = detector.detect(`Gäller ${value} tack.`);
  expect(alone, `${value} alone`).toHaveLength(1);
  return alone[0] as DetectorMatch;
}

// Look-alikes drawn from Skatteverket's test numbers.
const BOOKING = "230102-2386";
const BOOKING_2 = "220103-2394";
const CASE_ID = "210124-2382";
const INVOICE = "2201042385";
const INVOICE_2 = "2301052391";
const MOBILE = "0701012395"; // a mobile number, and 2007-01-01's test number
const MOBILE_2 = "0702012386";
const LANDLINE = "0310012380"; // 031-001 23 80 in Göteborg, and 2003-10-01's test number
const LANDLINE_2 = "0311022388";
const MEETING = "2201062383";
const MEETING_2 = "6201122808";
// Real numbers (Skatteverket's test numbers).
const ADULT = "781121-2393";
const ADULT_12 = "197811212393";
const ADULT_2 = "950331-2382";
const CHILD_12 = "201205032384";
const PRESCHOOL = "190105-2397";
const SAMORDNING = "801274-2394";
const OLD_TIME_SHAPED = "500411-2354"; // its last four read as 23:54
const OLD_TIME_SHAPED_2 = "500627-2354";

describe("look-alikes: every one is a valid date with a valid check digit", () => {
  it.each([BOOKING, BOOKING_2, CASE_ID, INVOICE, INVOICE_2, LANDLINE, LANDLINE_2, MEETING, MEETING_2, stamp("250214", "080")])("%s alone is reported", (value) => {
    expect(expectFoundAlone(value).confidence).not.toBe("low");
  });
  // A bare 070 number and a recent 12-digit date-and-time are low by their shape alone.
  it.each([MOBILE, MOBILE_2, stamp("20250214", "030")])("%s alone is found, at low confidence", (value) => {
    expect(expectFoundAlone(value).confidence).toBe("low");
  });
});

type Case = readonly [name: string, text: string, traps: readonly string[]];

const S1 = stamp("250214", "080");
const S2 = stamp("250214", "081");
const S3 = stamp("250214", "112");
const J1 = stamp("241103", "091");
const J2 = stamp("241105", "134");
const J3 = stamp("241112", "082");

const LOOK_ALIKES: readonly Case[] = [
  // Log lines and journal lines.
  ["log lines with levels", `Utdrag ur loggen:\n${S1} INFO  Inloggning startad för ANSV01\n${S2} WARN  Certifikatet går ut om 12 dagar\n${S3} ERROR Kunde inte nå katalogtjänsten`, [S1, S2, S3]],
  ["a single log line with a level", `Felet kom i natt:\n${S3}  ERROR  Synkronisering avbruten (kod 17)\nVi tittar på det.`, [S3]],
  ["a bracketed log stamp", `[${S1}] varning: kön är full`, [S1]],
  ["a stamp after the level", `Felrad: [ERROR] ${S2} synk avbruten`, [S2]],
  ["a stamp with seconds", `Senaste körningen ${S2}:41 gick bra.`, [S2]],
  ["journal lines with initials", `${J1}  MKA  Hembesök, ingen hemma. Lapp lämnad.\n${J2}  MKA  Telefonsamtal med dottern.\n${J3}  LJ   Möte med biståndshandläggare.`, [J1, J2, J3]],
  ["journal lines without codes", `Anteckningar:\n${J1} Hembesök, ingen hemma.\n${J2} Telefonsamtal med dottern om läget.\n${J3} Uppföljning bokad.`, [J1, J2, J3]],
  ["a 12-digit stamp in a log line", `[${stamp("20250214", "030")}] ERROR export misslyckades`, [stamp("20250214", "030")]],
  ["a quoted log", `> ${S1} INFO start\n> ${S2} INFO klar`, [S1, S2]],
  ["after a time label", `Ärendet skapades ${S1} och ändrades senast ${S3}.`, [S1, S3]],
  // File names.
  ["a scanner file", `Jag bifogar scan_${stamp("250314", "091")}.jpg och scan_${stamp("250314", "092")}.jpg från skrivaren.`, [stamp("250314", "091"), stamp("250314", "092")]],
  ["an export file", `Filen export_${stamp("20250212", "030")}.pdf ligger på G:.`, [stamp("20250212", "030")]],
  ["a log file named by its stamp", `Se bifogad ${stamp("250311", "223")}.log för detaljer.`, [stamp("250311", "223")]],
  ["a file name with a dash prefix", `Bilaga: protokoll-${stamp("250305", "140")}.docx`, [stamp("250305", "140")]],
  // Labels that name another kind of number.
  ["booking number", `Bokningsnummer: ${BOOKING}\nLokal: Sporthallen`, [BOOKING]],
  ["booking number, definite form", `Bokningsnumret ${BOOKING} gäller tisdagar.`, [BOOKING]],
  ["invoice number", `Fakturanummer ${INVOICE} förfaller 2025-03-31.`, [INVOICE]],
  ["order number, two words", `Order nr ${INVOICE_2} är skickad.`, [INVOICE_2]],
  ["customer number", `Ert kundnummer: ${INVOICE}`, [INVOICE]],
  ["case number", `Ärendenummer ${CASE_ID} hos Försäkringskassan.`, [CASE_ID]],
  ["case id with a hyphen", `ärende-id: ${CASE_ID}`, [CASE_ID]],
  ["a case named by the word ärende", `Ärende ${CASE_ID} är stängt.`, [CASE_ID]],
  ["a support case in the definite form", `IT-ärendet ${CASE_ID} har uppdaterats`, [CASE_ID]],
  ["a reference written with #", `Tack för din anmälan #${CASE_ID}.`, [CASE_ID]],
  ["contract number abbreviated", `Avtalsnr ${INVOICE_2}, se bilaga.`, [INVOICE_2]],
  ["reference id", `Referens-id ${MEETING}`, [MEETING]],
  ["parcel number", `Kollinr: ${INVOICE} (PostNord)`, [INVOICE]],
  ["member number", `Medlemsnummer ${INVOICE_2}`, [INVOICE_2]],
  ["alarm id", `Larm-ID ${CASE_ID} kvitterat av nattpatrullen.`, [CASE_ID]],
  ["a long compound", `Kontrollavgiftsnummer: ${INVOICE}`, [INVOICE]],
  ["payment reference", `Betalningsreferens ${INVOICE_2}`, [INVOICE_2]],
  ["employee number abbreviated", `Anst.nr ${INVOICE}`, [INVOICE]],
  ["a key in a log", `sync failed ext_id=${INVOICE} retry=3`, [INVOICE]],
  ["a camel-case key", `orderId: ${INVOICE_2}`, [INVOICE_2]],
  // Log and ledger fields (the second look-alike corpus's log traps, as its writer described them).
  ["a batch in a log line", `2025-03-01 02:00 export batch ${INVOICE} klar`, [INVOICE]],
  ["a session key", `session=${INVOICE_2} user=anna`, [INVOICE_2]],
  ["a case key", `case=${CASE_ID} status=closed`, [CASE_ID]],
  ["a ledger voucher", `Ver ${INVOICE} attesterad av ekonomi`, [INVOICE]],
  ["meeting id", `Mötes-ID: ${MEETING}`, [MEETING]],
  ["meeting id in English", `Meeting ID: ${MEETING_2}`, [MEETING_2]],
  ["conference id on its own line", `Telefonkonferens-ID:\n${MEETING}`, [MEETING]],
  ["booking number after the label with a note in parentheses", `Bokningsnummer (anges vid betalning): ${BOOKING_2}`, [BOOKING_2]],
  ["invoice in the definite form", `Fakturan ${INVOICE} är betald.`, [INVOICE]],
  ["a parcel", `Paketet ${INVOICE_2} kommer i morgon.`, [INVOICE_2]],
  // Links.
  ["a ticket link", `Ärendet: https://servicedesk.kommun.se/ticket/${INVOICE}`, [INVOICE]],
  ["a booking link with a query", `Se https://boka.kommun.se/bekraftelse?bokning=${INVOICE_2}&lang=sv`, [INVOICE_2]],
  ["a case link shaped like a personnummer", `Öppna https://e-arende.kommun.se/arende/${ADULT_12.slice(0, 8)}-${ADULT_12.slice(8)}/oversikt`, [`${ADULT_12.slice(0, 8)}-${ADULT_12.slice(8)}`]],
  ["a link without a scheme", `Läs mer på www.kommun.se/nyheter/${MEETING}`, [MEETING]],
  ["a link in angle brackets", `<https://zoom.us/j/${MEETING_2}?pwd=abc>`, [MEETING_2]],
  ["a link with two numbers", `https://kommun.se/a/${INVOICE}/b/${INVOICE_2}`, [INVOICE, INVOICE_2]],
  // Dial strings.
  ["a one-tap dial string", `Ring in: +46850539728,,${MEETING}# Sverige`, [MEETING]],
  ["a dial string with spaces", `+46 10 199 83 40,,${MEETING_2}#`, [MEETING_2]],
  ["a conference code closed by #", `Konferens-ID: ${MEETING}#`, [MEETING]],
  ["a tel: link", `tel:+46850539728,,${MEETING}%23`, [MEETING]],
  ["a single pause comma", `+46850539728,${MEETING_2}#`, [MEETING_2]],
  // Phones the text says are phones.
  ["reachable on", `Jag nås på ${MOBILE} efter lunch.`, [MOBILE]],
  ["call", `Ring ${LANDLINE} om något är oklart.`, [LANDLINE]],
  ["call me on", `ring mig gärna på ${MOBILE_2}`, [MOBILE_2]],
  ["contact me on", `Kontakta mig på ${LANDLINE} om du har frågor.`, [LANDLINE]],
  ["mobile label", `Mobil: ${MOBILE}`, [MOBILE]],
  ["text message from a number", `Vi fick ett SMS från nummer ${MOBILE_2} i går.`, [MOBILE_2]],
  ["direct line", `Direkt: ${LANDLINE_2}`, [LANDLINE_2]],
  ["switchboard named after", `${LANDLINE} (växel)`, [LANDLINE]],
  ["telephone abbreviation with a dot", `Tel. ${LANDLINE_2}`, [LANDLINE_2]],
  ["signature letter labels", `Anna Berg\nT: ${LANDLINE}\nM: ${MOBILE}`, [LANDLINE, MOBILE]],
  ["phone label on the line above", `Telefon:\n${LANDLINE_2}`, [LANDLINE_2]],
  // Table columns: telephones.
  ["Excel paste, phone columns", `Namn\tTelefon\tMobil\nAnna Berg\t${LANDLINE}\t${MOBILE}\nBo Ek\t${LANDLINE_2}\t${MOBILE_2}`, [LANDLINE, MOBILE, LANDLINE_2, MOBILE_2]],
  ["space-aligned contact list", `Namn           Arbete        Mobil\n-------------  ------------  ------------\nAnna Berg      ${LANDLINE}    ${MOBILE}\nBo Ek          ${LANDLINE_2}    ${MOBILE_2}`, [LANDLINE, MOBILE, LANDLINE_2, MOBILE_2]],
  ["pipe table, guardian's mobile", `| Barn | Mobil förälder |\n|---|---|\n| Elsa | ${MOBILE} |\n| Vide | ${MOBILE_2} |`, [MOBILE, MOBILE_2]],
  ["semicolon CSV, phone", `Namn;Telefon\nAnna Berg;${LANDLINE}\nBo Ek;${LANDLINE_2}`, [LANDLINE, LANDLINE_2]],
  ["a typed table whose columns do not line up", `Namn  Pnr  Telefon\nAnna Berg  ${ADULT.replace("-", "")}  ${LANDLINE}`, [LANDLINE]],
  ["single column under a heading", `Telefonlista jour\n${LANDLINE}\n${LANDLINE_2}`, [LANDLINE, LANDLINE_2]],
  // Table columns: other kinds.
  ["Excel paste, booking column", `Bokningsnr\tDatum\tLokal\tBelopp\n${BOOKING}\t2025-03-12\tSporthallen\t450 kr\n${BOOKING_2}\t2025-03-19\tGymnastiksalen\t300 kr`, [BOOKING, BOOKING_2]],
  ["space-aligned report, employee numbers", `Anst.nr      Namn            Enhet\n${INVOICE}   Anna Berg       Hemtjänst Norr\n${INVOICE_2}   Bo Ek           Hemtjänst Syd`, [INVOICE, INVOICE_2]],
  ["CSV, invoice and OCR columns", `Fakturanr;OCR;Belopp\n${INVOICE};${INVOICE_2};1 250,00\n${INVOICE_2};${INVOICE};980,00`, [INVOICE, INVOICE_2]],
  ["comma CSV, member numbers", `Medlemsnummer,Namn,Ort\n${INVOICE},Anna Berg,Sjöbo\n${INVOICE_2},Bo Ek,Ale`, [INVOICE, INVOICE_2]],
  ["a time column", `Tidpunkt\tHändelse\n${S1}\tLarm utlöst\n${S2}\tLarm kvitterat`, [S1, S2]],
  ["quoted table", `> Kundnr\tNamn\n> ${INVOICE}\tAnna Berg`, [INVOICE]],
  ["a report with a blank line under the header", `Kundnr        Namn\n\n${INVOICE}    Anna Berg\n${INVOICE_2}    Bo Ek`, [INVOICE, INVOICE_2]],
  ["a heading over a list of bookings", `Bokningar:\n${BOOKING}\n${BOOKING_2}`, [BOOKING, BOOKING_2]],
  ["a SIP address in a meeting invitation", `Anslut via SIP: ${MEETING}@zoomcrc.com`, [MEETING]],
  // The same number named elsewhere in the message.
  ["a booking number named once, then repeated", `Bokningsnummer: ${BOOKING}\n\nHej! Vi har tagit emot din bokning. Ange ${BOOKING} när du betalar.`, [BOOKING]],
  ["a mobile number named in the signature, repeated in the text", `Skicka svaret till ${LANDLINE} senast fredag.\n\nMvh Anna\nTel: ${LANDLINE}`, [LANDLINE]],
];

describe("look-alikes in contexts a reader understands: never reported (medium or high)", () => {
  it.each(LOOK_ALIKES)("%s", (_name, text, traps) => {
    const matches = detector.detect(text);
    for (const trap of traps) {
      const reported = overlapping(matches, text, trap).filter((m) => m.confidence !== "low");
      expect(reported, `${trap} in: ${text}`).toEqual([]);
    }
  });
});

type RealCase = readonly [name: string, text: string, real: string, confidence: "high" | "medium"];

const REAL: readonly RealCase[] = [
  // In tables, under a column that says so.
  ["Excel paste, Personnummer column next to phones", `Namn\tPersonnummer\tTelefon\nAnna Berg\t${ADULT.replace("-", "")}\t${LANDLINE}`, ADULT.replace("-", ""), "high"],
  ["space-aligned, Personnr next to booking numbers", `Bokningsnr    Personnr       Namn\n${BOOKING}   ${ADULT_2}    Sara Ek`, ADULT_2, "high"],
  ["semicolon CSV, Personnummer next to Anmälningsnr", `Anmälningsnr;Namn;Personnummer;Mobil\n${INVOICE};Anna Berg;${ADULT};${MOBILE}`, ADULT, "high"],
  ["pipe table, Pnr/Org.nr", `| Rad | Kundnr | Pnr/Org.nr |\n|---|---|---|\n| 1 | 300188 | ${ADULT_2} |`, ADULT_2, "high"],
  ["comma CSV with a row number", `Rad,Personnummer,Namn\n1,${ADULT},Anna Berg`, ADULT, "high"],
  ["a Personnummer column holding a time-shaped number", `Namn\tPersonnummer\nKarl Berg\t${OLD_TIME_SHAPED}`, OLD_TIME_SHAPED, "high"],
  ["a bare ten-digit number under Personnummer (sökande)", `Namn          Personnummer (sökande)\nBo Ek         ${ADULT_2.replace("-", "")}`, ADULT_2.replace("-", ""), "high"],
  ["single column under a heading", `Personnummer:\n${ADULT}\n${ADULT_2}`, ADULT_2, "high"],
  ["a typed table whose columns do not line up", `Namn  Pnr  Telefon\nAnna Berg  ${ADULT.replace("-", "")}  ${LANDLINE}`, ADULT.replace("-", ""), "high"],
  ["a cell with its own label in a table of phones", `Namn\tTelefon\tAnteckning\nAnna\t${LANDLINE}\tpnr ${ADULT}`, ADULT, "high"],
  // In running text next to look-alikes.
  ["after a booking number", `Bokningsnummer ${BOOKING} gäller Erik Holm, ${ADULT}.`, ADULT, "high"],
  ["an invoice about a person", `Faktura för ${ADULT}, avser mars.`, ADULT, "high"],
  ["a case concerning a person", `Ärende gällande ${ADULT_2}`, ADULT_2, "high"],
  ["the case is about a person", `Ärendet gäller ${ADULT_2.replace("-", "")}, se bilaga.`, ADULT_2.replace("-", ""), "medium"],
  ["next to a phone number", `Mamma nås på ${MOBILE}, barnets pnr ${CHILD_12}.`, CHILD_12, "high"],
  ["a sole trader", `Enskild firma, org.nr ${ADULT}`, ADULT, "high"],
  ["a personkonto", `Konto: ${ADULT.replace("-", "")}`, ADULT.replace("-", ""), "medium"],
  ["a patient number", `Patient-ID: ${ADULT_2}`, ADULT_2, "high"],
  ["a misspelt label", `Personummer ${ADULT_2.replace("-", "")}`, ADULT_2.replace("-", ""), "high"],
  ["an identity label naming its source", `Personnummer enligt BankID: ${ADULT_12}`, ADULT_12, "high"],
  // A party's id in an e-invoice or a payment file is, for a sole trader or a person, the personnummer.
  ["a seller's id in an e-invoice error", `REJECT InvoiceID=${INVOICE} SellerID=${ADULT_12} reason="format"`, ADULT_12, "high"],
  ["a recipient's id in a payment file", `Mottagare-ID: ${ADULT_12}`, ADULT_12, "high"],
  // Copied out of a PDF, the line breaks after the dash.
  ["a number broken after its dash", `Elev: Sara Ek, ${CHILD_12.slice(0, 8)}-\n${CHILD_12.slice(8)}`, `${CHILD_12.slice(0, 8)}-\n${CHILD_12.slice(8)}`, "medium"],
  // An aside between the label and the number names something else; the label still counts.
  ["a label with an aside that names a booking", `Personnummer (krävs för bokning med lånekort): ${ADULT.replace("-", " ")}`, ADULT.replace("-", " "), "high"],
  ["after an e-identification", `Signerat med BankID ${ADULT_2.replace("-", "")}`, ADULT_2.replace("-", ""), "medium"],
  ["a time-shaped number followed by a lower-case word that is also a log level", `Ni skrev ${OLD_TIME_SHAPED} fel i blanketten.`, OLD_TIME_SHAPED, "high"],
  // In log lines, at their end.
  ["at the end of a journal line", `${J1}  MKA  Samtal med mamma, yngsta barnets pnr ${PRESCHOOL}\n${J2}  MKA  Uppföljning.`, PRESCHOOL, "high"],
  ["in a pasted error line", `2025-01-14 08:12:03 ERROR PupilLookupFailed id=${CHILD_12}`, CHILD_12, "high"],
  ["in an alarm log line after a label", `${S1}  NOTERING  Personnummer lämnat till ambulansen: ${ADULT}\n${S2}  LARM  Ambulans på plats.`, ADULT, "high"],
  // In links and file names, where the words say so or the number is no time.
  ["a link with a pnr key", `https://e-tjanst.kommun.se/sok?pnr=${ADULT_12}`, ADULT_12, "high"],
  ["a link with a personnummer segment", `https://register.kommun.se/personnummer/${ADULT_12}/visa`, ADULT_12, "high"],
  ["a file named by the person", `Bifogar Ansökan_${ADULT_12}.pdf`, ADULT_12, "high"],
  ["a file named by an older person with a time-shaped number", `Utredning_${OLD_TIME_SHAPED}.pdf`, OLD_TIME_SHAPED, "high"],
  // Lists at the start of lines: dates years apart, or names after them, are no log.
  ["a list of people with time-shaped numbers", `${OLD_TIME_SHAPED}  Karl Berg\n${OLD_TIME_SHAPED_2}  Maj Berg`, OLD_TIME_SHAPED_2, "high"],
  ["a samordningsnummer after its label", `Samordningsnummer: ${SAMORDNING}`, SAMORDNING, "high"],
  ["a personnummer named once, then repeated bare", `Pnr: ${ADULT}\nSe bifogad ansökan. ${ADULT.replace("-", "")} har tidigare sökt bidrag.`, ADULT.replace("-", ""), "high"],
];

describe("real numbers in the same places: found", () => {
  it.each(REAL)("%s", (_name, text, real, confidence) => {
    const hits = overlapping(detector.detect(text), text, real);
    expect(hits.map((m) => m.confidence), text).toEqual([confidence]);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe(real);
  });
});

describe("a list of children's numbers is no log", () => {
  // Children born in 1950, read in 1955: Skatteverket's test numbers whose last four read as a time.
  const in1955 = createPersonnummerDetector({ referenceYear: 1955 });
  it("a class list sorted by number, names after the numbers", () => {
    const text = "500118-2046 Anna Svensson\n500228-1839 Bo Ek\n500304-2222 Svensson, Karin";
    expect(in1955.detect(text).map((m) => m.confidence)).toEqual(["high", "high", "high"]);
  });
  it("a number named with its label once is confirmed where it stands in a file name", () => {
    const text = "Pnr 500411-2354, se scan_500411-2354.jpg";
    expect(in1955.detect(text).map((m) => m.confidence)).toEqual(["high", "high"]);
    expect(in1955.detect("Se scan_500411-2354.jpg").map((m) => m.confidence)).toEqual(["low"]);
  });

  it("the same numbers as a block of stamped notes are log stamps", () => {
    const text = "500118-2046 Hembesök, ingen hemma.\n500228-1839 Telefonsamtal med dottern.\n500304-2222 Uppföljning bokad.";
    expect(in1955.detect(text).map((m) => m.confidence)).toEqual(["low", "low", "low"]);
  });
});

describe("look-alikes are low at most, never dropped, where a real number would be the writer's choice", () => {
  it.each([
    ["a date-and-time in a file name may still name a toddler", `scan_${stamp("250314", "091")}.jpg`, stamp("250314", "091")],
    ["a case link shaped like a personnummer", `https://e-arende.kommun.se/arende/${ADULT_12.slice(0, 8)}-${ADULT_12.slice(8)}/oversikt`, `${ADULT_12.slice(0, 8)}-${ADULT_12.slice(8)}`],
    ["a booking number written as a personnummer", `Bokningsnr ${BOOKING}`, BOOKING],
    ["a log stamp", `${S1} ERROR start`, S1],
  ])("%s", (_name, text, value) => {
    expect(overlapping(detector.detect(text), text, value).map((m) => m.confidence)).toEqual(["low"]);
  });

  it("drops a bare ten-digit look-alike where the context says what it is", () => {
    for (const text of [`Mobil: ${MOBILE}`, `https://servicedesk.kommun.se/ticket/${INVOICE}`, `Fakturanummer ${INVOICE}`]) expect(detector.detect(text), text).toEqual([]);
  });
});

describe("whole messages full of look-alikes (test/fixtures/corpus-context)", () => {
  it.each(loadCorpus(join(FIXTURES_DIR, "corpus-context")).map((doc) => [doc.name, doc] as const))("%s: every real number reported, nothing else", (_name, doc) => {
    const reported = detector.detect(doc.text).filter((m) => m.confidence !== "low");
    const shown = (spans: readonly { start: number; end: number }[]) => spans.map((s) => redactIdentityNumber(doc.text.slice(s.start, s.end)));
    expect(shown(reported)).toEqual(shown(doc.gold));
    expect(reported.map((m) => [m.start, m.end])).toEqual(doc.gold.map((g) => [g.start, g.end]));
  });
});

describe("label words classified by their shape", () => {
  it.each([
    ["identity", ["Personnummer", "personnumret", "Personnr", "pers.nr", "P-nr", "pnr", "Samordningsnummer", "samordningsnr", "ID-nummer", "född", "Födelsedatum", "elevpersonnummer", "reservnummer", "personummer"]],
    ["phone", ["Tel", "Telefon", "Mobil", "mobilnummer", "jourtelefon", "Telefonlista", "ring", "ringde", "sms", "nås", "Direkt", "växel", "Swish", "kontakta", "hemtelnr"]],
    ["other", ["Bokningsnummer", "Bokningsnumret", "Fakturanr", "Anst.nr", "Kollinr", "Larm-ID", "ärende-id", "Telefonkonferens-ID", "ext_id", "KundID", "orderId", "Betalningsreferens", "Kontrollavgiftsnummer", "OCR", "Dnr", "pinkod", "Fakturan", "Bokningar", "Medlemsnummer", "mötesid", "Ärende", "supportärendet", "batch", "session", "Ver", "verifikation"]],
    ["time", ["kl.", "tid", "Tidpunkt", "Datum", "Skapad", "starttid", "Fakturadatum", "inloggad"]],
    ["none", ["nummer", "nr", "id", "ID", "Namn", "Organisationsnummer", "Org.nr", "Kontonummer", "Patient-ID", "BankID", "alltid", "period", "Ringvägen", "Kund", "hotel"]],
  ] as const)("%s", (kind, words) => {
    expect(words.map((w) => [w, classifyLabelWord(w)])).toEqual(words.map((w) => [w, kind]));
  });

  it.each([
    ["nr", "Pers.", "identity"],
    ["nr", "Order", "other"],
    ["ID", "Meeting", "other"],
    ["nr", "Tel.", "phone"],
    ["nr", "Org.", "none"],
    ["number", "identity", "identity"],
  ] as const)("%s after %s", (word, previous, kind) => {
    expect(classifyLabelWord(word, previous)).toBe(kind);
  });
});
