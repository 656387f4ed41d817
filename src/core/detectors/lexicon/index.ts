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
const WORD = new RegExp(`[${LETTERS}0-9]+(?:-[${LETTERS}0-9]+)*`, "g");
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
  readonly allSuffixes: readonly string[];
  readonly phrases: readonly { readonly entry: LexiconEntry; readonly re: RegExp }[];
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
  const all = new Set<string>();
  const phrases: { entry: LexiconEntry; re: RegExp }[] = [];
  for (const entry of entries) {
    const suffixes = SUFFIXES[entry.inflection ?? "none"] ?? [""];
    suffixes.forEach((s) => all.add(s));
    const compound = entry.compound ?? "none";
    const exclude = new Set((entry.exclude ?? []).map((w) => w.toLowerCase()));
    const phraseSources: string[] = [];
    for (const raw of entry.terms ?? []) {
      const term = entry.caseSensitive ? raw : raw.toLowerCase();
      if (/\s/.test(term)) {
        const words = term.split(/\s+/).map(escapeRegExp);
        const last = words.pop() as string;
        const endings = suffixes.filter((s) => s !== "").map(escapeRegExp);
        const lastWithEndings = endings.length > 0 ? `${last}(?:${endings.join("|")})?` : last;
        phraseSources.push([...words, lastWithEndings].join("[ \\t\\u00a0\\r\\n]+"));
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
      if (wordTerm.modifier) push(modifiers, term.slice(0, 3), wordTerm);
      if (wordTerm.head) push(heads, term.slice(-3), wordTerm);
    }
    if (phraseSources.length > 0) {
      const flags = entry.caseSensitive ? "g" : "gi";
      phrases.push({ entry, re: new RegExp(`(?:${phraseSources.join("|")})(?![${LETTERS}])`, flags) });
    }
    for (const pattern of entry.patterns ?? []) {
      phrases.push({ entry, re: new RegExp(pattern, entry.caseSensitive ? "g" : "gi") });
    }
  }
  return { exact, modifiers, heads, allSuffixes: [...all].sort((a, b) => b.length - a.length), phrases };
}

interface Candidate {
  readonly wordTerm: WordTerm;
}

/** The most specific term a word is a form or compound of, or undefined. */
function lookupWord(word: string, index: Index): WordTerm | undefined {
  const lower = word.toLowerCase();
  let best: Candidate | undefined;
  const consider = (wordTerm: WordTerm): void => {
    const key = wordTerm.entry.caseSensitive ? word : lower;
    if (wordTerm.exclude.has(lower) || (wordTerm.entry.caseSensitive && !key.includes(wordTerm.term))) return;
    if (!best || wordTerm.term.length > best.wordTerm.term.length || (wordTerm.term.length === best.wordTerm.term.length && wordTerm.entry.strength === "strong")) {
      best = { wordTerm };
    }
  };
  for (const form of word === lower ? [lower] : [lower, word]) {
    for (const suffix of index.allSuffixes) {
      if (!form.endsWith(suffix)) continue;
      const stem = form.slice(0, form.length - suffix.length);
      if (stem.length < 3) continue;
      // The word itself, inflected.
      for (const wt of index.exact.get(stem) ?? []) if (wt.suffixes.has(suffix)) consider(wt);
      // A compound that ends with the term: "långtidssjukskrivningen", "adhd-diagnos".
      for (const wt of index.heads.get(stem.slice(-3)) ?? []) {
        if (!wt.suffixes.has(suffix) || !stem.endsWith(wt.term)) continue;
        const prefix = stem.slice(0, stem.length - wt.term.length).replace(/-$/, "");
        if (prefix.length >= 2) consider(wt);
      }
    }
    // A compound that starts with the term: "sekretessbelagd", "LVU-utredning", "sjukskrivningsperiod".
    for (const wt of index.modifiers.get(form.slice(0, 3)) ?? []) {
      if (!form.startsWith(wt.term)) continue;
      const rest = form.slice(wt.term.length).replace(/^[s-]/, "");
      if (rest.length >= MIN_COMPOUND_PART && IS_LETTER.test(rest[0] as string)) consider(wt);
    }
  }
  return best?.wordTerm;
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
      const word = new RegExp(WORD.source, "g");
      let m: RegExpExecArray | null;
      while ((m = word.exec(text)) !== null) {
        const hit = lookupWord(m[0], index);
        if (hit) add(hit.entry, m.index, m.index + m[0].length);
      }
      for (const { entry, re } of index.phrases) {
        const phrase = new RegExp(re.source, re.flags);
        while ((m = phrase.exec(text)) !== null) {
          const start = m.index;
          if (m[0].length === 0) {
            phrase.lastIndex++;
            continue;
          }
          if (IS_LETTER.test(text[start - 1] ?? "")) continue;
          add(entry, start, start + m[0].length);
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
