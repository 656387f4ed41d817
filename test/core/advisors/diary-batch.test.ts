/**
 * Several selected messages sent to the diary together (a registrar's batch):
 * the cover note lists each message's fields in order, names the urgent ones,
 * says when Outlook gave only a subject, and never holds an identity number;
 * the actions attach every message and go where the single advice would.
 */
import { describe, expect, it } from "vitest";
import { batchActions, batchCoverNote, loadBuiltinProfile, type BatchItem, type NewMessageAction, type Profile } from "../../../src/core";
import { diaryAdvice, mail } from "./helpers";

function profile(id: string): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(`${id} profile invalid`);
  return result.profile;
}

const APPLICATION = diaryAdvice(mail({ subject: "Ansökan om bygglov – garage", body: "Här kommer vår ansökan om bygglov för ett garage.", attachments: ["Ansökan.pdf"] })).data;
const REQUEST = diaryAdvice(mail({ subject: "Protokoll", body: "Hej, kan jag få en kopia av protokollet från byggnadsnämnden i maj?", from: "reporter@tidningen.se" })).data;
const NEWSLETTER = diaryAdvice(mail({ subject: "Nyheter", body: "Veckans nyheter.", from: "nyhetsbrev@boverket.se", headers: { "list-unsubscribe": "<https://x.se/av>" } })).data;

const ITEMS: BatchItem[] = [
  { itemId: "id-1", subject: "Ansökan om bygglov – garage", data: APPLICATION },
  { itemId: "id-2", subject: "Protokoll", data: REQUEST },
  { itemId: "id-3", subject: "Nyheter", data: NEWSLETTER },
];

describe("the batch's cover note", () => {
  it("lists each message in order, with its fields and assessment, and names the urgent ones", () => {
    const note = batchCoverNote(ITEMS);
    expect(note.subject).toBe("För registrering: 3 meddelanden");
    const text = note.text;
    const at = (n: number) => text.indexOf(`\nMeddelande ${n}\n`);
    expect(at(1)).toBeGreaterThan(0);
    expect(at(1)).toBeLessThan(at(2));
    expect(at(2)).toBeLessThan(at(3));
    expect(text).toContain("Förslag till ärendemening: Ansökan om bygglov – garage");
    expect(text).toContain("Postvakts bedömning: Bör diarieföras");
    expect(text).toContain("Postvakts bedömning: Troligen ringa betydelse");
    expect(text).toMatch(/BRÅDSKANDE: Meddelande 2 är en begäran/);
    expect(text).not.toMatch(/BRÅDSKANDE: Meddelande 1/);
    // The HTML carries the same, one table per message.
    expect(note.html.match(/<table>/g)).toHaveLength(3);
    expect(note.html).toContain("<h3>Meddelande 3</h3>");
  });

  it("names several urgent ones in one sentence, in the plural", () => {
    const note = batchCoverNote([ITEMS[1]!, ITEMS[0]!, ITEMS[1]!, { ...ITEMS[1]!, itemId: "id-4" }]);
    expect(note.text).toContain("BRÅDSKANDE: Meddelande 1, 3 och 4 är begäranden om att få ta del av allmänna handlingar.");
  });

  it("says when Outlook gave only the subject, and blanks identity numbers in it", () => {
    const note = batchCoverNote([
      { itemId: "a", subject: "Ansökan för 19810102-2385" },
      { itemId: "b", subject: "" },
    ]);
    expect(note.text).toContain("Postvakt kunde bara se ämnesraden");
    expect(note.text).not.toContain("19810102-2385");
    expect(note.text).not.toContain("2385");
    expect(note.text).toContain("(ämnesrad saknas)");
    expect(note.text).not.toContain("BRÅDSKANDE");
  });
});

describe("the batch's actions", () => {
  it("a registrar sends every message, attached as items, to the diary's intake address", () => {
    const p = profile("sjobo");
    const actions = batchActions(p.diary!, ITEMS, { isRegistrar: true });
    const send = actions.find((a): a is NewMessageAction => a.type === "newMessage");
    expect(send?.id).toBe("sendSelectedToDiary");
    expect(send?.to).toEqual([p.diary!.intakeAddress]);
    expect(send?.title.sv).toBe("Skicka 3 meddelanden till diariet");
    expect(send?.attachItems).toEqual([
      { itemId: "id-1", name: "Ansökan om bygglov – garage" },
      { itemId: "id-2", name: "Protokoll" },
      { itemId: "id-3", name: "Nyheter" },
    ]);
    expect(send?.attachCurrentItem).toBeUndefined();
    expect(actions.some((a) => a.type === "copyText" && a.text === send?.body.text)).toBe(true);
  });

  it("anyone else sends them to a registrar, one action per registrar of the profile", () => {
    const p = profile("ale");
    const actions = batchActions(p.diary!, ITEMS, { isRegistrar: false }).filter((a): a is NewMessageAction => a.type === "newMessage");
    expect(actions.map((a) => a.to[0])).toEqual(p.diary!.registrars.map((r) => r.address));
    if (p.diary!.registrars.length > 1) expect(actions[0]?.label?.sv).toContain(p.diary!.registrars[0]!.label);
  });

  it("a registrar without an intake address gets the note to copy; one message is no batch", () => {
    const p = profile("sjobo");
    const { intakeAddress: _none, ...withoutIntake } = p.diary!;
    const actions = batchActions(withoutIntake, ITEMS, { isRegistrar: true });
    expect(actions.map((a) => a.type)).toEqual(["copyText"]);
    expect(batchActions(p.diary!, ITEMS.slice(0, 1), { isRegistrar: true })).toEqual([]);
  });

  it("names attachments by the subject with identity numbers blanked, within Outlook's 255 characters", () => {
    const p = profile("sjobo");
    const long = `Ansökan 20130720-2380 ${"x".repeat(400)}`;
    const send = batchActions(p.diary!, [{ itemId: "a", subject: long }, { itemId: "b", subject: "" }], { isRegistrar: true }).find((a): a is NewMessageAction => a.type === "newMessage");
    expect(send?.attachItems?.[0]?.name).not.toContain("20130720-2380");
    expect(send?.attachItems?.[0]?.name.length).toBeLessThanOrEqual(255);
    expect(send?.attachItems?.[1]?.name).toBe("(ämnesrad saknas) 2");
  });
});
