/**
 * The mailbox arrangements before an absence, as a short list with a state
 * each, from facts the Office adapter reads (the Inbox rules' forwarding
 * addresses, where Graph could read them) and the plan, against the
 * kommun's requirements (the profile's `absence.requirements`):
 *
 *  - Inbox rules that forward or redirect outside the kommun: forbidden in
 *    Sorsele ("E-post får inte automatiskt vidarebefordras till extern
 *    e-postadress"), pointed out everywhere;
 *  - the forwarding the user plans: outside the kommun, or to a shared
 *    mailbox where the kommun forbids handing the mailbox to one (Sorsele);
 *    set up or not (a rule that forwards there);
 *  - telling the person mail goes to (Oxelösund);
 *  - away longer than the kommun allows without a delegate (Ale: three days);
 *  - someone reading the mail (Sjöbo, Mjölby, Oxelösund, Sorsele: an
 *    automatic reply alone is not enough).
 *
 * What Graph cannot show (forwarding set on the mailbox itself, who has full
 * access to it) is a checklist item the user ticks, and says so.
 */
import { createOrganisation } from "../engine/organisation";
import { formatLocalized, type Localized } from "../i18n/locale";
import type { GuidelineCitation } from "../model";
import type { Profile } from "../profiles/schema";
import { absenceDays } from "./period";
import { forwardingAddress } from "./template";
import type { AbsencePlan } from "./types";

/** One Inbox rule as the check needs it: the addresses an enabled rule sends mail on to. */
export interface ForwardingRuleFact {
  readonly name: string;
  readonly targets: readonly string[];
}

/** Items the user confirms by ticking them. */
export type ManualArrangement = "forwardingSetUp" | "toldForwardee" | "delegated" | "someoneReads" | "mailboxForwardingChecked" | "delegateIsPerson";

export type ArrangementState =
  /** Checked, nothing wrong. */
  | "ok"
  /** Against the kommun's rules, or what the kommun requires is missing. */
  | "problem"
  /** Worth a look. */
  | "warning"
  /** For the user to do and tick. */
  | "todo"
  /** Ticked by the user. */
  | "done"
  /** Postvakt could not look. */
  | "unknown";

export interface Arrangement {
  readonly id: string;
  readonly state: ArrangementState;
  readonly text: Localized;
  /** Set when the user ticks this item to confirm it. */
  readonly manual?: ManualArrangement;
  /** Addresses involved (the user's own rules and plan: shown to the user only). */
  readonly addresses?: readonly string[];
  readonly guideline?: GuidelineCitation;
}

export interface ArrangementFacts {
  readonly plan: AbsencePlan;
  /** The Inbox rules, or undefined where they could not be read (no Graph, or it failed). */
  readonly rules?: readonly ForwardingRuleFact[];
  /** Without rules: true when Postvakt can still read them on the user's click (it has not tried yet). */
  readonly rulesNotReadYet?: boolean;
  /** What the user has ticked. */
  readonly ticked: ReadonlySet<ManualArrangement>;
  /** The mailbox owner's address (decides "internal" for a profile without domains). */
  readonly userEmail?: string;
}

function citation(profile: Profile, key: string): GuidelineCitation | undefined {
  const passage = profile.guidelines[key];
  if (!passage) return undefined;
  return { document: profile.guidelineDocument.title, quote: passage.quote, ...(passage.section ? { section: passage.section } : {}) };
}

/** A listed function mailbox, or an address shaped like one ("bygglov@", no dot or dash in the name). */
export function sharedMailboxKind(address: string, profile: Profile): "listed" | "likely" | undefined {
  const lower = address.trim().toLowerCase();
  if (profile.absence?.functionMailboxes.some((b) => b.address === lower)) return "listed";
  const local = lower.slice(0, lower.lastIndexOf("@"));
  return local !== "" && !/[.\-_]/.test(local) ? "likely" : undefined;
}

