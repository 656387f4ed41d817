/**
 * A compact stand-in for ./named-references in the send-time file
 * (webpack.config.js aliases it there): the 252 names of HTML 4 plus &apos;
 * and the upper-case legacy spellings (&AMP &COPY &GT &LT &QUOT &REG), which
 * together hold every name the HTML standard accepts without ";". The full
 * table (2,231 names, ~30 KB) would take a third of that file's budget, and
 * at send time the HTML body is read only for the signature (its images,
 * backgrounds and lines); identity numbers are found in Outlook's own text.
 * A reference outside this set (&dash;, &NonBreakingSpace;) stays as
 * written there, exactly as an unknown name does. Same export, same rules:
 * longest match first, legacy names also without ";".
 */
import type { NamedMatch } from "./named-references";

/** U+00A0 to U+00FF in order: all legacy names (usable without ";"). */
const LATIN_1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para " +
  "middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute " +
  "Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute " +
  "THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde " +
  "ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";

/** Legacy names outside Latin-1, "name:hex". */
const LEGACY = "quot:22 amp:26 lt:3c gt:3e QUOT:22 AMP:26 LT:3c GT:3e COPY:a9 REG:ae";

/** The rest of HTML 4 (and &apos;), "name:hex": these need the ";". */
const OTHERS =
  "apos:27 OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 tilde:2dc " +
  "Alpha:391 Beta:392 Gamma:393 Delta:394 Epsilon:395 Zeta:396 Eta:397 Theta:398 Iota:399 Kappa:39a Lambda:39b Mu:39c " +
  "Nu:39d Xi:39e Omicron:39f Pi:3a0 Rho:3a1 Sigma:3a3 Tau:3a4 Upsilon:3a5 Phi:3a6 Chi:3a7 Psi:3a8 Omega:3a9 " +
  "alpha:3b1 beta:3b2 gamma:3b3 delta:3b4 epsilon:3b5 zeta:3b6 eta:3b7 theta:3b8 iota:3b9 kappa:3ba lambda:3bb mu:3bc " +
  "nu:3bd xi:3be omicron:3bf pi:3c0 rho:3c1 sigmaf:3c2 sigma:3c3 tau:3c4 upsilon:3c5 phi:3c6 chi:3c7 psi:3c8 omega:3c9 " +
  "thetasym:3d1 upsih:3d2 piv:3d6 ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e rlm:200f ndash:2013 " +
  "mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e dagger:2020 Dagger:2021 bull:2022 " +
  "hellip:2026 permil:2030 prime:2032 Prime:2033 lsaquo:2039 rsaquo:203a oline:203e frasl:2044 euro:20ac image:2111 " +
  "weierp:2118 real:211c trade:2122 alefsym:2135 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21b5 " +
  "lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202 exist:2203 empty:2205 nabla:2207 isin:2208 " +
  "notin:2209 ni:220b prod:220f sum:2211 minus:2212 lowast:2217 radic:221a prop:221d infin:221e ang:2220 and:2227 " +
  "or:2228 cap:2229 cup:222a int:222b there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265 " +
  "sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil:2309 " +
  "lfloor:230a rfloor:230b lang:27e8 rang:27e9 loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666";

/** name -> character; `legacy` holds the names usable without ";". */
const TABLE = new Map<string, string>();
const legacy = new Set<string>();
LATIN_1.split(" ").forEach((name, k) => {
  TABLE.set(name, String.fromCharCode(0xa0 + k));
  legacy.add(name);
});
for (const [list, isLegacy] of [
  [LEGACY, true],
  [OTHERS, false],
] as const) {
  for (const entry of list.split(" ")) {
    const colon = entry.indexOf(":");
    const name = entry.slice(0, colon);
    TABLE.set(name, String.fromCharCode(parseInt(entry.slice(colon + 1), 16)));
    if (isLegacy) legacy.add(name);
  }
}

/** Every name in the table, and those usable without ";" (for the tests that hold it against the full table). */
export const COMPACT_NAMES: readonly string[] = Array.from(TABLE.keys());
export const COMPACT_LEGACY_NAMES: readonly string[] = Array.from(legacy);

/** "alefsym" and "thetasym" are the longest names. */
const LONGEST = 8;

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The same contract as ./named-references, over the table above. */
export function matchNamedReference(input: string, start: number, end: number): NamedMatch | undefined {
  let run = start;
  const limit = Math.min(end, start + LONGEST);
  while (run < limit && isAlphanumeric(input.charCodeAt(run))) run++;
  for (let length = run - start; length > 0; length--) {
    const name = input.slice(start, start + length);
    const value = TABLE.get(name);
    if (value === undefined) continue;
    if (start + length < end && input.charCodeAt(start + length) === 59) return { value, length: length + 1 };
    if (legacy.has(name)) return { value, length };
  }
  return undefined;
}
