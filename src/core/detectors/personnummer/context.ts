/**
 * What the words in front of a number say it is. A checksum-valid number
 * after "Pnr:" is a personnummer for certain; after "OCR:", "Tel" or
 * "Bokningsnummer" it is almost certainly not. Only a short window before the
 * number is read, so the cost per candidate is constant. The words are
 * classified by labels.ts.
 */
import { classifyLabelWord, labelEntry, type LabelKind } from "./labels";

/**
 * Read once: a module's exports reached through an import binding may cost a
 * property look-up per call in CommonJS builds, and this runs for every word.
 */
const entryOf: typeof labelEntry = labelEntry;

/** How far back a label may stand: "Personnummer (sökande):  850101-1234". */
const IDENTITY_WINDOW = 48;
/** Other labels must be close and on the same line: "Tel: ", "OCR-nummer ", "ring mig på ". */
const OTHER_WINDOW = 24;
/** Labels are looked for in this many characters before the number. */
const LOOK_BACK = 72;

/** Words between a label and a number that make the number the label's subject, not its value: "Faktura för 850101-…", "ärendet gäller 850101-…". */
const LINKING_WORD = /(?:^|[^a-zåäöéü])(?:för|gällande|gäller|avseende|avser|angående|ang|rörande|rör|berör|handlar|beträffande|åt|concerning|regarding)(?:$|[^a-zåäöéü])/i;
/** A parenthesis in the gap is skipped: "Kontrollavgiftsnummer (OCR):". */
const PARENTHESIS = /\([^()\n]{0,32}\)/;
/** The label ends its line and the number starts the next one: "Telefon:\n0701234567". */
const LABEL_LINE_GAP = /^[ \t]*:?[ \t]*\n[ \t>]*$/;

/** An abbreviation keeps its dot ("Tel.", "Ref.", "Anst.nr."); after a longer word the dot ends a sentence. */
function wordEnd(word: string, index: number): number {
  const end = index + word.length;
  if (!word.endsWith(".")) return end;
  const bare = word.slice(0, -1);
  return bare.length <= 5 || /nr$/i.test(bare) ? end : end - 1;
}

function identityGapOk(gap: string): boolean {
  if (gap.length > IDENTITY_WINDOW) return false;
  const lastBreak = gap.lastIndexOf("\n");
  if (lastBreak < 0) return true;
  // On an earlier line the label heads what follows ("Personnummer:\n850101-1234"); a line that
  // goes on with digits of its own is a line of something else (a log line with "pnr …" in it).
  const above = gap.slice(0, lastBreak);
  return !/[0-9]/.test(above) && above.split("\n").length <= 2;
}

function otherGapOk(gap: string): boolean {
  const g = gap.replace(PARENTHESIS, "");
  if (g.length > OTHER_WINDOW || /[0-9]/.test(g)) return false;
  if (g.indexOf("\n") >= 0 && !LABEL_LINE_GAP.test(g)) return false;
  if (/[.!?;]/.test(g)) return false;
  return !LINKING_WORD.test(g);
}

/**
 * The kind the nearest label before `start` gives the number, reading no
 * further back than `from`. The identity label may be on the line above (a
 * heading, "Personnummer:\n850101-1234"); other labels only count on the
 * same line (or ending the line just above) and within a few words, with no
 * other number and no "för"/"gällande" between them.
 */