const T = {
  rulesUnknown: {
    sv: "Postvakt kunde inte läsa dina inkorgsregler. Kontrollera själv i Outlook under Inställningar → E-post → Regler att ingen regel skickar vidare till en adress utanför kommunen.",
    en: "Postvakt could not read your Inbox rules. Check in Outlook under Settings → Mail → Rules that no rule sends mail on to an address outside the kommun.",
  },
  rulesNotReadYet: {
    sv: "Ingen inkorgsregel får skicka din e-post vidare utanför kommunen. Tryck på Kontrollera mina inkorgsregler så tittar Postvakt.",
    en: "No Inbox rule may send your mail on outside the kommun. Press Check my Inbox rules and Postvakt looks.",
  },
  rulesExternalForbidden: {
    sv: "Regeln ”{{rule}}” skickar din e-post vidare till {{addresses}}, utanför kommunen. Det är inte tillåtet: stäng av eller ändra regeln i Outlook.",
    en: "The rule “{{rule}}” sends your mail on to {{addresses}}, outside the kommun. That is not allowed: turn the rule off or change it in Outlook.",
  },
  rulesExternal: {
    sv: "Regeln ”{{rule}}” skickar din e-post vidare till {{addresses}}, utanför kommunen. E-post som regeln gäller hamnar då där. Stäng av regeln om den inte behövs.",
    en: "The rule “{{rule}}” sends your mail on to {{addresses}}, outside the kommun. Mail the rule applies to ends up there. Turn the rule off unless it is needed.",
  },
  rulesOk: {
    sv: "Ingen av dina inkorgsregler skickar e-post vidare utanför kommunen.",
    en: "None of your Inbox rules sends mail on outside the kommun.",
  },
  plannedExternalForbidden: {
    sv: "Du vill vidarebefordra till {{address}}, som är utanför kommunen. Det är inte tillåtet: välj en kollega i kommunen.",
    en: "You want to forward to {{address}}, which is outside the kommun. That is not allowed: choose a colleague in the kommun.",
  },
  plannedExternal: {
    sv: "Du vill vidarebefordra till {{address}}, som är utanför kommunen. Välj hellre en kollega i kommunen.",
    en: "You want to forward to {{address}}, which is outside the kommun. Better choose a colleague in the kommun.",
  },
  plannedSharedForbidden: {
    sv: "{{address}} är en gemensam brevlåda. Kommunen tillåter inte att bevakningen av din e-post lämnas till en sådan: välj en kollega.",
    en: "{{address}} is a shared mailbox. The kommun does not allow handing the watch over your mail to one: choose a colleague.",
  },
  plannedSharedLikely: {
    sv: "{{address}} ser ut som en gemensam brevlåda. Kommunen tillåter inte att bevakningen av din e-post lämnas till en sådan. Välj en kollega om det är en gemensam brevlåda.",
    en: "{{address}} looks like a shared mailbox. The kommun does not allow handing the watch over your mail to one. Choose a colleague if it is one.",
  },
  forwardingRuleFound: {
    sv: "Regeln ”{{rule}}” vidarebefordrar din e-post till {{address}}.",
    en: "The rule “{{rule}}” forwards your mail to {{address}}.",
  },
  forwardingToSetUp: {
    sv: "Postvakt ställer inte in vidarebefordran. Skapa en regel i Outlook som vidarebefordrar till {{address}} (Inställningar → E-post → Regler), och bocka sedan i här.",
    en: "Postvakt does not set up forwarding. Create a rule in Outlook that forwards to {{address}} (Settings → Mail → Rules), then tick here.",
  },
  tellForwardee: {
    sv: "Berätta för den som får din e-post ({{address}}) att den kommer dit under din frånvaro.",
    en: "Tell whoever receives your mail ({{address}}) that it will come there while you are away.",
  },
  delegateLong: {
    sv: "Du är borta {{days}} dagar. Är du borta mer än {{limit}} dagar ska en kollega kunna öppna, läsa och besvara din e-post: ge en kollega behörighet till din brevlåda (fråga IT-supporten om du inte vet hur), eller vidarebefordra e-posten. Bocka sedan i här.",
    en: "You are away for {{days}} days. When you are away for more than {{limit}} days, a colleague must be able to open, read and answer your mail: give a colleague access to your mailbox (ask IT support if you do not know how), or forward your mail. Then tick here.",
  },
  delegateLongOk: {
    sv: "Du är borta {{days}} dagar och din e-post vidarebefordras till {{address}}.",
    en: "You are away for {{days}} days and your mail is forwarded to {{address}}.",
  },
  someoneReads: {
    sv: "Ett frånvaromeddelande räcker inte: någon ska läsa din e-post medan du är borta. Ge en kollega behörighet till din brevlåda, eller vidarebefordra e-posten, och bocka sedan i här.",
    en: "An automatic reply is not enough: someone should read your mail while you are away. Give a colleague access to your mailbox, or forward your mail, then tick here.",
  },
  someoneReadsForwarded: {
    sv: "Din e-post vidarebefordras till {{address}}, så någon läser den medan du är borta.",
    en: "Your mail is forwarded to {{address}}, so someone reads it while you are away.",
  },
  mailboxForwarding: {
    sv: "Vidarebefordran som är inställd på själva brevlådan syns inte för Postvakt. Kontrollera i Outlook under Inställningar → E-post → Vidarebefordran att den är avstängd eller går till en adress i kommunen.",
    en: "Forwarding set on the mailbox itself is hidden from Postvakt. Check in Outlook under Settings → Mail → Forwarding that it is off, or goes to an address in the kommun.",
  },
  delegateIsPerson: {
    sv: "Vem som har behörighet till din brevlåda syns inte för Postvakt. Kontrollera att det är en person och inte en gemensam brevlåda.",
    en: "Who has access to your mailbox is hidden from Postvakt. Check that it is a person and not a shared mailbox.",
  },
} as const satisfies Readonly<Record<string, Localized>>;

