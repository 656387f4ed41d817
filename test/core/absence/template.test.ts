import { describe, expect, it } from "vitest";
import {
  BUILTIN_PROFILE_IDS,
  MAILTIP_LENGTH,
  checkAbsenceMessage,
  findHealthDetails,
  internationalPhone,
  partsPresent,
  renderAbsenceTexts,
  type AbsenceContact,
  type AbsenceForwarding,
} from "../../../src/core";
import { profile } from "../helpers";
import { period, plan } from "./helpers";

describe("the reply written from the kommun's template", () => {
  it("follows Oxelösund's model: the period, the return, then where the mail went", () => {
    const texts = renderAbsenceTexts(plan({ forwarding: { kind: "contact" } }), profile("oxelosund"));
    expect(texts.internal).toBe(
      "Jag har semester under perioden 29 juni–7 augusti 2026 och är åter måndag 10 augusti. Ditt ärende har vidarebefordrats till Karin Holm, telefon 0155-381 24, karin.holm@oxelosund.se.",
    );
    expect(texts.external).toBe(texts.internal);
  });

  it("says the mail is not forwarded and who to contact instead", () => {
    const texts = renderAbsenceTexts(plan({ contact: { kind: "switchboard" } }), profile("sorsele"));
    expect(texts.internal).toBe("Jag har semester 29 juni–7 augusti 2026. Jag är åter i tjänst måndag 10 augusti. Min e-post vidarebefordras inte. Under tiden når du kommunens växel, telefon 0952-140 00.");
  });

  it("names a function mailbox with its label", () => {
    const texts = renderAbsenceTexts(plan({ contact: { kind: "functionMailbox", address: "kommunstyrelsen@ale.se" }, forwarding: { kind: "contact" } }), profile("ale"));
    expect(texts.internal).toBe("Jag har semester 29 juni–7 augusti 2026 och är åter i tjänst måndag 10 augusti. Min e-post vidarebefordras till kommunstyrelsens förvaltning, kommunstyrelsen@ale.se.");
  });

  it("forwards to another address and still names the contact", () => {
    const texts = renderAbsenceTexts(plan({ forwarding: { kind: "address", address: "ekonomi@mjolby.se" } }), profile("mjolby"));
    expect(texts.internal).toContain("Din e-post vidarebefordras till ekonomi@mjolby.se. Under tiden kan du vända dig till Karin Holm, telefon 0155-381 24, karin.holm@oxelosund.se.");
  });

  it("adds the English text to the external reply only, with +46 numbers", () => {
    const texts = renderAbsenceTexts(plan({ english: true }), profile("sjobo"));
    expect(texts.internal).not.toContain("holiday");
    const [sv, svClosing, en, enClosing] = texts.external.split("\n\n");
    expect(sv).toBe(texts.internal);
    expect(svClosing).toBe("Du kan också nå Sjöbo kommuns kontaktcenter på 0416-27 000.");
    expect(en).toBe(
      "Thank you for your email! I am on holiday from 29 June to 7 August 2026 and will be back on Monday 10 August. Your email will not be forwarded. Matters that cannot wait: please contact Karin Holm, phone +46 155 381 24, karin.holm@oxelosund.se.",
    );
    expect(enClosing).toContain("+46 416 27 000");
  });

  it("writes a day within one month, a year boundary and the return's year where it differs", () => {
    expect(renderAbsenceTexts(plan({ period: period("2026-07-06 00:00", "2026-07-10 23:59") }), profile("default")).internal).toMatch(/^Jag har semester 6–10 juli 2026 och är tillbaka måndag 13 juli\./);
    expect(renderAbsenceTexts(plan({ period: period("2026-12-21 00:00", "2027-01-06 23:59") }), profile("default")).internal).toMatch(
      /^Jag har semester 21 december 2026–6 januari 2027 och är tillbaka torsdag 7 januari\./,
    );
    expect(renderAbsenceTexts(plan({ period: period("2026-12-21 00:00", "2026-12-31 23:59") }), profile("default")).internal).toMatch(/tillbaka måndag 4 januari 2027\./);
  });

  it("writes an absence within a day with its hours, and the hour the user is back", () => {
    const oneDay = plan({ kindId: "kurs", period: period("2026-09-04 08:00", "2026-09-04 12:00") });
    expect(renderAbsenceTexts(oneDay, profile("oxelosund")).internal).toMatch(/^Jag är på kurs fredag 4 september 2026 kl\. 08\.00–12\.00 och är åter fredag 4 september kl\. 12\.00\./);
    const wholeDay = plan({ period: period("2026-09-04 00:00", "2026-09-04 23:59") });
    expect(renderAbsenceTexts(wholeDay, profile("oxelosund")).internal).toMatch(/^Jag har semester fredag 4 september 2026 och är åter måndag 7 september\./);
    expect(renderAbsenceTexts({ ...wholeDay, english: true }, profile("oxelosund")).external).toContain("I am on holiday on Friday 4 September 2026 and will be back on Monday 7 September.");
  });

  it("writes Swedish numbers with the country code for English readers", () => {
    expect(internationalPhone("0155-381 24")).toBe("+46 155 381 24");
    expect(internationalPhone("070-174 06 12")).toBe("+46 70 174 06 12");
    expect(internationalPhone("0416 - 27 000")).toBe("+46 416 27 000");
    expect(internationalPhone("+46 8 123 456")).toBe("+46 8 123 456");
  });
});