export function labelBefore(text: string, start: number, from = 0): LabelKind {
  const limit = Math.max(from, start - LOOK_BACK);
  let otherBlocked = false;
  let wordStart = wordBefore(text, start, limit);
  let wordStop = foundEnd;
  while (wordStart >= 0) {
    // Farther than an identity label may stand: nothing further back can count.
    if (start - wordStop > IDENTITY_WINDOW) break;
    const previousStart = wordBefore(text, wordStart, limit);
    const previousStop = foundEnd;
    const word = text.slice(wordStart, wordStop);
    // Two-word labels ("pers. nr", "Order nr", "Meeting ID"): the previous word only if it stands right before
    // (read only when the word needs it).
    const adjacent = previousStart >= 0 && wordStart - previousStop <= 2;
    const entry = entryOf(word);
    // "T: 08-…", "M: 070…", "D:", "F:", "V:": the one-letter labels of a signature.
    let kind: LabelKind =
      word.length === 1 && /[tmdfvh]/i.test(word) && text[wordStop] === ":"
        ? "phone"
        : entry.numberWord && adjacent
          ? classifyLabelWord(word, text.slice(previousStart, previousStop))
          : entry.kind;
    // "Personnummer enligt Skatteverket": a label after "enligt" names the source, not the number.
    if (kind !== "none" && kind !== "identity" && adjacent && text.slice(previousStart, previousStop).toLowerCase() === "enligt") kind = "none";
    // A word inside an aside that closes before the number does not label it:
    // "Personnummer (krävs för bokning med lånekort): 480403 2094".
    if (kind !== "none" && insideClosedAside(text.slice(wordStop, start))) kind = "none";
    if (kind !== "none") {
      const gap = text.slice(wordEnd(word, wordStart), start);
      if (kind === "identity") return identityGapOk(gap) ? "identity" : "none";
      if (!otherBlocked && otherGapOk(gap)) return kind;
      otherBlocked = true;
    }
    wordStart = previousStart;
    wordStop = previousStop;
  }
  return "none";
}

/** More brackets close than open between a word and the number: the word stood inside them. */
function insideClosedAside(gap: string): boolean {
  let depth = 0;
  for (let i = 0; i < gap.length; i++) {
    if (gap[i] === "(") depth++;
    else if (gap[i] === ")" && --depth < 0) return true;
  }
  return false;
}

/** Where the word wordBefore found ends (module state: the scan is synchronous and never re-entered). */
let foundEnd = 0;

function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xe5 || c === 0xe4 || c === 0xf6 || c === 0xc5 || c === 0xc4 || c === 0xd6 || c === 0xe9 || c === 0xc9 || c === 0xfc || c === 0xdc || c === 0xe6 || c === 0xc6 || c === 0xf8 || c === 0xd8;
}

/**
 * The word that ends nearest before `end` and starts at or after `limit`,
 * read backwards: letters, with "-", "_" or "." between letters ("Anst.nr",
 * "p-nr", "ext_id") and a trailing abbreviation dot ("Tel."). Returns its
 * start (and sets foundEnd), or -1 when there is none.
 */
function wordBefore(text: string, end: number, limit: number): number {
  let p = end;
  while (p > limit && !isWordLetter(text.charCodeAt(p - 1))) p--;
  if (p <= limit) return -1;
  let stop = p;
  if (stop < end && text.charCodeAt(stop) === 46) stop++;
  let s = p - 1;
  while (s > limit) {
    const c = text.charCodeAt(s - 1);
    if (isWordLetter(c)) s--;
    else if ((c === 45 || c === 95 || c === 46) && s - 1 > limit && isWordLetter(text.charCodeAt(s - 2))) s--;
    else break;
  }
  foundEnd = stop;
  return s;
}

/**
 * An identity label stands just before the number, on the same line, with at
 * most three short words between: "Personnummer: 850101-1235", "mitt
 * personnummer är 850101-1235", "personnummer fel (850101-1235)". The window
 * is short and the pattern has no nested repetition, so it cannot backtrack badly.
 */
const LABEL_NEAR_END =
  /(^|[^a-zåäöéüæø0-9])(personnummer|personnumret|personnr|pers\.? ?nr|persnr|p-nr|p\.nr|pnr|samordningsnummer|samordningsnumret|samordningsnr|id-nummer|id-nr|idnr)[ \t]*(?:\([^)\n]{0,20}\))?(?:[ \t]+[a-zåäöéü]{1,12}){0,3}[ \t]*[:.=(-]?[ \t]*$/i;

export function identityLabelRightBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  return LABEL_NEAR_END.test(text.slice(from, start));
}

/** A telephone named right after the number: "0303-33 00 00 (växel)", "0701234567 (mobil)". */
const PHONE_AFTER = /^[ \t]*(?:\([ \t]*(?:växel|vx|mobil|mob|mobiltelefon|direkt|dir|tel|telefon|sms|jobb|arbete|arb|hem|bostad|fax|kontor)[ \t]*\)|(?:växel|vx)(?![A-Za-zåäöÅÄÖ]))/i;

export function phoneNamedAfter(text: string, end: number): boolean {
  return PHONE_AFTER.test(text.slice(end, end + 24));
}
