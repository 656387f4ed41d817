/**
 * Ways to reach someone in an automatic reply: phone numbers and e-mail
 * addresses, and for each whether it is the writer's own (in the signature,
 * or given as "min mobil", "ring mig", "call me"), whose it seems to be (a
 * person, a function such as the växel or an on-call phone), and whether it
 * is marked private ("hemma", "privat", "my home number").
 *
 * Phone numbers are Swedish numbers written nationally or with +46/0046,
 * reduced to their national digits with the normaliser the mobile-number
 * detector uses (src/core/text/swedish-phone.ts); mobiles are those that
 * normalise as one (normalizeSwedishMobile).
 */
import { normalizeSwedishMobile } from "../detectors/phone";
import { swedishNationalDigits } from "../text/swedish-phone";

const L = "A-Za-zÀ-ÖØ-öø-ÿ";
const W = `${L}0-9`;

export type ReachKind = "phone" | "email";
export type ReachOwner = "own" | "person" | "function" | "unknown";

export interface Reach {
  readonly kind: ReachKind;
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** National digits for a phone ("0155381 24" -> "015538124"). */
  readonly digits?: string;
  readonly mobile: boolean;
  /** In the block below the writer's sign-off. */
  readonly inSignature: boolean;
  readonly owner: ReachOwner;
  /** "hemma", "privat", "my home number" next to it. */
  readonly privateMarked: boolean;
}

// Digits with at most three separators between them (" - "). A "/" or brackets only set off the area
// code ("0155/381 24", "(0155) 381 24"), so "06/07–31/07" is no number.
const PHONE = /(?:\+46|0046)[ \u00a0]?(?:\(0\)[ \u00a0]?)?[-\u2013]?[ \u00a0]?[1-9](?:[ \u00a0\-\u2013]{0,3}\d){6,9}|\(0[1-9]\d{0,2}\)[ \u00a0]?\d(?:[ \u00a0\-\u2013]{0,3}\d){4,7}|0[1-9]\d{0,2}[ \u00a0]?\/[ \u00a0]?\d(?:[ \u00a0\-\u2013]{0,3}\d){4,7}|0[1-9](?:[ \u00a0\-\u2013]{0,3}\d){6,9}/g;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** E-mail addresses, found from each "@" outwards (a regex scan would backtrack over long words). */
function emails(text: string): { start: number; end: number; raw: string }[] {
  const out: { start: number; end: number; raw: string }[] = [];
  let from = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > from && EMAIL_LOCAL.test(text[start - 1] as string)) start--;
    let end = at + 1;
    while (end < text.length && EMAIL_DOMAIN.test(text[end] as string)) end++;
    const m = EMAIL.exec(text.slice(start, end));
    if (!m || start === at) continue;
    out.push({ start, end: start + m[0].length, raw: m[0] });
    from = start + m[0].length;
  }
  return out;
}

/** Lines that close a letter; what follows is the writer's signature. */
const SIGN_OFF = /^[ \t]*(?:med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|hälsningar|hälsning|mvh|bästa hälsningar|kind regards|best regards|warm regards|regards|best wishes|best|sincerely|yours sincerely|cheers|--|\/[ \t]*[A-ZÅÄÖ][a-zåäö]+)[ \t,!.]*$/im;
const SIGNATURE_LABEL = /^[ \t]*(?:telefon|tel|tfn|mobil|mobile|phone|direkt|växel|e-post|e-mail|email|www\.)|kommun\b|förvaltning|municipality/im;

/**
 * Where the writer's signature begins: after a sign-off line, or the last
 * block of short lines that opens with a name or title and carries a phone
 * label or the organisation (a signature without a sign-off). The text's
 * length when there is none.
 */
export function signatureStart(text: string): number {
  const off = SIGN_OFF.exec(text);
  if (off) return off.index;
  const blocks = [...text.matchAll(/\n[ \t]*\n/g)];
  const last = blocks[blocks.length - 1];
  if (!last) return text.length;
  const start = last.index + last[0].length;
  const lines = text.slice(start).split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const first = lines[0] ?? "";
  const looksLikeSignature =
    lines.length >= 3 &&
    lines.every((l) => l.length <= 70 && !/[:]$/.test(l) && !/[.!?]\s+\S/.test(l)) &&
    !/[0-9@]/.test(first) &&
    lines.some((l) => SIGNATURE_LABEL.test(l));
  return looksLikeSignature ? start : text.length;
}

