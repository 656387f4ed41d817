/**
 * checkAbsenceMessage(text, profile): the check on any automatic-reply text,
 * the assistant's own or one the user wrote or edited. It says which parts
 * are missing and what is risky:
 *
 *  missing  "period"   no dated absence (a dated end, a range, a week, a day);
 *           "return"   no return word tied to a date ("åter 10 augusti");
 *           "contact"  no one else to turn to with a phone number or an
 *                      e-mail address (a function mailbox's address or the
 *                      växel's number count; the writer's own do not);
 *  warnings "health"          sickness, injury, surgery, a diagnosis, a
 *                             doctor's visit: special-category data;
 *           "colleagueMobile" another person's mobile number (forbidden in
 *                             Sorsele, unwise everywhere: the reply goes to
 *                             everyone who writes);
 *           "privatePhone"    a number marked private or at home.
 *
 * Each part is judged on its own: a return date does not make the period,
 * an end date does not make the return (test/fixtures/absence-corpus/README.md
 * is the labelling spec the check is measured against). Swedish and English.
 * The result carries no phone number: excerpts are redacted.
 */
import { redactPhoneNumber } from "../detectors/phone";
import { isRuleEnabled } from "../engine/lint";
import { localize, type Locale, type Localized } from "../i18n/locale";
import type { GuidelineCitation } from "../model";
import type { Profile } from "../profiles/schema";
import { colleagueMobileRule } from "../rules/colleagueMobile";
import { findDates } from "./dates";
import { findHealthDetails } from "./health";
import { findReaches } from "./reach";

export type AbsencePart = "period" | "return" | "contact";
export type AbsenceWarningCode = "health" | "colleagueMobile" | "privatePhone";

export const ABSENCE_PARTS: readonly AbsencePart[] = ["period", "return", "contact"];
export const ABSENCE_WARNING_CODES: readonly AbsenceWarningCode[] = ["health", "colleagueMobile", "privatePhone"];

/** Outlook shows colleagues this many characters of the reply in the MailTip while they write to you. */
export const MAILTIP_LENGTH = 250;

export interface AbsenceWarning {
  readonly code: AbsenceWarningCode;
  /** One sentence: what was found and what to do. */
  readonly text: string;
  /** What was found, safe to show: the words, or numbers redacted ("070-••• •• 12"). */
  readonly found: readonly string[];
  readonly guideline?: GuidelineCitation;
}

export interface AbsenceCheck {
  /** In the order period, return, contact. */
  readonly missing: readonly AbsencePart[];
  /** At most one per code, in the order health, colleagueMobile, privatePhone. */
  readonly warnings: readonly AbsenceWarning[];
  /** Parts the text has, but not within its first MAILTIP_LENGTH characters. */
  readonly beyondMailTip: readonly AbsencePart[];
}

export interface AbsenceCheckOptions {
  /** The language of the warnings' text (default Swedish). */
  readonly locale?: Locale;
}

export const ABSENCE_PART_TEXTS: Readonly<Record<AbsencePart, Localized>> = {
  period: {
    sv: "Det står inte när du är borta. Skriv datumen, till exempel ”29 juni–7 augusti 2026”.",
    en: "It does not say when you are away. Write the dates, for example “29 June–7 August 2026”.",
  },
  return: {
    sv: "Det står inte när du är tillbaka. Skriv dagen, till exempel ”Jag är åter måndag 10 augusti”.",
    en: "It does not say when you are back. Write the day, for example “I will be back on Monday 10 August”.",
  },
  contact: {
    sv: "Det står inte vem man kan kontakta i stället. Skriv en kollegas namn med telefonnummer eller e-post, en funktionsbrevlåda eller växelns nummer.",
    en: "It does not say who to contact instead. Write a colleague's name with a phone number or e-mail, a function mailbox or the switchboard's number.",
  },
};

