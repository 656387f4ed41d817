/** Redaction: what a finding may show of an identity number. */

const BULLET = "•";

/**
 * Keeps the year and month (the first 4 digits of a 10-digit number, the
 * first 6 of a 12-digit one) and blanks every other digit, keeping
 * separators: "19850101-1234" -> "198501••-••••", "850101 1234" -> "8501•• ••••".
 */
export function redactIdentityNumber(raw: string): string {
  const digitCount = raw.replace(/\D/g, "").length;
  const keep = digitCount >= 12 ? 6 : 4;
  let seen = 0;
  let out = "";
  for (const ch of raw) {
    if (ch >= "0" && ch <= "9") {
      out += seen < keep ? ch : BULLET;
      seen++;
    } else {
      out += ch;
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
 * too much.
 */
export function maskIdentityNumber(raw: string, extent: MaskExtent = "serial"): string {
  let digitsFromEnd = 0;
  const chars = Array.from(raw);
  const hide = extent === "all" ? Number.POSITIVE_INFINITY : 4;
  for (let i = chars.length - 1; i >= 0 && digitsFromEnd < hide; i--) {
    const ch = chars[i] as string;
    if (ch >= "0" && ch <= "9") {
      chars[i] = "X";
      digitsFromEnd++;
    }
  }
  return chars.join("");
}