/** The writer gives out their own number: "ring mig", "min mobil", "jag nås", "call me", "my home number". */
const OWN = new RegExp(
  [
    `(?:^|[^${W}])(?:mig|me)(?![${W}])`,
    `(?:^|[^${W}])min(?:a)?\\s+(?:egen\\s+|egna\\s+|privata\\s+|vanliga\\s+)?(?:mobil\\w*|telefon\\w*|tjänstemobil\\w*|tjänstetelefon\\w*|hemtelefon\\w*|nummer|hemnummer|jobbmobil\\w*)(?![${W}])`,
    `(?:^|[^${W}])mitt\\s+(?:eget\\s+|privata\\s+)?(?:nummer|telefonnummer|mobilnummer|hemnummer|direktnummer)(?![${W}])`,
    `(?:^|[^${W}])(?:jag|men|och|samt)\\s+(?:kan\\s+)?nås(?![${W}])`,
    `(?:^|[^${W}])my\\s+(?:own\\s+|private\\s+|personal\\s+|work\\s+|home\\s+|mobile\\s+|cell\\s+)?(?:mobile|phone|number|cell|telephone)(?![${W}])`,
    `(?:^|[^${W}])I\\s+(?:can|will)\\s+be\\s+reached(?![${W}])`,
    `(?:^|[^${W}])I\\s+am\\s+reachable(?![${W}])`,
  ].join("|"),
  "gi",
);

/** A function rather than a person: the växel, a contact centre, an on-call phone. */
const FUNCTION = new RegExp(
  `(?:^|[^${L}])(?:[${L}]+-)?(?:jour|jouren|jourtelefon(?:en)?|journummer|journumret|jourmobil(?:en)?|jourhavande|beredskap\\w*|växel|växeln|växelns|kontaktcent(?:er|ret|rets)|kundcent(?:er|ret|rets)|servicecent(?:er|ret)|medborgarservice|reception(?:en)?|servicedesk(?:en)?|helpdesk(?:en)?|support(?:en)?|funktionsnummer|funktionsnumret|on-call|duty\\s+phone|switchboard|customer\\s+service|contact\\s+cent(?:re|er)|service\\s+desk)(?![${L}])`,
  "gi",
);

/** A person: a colleague, a manager, a substitute, a role (the names are found separately). */
const PERSON = new RegExp(
  `(?:^|[^${L}])(?:kollega|kollegan|kollegor|ersättare|ersättaren|vikarie|vikarien|ansvarig|colleague|manager|substitute|deputy|stand-in|cover|nurse|coordinator|administrator|officer|[${L}]*(?:chef|chefen|ledare|ledaren|samordnare|samordnaren|handläggare|handläggaren|sköterska|sköterskan|rektor|rektorn|assistent|assistenten|sekreterare|sekreteraren|koordinator|koordinatorn|inspektör|inspektören))(?![${L}])`,
  "gi",
);

/** Capitalised words that are not names. */
const NOT_A_NAME = new Set(
  (
    "jag du vi ni han hon de den det om vid för och eller men ring ringa kontakta mejla maila skriv skicka vänd hej tack brådskande akut " +
    "i have am the please call contact email write send for if urgent hi hello thanks my our your this on at to " +
    "måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni juli augusti september oktober november december " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
    "telefon tel mobil mobile phone e-post email kommun kommuns kommunen municipality"
  ).split(" "),
);

const PRIVATE = new RegExp(
  `(?:^|[^${L}])(?:hemma|hemifrån|hemnummer|hemnumret|hemtelefon(?:en)?|privat|privata|privatnummer|privatmobil(?:en)?|privattelefon(?:en)?|private|at\\s+home|home\\s+number|home\\s+phone|personal\\s+(?:mobile|phone|number))(?![${L}])`,
  "i",
);

/** Sending the reader to someone: "kontakta", "vänd dig till", "contact", "email". */
const CONTACT_VERB = new RegExp(
  `(?:^|[^${L}])(?:kontakta|vänd\\s+dig\\s+till|hör\\s+av\\s+dig\\s+till|mejla|maila|skriv\\s+till|contact|e-?mail|write\\s+to|reach\\s+out\\s+to)(?![${L}])`,
  "i",
);

/** "av privata skäl": a reason, not a number. */
const NOT_PRIVATE = /privat(?:a)?\s+(?:skäl|anledningar|resa|ärenden)|private\s+(?:reasons|matters)|personal\s+reasons/i;

interface Anchor {
  readonly at: number;
  readonly owner: ReachOwner;
}

function lastMatchEnd(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

/** Someone in the writer's place: "covers for me", "ersätter mig", "i stället för mig". */
const STANDS_IN_FOR = new RegExp(
  `(?:^|[^${L}])(?:covers?\\s+for|covering\\s+for|stands?\\s+in\\s+for|standing\\s+in\\s+for|replaces|replacing|instead\\s+of|ersätter|ersätta|vikarierar\\s+för|i\\s+stället\\s+för|istället\\s+för)\\s+$`,
  "i",
);

/** Where the writer last points to themself, leaving out "me" as the one someone stands in for. */
function ownAnchorEnd(span: string): number {
  OWN.lastIndex = 0;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = OWN.exec(span)) !== null) {
    const word = m[0].replace(/^[^A-Za-z]+/, "").toLowerCase();
    const standIn = (word === "me" || word === "mig") && STANDS_IN_FOR.test(span.slice(0, m.index + m[0].length - word.length));
    if (!standIn) end = m.index + m[0].length;
    if (m[0].length === 0) OWN.lastIndex++;
  }
  return end;
}

