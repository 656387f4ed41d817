import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createPersonnummerDetector, type DetectorMatch } from "../../../src/core";
import { loadCorpus } from "../../../bench/corpus";
import { EXTERNAL_DIR } from "../../fixture-dirs";

// Skatteverket test numbers (never real people): 1978-11-21, 1995-03-31, 2012-05-03,
// samordningsnummer 1980-12-(74-60), month-00 samordningsnummer, born 1891 and 1902.
const ADULT = "197811212393";
const ADULT_2 = "199503312382";
const SAMORDNING_MONTH_00 = "198100652380";

const detector = createPersonnummerDetector({ referenceYear: 2026 });
const found = (text: string): DetectorMatch[] => detector.detect(text);
const spans = (text: string) => found(text).map((m) => ({ text: text.slice(m.start, m.end), kind: m.kind, confidence: m.confidence }));

describe("personnummer detector: every written form", () => {
  it.each([
    ["12 digits", `Gäller ${ADULT}.`, ADULT, "high"],
    ["12 digits with dash", `Gäller 19781121-2393.`, "19781121-2393", "high"],
    ["12 digits with space", `Gäller 19781121 2393.`, "19781121 2393", "high"],
    ["10 digits with dash", `Gäller 781121-2393.`, "781121-2393", "high"],
    ["10 digits, no separator", `Gäller 7811212393.`, "7811212393", "medium"],
    ["10 digits with space", `Gäller 781121 2393.`, "781121 2393", "medium"],
    ["with + (100 or older)", `Född 910116+9804, bor på Solgården.`, "910116+9804", "high"],
    ["12 digits with + (100 or older)", `Gäller 18910116+9804`, "18910116+9804", "high"],
    ["with a no-break space", `Gäller 781121\u00a02393.`, "781121\u00a02393", "medium"],
    ["with the dash Word types", `Gäller 781121\u20132393.`, "781121\u20132393", "high"],
    ["in parentheses", `Elsa (781121-2393) har flyttat`, "781121-2393", "high"],
    ["at a line end", `Pnr:\n781121-2393\nNästa rad`, "781121-2393", "high"],
    ["in a table cell", `Erik Holm\t781121-2393\t100 %`, "781121-2393", "high"],
    ["in a list", `- 781121-2393, Erik\n- 950331-2382, Sara`, "781121-2393", "high"],
    ["after Pnr:", `Pnr: 7811212393`, "7811212393", "high"],
    ["after personnr", `personnr 781121 2393`, "781121 2393", "high"],
    ["after pers.nr", `pers.nr 7811212393`, "7811212393", "high"],
    ["after p-nr", `p-nr: 7811212393`, "7811212393", "high"],
    ["after född", `född 7811212393`, "7811212393", "high"],
    ["after ID-nummer", `ID-nummer: 7811212393`, "7811212393", "high"],
    ["in a file name", `Bifogar Utredning_781121-2393.pdf`, "781121-2393", "high"],
    ["date in groups, as a spreadsheet shows it", `Elsa 1978 11 21-2393`, "1978 11 21-2393", "medium"],
    ["date in groups after a label", `Pnr 78 11 21 2393`, "78 11 21 2393", "high"],
    ["a dash with spaces around it, after a label", `mitt pers.nr är 781121 - 2393 !!`, "781121 - 2393", "high"],
    ["a dash with spaces around it", `Gäller 781121 - 2393.`, "781121 - 2393", "medium"],
    ["a dash with a space after it", `Gäller 781121- 2393.`, "781121- 2393", "medium"],
    ["a dash with a space before it", `Gäller 19781121 -2393.`, "19781121 -2393", "medium"],
  ])("%s", (_name, text, expected, confidence) => {
    const matches = spans(text);
    expect(matches.map((m) => m.text)).toContain(expected);
    expect(matches.find((m) => m.text === expected)?.confidence).toBe(confidence);
  });

  it("tells samordningsnummer (day + 60) from personnummer", () => {
    expect(spans(`Samordningsnummer 801274-2394`)).toEqual([{ text: "801274-2394", kind: "samordningsnummer", confidence: "high" }]);
    expect(spans(`Gäller 781121-2393`)[0]?.kind).toBe("personnummer");
  });

  it("accepts Skatteverket's samordningsnummer with month 00 and day 60 (unknown date)", () => {
    expect(spans(`Gäller ${SAMORDNING_MONTH_00.slice(2, 8)}-${SAMORDNING_MONTH_00.slice(8)}`)[0]?.kind).toBe("samordningsnummer");
    expect(spans(`Gäller 19171160-2399`)[0]?.kind).toBe("samordningsnummer"); // day 60: Skatteverket's test number 191711602399
  });

  it("infers the century: + means 100 or older, so 29 February must be in a leap year", () => {
    // 000229-2399 is Skatteverket's 2000-02-29: valid with "-" (2000 is a leap year) ...
    expect(spans("Gäller 000229-2399")).toHaveLength(1);
    // ... invalid with "+" (1900 was not).
    expect(spans("Gäller 000229+2399")).toHaveLength(0);
  });

  it("rejects a 12-digit number from the future or from an impossible century", () => {
    expect(spans("Gäller 20781121-2393")).toEqual([]);
    expect(spans("Gäller 17781121-2393")).toEqual([]);
  });

  it("reports a failing check digit right after an identity label, at low confidence only", () => {
    expect(spans("Personnummer: 781121-2394")).toEqual([{ text: "781121-2394", kind: "personnummer", confidence: "low" }]);
    expect(spans("Pnr 7811212394")).toEqual([{ text: "7811212394", kind: "personnummer", confidence: "low" }]);
    expect(spans("Gäller 781121-2394")).toEqual([]);
    expect(spans("Personnummer: 781341-2394")).toEqual([]); // no such date either
  });

  it("reports a failing check digit a few words after an identity label on the same line, at low confidence", () => {
    for (const text of ["mitt personnummer är 781121-2394 och", "god mans personnummer fel (781121-2394), nu rättat", "sitt personnummer i själva förslaget: 19781121-2394"]) {
      expect(spans(text).map((m) => m.confidence), text).toEqual(["low"]);
    }
    expect(spans("Personnummer behövs inte. Gäller 781121-2394")).toEqual([]);
    expect(spans("personnummer för alla barn i gruppen finns i 781121-2394")).toEqual([]);
    expect(spans("Personnummer:\n781121-2394")).toEqual([]);
  });

  it("finds a number right after a near miss", () => {
    expect(spans("Ref 123456 781121-2393").map((m) => m.text)).toEqual(["781121-2393"]);
  });

  it("carries a redacted excerpt, never the number", () => {
    const [match] = found(`Pnr ${ADULT}`);
    expect(match?.redacted).toBe("197811••••••");
    expect(found(`Pnr 781121-2393`)[0]?.redacted).toBe("7811••-••••");
  });

  it("reports UTF-16 offsets into the text", () => {
    const text = `Åäö 😀 ${ADULT_2}`;
    const [match] = found(text);
    expect(text.slice(match!.start, match!.end)).toBe(ADULT_2);
  });
});

