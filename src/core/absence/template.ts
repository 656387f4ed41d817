/**
 * The automatic reply written from the kommun's template (the profile's
 * `absence.templates`, Oxelösund's "Jag har semester under perioden …
 * Ditt ärende har vidarebefordrats till …" the model): the absence and the
 * return first, then where the mail goes and who to contact, so that the
 * essentials stand within the first 250 characters Outlook shows colleagues
 * in the MailTip.
 *
 * Dates are written out with the month's name and the year ("29 juni–7
 * augusti 2026"), the return with its weekday ("måndag 10 augusti"), as a
 * reader in any week understands them. In the English text, Swedish phone
 * numbers get the country code ("+46 155 381 24").
 */
import type { CalendarDate } from "../calendar/date";
import { formatDate } from "../calendar/format";
import { formatMessage, type Locale } from "../i18n/locale";
import type { AbsenceKindConfig, AbsenceProfile, AbsenceTemplate } from "../profiles/absence-schema";
import type { Profile } from "../profiles/schema";
import { isOneDay, lastAbsentDay, returnDay, type AbsencePeriod, type WallTime } from "./period";
import type { AbsenceContact, AbsencePlan, AbsenceTexts } from "./types";

const MONTH_ONLY: Readonly<Record<Locale, (d: CalendarDate) => string>> = {
  sv: (d) => formatDate(d, "sv", { weekday: "none" }),
  en: (d) => formatDate(d, "en", { weekday: "none" }),
};

function clock(time: WallTime, locale: Locale): string {
  const hh = String(time.hour).padStart(2, "0");
  const mm = String(time.minute).padStart(2, "0");
  return locale === "sv" ? `kl. ${hh}.${mm}` : `${hh}:${mm}`;
}

function withYear(text: string, date: CalendarDate): string {
  return `${text} ${date.year}`;
}

/** {{from}}, {{to}}, {{period}}, {{day}} for a period. */
export function periodWords(period: AbsencePeriod, locale: Locale): { from: string; to: string; period: string; day: string } {
  const first = period.start.date;
  const last = lastAbsentDay(period);
  const sameYear = first.year === last.year;
  const sameMonth = sameYear && first.month === last.month;
  const to = withYear(MONTH_ONLY[locale](last), last);
  const from = sameYear ? MONTH_ONLY[locale](first) : withYear(MONTH_ONLY[locale](first), first);
  const range = sameMonth ? `${first.day}–${to}` : `${from}–${to}`;
  let day = formatDate(first, locale, { weekday: "long", year: true });
  const startsAtMidnight = period.start.time.hour === 0 && period.start.time.minute === 0;
  const endsAtMidnight = period.end.time.hour === 0 && period.end.time.minute === 0;
  const endsLate = period.end.time.hour * 60 + period.end.time.minute >= 23 * 60 + 59;
  if (isOneDay(period) && !(startsAtMidnight && (endsAtMidnight || endsLate))) {
    const hours = locale === "sv" ? `${clock(period.start.time, "sv")}–${clock(period.end.time, "sv").replace("kl. ", "")}` : `${clock(period.start.time, "en")}–${clock(period.end.time, "en")}`;
    day = locale === "sv" ? `${day} ${hours}` : `${day}, ${hours}`;
  }
  return { from, to, period: range, day };
}

/** {{return}}: "måndag 10 augusti" (with the year when it is not the absence's last year, and the hour when the absence ends within a day). */
export function returnWords(period: AbsencePeriod, locale: Locale): string {
  const back = returnDay(period);
  const year = back.date.year !== lastAbsentDay(period).year;
  const text = formatDate(back.date, locale, { weekday: "long", year });
  if (!back.time) return text;
  return locale === "sv" ? `${text} ${clock(back.time, "sv")}` : `${text} at ${clock(back.time, "en")}`;
}

/** A Swedish number with the country code for English readers: "0155-381 24" -> "+46 155 381 24". */
export function internationalPhone(raw: string): string {
  const text = raw.trim();
  if (text.startsWith("+") || text.startsWith("00") || !text.startsWith("0")) return text;
  return `+46 ${text.slice(1).replace(/^[\s-]+/, "").replace(/\s*[-–]\s*/g, " ")}`;
}