const CONTACTS: readonly [string, AbsenceContact][] = [
  ["a colleague with phone and e-mail", { kind: "colleague", name: "Anna-Karin Lindqvist Gustafsson", phone: "0303-33 04 12", email: "anna-karin.lindqvist.gustafsson@kommunen.se" }],
  ["a colleague with only an e-mail", { kind: "colleague", name: "Per Ek", email: "per.ek@kommunen.se" }],
  ["the switchboard", { kind: "switchboard" }],
];
const FORWARDING: readonly [string, AbsenceForwarding][] = [
  ["not forwarded", { kind: "none" }],
  ["forwarded to the contact", { kind: "contact" }],
  ["forwarded elsewhere", { kind: "address", address: "registrator@kommunen.se" }],
];

describe.each(BUILTIN_PROFILE_IDS.map((id) => [id]))("%s: every reply the assistant writes passes its own check", (id) => {
  const p = profile(id);
  const cases = [];
  for (const kind of p.absence!.kinds) {
    for (const [contactLabel, contact] of CONTACTS) {
      if (contact.kind === "switchboard" && !p.absence!.switchboard) continue;
      for (const [forwardingLabel, forwarding] of FORWARDING) {
        if (forwarding.kind === "contact" && contact.kind === "switchboard") continue;
        cases.push({ label: `${kind.id}, ${contactLabel}, ${forwardingLabel}`, plan: plan({ kindId: kind.id, contact, forwarding, english: true }) });
      }
    }
  }

  it.each(cases)("$label", ({ plan: thePlan }) => {
    const texts = renderAbsenceTexts(thePlan, p);
    for (const text of [texts.internal, texts.external]) {
      const check = checkAbsenceMessage(text, p);
      expect(check.missing, text).toEqual([]);
      expect(check.warnings, text).toEqual([]);
      expect(findHealthDetails(text)).toEqual([]);
    }
    // Colleagues see the first 250 characters in the MailTip: period, return and a way to reach the contact are there.
    expect(partsPresent(texts.internal.slice(0, MAILTIP_LENGTH)), texts.internal).toEqual({ period: true, return: true, contact: true });
  });

  it("offers no health reason among the kinds of absence", () => {
    for (const kind of p.absence!.kinds) expect(findHealthDetails(`${kind.label.sv} ${kind.phrase.sv} ${kind.label.en} ${kind.phrase.en}`)).toEqual([]);
  });
});

describe("the colleague's mobile in a template", () => {
  it("is written as given, and the check then points it out (Sorsele forbids it)", () => {
    const texts = renderAbsenceTexts(plan({ contact: { kind: "colleague", name: "Karin Holm", phone: "070-174 06 12" } }), profile("sorsele"));
    const check = checkAbsenceMessage(texts.internal, profile("sorsele"));
    expect(check.warnings.map((w) => w.code)).toEqual(["colleagueMobile"]);
    expect(check.warnings[0]!.text).toContain("Det tillåter inte kommunen");
    expect(check.warnings[0]!.text).not.toContain("174 06");
  });
});
