/**
 * Facts about a message being written that several rules need: whether it
 * is a forward, its subject without reply and forward prefixes, its visible
 * recipients, and the text the writer wrote themselves (above the quoted
 * original and the signature). Pure functions of the message; each rule
 * decides what the facts mean.
 */
import type { MailMessage, Recipient } from "../model";
import { locateSignatureInText } from "../signature/region";
import { locateSignatureInHtml } from "../signature/region-html";
import { quotedHistoryStart } from "../text/quoted";

/** One reply or forward prefix as Outlook, Gmail and others write them: "SV:", "Re:", "VB:", "Fwd:", "AW:", "RE[2]:". */
const PREFIX = /^[ \t\u00a0]*(sv|svar|re|aw|antw|vb|fw|fwd|wg|vs|tr)[ \t]*(?:\[\d{1,3}\]|\(\d{1,3}\))?[ \t]*[:\uff1a][ \t\u00a0]*/i;
const FORWARD_PREFIX = /^(?:vb|fw|fwd|wg|vs|tr)$/i;

export interface SubjectParts {
  /** The prefixes as written, trimmed ("SV: SV:"), or "". */
  readonly prefixes: string;
  /** What follows them, trimmed. */
  readonly rest: string;
  /** Whether the first prefix is a forward's ("VB:", "Fwd:"). */
  readonly forwardPrefix: boolean;
}

/** "SV: VB: Bygglov" -> prefixes "SV: VB:", rest "Bygglov". */
export function splitSubject(subject: string): SubjectParts {
  let rest = subject;
  let first: string | undefined;
  for (let m = PREFIX.exec(rest); m; m = PREFIX.exec(rest)) {
    if (first === undefined) first = m[1] as string;
    rest = rest.slice(m[0].length);
  }
  const prefixes = subject.slice(0, subject.length - rest.length).replace(/[\s\u00a0]+$/, "").replace(/^[\s\u00a0]+/, "");
  return { prefixes, rest: rest.trim(), forwardPrefix: first !== undefined && FORWARD_PREFIX.test(first) };
}

/**
 * A forward: what Outlook says (`getComposeTypeAsync`, Mailbox 1.10), or,
 * where the client could not tell (older Outlook, an .eml file), a subject
 * that opens with a forward prefix.
 */
export function isForward(message: MailMessage): boolean {
  if (message.mode !== "compose") return false;
  if (message.composeType !== undefined) return message.composeType === "forward";
  return splitSubject(message.subject).forwardPrefix;
}

/** To and Cc, each address once (case folded): who every recipient sees. */
export function visibleRecipients(recipients: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const r of recipients) {
    const key = r.address.trim().toLowerCase();
    if (r.field === "bcc" || seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** Recipients of one field, each address once. */
export function distinctIn(recipients: readonly Recipient[], field: Recipient["field"]): number {
  const seen = new Set<string>();
  for (const r of recipients) if (r.field === field) seen.add(r.address.trim().toLowerCase());
  return seen.size;
}

/**
 * The writer's own part of the body, as plain text: above the quoted history
 * and above the signature. The signature starts at the closing greeting in
 * the text, or, where the HTML body bounds it (an Outlook signature
 * element), at the line of the text where that element's first line stands.
 */
export function ownPart(message: MailMessage, greeting: string | undefined): string {
  const text = message.body.text;
  const end = quotedHistoryStart(text);
  const region = locateSignatureInText(text, greeting);
  if (region.source === "greeting") return text.slice(0, region.start);
  const html = message.body.html;
  if (html) {
    const signature = locateSignatureInHtml(html, greeting);
    const firstLine = signature.source === "container" ? signature.text.split("\n").map((l) => l.trim()).find((l) => l !== "") : undefined;
    const at = firstLine ? text.lastIndexOf(firstLine, end) : -1;
    if (at >= 0) return text.slice(0, at);
  }
  return text.slice(0, end);
}

/** Opening greetings: "Hej", "Hej Anna!", "Hejsan alla,", "God morgon", "Hi Sam". */
const GREETING = /^(?:hej(?: hej)?|hejsan|hallå|tjena|tja|god (?:morgon|dag|eftermiddag|kväll)|hello|hi|hey|dear)(?![a-zåäö])/i;
/** Words that may follow a greeting without saying anything: names (capitalised) and these. */
const AFTER_GREETING = new Set(["alla", "allihop", "allesammans", "igen", "där", "på", "er", "dig", "och", "all", "there", "again", "everyone"]);
/** Sign-offs, possibly followed by a name on the same line: "Mvh", "Mvh Per", "Tack!", "Hälsningar, Anna". */
const SIGN_OFF = /^(?:mvh|med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|bästa hälsningar|hälsningar|hälsning|tack(?: på förhand| så mycket)?|best regards|kind regards|regards|thanks|thank you|cheers)(?![a-zåäö])/i;
/** A signature by slashes and client footers: "/Anna", "//Per", "Skickat från min iPhone". */
const FOOTER = /^(?:\/{1,2}.{0,40}|skickat från .{0,40}|sent from .{0,40}|hämta outlook.{0,40}|get outlook.{0,40})$/i;

/** Nothing but names (capitalised words) and the few words that go with a greeting: at most four. */
function namesOnly(rest: string): boolean {
  const words = rest.split(/[\s,!.:;]+/).filter((w) => w !== "");
  return words.length <= 4 && words.every((w) => /^[A-ZÅÄÖÉ][a-zåäöéü-]*$/.test(w) || AFTER_GREETING.has(w.toLowerCase()));
}

function isGreetingLine(line: string): boolean {
  const m = GREETING.exec(line) ?? SIGN_OFF.exec(line);
  return m !== null && namesOnly(line.slice(m[0].length));
}

/**
 * What is left of the writer's own text once greetings, sign-offs, the
 * writer's name and client footers are taken away: "" when they wrote
 * nothing of their own.
 */
export function ownWords(text: string, senderName?: string): string {
  const name = senderName ? senderName.trim().toLowerCase() : "";
  const firstName = name.split(/\s+/)[0] ?? "";
  const kept: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[\s\u00a0]+/g, " ").trim();
    if (!/[A-Za-zÀ-ÖØ-öø-ÿ0-9]/.test(line)) continue;
    const bare = line.replace(/[\s,.!:;-]+$/, "");
    const lower = bare.toLowerCase();
    if (isGreetingLine(bare) || FOOTER.test(bare)) continue;
    if (name && (lower === name || lower === firstName)) continue;
    kept.push(line);
  }
  return kept.join("\n");
}
