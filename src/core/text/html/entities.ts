/**
 * Character references as the HTML standard's tokenizer reads them
 * ("character reference state" and the states after it): the one place
 * Postvakt decodes "&...;".
 *
 * - Named: the longest name in the table, with ";" or, for the legacy names,
 *   without ("&nbsp", "&amp"); the table lives in ./named-references.
 * - In an attribute value a legacy name without ";" followed by "=" or a
 *   letter or digit stays as written ("?a=1&copy=2" keeps "&copy").
 * - Numeric: any number of digits (leading zeros too), ";" optional; 0, a
 *   surrogate or a value past U+10FFFF becomes U+FFFD, 0x80-0x9F the
 *   windows-1252 character the standard maps it to (&#150; is "–").
 * - Anything else ("&", "& ", "&bogus;", "&#;") is not a reference: the
 *   "&" is text.
 */
import { matchNamedReference } from "./named-references";

export interface DecodedReference {
  /** The characters the reference stands for (one or two UTF-16 code units, rarely more). */
  readonly value: string;
  /** Its length in the source, from the "&". */
  readonly length: number;
}

/** The windows-1252 characters for 0x80-0x9F; where the standard maps nothing, the code point itself. */
const C1 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const MAX_CODE_POINT = 0x10ffff;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
}

/** The character a numeric reference's value stands for ("numeric character reference end state"). */
export function numericReferenceValue(code: number): string {
  if (code === 0 || code > MAX_CODE_POINT || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  if (code >= 0x80 && code <= 0x9f) return C1.charAt(code - 0x80);
  return String.fromCodePoint(code);
}

/**
 * The reference at `at` (where `input` holds "&"), reading no further than
 * `end`; undefined when there is none and the "&" is text.
 */
export function decodeReferenceAt(input: string, at: number, end: number, inAttribute: boolean): DecodedReference | undefined {
  const first = at + 1 < end ? input.charCodeAt(at + 1) : -1;
  if (first === 35) return numericAt(input, at, end);
  if (!isAlphanumeric(first)) return undefined;
  const match = matchNamedReference(input, at + 1, end);
  if (!match) return undefined;
  const after = at + 1 + match.length;
  if (inAttribute && input.charCodeAt(after - 1) !== 59 && after < end) {
    const next = input.charCodeAt(after);
    if (next === 61 || isAlphanumeric(next)) return undefined;
  }
  return { value: match.value, length: match.length + 1 };
}

function numericAt(input: string, at: number, end: number): DecodedReference | undefined {
  let i = at + 2;
  const hex = i < end && (input.charCodeAt(i) | 0x20) === 120; // "x" or "X"
  if (hex) i++;
  const digitsStart = i;
  let code = 0;
  for (; i < end; i++) {
    const digit = hex ? hexValue(input.charCodeAt(i)) : isDigit(input.charCodeAt(i)) ? input.charCodeAt(i) - 48 : -1;
    if (digit < 0) break;
    // Past U+10FFFF the value only needs to stay past it.
    if (code <= MAX_CODE_POINT) code = code * (hex ? 16 : 10) + digit;
  }
  if (i === digitsStart) return undefined; // "&#" or "&#x" without digits: text
  if (i < end && input.charCodeAt(i) === 59) i++;
  return { value: numericReferenceValue(code), length: i - at };
}

/** `text` with every character reference decoded (`inAttribute` for attribute values). */
export function decodeCharacterReferences(text: string, inAttribute = false): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let pos = 0;
  while (amp >= 0) {
    const reference = decodeReferenceAt(text, amp, text.length, inAttribute);
    if (reference) {
      out += text.slice(pos, amp) + reference.value;
      pos = amp + reference.length;
      amp = text.indexOf("&", pos);
    } else {
      amp = text.indexOf("&", amp + 1);
    }
  }
  return out + text.slice(pos);
}
