/**
 * Three baselines, implemented from their published definitions (not from
 * their code), run on the same data as our detector.
 *
 * - Microsoft Purview "Sweden national ID" (learn.microsoft.com/purview/
 *   sit-defn-sweden-national-id): 10 or 12 digits, optional two century
 *   digits, six digits in date format YYMMDD, optional "-" or "+", four
 *   digits; checksum; high confidence (the recommended level, 85) when a
 *   keyword from Keywords_swedish_national_identifier is within 300
 *   characters. `purviewMedium` is the same without the keyword (level 75).
 * - Presidio's SePersonnummerRecognizer (presidio-analyzer, Swedish
 *   recognizer added 2025/26): a pattern `\b(\d{6,8})([-+]?)\d{4}\b` (score
 *   0.5) and the same without word boundaries (0.1), each validated by the
 *   date (day 61-91 for samordningsnummer) and Luhn over the last ten digits;
 *   context words raise the score. With the analyzer's default threshold (0)
 *   every validated match is returned.
 * - The `personnummer` npm package (3.2.1, installed) applied to candidates of
 *   a plain regex `\b(\d{2})?\d{6}[-+]?\d{4}\b`: `Personnummer.valid()`.
 */
import Personnummer from "personnummer";

export interface Span {
  readonly start: number;
  readonly end: number;
}

// The baselines' own check digit, written from their published definitions: reusing Postvakt's
// checksum.ts would let a bug in ours leak into the systems we compare against.
function luhn10(digits: string): boolean {
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = digits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const PURVIEW_KEYWORDS = [
  "id no", "id number", "id#", "identification no", "identification number", "identifikationsnumret#",
  "identifikationsnumret", "identitetshandling", "identity document", "identity no", "identity number",
  "id-nummer", "personal id", "personnummer#", "personnummer", "skatteidentifikationsnummer",
];

/** Purview's pattern: optional 2 digits, YYMMDD (month 01-12, day 01-31), optional - or +, 4 digits, then the checksum. */
function purviewCandidates(text: string): Span[] {
  const out: Span[] = [];
  const re = /\b(\d{2})?(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-+]?(\d{4})\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const digits = m[0].replace(/\D/g, "");
    if (luhn10(digits.slice(-10))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function purview(text: string): Span[] {
  const lower = text.toLowerCase();
  return purviewCandidates(text).filter((span) => {
    const window = lower.slice(Math.max(0, span.start - 300), Math.min(lower.length, span.end + 300));
    return PURVIEW_KEYWORDS.some((k) => window.includes(k));
  });
}

export function purviewMedium(text: string): Span[] {
  return purviewCandidates(text);
}

function presidioValid(value: string): boolean {
  const digits = value.replace(/\D/g, "");
  if (digits.length !== 10 && digits.length !== 12) return false;
  const ten = digits.slice(-10);
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  if (month < 1 || month > 12) return false;
  const dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
  return dayOk && luhn10(ten);
}

export function presidio(text: string): Span[] {
  const spans = new Map<string, Span>();
  for (const re of [/\b(\d{6,8})([-+]?)\d{4}\b/g, /(\d{6,8})([-+]?)\d{4}/g]) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (presidioValid(m[0])) spans.set(`${m.index}:${m[0].length}`, { start: m.index, end: m.index + m[0].length });
    }
  }
  return [...spans.values()].sort((a, b) => a.start - b.start);
}

export function personnummerPackage(text: string): Span[] {
  const out: Span[] = [];
  const re = /\b(\d{2})?\d{6}[-+]?\d{4}\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (Personnummer.valid(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