const WARNING_TEXTS = {
  health: {
    sv: "Frånvaromeddelandet berättar om hälsa ({{found}}) och går till alla som mejlar dig. Uppgifter om hälsa är känsliga personuppgifter: skriv bara att du är borta.",
    en: "The reply mentions health ({{found}}) and goes to everyone who e-mails you. Health details are sensitive personal data: only say that you are away.",
  },
  colleagueMobileForbidden: {
    sv: "Frånvaromeddelandet lämnar ut en kollegas mobilnummer ({{found}}). Det tillåter inte kommunen. Skriv kollegans fasta nummer, e-post eller växelns nummer i stället.",
    en: "The reply gives out a colleague's mobile number ({{found}}). The kommun does not allow that. Write the colleague's landline, e-mail or the switchboard's number instead.",
  },
  colleagueMobile: {
    sv: "Frånvaromeddelandet lämnar ut en kollegas mobilnummer ({{found}}) till alla som mejlar dig. Skriv hellre kollegans fasta nummer, e-post eller växelns nummer.",
    en: "The reply gives out a colleague's mobile number ({{found}}) to everyone who e-mails you. Better write the colleague's landline, e-mail or the switchboard's number.",
  },
  privatePhone: {
    sv: "Frånvaromeddelandet lämnar ut ett privat telefonnummer ({{found}}) till alla som mejlar dig, även utanför kommunen. Ta bort numret.",
    en: "The reply gives out a private phone number ({{found}}) to everyone who e-mails you, outside the kommun too. Remove the number.",
  },
} as const satisfies Readonly<Record<string, Localized>>;

function citation(profile: Profile, key: string): GuidelineCitation | undefined {
  const passage = profile.guidelines[key];
  if (!passage) return undefined;
  return { document: profile.guidelineDocument.title, quote: passage.quote, ...(passage.section ? { section: passage.section } : {}) };
}

/** Which of the three parts a text has. */
export function partsPresent(text: string): Readonly<Record<AbsencePart, boolean>> {
  const dates = findDates(text);
  const reaches = findReaches(text);
  return {
    period: dates.some((d) => d.role === "period"),
    return: dates.some((d) => d.role === "return"),
    contact: reaches.some((r) => r.owner !== "own" && !r.inSignature),
  };
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

export function checkAbsenceMessage(text: string, profile: Profile, options: AbsenceCheckOptions = {}): AbsenceCheck {
  const locale = options.locale ?? "sv";
  const present = partsPresent(text);
  const missing = ABSENCE_PARTS.filter((part) => !present[part]);
  const head = partsPresent(text.slice(0, MAILTIP_LENGTH));
  const beyondMailTip = ABSENCE_PARTS.filter((part) => present[part] && !head[part]);

  const warnings: AbsenceWarning[] = [];
  const say = (code: AbsenceWarningCode, template: Localized, found: string[], guidelineKey: string) => {
    const guideline = citation(profile, guidelineKey);
    warnings.push({ code, text: localize(template, locale, { found: found.join(", ") }), found, ...(guideline ? { guideline } : {}) });
  };

  const health = unique(findHealthDetails(text).map((m) => m.redacted.toLowerCase()));
  if (health.length > 0) say("health", WARNING_TEXTS.health, health, "personalData");

  const reaches = findReaches(text).filter((r) => r.kind === "phone" && !r.inSignature);
  const colleagueMobiles = unique(reaches.filter((r) => r.mobile && r.owner === "person").map((r) => redactPhoneNumber(r.raw)));
  if (colleagueMobiles.length > 0) {
    const forbidden = isRuleEnabled(colleagueMobileRule, profile);
    say("colleagueMobile", forbidden ? WARNING_TEXTS.colleagueMobileForbidden : WARNING_TEXTS.colleagueMobile, colleagueMobiles, "colleagueMobile");
  }

  const privatePhones = unique(findReaches(text).filter((r) => r.kind === "phone" && r.privateMarked).map((r) => redactPhoneNumber(r.raw)));
  if (privatePhones.length > 0) say("privatePhone", WARNING_TEXTS.privatePhone, privatePhones, "personalData");

  return { missing, warnings, beyondMailTip };
}
