import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCaseNumberDetector, DEFAULT_CASE_NUMBER_PREFIXES, findCaseNumbers, luhnValid, type CaseNumberOptions } from "../../../src/core";

const OPTIONS: CaseNumberOptions = { currentYear: 2026 };
const detector = createCaseNumberDetector(OPTIONS);
const texts = (text: string, options: CaseNumberOptions = OPTIONS) => findCaseNumbers(text, options).map((m) => m.text);
const one = (text: string, options: CaseNumberOptions = OPTIONS) => {
  const found = findCaseNumbers(text, options);
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The check digit that makes nine digits a Luhn-valid personnummer. */
const withCheckDigit = (nine: string) => {
  for (let c = 0; c <= 9; c++) if (luhnValid(`${nine}${c}`)) return `${nine}${c}`;
  throw new Error("unreachable");
};

describe("case numbers: every verbatim example of research notes §A3", () => {
  it.each([
    ["Dnr KS 2018/124", "KS 2018/124"],
    ["KS/2019/0001/0009", "KS/2019/0001/0009"],
    ["Dnr 2018/KS 0290 10", "2018/KS 0290 10"],
    ["2021/KS 0280 013", "2021/KS 0280 013"],
    ["Dnr 2023/KS 0362", "2023/KS 0362"],
    ["KS/2018:298 - 001", "KS/2018:298 - 001"],
    ["SBN 2012/101 21", "SBN 2012/101 21"],
    ["MB 2011-000958", "MB 2011-000958"],
    ["Dnr SBN/2016:667-221", "SBN/2016:667-221"],
    ["Dnr Ö 2013/126", "Ö 2013/126"],
    ["Dnr LD11/02896", "LD11/02896"],
    ["KS 2013:1-1", "KS 2013:1-1"],
    ["Dnr 2011.239", "2011.239"],
    ["Dnr 2016-000003", "2016-000003"],
    ["Dnr 2022-00001", "2022-00001"],
    ["the decision in your case no. 2022-000514", "2022-000514"],
    // Four slash-joined parts are a diary's shape whatever the nämnd: no label or list needed.
    ["SV: Komplettering, MSN/2022/0112/0004", "MSN/2022/0112/0004"],
  ])("%s -> %s", (input, text) => {
    expect(texts(input)).toEqual([text]);
  });

  it("gives the parts and a normalised form", () => {
    expect(one("Dnr KS 2018/124")).toEqual({ text: "KS 2018/124", normalised: "KS 2018/124", start: 4, end: 15, labelled: true, prefix: "KS", year: 2018, serial: "124" });
    expect(one("KS/2019/0001/0009")).toEqual({ text: "KS/2019/0001/0009", normalised: "KS 2019/0001-0009", start: 0, end: 17, labelled: false, prefix: "KS", year: 2019, serial: "0001", suffix: "0009" });
    expect(one("2018/KS 0290 10")).toMatchObject({ normalised: "KS 2018/0290-10", prefix: "KS", year: 2018, serial: "0290", suffix: "10", labelled: false });
    expect(one("KS/2018:298 - 001")).toMatchObject({ normalised: "KS 2018/298-001", serial: "298", suffix: "001" });
    expect(one("MB 2011-000958")).toMatchObject({ normalised: "MB 2011/000958", serial: "000958" });
    expect(one("Dnr LD11/02896")).toMatchObject({ normalised: "LD 2011/02896", prefix: "LD", year: 2011, serial: "02896", labelled: true });
    expect(one("Dnr 2016-000003")).toEqual({ text: "2016-000003", normalised: "2016/000003", start: 4, end: 15, labelled: true, year: 2016, serial: "000003" });
    expect(one("Dnr 2011.239")).toMatchObject({ normalised: "2011/239", year: 2011, serial: "239" });
    expect(one("Dnr 2011.239").prefix).toBeUndefined();
  });

  it("the same number written two ways has the same normalised form", () => {
    expect(one("KS 2024/123").normalised).toBe(one("Dnr KS-2024:123").normalised);
    expect(one("SBN 2016:667-221").normalised).toBe(one("SBN/2016/667 - 221").normalised);
  });
});

describe("case numbers: prefixes", () => {
  it("finds a configured prefix without a label", () => {
    expect(texts("Ö 2013/126", { currentYear: 2026, prefixes: ["Ö"] })).toEqual(["Ö 2013/126"]);
    expect(texts("LD11/02896", { currentYear: 2026, prefixes: ["LD"] })).toEqual(["LD11/02896"]);
    expect(texts("se BUN 2024/77", { currentYear: 2026, prefixes: ["BUN"] })).toEqual(["BUN 2024/77"]);
  });

  it("finds an unlisted prefix only after a label", () => {
    expect(texts("Ö 2013/126")).toEqual([]);
    expect(texts("LD11/02896")).toEqual([]);
    expect(texts("XY 2018/124")).toEqual([]);
    expect(texts("Ert dnr: XY 2018/124")).toEqual(["XY 2018/124"]);
  });

  it("uses the default list when none is given, and a given list replaces it", () => {
    expect(DEFAULT_CASE_NUMBER_PREFIXES).toEqual(expect.arrayContaining(["KS", "KF", "BUN", "SBN", "MB", "ON", "KFN", "SN", "TN", "MBN", "VON"]));
    for (const p of DEFAULT_CASE_NUMBER_PREFIXES) expect(texts(`${p} 2024/12`)).toEqual([`${p} 2024/12`]);
    const hylte = { currentYear: 2026, prefixes: ["KS", "BUN", "KFN", "ON", "SBN", "REV"] };
    expect(texts("REV 2024/3 och MB 2024/4", hylte)).toEqual(["REV 2024/3"]);
    expect(texts("KS 2024/3", { currentYear: 2026, prefixes: [] })).toEqual([]);
    expect(texts("Dnr KS 2024/3", { currentYear: 2026, prefixes: [] })).toEqual(["KS 2024/3"]);
  });

  it("refuses a prefix that is not 1-6 capital letters", () => {
    for (const bad of ["", "ks", "Ks", "ABCDEFG", "K1", "K S", "É"]) {
      expect(() => createCaseNumberDetector({ currentYear: 2026, prefixes: [bad] })).toThrow(RangeError);
    }
    expect(() => createCaseNumberDetector({ currentYear: 2026, prefixes: ["ÅÄÖ", "A", "ABCDEF"] })).not.toThrow();
  });

  it("wants the prefix in capitals and as a word of its own", () => {
    expect(texts("ks 2018/124")).toEqual([]);
    expect(texts("Ks 2018/124")).toEqual([]);
    expect(texts("BKS 2018/124")).toEqual([]);
    expect(texts("KSX 2018/124")).toEqual([]);
    expect(texts("1KS 2018/124")).toEqual([]);
    expect(texts("xKS 2018/124")).toEqual([]);
  });
});

describe("case numbers: years", () => {
  it("accepts 1990 up to next year, with the current year from the caller", () => {
    expect(texts("KS 1990/1")).toEqual(["KS 1990/1"]);
    expect(texts("KS 2027/1")).toEqual(["KS 2027/1"]);
    expect(texts("KS 1989/1")).toEqual([]);
    expect(texts("KS 2028/1")).toEqual([]);
    expect(texts("KS 2028/1", { currentYear: 2027 })).toEqual(["KS 2028/1"]);
    expect(texts("Dnr 1985-000123")).toEqual([]);
    expect(one("Dnr LD90/12345")).toMatchObject({ year: 1990 });
    expect(texts("Dnr LD89/12345")).toEqual([]);
    expect(texts("Dnr LD28/12345")).toEqual([]);
    expect(() => createCaseNumberDetector({ currentYear: Number.NaN })).toThrow(RangeError);
  });
});

describe("case numbers: labels", () => {
  it.each([
    "Dnr", "Dnr.", "Dnr:", "dnr", "DNR", "Dnr #", "Diarienr", "Diarienr.", "Diarie-nr", "Diarienummer", "Diarienummer:",
    "diarienumret", "Ärendenr", "Ärende-nr", "Ärendenummer", "ärendenummer:", "Vårt dnr", "Ert dnr:", "Vårt diarienummer",
    "Er beteckning:", "Vår beteckning", "Diarienummer:\n", "Dnr\t",
  ])("%s makes a bare number one", (label) => {
    expect(findCaseNumbers(`${label} 2016-000003`, OPTIONS)).toEqual([expect.objectContaining({ text: "2016-000003", labelled: true })]);
  });

  it.each([
    "Er referens:", "Vår referens", "Referens", "Ref", "Fakturanr", "Kundnr", "Ordernr", "OCR", "Ärende", "Beteckning", "Nr",
    "Dnr se nedan", "Diarienummer:\n\n",
  ])("%s does not", (label) => {
    expect(texts(`${label} 2016-000003`)).toEqual([]);
  });

  it("finds a bare number only after a label", () => {
    for (const bare of ["2016-000003", "2022-00001", "2011.239", "2019/123", "Ärende 2019:45"]) expect(texts(bare)).toEqual([]);
  });

  it("marks a listed prefix after a label as labelled", () => {
    expect(one("Vårt dnr: KS 2018/124").labelled).toBe(true);
    expect(one("Se KS 2018/124").labelled).toBe(false);
  });
});

describe("case numbers: boundaries", () => {
  it.each([
    ["in parentheses", "Beslutet (KS 2024/123) gäller", ["KS 2024/123"]],
    ["a label in parentheses", "Beslutet (dnr 2016-000003) gäller", ["2016-000003"]],
    ["at a line end", "Se KS 2024/123\nMvh", ["KS 2024/123"]],
    ["at the very end", "Se KS 2024/123", ["KS 2024/123"]],
    ["followed by a comma", "KS 2024/123, KS 2024/124 och KF 2024/9", ["KS 2024/123", "KS 2024/124", "KF 2024/9"]],
    ["followed by a period", "Det gäller ärende KS 2024/123.", ["KS 2024/123"]],
    ["a labelled bare form followed by a period", "Dnr 2022-00001.", ["2022-00001"]],
    ["in a reply's subject", "SV: Överklagande KS 2024/123", ["KS 2024/123"]],
    ["in a forward's subject", "VB: Ang. dnr SBN 2023/55-2", ["SBN 2023/55-2"]],
    ["with a no-break space", "KS\u00a02018/124", ["KS\u00a02018/124"]],
    ["followed by a time", "KS 2018/124 10:30", ["KS 2018/124"]],
    ["followed by a date", "KS 2018/124 25 maj", ["KS 2018/124"]],
    ["followed by a count", "KS 2018/124 10 st bilagor", ["KS 2018/124"]],
    ["a code followed by a word", "SBN 2012/101 21 Bygglov", ["SBN 2012/101 21"]],
    ["a spaced longer number", "SBN 2012/101 21 34", ["SBN 2012/101"]],
    ["in quotes", "\"KS 2018/124\"", ["KS 2018/124"]],
    ["after a slash in a path", "ärenden/KS/2019/0001/0009", ["KS/2019/0001/0009"]],
  ])("%s", (_what, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("gives UTF-16 offsets of the text as written", () => {
    const body = "Hej!\nÄrendet KS/2018:298 - 001 (se bilaga).";
    const m = one(body);
    expect(body.slice(m.start, m.end)).toBe("KS/2018:298 - 001");
  });
});

describe("case numbers: traps", () => {
  const CHILD = "201205032384"; // Skatteverket test personnummer, 2012-05-03
  const samordning10 = withCheckDigit("120563238"); // a samordningsnummer of 2012-05-03
  const pnr10 = withCheckDigit("201205032"); // reads as 201205-032x

  it.each([
    // dates and times
    "2024-05-12", "2024/05/12", "Dnr 2024-05-12", "Dnr 2024/05/12", "Dnr 2024.05.12", "KS 2024-05-12", "KF 2024/05/12",
    "KS 2024.05.12", "KS 2024-05", "KS 2024/05", "Mötet 2024-05-12 kl. 10:30", "kl. 10:30", "10.30-12.00", "KS 14:30",
    "Dnr 2024-05-12 10:30", "den 12/5 2024", "12.05.2024", "Dnr 12.05.2024",
    // phone numbers
    "0416-27 000", "Tel 08-123 456 78", "+46 416 270 00", "Dnr 0416-27 000", "010-123 45 67", "KS 0416-27000", "Ring 2019-123 45 67",
    // personnummer and samordningsnummer
    "19781121-2393", "781121-2393", "Dnr 19781121-2393", "Dnr 781121-2393", "Dnr 7811212393", `KS 2012/0503-2384`, `Dnr 2012/0503-2384`,
    `Dnr ${CHILD}`, `KS 2012/0563-${samordning10.slice(6)}`, `Dnr 2012-${pnr10.slice(4)}`, "Dnr 2016 01 02-2385",
    // organisationsnummer
    "556036-0793", "Org.nr 556036-0793", "Dnr 556036-0793", "Dnr 212000-0142", "Dnr 5560360793",
    // OCR, invoice, bankgiro
    "OCR 20160000034", "Fakturanr 2024-10023", "Dnr 2016-0000034", "Bankgiro 5050-1055", "Dnr 2016000003", "Faktura 2024-000123",
    // postal codes
    "275 80 Sjöbo", "SE-275 80 Sjöbo", "Box 2018, 275 80 SJÖBO", "S-275 80 SJÖBO",
    // year ranges
    "läsåret 2023/2024", "2023-2024", "BUN 2023/2024", "Dnr 2023/2024", "Dnr 2023/24", "KS 2023-2024", "budget 2023/24",
    // amounts
    "2 018,50 kr", "KS 2019.500 kr", "KS 2019.500:-", "Dnr 2019.500 kronor", "KS 2018/124,50", "SEK 2019.500", "Dnr 2019.500 SEK",
    // joined to something longer
    "KS 2018/124a", "KS 2018/1245678", "KS 12018/124", "KS 2018/124.5", "KS 2018/124-12345", "Dnr 12.2018.239", "ABC-2018/124",
    "ISBN 2018-124", "IMG_2018-124.jpg",
  ])("%s", (input) => {
    expect(texts(input)).toEqual([]);
  });

  it("still finds the real number next to a trap", () => {
    expect(texts("Tel 0416-27 000, dnr KS 2024/5, pnr 781121-2393, 2024-05-12")).toEqual(["KS 2024/5"]);
    expect(texts("Möte 2024-05-12 om KS 2024/12 och läsåret 2023/2024")).toEqual(["KS 2024/12"]);
  });

  it("reads a two-digit serial as a month only without a label", () => {
    expect(texts("KS 2024-05")).toEqual([]);
    expect(texts("Dnr KS 2024-05")).toEqual(["KS 2024-05"]);
    expect(texts("KS 12/2018")).toEqual([]);
    expect(texts("KS 124/2018")).toEqual(["KS 124/2018"]);
    expect(texts("Dnr KS 12/2018")).toEqual(["KS 12/2018"]);
  });
});

describe("case numbers: other authorities' references, after a label", () => {
  it.each([
    ["Länsstyrelsens dnr: 621-5530-2026", "621-5530-2026"],
    ["Ange diarienummer 513-1288-2026 i svaret", "513-1288-2026"],
    ["Beslut, dnr 403-41025-2025.", "403-41025-2025"],
    ["Polisens ärendenummer: 5000-K123456-27", "5000-K123456-27"],
    ["Ärende 5000-K223344-26 – upptagningar", "5000-K223344-26"],
    ["IVO:s dnr 3.5.1-28837/2026", "3.5.1-28837/2026"],
    ["Dnr 4.1.1-1234/2025", "4.1.1-1234/2025"],
    ["i mål nr 4512-26 har", "4512-26"],
    ["Målnummer: T 812-27", "T 812-27"],
    ["förvaltningsrätten, mål nummer 1234-25", "1234-25"],
    ["Länsstyrelsens diarienummer är 551-3317-2026 om det hjälper", "551-3317-2026"],
    ["Länsstyrelsen översänder beslut i ärende 526-10042-2026 om tillsyn", "526-10042-2026"],
    ["som handlägger överklagandet under ärendebeteckning 403-20017-2026.", "403-20017-2026"],
  ])("%s -> %s", (input, text) => {
    expect(texts(input, { currentYear: 2027 })).toEqual([text]);
  });

  it("keeps them as written: their series is the other authority's", () => {
    expect(one("Dnr 513-1288-2026")).toEqual({ text: "513-1288-2026", normalised: "513-1288-2026", start: 4, end: 17, labelled: true, year: 2026, serial: "1288" });
    expect(one("mål nr T 812-26")).toMatchObject({ text: "T 812-26", year: 2026, serial: "812", labelled: true });
  });

  it.each([
    // the same shapes without a label: an order number, a phone number, a date range, a score
    "ordernr 100-4471-2026", "Beställning 100-4471-2026", "Ärendet gäller order 100-4471-2026", "ärende 6 och 100-4471-2026", "5000-K123456-27", "3.5.1-28837/2026", "Ring 4512-26", "Vår referens 513-1288-2026",
    // the court's shape needs the court's label
    "Dnr 4512-26", "Ärendenummer 12-26",
    // a year out of range, or joined to something longer
    "Dnr 513-1288-1980", "Dnr 513-1288-20265", "Dnr 1234-1288-2026", "Dnr 5000-K12-27", "mål nr 4512-266", "Dnr 3.5.1-28837/2026/5", "Dnr 3.5.1.2.3-28837/2026",
  ])("%s is none", (input) => {
    expect(texts(input, { currentYear: 2027 })).toEqual([]);
  });

  it("a Länsstyrelsen number still gives way to a kommun number in the same sentence", () => {
    expect(texts("Länsstyrelsens dnr 403-41025-2025, ert dnr SBN 2025/242.", { currentYear: 2026 })).toEqual(["403-41025-2025", "SBN 2025/242"]);
  });
});

describe("case numbers: cost and runtime", () => {
  it("is linear on pathological input (a megabyte in well under a second each)", () => {
    const soups = [
      "KS 2018/".repeat(131_072),
      "1".repeat(1_048_576),
      "2018-".repeat(209_716),
      "Dnr ".repeat(262_144),
      "ABCDEF ".repeat(149_797),
      "KS 2018/124 ".repeat(87_382),
      "Dnr 2016-000003 ".repeat(65_536),
      "mål nr 1-".repeat(116_508),
      "Dnr 513-".repeat(131_072),
      "Dnr 1.2.3.4-".repeat(87_382),
    ];
    for (const soup of soups) {
      const t0 = Date.now();
      detector.detect(soup);
      expect(Date.now() - t0).toBeLessThan(1500);
    }
    expect(detector.detect("Dnr 2016-000003 ".repeat(65_536))).toHaveLength(65_536);
  });

  it("uses no regex lookbehind or named groups (Outlook's ES2016 runtime)", () => {
    const source = readFileSync(new URL("../../../src/core/detectors/case-number/index.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/\(\?<[=!a-zA-Z]/);
  });
});
