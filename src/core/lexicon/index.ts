/**
 * The sensitive-content lexicon, kept as data (retext-equality's model): each
 * entry has its terms, how Swedish may inflect and compound them, a strength,
 * a note and a legal reference. Bundled statically: no file system at send.
 */
import data from "./sensitive-content.json";

export type LexiconCategory = "secrecy" | "protectedIdentity" | "health" | "specialCategory" | "socialServices" | "offences";
export type LexiconStrength = "strong" | "moderate";
export type Inflection = "noun" | "adjective" | "none";
export type Compounding = "none" | "modifier" | "head" | "both";

export interface LexiconEntry {
  readonly id: string;
  readonly category: LexiconCategory;
  readonly strength: LexiconStrength;
  /** Words or phrases, lower case unless caseSensitive. */
  readonly terms?: readonly string[];
  /** Regular expressions (no lookbehind) for references such as "26 kap. 1 § OSL". */
  readonly patterns?: readonly string[];
  readonly caseSensitive?: boolean;
  readonly inflection?: Inflection;
  readonly compound?: Compounding;
  readonly exclude?: readonly string[];
  readonly note: string;
  readonly legal: string;
}

export const LEXICON_CATEGORY_LABELS: Readonly<Record<LexiconCategory, { sv: string; en: string }>> = {
  secrecy: { sv: "sekretessmarkering", en: "secrecy marking" },
  protectedIdentity: { sv: "skyddade personuppgifter", en: "protected identity" },
  health: { sv: "uppgifter om hälsa", en: "health data" },
  specialCategory: { sv: "känsliga personuppgifter", en: "special-category personal data" },
  socialServices: { sv: "socialtjänstärende", en: "social-services matter" },
  offences: { sv: "uppgifter om brott", en: "data about offences" },
};

/** The built-in lexicon. */
export const SENSITIVE_LEXICON: readonly LexiconEntry[] = data.entries as readonly LexiconEntry[];
