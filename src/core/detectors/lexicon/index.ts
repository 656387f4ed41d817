/**
 * Sensitive-content detector: finds the lexicon's terms in Swedish text.
 *
 * Single words are looked up word by word (one pass of a tokenizer, a few
 * map look-ups per word), allowing the entry's inflection ("diagnosen",
 * "sjukskrivningar") and compounds ("långtidssjukskrivning",
 * "LVU-utredning", "sekretessbelagd") without matching unrelated words: a
 * compound part must be at least three letters, and entries list the words
 * that look alike but are not ("diagnostik"). Phrases ("skyddad identitet")
 * and references ("26 kap. 1 § OSL") are regular expressions of fixed shape.
 *
 * A term inside a mail disclaimer ("... kan innehålla sekretessbelagd
 * information. Om du fått det av misstag ...") is not a marking of this
 * message, so a sentence that reads like a disclaimer is skipped.
 */
import { SENSITIVE_LEXICON, type LexiconEntry } from "../../lexicon";
import type { LexiconDetector, LexiconMatch } from "../types";

const DETECTOR_ID = "lexicon";
const LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ";
/** Digits, ASCII letters and the Latin-1 letters À-Ö, Ø-ö, ø-ÿ. */
function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
  );
}
const IS_LETTER = new RegExp(`[${LETTERS}]`);

const SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  noun: ["", "en", "n", "et", "t", "ar", "arna", "er", "erna", "or", "orna", "na", "s", "ens", "ets", "ns", "arnas", "ernas", "met", "men"],
  adjective: ["", "a", "e", "t"],
  none: [""],
};

/** Shortest part a compound may add to a term: "sekretess" + "belagd", not "sekretess" + "er". */
const MIN_COMPOUND_PART = 3;

const DISCLAIMER = /av misstag|felaktigt adresserad|inte (?:är )?avsedd för dig|avsedd endast för|endast avsedd för|by mistake|intended recipient|in error/i;

interface WordTerm {
  readonly entry: LexiconEntry;
  readonly term: string;
  readonly suffixes: ReadonlySet<string>;
  readonly modifier: boolean;
  readonly head: boolean;
  readonly exclude: ReadonlySet<string>;
}

