/** What stops a plan from making a complete reply, field by field, for the form. */
import type { Localized } from "../i18n/locale";
import type { Profile } from "../profiles/schema";
import { periodProblem } from "./period";
import { kindOf } from "./template";
import type { AbsencePlan } from "./types";

export type PlanField = "kind" | "period" | "contactName" | "contactReach" | "contactEmail" | "functionMailbox" | "forwarding";

export interface PlanProblem {
  readonly field: PlanField;
  readonly text: Localized;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const TEXTS = {
  kind: { sv: "Välj vilken sorts frånvaro det är.", en: "Choose the kind of absence." },
  invalidDate: { sv: "Fyll i datum för när du är borta.", en: "Fill in the dates you are away." },
  invalidTime: { sv: "Fyll i klockslag, till exempel 08:00.", en: "Fill in the times, for example 08:00." },
  endNotAfterStart: { sv: "Slutet måste komma efter början.", en: "The end must come after the start." },
  contactName: { sv: "Skriv kollegans namn.", en: "Write the colleague's name." },
  contactReach: {
    sv: "Skriv kollegans telefonnummer eller e-post, så att den som läser frånvaromeddelandet kan nå kollegan.",
    en: "Write the colleague's phone number or e-mail, so that whoever reads the reply can reach them.",
  },
  contactEmail: { sv: "E-postadressen ser inte ut som en e-postadress.", en: "The e-mail address does not look like one." },
  functionMailbox: { sv: "Välj en av kommunens funktionsbrevlådor.", en: "Choose one of the kommun's function mailboxes." },
  forwardingNeedsAddress: {
    sv: "Din e-post kan bara vidarebefordras till en e-postadress. Skriv kollegans e-post, eller välj en annan adress.",
    en: "Your mail can only be forwarded to an e-mail address. Write the colleague's e-mail, or choose another address.",
  },
  forwardingAddress: { sv: "Skriv adressen din e-post ska vidarebefordras till.", en: "Write the address your mail is forwarded to." },
} as const satisfies Readonly<Record<string, Localized>>;

export function planProblems(plan: AbsencePlan, profile: Profile): PlanProblem[] {
  const absence = profile.absence;
  const out: PlanProblem[] = [];
  if (!absence || !kindOf(absence, plan.kindId)) out.push({ field: "kind", text: TEXTS.kind });
  const period = periodProblem(plan.period);
  if (period) out.push({ field: "period", text: TEXTS[period] });
  const { contact, forwarding } = plan;
  if (contact.kind === "colleague") {
    if (!contact.name.trim()) out.push({ field: "contactName", text: TEXTS.contactName });
    const email = contact.email?.trim() ?? "";
    if (email && !EMAIL.test(email)) out.push({ field: "contactEmail", text: TEXTS.contactEmail });
    else if (!email && !contact.phone?.trim()) out.push({ field: "contactReach", text: TEXTS.contactReach });
  } else if (contact.kind === "functionMailbox") {
    if (!absence?.functionMailboxes.some((b) => b.address === contact.address)) out.push({ field: "functionMailbox", text: TEXTS.functionMailbox });
  }
  if (forwarding.kind === "contact") {
    const address = contact.kind === "colleague" ? contact.email?.trim() : contact.kind === "functionMailbox" ? contact.address : undefined;
    if (!address) out.push({ field: "forwarding", text: TEXTS.forwardingNeedsAddress });
  } else if (forwarding.kind === "address" && !EMAIL.test(forwarding.address.trim())) {
    out.push({ field: "forwarding", text: TEXTS.forwardingAddress });
  }
  return out;
}
