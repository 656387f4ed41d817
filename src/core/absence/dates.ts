/**
 * Dates in an automatic reply, and what each one says: the absence
 * ("semester 29/6–7/8", "till och med 30 september", "v. 28–31", "fredag 11
 * september"), the return ("åter 3 augusti", "back on 17 August", "från och
 * med måndag 10 augusti är jag på plats igen"), or only the start of an
 * open-ended absence ("från 1 december och minst sex veckor framåt").
 *
 * A date is a day of a month (numeric "7/8", "2026-08-07", or with the
 * month's name in Swedish or English, full or abbreviated) or a week number
 * ("v. 32", "vecka 33", "week 33"). A month alone ("i juli"), a weekday
 * alone ("på torsdag"), "idag", "i morgon" and unfilled placeholders
 * ("xx/xx") are no dates: a reply is read on any day, so only a date says
 * which day.
 */

const L = "A-Za-zÀ-ÖØ-öø-ÿ";
const W = `${L}0-9`;

const SV_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|febr?|mar|apr|jun|jul|aug|sept?|okt|nov|dec";
const EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec";
const MONTHS = `(?:${SV_MONTHS}|${EN_MONTHS})\\.?`;
const EN_MONTH_FIRST = `(?:${EN_MONTHS})\\.?`;

/** The date shapes, each with a capturing prefix that is the character before the date (or nothing at the start). */
const SHAPES: readonly RegExp[] = [
  // 7/8, 29/6, 6/7 2026, 6/7/2026
  new RegExp(`(^|[^${W}/])(\\d{1,2})/(\\d{1,2})(?:[/ ](?:20)?\\d{2})?(?![${W}/])`, "gi"),
  // 2026-08-07
  new RegExp(`(^|[^${W}-])(20\\d{2})-(\\d{2})-(\\d{2})(?![${W}])`, "gi"),
  // 7 augusti, 1:a juli, 1st of July, 14 Aug.
  new RegExp(`(^|[^${W}])(\\d{1,2})(?::[ae]|st|nd|rd|th|\\.)?\\s*(?:of\\s+)?${MONTHS}(?![${L}])`, "gi"),
  // July 1st, August 3
  new RegExp(`(^|[^${W}])${EN_MONTH_FIRST}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![${W}])`, "gi"),
  // v. 32, vecka 28–31, veckorna 28-31, week 33
  new RegExp(`(^|[^${W}])(?:v\\.?|vecka|veckorna|vecko|week|weeks|wk\\.?)\\s*(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?(?![${W}])`, "gi"),
];

export type DateRole = "period" | "return" | "startOnly";

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: DateRole;
}

function plausible(shape: number, m: RegExpExecArray): boolean {
  if (shape === 0) {
    const day = Number(m[2]);
    const month = Number(m[3]);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 && !(day === 24 && month === 7 && !/\d{4}/.test(m[0]));
  }
  if (shape === 1) return Number(m[3]) >= 1 && Number(m[3]) <= 12 && Number(m[4]) >= 1 && Number(m[4]) <= 31;
  if (shape === 4) return Number(m[2]) >= 1 && Number(m[2]) <= 53;
  return Number(m[2]) >= 1 && Number(m[2]) <= 31;
}

