/**
 * Swedish telephone numbers as people write them in signatures:
 * "0303-33 00 00", "070-123 45 67", "+46 70 123 45 67", "+46 (0)155 123 45".
 * Parsing gives the national digits ("0701234567"); formatting gives the
 * display form Swedish authorities use: area code, hyphen, groups of digits.
 */
import { isSwedishMobile, swedishNationalDigits } from "../text/swedish-phone";

export { isSwedishMobile };

/** Area codes of two or three digits (with the 0); every other area code has four. */
const SHORT_AREA_CODES = new Set([
  "08",
  "010", "011", "013", "016", "018", "019", "020", "021", "023", "026",
  "031", "033", "035", "036", "040", "042", "044", "046", "054", "060", "063",
  "070", "072", "073", "076", "079", "090",
]);

const ALLOWED = /^\+?[0-9 ()./-]+$/;

/**
 * The national digits of a Swedish number ("0701234567"), or undefined when
 * the text is not one: letters, too few or too many digits, another country.
 */
export function parseSwedishPhone(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (!trimmed || !ALLOWED.test(trimmed)) return undefined;
  const digits = swedishNationalDigits(trimmed);
  // National numbers: a 0, then 7 to 9 digits, never 00.
  return digits !== undefined && /^0[1-9][0-9]{6,8}$/.test(digits) ? digits : undefined;
}

function areaCodeLength(digits: string): number {
  if (digits.startsWith("08")) return 2;
  return SHORT_AREA_CODES.has(digits.slice(0, 3)) ? 3 : 4;
}

/** "1234567" -> "123 45 67"; pairs from the right, a leading three when odd; eight digits as "123 456 78". */
function groupSubscriber(digits: string): string {
  if (digits.length === 8) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  const groups: string[] = [];
  let rest = digits;
  if (rest.length % 2 === 1 && rest.length >= 3) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  for (let i = 0; i < rest.length; i += 2) groups.push(rest.slice(i, i + 2));
  return groups.join(" ");
}

/** National digits in display form: "0303330000" -> "0303-33 00 00", "0701234567" -> "070-123 45 67". */
export function formatSwedishPhone(nationalDigits: string): string {
  const split = areaCodeLength(nationalDigits);
  return `${nationalDigits.slice(0, split)}-${groupSubscriber(nationalDigits.slice(split))}`;
}

/** Parse and format in one step; undefined when the text is not a Swedish number. */
export function normaliseSwedishPhone(raw: string): string | undefined {
  const digits = parseSwedishPhone(raw);
  return digits === undefined ? undefined : formatSwedishPhone(digits);
}