describe("personnummer detector: near misses and traps", () => {
  it.each([
    ["mobile with dashes", "Ring 070-123 45 67"],
    ["mobile with spaces", "070 123 45 67"],
    ["mobile, international", "+46 70 123 45 67 eller +46701234567 eller 0046701234567"],
    ["mobile after a label, Luhn-valid and date-valid", "Mobil: 0708186648"],
    ["mobile after sms", "skicka ett sms till 0708279567"],
    ["landlines", "Tel 0142-850 00, 0303-33 00 00, 08-123 456 78, 0416-270 00"],
    ["landline, ten digits after a label", "Tel 0801122631"],
    ["organisationsnummer of a company (third digit 2 or more)", "Org.nr 556036-0793 och 212000-1439"],
    ["AP-fond organisationsnummer", "802005-1952 och 8020051952"],
    ["bankgiro and plusgiro", "Bankgiro 5050-1055, Plusgiro 48 76 43-2"],
    ["OCR after its label (Luhn-valid, date-valid)", "OCR: 6310166407"],
    ["invoice number after its label", "Fakturanummer: 5510181331"],
    ["reference after ref", "Er referens: ref 7702200135"],
    ["IBAN spaced", "IBAN: SE45 5000 0000 0583 9825 7466"],
    ["IBAN compact", "SE4550000000058398257466"],
    ["diarienummer", "KS 2013/0744, Dnr 2017/393, KS-267/2011, BN 2024-000512"],
    ["postal codes", "275 80 Sjöbo, 941 85 Sorsele"],
    ["meeting ids", "Mötes-ID: 376 482 915 063, konferens-id 845 923 117#"],
    ["a number inside a longer digit run", "Försäkringsnummer 1978112123934 och 97811212393"],
    ["joined to more digits", "12-781121-2393 och 781121-2393-5 och 7811212393.50"],
    ["a spaced-out longer number", "123 781121 2393 45"],
    ["a spaced-out phone number that looks like a grouped date", "Tel 08 12 34 56-7890, 12 1978 11 21-2393"],
    ["dates", "2024-05-14, 14/5 2024, 20240514"],
    ["a date range with a spaced dash", "Mötet 2024-05-14 - 2024-05-15, order 240514 - 1030"],
    ["amounts and times", "48 750,00 kr, kl. 10.30, 1 450 kr"],
    ["birth number 000", "Gäller 150916-0006"],
    ["a product code with a letter", "Art.nr 940512T123, Best.nr 000101-T2201"],
  ])("%s", (_name, text) => {
    expect(spans(text).filter((m) => m.confidence !== "low")).toEqual([]);
  });

  it.each([
    ["a date-stamped file name", "Protokoll_20240514-1330.pdf"],
    ["a log file", "event_20250303-0930.log"],
    ["a recent date and time after a reference label", "Referens i vårt system: 20240514-1215"],
    ["an order number that starts with a date", "Beställningsnummer 20260918-0845"],
    ["a bare Luhn-valid 070 number", "0708186648"],
  ])("%s is low confidence at most", (_name, text) => {
    expect(spans(text).every((m) => m.confidence === "low")).toBe(true);
  });

  it("treats a sole trader's organisationsnummer as the personnummer it is", () => {
    expect(spans("Enskild firma, org.nr 810310-2391").map((m) => m.confidence)).toEqual(["high"]);
  });
});