interface Index {
  /** Exact stems, keyed by lower-case (or exact, when case-sensitive) term. */
  readonly exact: Map<string, WordTerm[]>;
  /** Terms that may open a compound, keyed by their first three characters. */
  readonly modifiers: Map<string, WordTerm[]>;
  /** Terms that may close a compound, keyed by their last three characters. */
  readonly heads: Map<string, WordTerm[]>;
  /** First three characters of every exact or modifier term: a cheap first test for most words. */
  readonly openings: ReadonlySet<string>;
  /** Endings by the last character of the word they would end ("" is always tried). */
  readonly suffixesByLastChar: ReadonlyMap<string, readonly string[]>;
  /** Phrase entries by their first word: tried only where that word stands. */
  readonly phrasesByFirstWord: Map<string, { readonly entry: LexiconEntry; readonly re: RegExp }[]>;
  /** Reference patterns ("26 kap. 1 § OSL"), run over the whole text. */
  readonly patterns: readonly { readonly entry: LexiconEntry; readonly re: RegExp }[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function buildIndex(entries: readonly LexiconEntry[]): Index {
  const exact = new Map<string, WordTerm[]>();
  const modifiers = new Map<string, WordTerm[]>();
  const heads = new Map<string, WordTerm[]>();
  const openings = new Set<string>();
  const suffixesByLastChar = new Map<string, string[]>();
  const phrasesByFirstWord = new Map<string, { entry: LexiconEntry; re: RegExp }[]>();
  const patterns: { entry: LexiconEntry; re: RegExp }[] = [];
  for (const entry of entries) {
    const suffixes = SUFFIXES[entry.inflection ?? "none"] ?? [""];
    for (const suffix of suffixes) {
      if (suffix === "") continue;
      const list = suffixesByLastChar.get(suffix.slice(-1)) ?? [];
      if (!list.includes(suffix)) list.push(suffix);
      suffixesByLastChar.set(suffix.slice(-1), list);
    }
    const compound = entry.compound ?? "none";
    const exclude = new Set((entry.exclude ?? []).map((w) => w.toLowerCase()));
    const flags = entry.caseSensitive ? "y" : "iy";
    for (const raw of entry.terms ?? []) {
      const term = entry.caseSensitive ? raw : raw.toLowerCase();
      if (/\s/.test(term)) {
        const words = term.split(/\s+/);
        const first = words[0] as string;
        const escaped = words.map(escapeRegExp);
        const last = escaped.pop() as string;
        const endings = suffixes.filter((x) => x !== "").map(escapeRegExp);
        const lastWithEndings = endings.length > 0 ? `${last}(?:${endings.join("|")})?` : last;
        const re = new RegExp(`${[...escaped, lastWithEndings].join("[ \\t\\u00a0\\r\\n]+")}(?![${LETTERS}])`, flags);
        push(phrasesByFirstWord, first, { entry, re });
        continue;
      }
      const wordTerm: WordTerm = {
        entry,
        term,
        suffixes: new Set(suffixes),
        modifier: compound === "modifier" || compound === "both",
        head: compound === "head" || compound === "both",
        exclude,
      };
      push(exact, term, wordTerm);
      openings.add(term.slice(0, 3));
      if (wordTerm.modifier) push(modifiers, term.slice(0, 3), wordTerm);
      if (wordTerm.head) push(heads, term.slice(-3), wordTerm);
    }
    for (const pattern of entry.patterns ?? []) {
      patterns.push({ entry, re: new RegExp(pattern, entry.caseSensitive ? "g" : "gi") });
    }
  }
  for (const list of suffixesByLastChar.values()) list.sort((a, b) => b.length - a.length);
  return { exact, modifiers, heads, openings, suffixesByLastChar, phrasesByFirstWord, patterns };
}

function better(candidate: WordTerm, best: WordTerm | undefined): boolean {
  if (!best) return true;
  if (candidate.term.length !== best.term.length) return candidate.term.length > best.term.length;
  return candidate.entry.strength === "strong" && best.entry.strength !== "strong";
}

/** The most specific term one form of a word is an inflection or compound of. */
// No closures in here: this runs for every word, and a closure per call costs more than the look-ups.
function lookupForm(form: string, lower: string, index: Index, best: WordTerm | undefined): WordTerm | undefined {
  const opening = form.slice(0, 3);
  const suffixes = index.suffixesByLastChar.get(form.slice(-1));
  const count = suffixes ? suffixes.length : 0;
  for (let i = -1; i < count; i++) {
    const suffix = i < 0 ? "" : (suffixes as readonly string[])[i] as string;
    if (suffix !== "" && !form.endsWith(suffix)) continue;
    const stem = suffix === "" ? form : form.slice(0, form.length - suffix.length);
    if (stem.length < 3) continue;
    // The word itself, inflected: "diagnosen", "sjukskrivningar".
    if (index.openings.has(opening)) {
      const exact = index.exact.get(stem);
      if (exact) for (const wt of exact) if (wt.suffixes.has(suffix) && !wt.exclude.has(lower) && better(wt, best)) best = wt;
    }
    // A compound that ends with the term: "långtidssjukskrivningen", "adhd-diagnos".
    const heads = index.heads.get(stem.slice(-3));
    if (heads) {
      for (const wt of heads) {
        if (!wt.suffixes.has(suffix) || !stem.endsWith(wt.term)) continue;
        const prefix = stem.slice(0, stem.length - wt.term.length).replace(/-$/, "");
        if (prefix.length >= 2 && !wt.exclude.has(lower) && better(wt, best)) best = wt;
      }
    }
  }
  // A compound that starts with the term: "sekretessbelagd", "LVU-utredning", "sjukskrivningsperiod".
  const modifiers = index.modifiers.get(opening);
  if (modifiers) {
    for (const wt of modifiers) {
      if (!form.startsWith(wt.term)) continue;
      const rest = form.slice(wt.term.length).replace(/^[s-]/, "");
      if (rest.length >= MIN_COMPOUND_PART && IS_LETTER.test(rest[0] as string) && !wt.exclude.has(lower) && better(wt, best)) best = wt;
    }
  }
  return best;
}

function lookupWord(word: string, lower: string, index: Index): WordTerm | undefined {
  const best = lookupForm(lower, lower, index, undefined);
  // Case-sensitive terms ("LVU", "HVB") are keyed as written.
  return word === lower ? best : lookupForm(word, lower, index, best);
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  for (let i = 0; i < 240 && from > 0; i++) {
    const ch = text[from - 1];
    if (ch === "." || ch === "!" || ch === "?" || ch === "\n") break;
    from--;
  }
  let to = end;
  for (let i = 0; i < 240 && to < text.length; i++) {
    const ch = text[to];
    if (ch === "!" || ch === "?" || ch === "\n") break;
    to++;
  }
  return text.slice(from, to);
}

/** Shows the matched words but never digits (a term can sit next to a number). */
function excerptOf(raw: string): string {
  return raw.replace(/\d/g, "•").replace(/\s+/g, " ");
}

export function createLexiconDetector(entries: readonly LexiconEntry[] = SENSITIVE_LEXICON): LexiconDetector {
  const index = buildIndex(entries);
  return {
    id: DETECTOR_ID,
    detect(text: string): LexiconMatch[] {
      const found: LexiconMatch[] = [];
      const add = (entry: LexiconEntry, start: number, end: number): void => {
        if (DISCLAIMER.test(sentenceAround(text, start, end))) return;
        found.push({
          detector: DETECTOR_ID,
          kind: entry.category,
          start,
          end,
          confidence: entry.strength === "strong" ? "high" : "medium",
          redacted: excerptOf(text.slice(start, end)),
          entryId: entry.id,
          strength: entry.strength,
        });
      };
      // Words by hand (letters and digits, joined by single hyphens): cheaper than a regex per word.
      const n = text.length;
      let i = 0;
      while (i < n) {
        if (!isWordCode(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const start = i;
        let hasLetter = false;
        while (i < n) {
          const code = text.charCodeAt(i);
          if (isWordCode(code)) {
            if (code > 57) hasLetter = true;
            i++;
          } else if (code === 45 && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
            i++; // a hyphen inside a compound: "LVU-utredning"
          } else break;
        }
        if (i - start < 3 || !hasLetter) continue;
        const token = text.slice(start, i);
        const lower = token.toLowerCase();
        const hit = lookupWord(token, lower, index);
        if (hit) add(hit.entry, start, i);
        const phrases = index.phrasesByFirstWord.get(lower) ?? index.phrasesByFirstWord.get(token);
        if (phrases && !IS_LETTER.test(text[start - 1] ?? "")) {
          for (const { entry, re } of phrases) {
            re.lastIndex = start;
            const phrase = re.exec(text);
            if (phrase) add(entry, start, start + phrase[0].length);
          }
        }
      }
      let m: RegExpExecArray | null;
      for (const { entry, re } of index.patterns) {
        const pattern = new RegExp(re.source, re.flags);
        while ((m = pattern.exec(text)) !== null) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          add(entry, m.index, m.index + m[0].length);
        }
      }
      return removeOverlaps(found);
    },
  };
}

/** Where matches overlap ("omfattas av sekretess" and "sekretess"), the longer, then the stronger, wins. */
function removeOverlaps(matches: LexiconMatch[]): LexiconMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: LexiconMatch[] = [];
  for (const match of matches) {
    const last = out[out.length - 1];
    if (last && match.start < last.end) {
      const longer = match.end - match.start > last.end - last.start;
      const stronger = match.end - match.start === last.end - last.start && match.strength === "strong" && last.strength !== "strong";
      if (longer || stronger) out[out.length - 1] = match;
      continue;
    }
    out.push(match);
  }
  return out;
}

export const sensitiveTermsDetector: LexiconDetector = createLexiconDetector();