/** The last capitalised word in the span that reads like a name (not at the start of a sentence or after a colon). */
function lastNameEnd(span: string): number {
  const re = new RegExp(`(^|[^${W}])([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?![${W}])`, "g");
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(span)) !== null) {
    const word = m[2] as string;
    const start = m.index + (m[1] as string).length;
    const before = span.slice(0, start).replace(/\s+$/, "");
    const sentenceInitial = before === "" || /[.!?:\n]$/.test(before);
    if (!sentenceInitial && !NOT_A_NAME.has(word.toLowerCase())) end = start + word.length;
    re.lastIndex = start + word.length;
  }
  return end;
}

/** Who a number or address belongs to, from what stands before it in its clause. */
function ownerOf(span: string): ReachOwner {
  const anchors = ([
    { at: ownAnchorEnd(span), owner: "own" },
    { at: lastMatchEnd(FUNCTION, span), owner: "function" },
    { at: lastMatchEnd(PERSON, span), owner: "person" },
    { at: lastNameEnd(span), owner: "person" },
  ] satisfies Anchor[]).filter((a) => a.at >= 0);
  if (anchors.length === 0) return "unknown";
  // The closest anchor wins; a function word and a name ending together ("VA-jouren") is the function.
  anchors.sort((a, b) => b.at - a.at || (a.owner === "function" ? -1 : b.owner === "function" ? 1 : 0));
  return (anchors[0] as Anchor).owner;
}

function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const ch = text[i - 1] as string;
    if (ch === "\n" || ch === "!" || ch === "?") break;
    // A full stop ends a sentence, but not in "t.o.m." or "kl." or "tel.": only before a space and a capital or a line end.
    if (ch === "." && /^\s+[A-ZÅÄÖ]/.test(text.slice(i, i + 3))) break;
    i--;
  }
  return i;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && new RegExp(`[${W}+]`).test(ch);
}

function phones(text: string): { start: number; end: number; raw: string; digits: string }[] {
  const out: { start: number; end: number; raw: string; digits: string }[] = [];
  const re = new RegExp(PHONE.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let raw = m[0];
    const start = m.index;
    // Part of something longer: a word, a longer number, a date ("2026-08-03").
    if (isWordChar(text[start - 1])) {
      re.lastIndex = start + 1;
      continue;
    }
    raw = raw.replace(/[ \u00a0\-\u2013]+$/, "");
    const end = start + raw.length;
    if (/[0-9]/.test(text[end] ?? "")) {
      re.lastIndex = start + 1;
      continue;
    }
    const digits = swedishNationalDigits(raw);
    // A personnummer's shape is never a phone number here.
    if (!digits || digits.length < 8 || digits.length > 10 || /^\d{6}[-+\u2013]\d{4}$/.test(raw)) {
      re.lastIndex = start + 1;
      continue;
    }
    out.push({ start, end, raw, digits });
    re.lastIndex = end;
  }
  return out;
}

/** Every phone number and e-mail address in the text, in order, with whose it seems to be. */
export function findReaches(text: string): Reach[] {
  const signature = signatureStart(text);
  const found: { kind: ReachKind; start: number; end: number; raw: string; digits?: string }[] = [
    ...phones(text).map((p) => ({ kind: "phone" as const, ...p })),
    ...emails(text).map((m) => ({ kind: "email" as const, ...m })),
  ].sort((a, b) => a.start - b.start);
  const out: Reach[] = [];
  for (const item of found) {
    const previous = out[out.length - 1];
    const clause = clauseStart(text, item.start, 0);
    const from = Math.max(clause, item.start - 90, previous ? previous.end : 0);
    const span = text.slice(from, item.start);
    const after = text.slice(item.end, item.end + 16);
    const inSignature = item.start >= signature;
    let owner: ReachOwner = inSignature ? "own" : ownerOf(span);
    // "Sara Nilsson, sara.nilsson@ale.se eller 0303-33 04 12": the second is hers too. But after the
    // writer's own number, "eller kontakta hr@…" sends the reader to someone else.
    const turnsToAnother = previous?.owner === "own" && CONTACT_VERB.test(span);
    if (owner === "unknown" && previous && previous.end >= clause && !previous.inSignature && !turnsToAnother) owner = previous.owner;
    // "070-174 06 12 (Anna)": the name after the number.
    if (owner === "unknown" && /^\s*\(\s*[A-ZÅÄÖ][a-zåäö]+/.test(after)) owner = "person";
    out.push({
      ...item,
      mobile: item.kind === "phone" && normalizeSwedishMobile(item.raw) !== undefined,
      inSignature,
      owner,
      privateMarked: item.kind === "phone" && ((PRIVATE.test(span.slice(-24)) && !NOT_PRIVATE.test(span.slice(-24)))  || /^\s*\((?:privat|private|hem|home)\)/i.test(after)),
    });
  }
  return out;
}
