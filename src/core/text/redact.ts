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

/**
 * The in-body mask a user can apply: keeps the date part, hides the last
 * four digits ("850101-1234" -> "850101-XXXX").
 */
export function maskIdentityNumber(raw: string): string {
  let digitsFromEnd = 0;
  const chars = Array.from(raw);
  for (let i = chars.length - 1; i >= 0 && digitsFromEnd < 4; i--) {
    const ch = chars[i] as string;
    if (ch >= "0" && ch <= "9") {
      chars[i] = "X";
      digitsFromEnd++;
    }
  }
  return chars.join("");
}
