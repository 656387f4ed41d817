import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexiconTable } from "../../../bench/lexicon-table";
import { SENSITIVE_LEXICON, createLexiconDetector, sensitiveTermsDetector } from "../../../src/core";

const hits = (text: string) => sensitiveTermsDetector.detect(text).map((m) => ({ text: text.slice(m.start, m.end), entry: m.entryId, strength: m.strength }));
const words = (text: string) => hits(text).map((h) => h.text);

describe("sensitive-content lexicon: data", () => {
  it("gives every entry a note, a legal reference and something to match", () => {
    for (const entry of SENSITIVE_LEXICON) {
      expect(entry.note.length, entry.id).toBeGreaterThan(10);
      expect(entry.legal.length, entry.id).toBeGreaterThan(3);
      expect((entry.terms?.length ?? 0) + (entry.patterns?.length ?? 0), entry.id).toBeGreaterThan(0);
    }
    expect(new Set(SENSITIVE_LEXICON.map((e) => e.id)).size).toBe(SENSITIVE_LEXICON.length);
  });

  it("has its table in docs/detection.md up to date (npx tsx bench/lexicon-table.ts)", () => {
    const doc = readFileSync(new URL("../../../docs/detection.md", import.meta.url), "utf8");
    expect(doc).toContain(lexiconTable());
  });

  it("covers the categories the issue names", () => {
    const categories = new Set(SENSITIVE_LEXICON.map((e) => e.category));
    expect([...categories].sort()).toEqual(["health", "offences", "protectedIdentity", "secrecy", "socialServices", "specialCategory"]);
  });
});