/** The arrangements for a plan, in the order the view lists them. Empty when the profile has no absence section. */
export function checkArrangements(facts: ArrangementFacts, profile: Profile): Arrangement[] {
  const absence = profile.absence;
  if (!absence) return [];
  const req = absence.requirements;
  const organisation = createOrganisation(profile, facts.userEmail);
  const out: Arrangement[] = [];
  const ticked = (item: ManualArrangement) => facts.ticked.has(item);
  const manual = (id: string, item: ManualArrangement, text: Localized, guidelineKey?: string, addresses?: readonly string[]) => {
    const guideline = guidelineKey ? citation(profile, guidelineKey) : undefined;
    out.push({ id, state: ticked(item) ? "done" : "todo", text, manual: item, ...(addresses ? { addresses } : {}), ...(guideline ? { guideline } : {}) });
  };
  const forwardingKey = req.noExternalForwarding ? "absenceForwarding" : "personalData";

  // 1. Inbox rules that send mail outside the kommun.
  if (!facts.rules && facts.rulesNotReadYet) {
    out.push({ id: "rules", state: "todo", text: T.rulesNotReadYet, ...withGuideline(profile, forwardingKey) });
  } else if (!facts.rules) {
    out.push({ id: "rules", state: "unknown", text: T.rulesUnknown, ...withGuideline(profile, forwardingKey) });
  } else {
    const external = facts.rules
      .map((rule) => ({ rule, outside: rule.targets.filter((t) => !organisation.isInternal(t)) }))
      .filter((r) => r.outside.length > 0);
    if (external.length === 0) out.push({ id: "rules", state: "ok", text: T.rulesOk });
    for (const { rule, outside } of external) {
      out.push({
        id: `rules:${rule.name}`,
        state: req.noExternalForwarding ? "problem" : "warning",
        text: formatLocalized(req.noExternalForwarding ? T.rulesExternalForbidden : T.rulesExternal, { rule: rule.name, addresses: outside.join(", ") }),
        addresses: outside,
        ...withGuideline(profile, forwardingKey),
      });
    }
  }

  // 2. The forwarding the user plans.
  const target = forwardingAddress(facts.plan);
  const forwardsToPerson = target !== undefined && organisation.isInternal(target) && !(req.noSharedMailboxDelegation && sharedMailboxKind(target, profile) !== undefined);
  if (target) {
    if (!organisation.isInternal(target)) {
      out.push({
        id: "plannedExternal",
        state: req.noExternalForwarding ? "problem" : "warning",
        text: formatLocalized(req.noExternalForwarding ? T.plannedExternalForbidden : T.plannedExternal, { address: target }),
        addresses: [target],
        ...withGuideline(profile, forwardingKey),
      });
    }
    const shared = sharedMailboxKind(target, profile);
    if (req.noSharedMailboxDelegation && shared) {
      out.push({
        id: "plannedShared",
        state: shared === "listed" ? "problem" : "warning",
        text: formatLocalized(shared === "listed" ? T.plannedSharedForbidden : T.plannedSharedLikely, { address: target }),
        addresses: [target],
        ...withGuideline(profile, "absenceDelegation"),
      });
    }
    const rule = facts.rules?.find((r) => r.targets.some((t) => t.toLowerCase() === target.toLowerCase()));
    if (rule) out.push({ id: "forwardingSetUp", state: "ok", text: formatLocalized(T.forwardingRuleFound, { rule: rule.name, address: target }), addresses: [target] });
    else manual("forwardingSetUp", "forwardingSetUp", formatLocalized(T.forwardingToSetUp, { address: target }), undefined, [target]);
    if (req.tellForwardee) manual("toldForwardee", "toldForwardee", formatLocalized(T.tellForwardee, { address: target }), "absenceForwarding", [target]);
  }

  // 3. Away longer than the kommun allows without a delegate.
  const days = absenceDays(facts.plan.period);
  if (req.delegateAfterDays !== undefined && days > req.delegateAfterDays) {
    if (forwardsToPerson) {
      out.push({ id: "delegated", state: "ok", text: formatLocalized(T.delegateLongOk, { days, address: target as string }), ...withGuideline(profile, "absenceDelegation") });
    } else {
      const guideline = citation(profile, "absenceDelegation");
      out.push({
        id: "delegated",
        state: ticked("delegated") ? "done" : "todo",
        manual: "delegated",
        text: formatLocalized(T.delegateLong, { days, limit: req.delegateAfterDays }),
        ...(guideline ? { guideline } : {}),
      });
    }
  }

  // 4. Someone reads the mail.
  if (req.someoneReadsMail) {
    if (forwardsToPerson) {
      out.push({ id: "someoneReads", state: "ok", text: formatLocalized(T.someoneReadsForwarded, { address: target as string }), ...withGuideline(profile, "absenceMailbox") });
    } else {
      const guideline = citation(profile, "absenceMailbox");
      out.push({ id: "someoneReads", state: ticked("someoneReads") ? "done" : "todo", manual: "someoneReads", text: T.someoneReads, ...(guideline ? { guideline } : {}) });
    }
  }

  // 5. What Graph cannot see.
  manual("mailboxForwarding", "mailboxForwardingChecked", T.mailboxForwarding, req.noExternalForwarding ? "absenceForwarding" : undefined);
  if (req.noSharedMailboxDelegation) manual("delegateIsPerson", "delegateIsPerson", T.delegateIsPerson, "absenceDelegation");

  return out;
}

function withGuideline(profile: Profile, key: string): { guideline?: GuidelineCitation } {
  const guideline = citation(profile, key);
  return guideline ? { guideline } : {};
}