/** The dates in a text, each once (the longest reading where shapes overlap), in order. */
function rawMentions(text: string): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  SHAPES.forEach((shape, i) => {
    const re = new RegExp(shape.source, shape.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index + (m[1] as string).length;
      const end = m.index + m[0].length;
      if (plausible(i, m)) found.push({ start, end, text: text.slice(start, end) });
      re.lastIndex = Math.max(start + 1, end);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof found = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}

/**
 * A return expression, at the end of what comes before the date (a few words
 * may stand between, abbreviations such as "mån." and "kl." included: only a
 * full stop before a capital ends the sentence).
 */
const RETURN_BEFORE = new RegExp(
  `(?:^|[^${L}])(?:åter|tillbaka|tillbaks|back|return|returns|returning|på plats igen|i tjänst igen|på jobbet igen|på kontoret igen)(?![${L}])(?:[^.!?\\n]|\\.(?!\\s+[A-ZÅÄÖ])){0,40}$`,
  "i",
);
/** "I will get back to you after …", "återkommer": an answer, not a return. */
const GET_BACK = /get(?:ting)?\s+back\s+to|call\s+(?:you\s+)?back|ringer\s+tillbaka|ringa\s+tillbaka/i;
/** "… är jag på plats igen", "… I am back": a return expression right after the date. */
const RETURN_AFTER = new RegExp(
  `^[\\s,]*(?:(?:är|blir)\\s+(?:jag|vi)\\s+|(?:I|we)\\s+(?:am|are|will\\s+be|'ll\\s+be)\\s+|I'm\\s+|we're\\s+)(?:åter|tillbaka|tillbaks|back|på plats igen|i tjänst igen|på plats|in the office again|available again)(?![${L}])`,
  "i",
);
/** A start without an end: "från (och med)", "fr.o.m.", "from", "as of", "starting". */
const START_BEFORE = new RegExp(
  `(?:^|[^${L}])(?:från och med|från|fr\\.?\\s?o\\.?\\s?m\\.?|from|as of|starting(?: on| from)?|beginning|med start)\\s+(?:den\\s+)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\\s+(?:den\\s+)?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+(?:the\\s+)?)?$`,
  "i",
);
/** What ends an absence: "till", "t.o.m.", "–", "to", "until", "through". */
// Whole words only: the "to" in "torsdag" ends no period.
const END_BEFORE = new RegExp(`(?:[-–—]|(?:^|[^${L}])(?:till och med|till|t\\.?\\s?o\\.?\\s?m\\.?|to|until|through|thru|and|och)(?![${L}]))\\s*(?:den\\s+)?(?:\\S+dag\\s+(?:den\\s+)?)?$`, "i");

/** A deadline for the reader: "senast", "no later than", "sista ansökningsdag". */
const DEADLINE_BEFORE = new RegExp(
  `(?:^|[^${L}])(?:senast|no\\s+later\\s+than|deadline(?:\\s+is)?|sista\\s+(?:dag|ansökningsdag|anmälningsdag)(?:\\s+(?:för|att)\\s+[${L}]+)?(?:\\s+är)?)\\s*:?\\s*(?:den\\s+)?(?:\\S+dag\\s+(?:den\\s+)?)?$`,
  "i",
);

/**
 * Every date in the text with its role. What stands between a date and the
 * one before it decides: a return word makes a return date; a start word
 * with no end after it a start only; a date in brackets right after another
 * ("3 augusti (v. 32)") takes that one's role; anything else is the absence.
 */
export function findDates(text: string): DateMention[] {
  const raw = rawMentions(text);
  const out: DateMention[] = [];
  raw.forEach((mention, i) => {
    const previous = out[out.length - 1];
    const gapStart = previous ? previous.end : 0;
    let sentence = mention.start;
    while (sentence > gapStart && !/[!?\n]/.test(text[sentence - 1] as string) && !(text[sentence - 1] === "." && /^\s+[A-ZÅÄÖ]/.test(text.slice(sentence, sentence + 3)))) sentence--;
    const before = text.slice(Math.max(sentence, mention.start - 60), mention.start);
    const nextStart = raw[i + 1]?.start ?? text.length;
    const after = text.slice(mention.end, Math.min(nextStart, mention.end + 40));
    // "ska vara inne senast 15 mars": someone else's deadline, not the absence.
    if (DEADLINE_BEFORE.test(before) && !RETURN_BEFORE.test(before)) return;
    let role: DateRole;
    if (previous && /^\s*\(\s*$/.test(text.slice(previous.end, mention.start))) role = previous.role;
    else if (RETURN_BEFORE.test(before) && !END_BEFORE.test(before) && !GET_BACK.test(before)) role = "return";
    else if (RETURN_AFTER.test(after)) role = "return";
    else if (START_BEFORE.test(before)) role = "startOnly";
    else role = "period";
    out.push({ ...mention, role });
  });
  return out;
}
