import { describe, expect, it } from "vitest";
import { checkArrangements, type Arrangement, type ForwardingRuleFact, type ManualArrangement } from "../../../src/core";
import { profile } from "../helpers";
import { period, plan } from "./helpers";

const GMAIL_RULE: ForwardingRuleFact = { name: "Till privat", targets: ["anna.privat@gmail.com"] };

function arrangements(id: string, options: { rules?: ForwardingRuleFact[]; rulesNotReadYet?: boolean; ticked?: ManualArrangement[]; plan?: ReturnType<typeof plan> } = {}): Arrangement[] {
  return checkArrangements(
    { plan: options.plan ?? plan(), ...(options.rules ? { rules: options.rules } : {}), ...(options.rulesNotReadYet ? { rulesNotReadYet: true } : {}), ticked: new Set(options.ticked ?? []) },
    profile(id),
  );
}
const states = (list: Arrangement[]) => Object.fromEntries(list.map((a) => [a.id, a.state]));

describe("the mailbox arrangements", () => {
  it("flags an Inbox rule forwarding outside the kommun: forbidden in Sorsele, shown everywhere", () => {
    const sorsele = arrangements("sorsele", { rules: [GMAIL_RULE, { name: "Kopia", targets: ["kollega@sorsele.se"] }] });
    const rule = sorsele.find((a) => a.id === "rules:Till privat")!;
    expect(rule.state).toBe("problem");
    expect(rule.addresses).toEqual(["anna.privat@gmail.com"]);
    expect(rule.text.sv).toContain("Det är inte tillåtet");
    expect(rule.guideline?.quote).toBe("E-post får inte automatiskt vidarebefordras till extern e-postadress.");
    expect(sorsele.some((a) => a.id === "rules:Kopia")).toBe(false);
    expect(arrangements("mjolby", { rules: [GMAIL_RULE] }).find((a) => a.id === "rules:Till privat")?.state).toBe("warning");
    expect(states(arrangements("mjolby", { rules: [] })).rules).toBe("ok");
  });

  it("says honestly when the rules could not be read, and what Graph never shows", () => {
    const list = arrangements("sjobo");
    expect(states(list).rules).toBe("unknown");
    const hidden = list.find((a) => a.id === "mailboxForwarding")!;
    expect(hidden).toMatchObject({ state: "todo", manual: "mailboxForwardingChecked" });
    expect(hidden.text.sv).toContain("syns inte för Postvakt");
    expect(states(arrangements("sjobo", { ticked: ["mailboxForwardingChecked"] })).mailboxForwarding).toBe("done");
  });

  it("forbids forwarding to a shared mailbox in Sorsele, and to an address outside", () => {
    const shared = arrangements("sorsele", { plan: plan({ forwarding: { kind: "address", address: "kommun@sorsele.se" } }) });
    expect(states(shared).plannedShared).toBe("warning");
    expect(shared.find((a) => a.id === "plannedShared")!.guideline?.quote).toContain("får delegationen inte ske till gemensamma e-postlådor");
    expect(states(shared).someoneReads).toBe("todo");
    const external = arrangements("sorsele", { plan: plan({ forwarding: { kind: "address", address: "anna@gmail.com" } }) });
    expect(states(external).plannedExternal).toBe("problem");
    const listed = arrangements("ale", { plan: plan({ forwarding: { kind: "address", address: "kommun@ale.se" } }) });
    expect(states(listed).plannedShared).toBeUndefined();
    expect(states(arrangements("sorsele")).delegateIsPerson).toBe("todo");
  });

  it("finds the rule that carries out the planned forwarding, or asks the user to make one", () => {
    const forwarding = plan({ forwarding: { kind: "contact" } });
    const found = arrangements("oxelosund", { plan: forwarding, rules: [{ name: "Semester", targets: ["Karin.Holm@oxelosund.se"] }] });
    expect(states(found).forwardingSetUp).toBe("ok");
    expect(states(found).someoneReads).toBe("ok");
    const missing = arrangements("oxelosund", { plan: forwarding, rules: [] });
    expect(missing.find((a) => a.id === "forwardingSetUp")).toMatchObject({ state: "todo", manual: "forwardingSetUp" });
    expect(missing.find((a) => a.id === "toldForwardee")?.guideline?.quote).toBe("Meddela alltid den som du ska vidarebefordra din mail till att du tänkt göra så.");
    expect(states(arrangements("mjolby", { plan: forwarding })).toldForwardee).toBeUndefined();
  });

  it("asks for a delegate when away more than three days in Ale, unless the mail is forwarded to a colleague", () => {
    const long = arrangements("ale");
    expect(long.find((a) => a.id === "delegated")).toMatchObject({ state: "todo", manual: "delegated" });
    expect(long.find((a) => a.id === "delegated")!.text.sv).toContain("Du är borta 40 dagar");
    expect(states(arrangements("ale", { ticked: ["delegated"] })).delegated).toBe("done");
    expect(states(arrangements("ale", { plan: plan({ forwarding: { kind: "contact" }, contact: { kind: "colleague", name: "Sara", email: "sara@ale.se" } }) })).delegated).toBe("ok");
    expect(states(arrangements("ale", { plan: plan({ period: period("2026-08-04 08:00", "2026-08-06 17:00") }) })).delegated).toBeUndefined();
  });

  it("asks the user to have the Inbox rules read before saying it could not read them", () => {
    const notYet = arrangements("sorsele", { rulesNotReadYet: true });
    expect(notYet.find((a) => a.id === "rules")).toMatchObject({ state: "todo" });
    expect(notYet.find((a) => a.id === "rules")!.text.sv).toContain("Kontrollera mina inkorgsregler");
    expect(states(arrangements("sorsele")).rules).toBe("unknown");
  });

  it("requires someone to read the mail in Sjöbo and Mjölby: an automatic reply alone is not enough", () => {
    for (const id of ["sjobo", "mjolby"]) {
      expect(states(arrangements(id)).someoneReads).toBe("todo");
      expect(states(arrangements(id, { ticked: ["someoneReads"] })).someoneReads).toBe("done");
    }
    expect(arrangements("sjobo").find((a) => a.id === "someoneReads")!.guideline?.section).toBe("Hantering av inkommande e-post vid tjänstledighet");
    expect(states(arrangements("ale")).someoneReads).toBeUndefined();
  });
});