function phoneWords(phone: string, locale: Locale): string {
  return locale === "sv" ? `telefon ${phone.trim()}` : `phone ${internationalPhone(phone)}`;
}

/** {{contact}}: "Karin Holm, telefon 0155-381 24, karin.holm@oxelosund.se". Empty when the contact cannot be written. */
export function contactWords(contact: AbsenceContact, absence: AbsenceProfile, locale: Locale): string {
  switch (contact.kind) {
    case "colleague": {
      const parts = [contact.name.trim()];
      if (contact.phone?.trim()) parts.push(phoneWords(contact.phone, locale));
      if (contact.email?.trim()) parts.push(contact.email.trim());
      return parts.filter((p) => p !== "").join(", ");
    }
    case "functionMailbox": {
      const box = absence.functionMailboxes.find((b) => b.address === contact.address.trim().toLowerCase());
      if (!box) return contact.address.trim();
      const parts = [box.label[locale], box.address];
      if (box.phone) parts.push(phoneWords(box.phone, locale));
      return parts.join(", ");
    }
    case "switchboard":
      return absence.switchboard ? `${absence.switchboard.label[locale]}, ${phoneWords(absence.switchboard.phone, locale)}` : "";
  }
}

/** The address mail is forwarded to, where the plan forwards it. */
export function forwardingAddress(plan: Pick<AbsencePlan, "contact" | "forwarding">): string | undefined {
  const { forwarding, contact } = plan;
  if (forwarding.kind === "address") return forwarding.address.trim() || undefined;
  if (forwarding.kind !== "contact") return undefined;
  if (contact.kind === "colleague") return contact.email?.trim() || undefined;
  if (contact.kind === "functionMailbox") return contact.address.trim().toLowerCase() || undefined;
  return undefined;
}

export function kindOf(absence: AbsenceProfile, kindId: string): AbsenceKindConfig | undefined {
  return absence.kinds.find((k) => k.id === kindId);
}

function sentences(template: AbsenceTemplate, plan: AbsencePlan, absence: AbsenceProfile, kommun: string, locale: Locale): string {
  const kind = kindOf(absence, plan.kindId) ?? absence.kinds[0];
  const words = periodWords(plan.period, locale);
  const data = {
    absence: kind ? kind.phrase[locale] : "",
    ...words,
    return: returnWords(plan.period, locale),
    contact: contactWords(plan.contact, absence, locale),
    forwardee: forwardingAddress(plan) ?? "",
    kommun,
  };
  const fill = (text: string) => formatMessage(text, data);
  const opening = isOneDay(plan.period) && template.openingOneDay ? template.openingOneDay : template.opening;
  const out = [fill(opening)];
  const forwardee = forwardingAddress(plan);
  if (plan.forwarding.kind === "contact" && forwardee) out.push(fill(template.forwardedToContact));
  else {
    out.push(fill(forwardee ? template.forwarded : template.notForwarded));
    if (data.contact) out.push(fill(template.contact));
  }
  return out.join(" ");
}

/** The reply in one language, without the external closing. */
export function absenceReplyText(plan: AbsencePlan, profile: Profile, locale: Locale): string {
  const absence = profile.absence;
  if (!absence) return "";
  return sentences(absence.templates[locale], plan, absence, profile.name, locale);
}

/** The internal and external replies for a plan; empty texts when the profile has no absence section. */
export function renderAbsenceTexts(plan: AbsencePlan, profile: Profile): AbsenceTexts {
  const absence = profile.absence;
  if (!absence) return { internal: "", external: "" };
  const sv = absenceReplyText(plan, profile, "sv");
  const closing = (locale: Locale) => {
    const text = absence.templates[locale].externalClosing;
    return text ? `\n\n${formatMessage(text, { kommun: profile.name })}` : "";
  };
  const externalSv = sv + closing("sv");
  const external = plan.english ? `${externalSv}\n\n${absenceReplyText(plan, profile, "en")}${closing("en")}` : externalSv;
  return { internal: sv, external };
}

