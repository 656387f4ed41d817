/** Redaction: what a finding may show of an identity number. */
import { digitValue, normalizeNumberChars } from "./number-chars";

const BULLET = "•";

/**
 * Keeps the year and month (the first 4 digits of a 10-digit number, the
 * first 6 of a 12-digit one) and blanks every other digit, keeping
 * separators: "19850101-1234" -> "198501••-••••", "850101 1234" -> "8501•• ••••".
 * Invisible characters are dropped and full-width digits and dashes made
 * ASCII first ("１２０３０９－２３８０" -> "1203••-••••"), so no way of writing
 * a number lets its digits through.
 */
export function redactIdentityNumber(input: string): string {
  let ascii = true;
  for (let i = 0; i < input.length && ascii; i++) ascii = input.charCodeAt(i) < 128;
  const raw = ascii ? input : normalizeNumberChars(input).text;
  let digitCount = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) digitCount++;
  }
  const keep = digitCount >= 12 ? 6 : 4;
  let seen = 0;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out += seen < keep ? raw[i] : BULLET;
      seen++;
    } else {
      out += raw[i];
    }
  }
  return out;
}

/** How much of an identity number a mask hides: the last four digits, or every digit. */
export type MaskExtent = "serial" | "all";

/**
 * The in-body mask a user can apply: by default keeps the date part and
 * hides the last four digits ("850101-1234" -> "850101-XXXX"); "all" hides
 * every digit ("XXXXXX-XXXX"), for kommuner that count the date of birth as
 * too much. Full-width digits are digits too; every other character (an
 * invisible one inside the number included) stays where it is, so the mask has
 * the length of the original.
 */
export function maskIdentityNumber(raw: string, extent: MaskExtent = "serial"): string {
  let digitsFromEnd = 0;
  const chars = Array.from(raw);
  const hide = extent === "all" ? Number.POSITIVE_INFINITY : 4;
  for (let i = chars.length - 1; i >= 0 && digitsFromEnd < hide; i--) {
    if (digitValue(chars[i] as string) >= 0) {
      chars[i] = "X";
      digitsFromEnd++;
    }
  }
  return chars.join("");
}