const META = `${EXTERNAL_DIR}/personnummer-meta`;

describe("personnummer detector against Skatteverket's and personnummer-meta's lists", () => {
  it("finds every Skatteverket test number in every written form", () => {
    const pins = JSON.parse(readFileSync(`${META}/allPins.json`, "utf8")) as string[];
    const coords = JSON.parse(readFileSync(`${META}/allCoords.json`, "utf8")) as string[];
    const missed: string[] = [];
    for (const n of new Set([...pins, ...coords])) {
      const ten = n.slice(2);
      const sep = 2026 - Number(n.slice(0, 4)) >= 100 ? "+" : "-";
      for (const form of [n, `${n.slice(0, 8)}-${n.slice(8)}`, ten, `${ten.slice(0, 6)}${sep}${ten.slice(6)}`, `${ten.slice(0, 6)} ${ten.slice(6)}`]) {
        const text = `Gäller ${form} tack.`;
        const hit = detector.detect(text).some((m) => m.start === 7 && m.end === 7 + form.length);
        if (!hit) missed.push(form.replace(/\d{4}$/, "••••"));
      }
    }
    expect(missed).toEqual([]);
  });

  it("agrees with personnummer-meta's list, except where it accepts a space separator on purpose", () => {
    const items = JSON.parse(readFileSync(`${META}/list.json`, "utf8")) as { long_format: string; short_format: string; separated_format: string; separated_long: string; valid: boolean }[];
    for (const item of items) {
      for (const form of [item.long_format, item.short_format, item.separated_format, item.separated_long]) {
        if (form.includes(" ")) continue; // "090527 1474": meta rejects the space, the issue asks for it
        const text = `Gäller ${form} tack.`;
        const valid = detector.detect(text).some((m) => m.confidence !== "low" && m.start === 7 && m.end === 7 + form.length);
        expect(valid, form.replace(/\d{4}$/, "••••")).toBe(item.valid);
      }
    }
  });

  it("agrees with personnummer-meta's interim numbers (T-nummer): the letter counts as 1 in the check digit", () => {
    const items = JSON.parse(readFileSync(`${META}/interim.json`, "utf8")) as { long_format: string; short_format: string; separated_format: string; separated_long: string; valid: boolean }[];
    for (const item of items) {
      for (const form of [item.long_format, item.short_format, item.separated_format, item.separated_long]) {
        const text = `Gäller ${form} tack.`;
        const hits = detector.detect(text).filter((m) => m.confidence !== "low" && m.start === 7 && m.end === 7 + form.length);
        expect(hits.length > 0, form.replace(/\d{3}$/, "•••")).toBe(item.valid);
        if (item.valid) expect(hits[0]?.kind).toBe("interimsnummer");
      }
    }
  });

  it("never reports an organisationsnummer from orgnumber.json, whatever the context", () => {
    const orgs = JSON.parse(readFileSync(`${META}/orgnumber.json`, "utf8")) as { short_format: string; separated_format: string }[];
    for (const org of orgs) {
      for (const form of [org.short_format, org.separated_format, `16${org.short_format}`]) {
        for (const text of [`Gäller ${form}.`, `Organisationsnummer: ${form}`, `Personnummer: ${form}`]) expect(detector.detect(text)).toEqual([]);
      }
    }
  });
});

describe("personnummer detector on the labelled corpus of municipal mail", () => {
  it.each(loadCorpus().map((doc) => [doc.name, doc] as const))("%s: every real number found, nothing else reported", (_name, doc) => {
    const reported = detector.detect(doc.text).filter((m) => m.confidence !== "low");
    expect(reported.map((m) => [m.start, m.end])).toEqual(doc.gold.map((g) => [g.start, g.end]));
  });
});
