/**
 * Characters that change how a number looks to a program but not to a reader.
 *
 * Text pasted from Word, PDFs, web pages and phones carries invisible
 * characters (a soft hyphen where a line could break, zero-width spaces,
 * joiners, direction marks, a byte-order mark) and look-alike characters
 * (full-width digits "１２３" from East Asian keyboards and phones, the
 * non-breaking hyphen, figure and en dashes, the minus sign, narrow and
 * figure spaces). A reader still sees "850101-1234"; a scanner looking for
 * ASCII digits sees nothing.
 *
 * `normalizeNumberChars` gives the text a detector should read: invisible
 * characters removed, full-width digits and signs made ASCII, every dash a
 * hyphen-minus and every space-like character a space. It keeps a map back,
 * so a match found in the normalised text points into the original
 * (`toOriginal`). Removing characters is the only change of length, so the map
 * is the sorted list of removal points: nothing is allocated for text that
 * holds none of these characters, which is most text.
 */

/** Removed: soft hyphen, zero-width space/non-joiner/joiner, direction marks, word joiner, invisible operators, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Everything the normaliser touches (removed or replaced one for one). */
const SPECIAL = /[\u00a0\u00ad\u2002-\u200f\u2010-\u2015\u202a-\u202f\u2060-\u2064\u2066-\u2069\u2212\u3000\ufe58\ufe63\ufeff\uff0b\uff0d\uff10-\uff19]/g;

/** The ASCII stand-in for one special character, "" when it is removed. */
function replacement(ch: string): string {
  if (INVISIBLE.test(ch)) return "";
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  if (code === 0xff0b) return "+";
  // U+2010-2015 hyphens and dashes, U+2212 minus, U+FE58/FE63 small dash and hyphen, U+FF0D full-width hyphen.
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d) return "-";
  return " "; // no-break, figure, thin, hair, narrow no-break and ideographic spaces
}

export interface NormalizedText {
  /** The text to read: same characters as the original except those listed above. */
  readonly text: string;
  /** The original index of the normalised character at `index` (index may be text.length: the original's end). */
  toOriginal(index: number): number;
  /** The original range of a normalised range (end exclusive): trailing removed characters stay outside. */
  rangeToOriginal(start: number, end: number): { readonly start: number; readonly end: number };
}

const IDENTITY: Pick<NormalizedText, "toOriginal" | "rangeToOriginal"> = {
  toOriginal: (index) => index,
  rangeToOriginal: (start, end) => ({ start, end }),
};

export function normalizeNumberChars(original: string): NormalizedText {
  SPECIAL.lastIndex = 0;
  let m = SPECIAL.exec(original);
  if (m === null) return { text: original, ...IDENTITY };
  let out = "";
  let pos = 0;
  // removedAt[j]: the normalised index at which the (j+1)-th removed character stood.
  const removedAt: number[] = [];
  for (; m !== null; m = SPECIAL.exec(original)) {
    out += original.slice(pos, m.index);
    const r = replacement(m[0]);
    if (r === "") removedAt.push(out.length);
    else out += r;
    pos = m.index + 1;
  }
  out += original.slice(pos);
  if (removedAt.length === 0) return { text: out, ...IDENTITY };
  /** How many removed characters stood at or before normalised index k. */
  const removedUpTo = (k: number): number => {
    let lo = 0;
    let hi = removedAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((removedAt[mid] as number) <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const toOriginal = (index: number): number => index + removedUpTo(index);
  return {
    text: out,
    toOriginal,
    rangeToOriginal: (start, end) => ({ start: toOriginal(start), end: end > start ? toOriginal(end - 1) + 1 : toOriginal(start) }),
  };
}

/** The digit a character stands for (ASCII or full-width), or -1. */
export function digitValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/**
 * The digits of a number as ASCII, however it was written ("１２０３０９－２３８０",
 * "850101\u00ad1234" -> "8501011234"): for comparing two spellings of one number.
 */
export function asciiDigits(raw: string): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const d = digitValue(raw[i] as string);
    if (d >= 0) out += String.fromCharCode(48 + d);
  }
  return out;
}
