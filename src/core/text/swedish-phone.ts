/**
 * Swedish telephone numbers reduced to their national digits, shared by the
 * mobile-number detector (comparing numbers written differently) and the
 * signature details (validating and formatting what the user typed).
 */

/**
 * The national digits ("0701234567") of a number written nationally or
 * internationally ("+46 (0)70-123 45 67", "0046 70 …", "+46 070 …"), or
 * undefined when it has another country code. Every non-digit is ignored, so
 * callers decide which characters they accept.
 */
export function swedishNationalDigits(raw: string): string | undefined {
  let text = raw.trim().replace(/\(0\)/g, "");
  let international = false;
  if (text.startsWith("+")) {
    international = true;
    text = text.slice(1);
  }
  let digits = text.replace(/[^0-9]/g, "");
  if (!international && digits.startsWith("00")) {
    international = true;
    digits = digits.slice(2);
  }
  if (!international) return digits;
  if (!digits.startsWith("46")) return undefined;
  digits = digits.slice(2);
  // "+46 070 …" is a common slip for "+46 70 …": the trunk 0 is dropped either way.
  return digits.startsWith("0") ? digits : `0${digits}`;
}

/** Swedish mobile numbers start 070, 072, 073, 076 or 079 and have ten digits. */
export function isSwedishMobile(nationalDigits: string): boolean {
  return /^07[02369][0-9]{7}$/.test(nationalDigits);
}