describe("sensitive-content detector", () => {
  it.each([
    ["Handlingen är sekretessbelagd.", "sekretessbelagd", "sekretessbelagd"],
    ["Uppgifterna omfattas av sekretess enligt lag.", "omfattas av sekretess", "omfattas-av-sekretess"],
    ["Sekretess enligt 26 kap. 1 § OSL", "Sekretess enligt 26 kap. 1 § OSL", "osl-paragraf"],
    ["jfr 26 kap. 1 § OSL", "26 kap. 1 § OSL", "osl-paragraf"],
    ["enligt OSL 2009:400", "OSL", "osl-paragraf"],
    ["Hon har skyddad identitet.", "skyddad identitet", "skyddad-identitet"],
    ["Personen har sekretessmarkering.", "sekretessmarkering", "skyddad-identitet"],
    ["skyddad folkbokföring gäller", "skyddad folkbokföring", "skyddad-identitet"],
    ["Sjukskrivningen förlängs.", "Sjukskrivningen", "sjukskrivning"],
    ["långtidssjukskrivningar ökar", "långtidssjukskrivningar", "sjukskrivning"],
    ["sjukskrivningsperioden", "sjukskrivningsperioden", "sjukskrivning"],
    ["Han är sjukskriven till fredag.", "sjukskriven", "sjukskriven"],
    ["Diagnosen är klar.", "Diagnosen", "diagnos"],
    ["två diagnoser", "diagnoser", "diagnos"],
    ["en adhd-diagnos", "adhd-diagnos", "diagnos"],
    ["Bifogar läkarintyg.pdf", "läkarintyg", "lakarintyg"],
    ["Läkarintyget kommer", "Läkarintyget", "lakarintyg"],
    ["uppgift om etniskt ursprung", "etniskt ursprung", "etniskt-ursprung"],
    ["hennes religiösa övertygelse", "religiösa övertygelse", "religion"],
    ["hans politiska åsikter", "politiska åsikter", "politiska-asikter"],
    ["fackligt medlemskap", "fackligt medlemskap", "fackligt-medlemskap"],
    ["sexuell läggning", "sexuell läggning", "sexuell-laggning"],
    ["biometriska uppgifter", "biometriska uppgifter", "genetiska-biometriska"],
    ["en LVU-utredning pågår", "LVU-utredning", "lvu-lvm"],
    ["vård enligt LVM", "LVM", "lvu-lvm"],
    ["insats enligt LSS", "LSS", "lss"],
    ["En orosanmälan har kommit in", "orosanmälan", "orosanmalan"],
    ["ansökan om försörjningsstöd", "försörjningsstöd", "forsorjningsstod"],
    ["försörjningsstödet betalas ut", "försörjningsstödet", "forsorjningsstod"],
    ["har problem med missbruk", "missbruk", "missbruk"],
    ["missbruksproblematik", "missbruksproblematik", "missbruk"],
    ["placerad i familjehem", "placerad i familjehem", "placering"],
    ["misstänkt för brott", "misstänkt för brott", "brottsmisstanke"],
    ["brottsmisstanken kvarstår", "brottsmisstanken", "brottsmisstanke"],
    ["tidigare lagöverträdelser", "lagöverträdelser", "brottsmisstanke"],
    ["sekretess enligt OSL", "sekretess enligt OSL", "osl-paragraf"],
    ["Sekretessen enligt offentlighets- och sekretesslagen", "Sekretessen enligt offentlighets- och sekretesslagen", "osl-paragraf"],
    ["Eleven har autism.", "autism", "psykisk-ohalsa"],
    ["en autistisk pojke", "autistisk", "psykisk-ohalsa"],
    ["autismspektrumtillstånd", "autismspektrumtillstånd", "psykisk-ohalsa"],
    ["hon har en ätstörning", "ätstörning", "psykisk-ohalsa"],
    ["Hon har diabetes.", "diabetes", "namngiven-diagnos"],
    ["typ 1-diabetes", "1-diabetes", "namngiven-diagnos"],
    ["Han har epilepsi", "epilepsi", "namngiven-diagnos"],
    ["behandlas för bröstcancer", "bröstcancer", "namngiven-diagnos"],
    ["dyslexin gör det svårt", "dyslexin", "namngiven-diagnos"],
    ["Downs syndrom", "Downs syndrom", "namngiven-diagnos"],
    ["intellektuell funktionsnedsättning", "intellektuell funktionsnedsättning", "namngiven-diagnos"],
    ["eleven har nötallergi", "nötallergi", "allergi"],
  ])("%s", (text, expected, entry) => {
    expect(hits(text)).toContainEqual(expect.objectContaining({ text: expected, entry }));
  });

  it.each([
    ["a greeting", "Med vänliga hälsningar, hälsa alla från mig"],
    ["health in general", "Folkhälsoveckan börjar, hälsa och friskvård"],
    ["IT diagnostics", "Kör diagnostikverktyget och diagnostik på datorn"],
    ["a confidentiality agreement", "Leverantören har skrivit på sekretessavtalet"],
    ["abuse of power", "Det vore maktmissbruk"],
    ["school subjects", "Idag har vi religionskunskap och samhällskunskap"],
    ["a waste-water permit", "Omhändertagande av dagvatten ska redovisas"],
    ["a lower-case abbreviation-like word", "Lvu och lss skrivet i löptext ger inget, lssx heller"],
    ["a word that merely starts the same", "sjukskrivningar ingår inte i ordet sjuksköterska"],
    ["secrecy questions in general", "En utbildning om sekretessfrågor i allmänhet och sekretessfrågorna vid utlämnande"],
    ["a secrecy assessment", "Sekretessbedömningen görs av handläggaren; sekretesshantering och sekretessutbildning"],
    ["an association named after a diagnosis", "Diabetesförbundet och Cancerfonden bjuder in"],
    ["an allergy-friendly menu", "Allergivänlig meny och allergifri kost"],
  ])("does not flag %s", (_name, text) => {
    expect(words(text).filter((w) => w !== "sjukskrivningar")).toEqual([]);
  });

  it("skips a disclaimer that merely mentions secrecy", () => {
    expect(words("Detta meddelande kan innehålla sekretessbelagd information. Om du fått det av misstag, radera det.")).toEqual([]);
    expect(words("Detta meddelande är sekretessbelagt.")).toEqual(["sekretessbelagt"]);
  });

  it("lets the longer, more specific term win where two overlap", () => {
    expect(hits("omfattas av sekretess")).toEqual([{ text: "omfattas av sekretess", entry: "omfattas-av-sekretess", strength: "strong" }]);
  });

  it("finds a secrecy marking without a chapter as one phrase, not two words", () => {
    expect(hits("Sekretess enligt OSL.")).toEqual([{ text: "Sekretess enligt OSL", entry: "osl-paragraf", strength: "strong" }]);
  });

  it("never shows digits in an excerpt", () => {
    const [match] = sensitiveTermsDetector.detect("Bilaga LVU-ärende-7811212393.pdf");
    expect(match?.redacted).toBe("LVU-ärende-••••••••••");
  });

  it("takes its terms from data: a new entry needs no code", () => {
    const custom = createLexiconDetector([
      { id: "test", category: "health", strength: "moderate", terms: ["tandvård"], inflection: "noun", compound: "head", note: "A test entry.", legal: "none" },
    ]);
    expect(custom.detect("Barntandvården ringer").map((m) => m.entryId)).toEqual(["test"]);
  });
});
