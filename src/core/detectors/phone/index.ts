/**
 * Swedish mobile numbers (07x) in the forms people write them:
 * "070-123 45 67", "070 123 45 67", "0701234567", "070-1234567",
 * "+46 70 123 45 67", "+46701234567", "+46 (0)70-123 45 67", "0046 70 ...".
 *
 * Mobile series are 070, 072, 073, 076 and 079, ten digits nationally.
 * The scan is one regex of fixed shape: each digit may be preceded by at
 * most one separator, and separators and digits are disjoint, so it never
 * backtracks more than a step. Boundaries are checked by hand (no lookbehind).
 */
import { isSwedishMobile, swedishNationalDigits } from "../../text/swedish-phone";
import type { DetectorMatch, TextDetector } from "../types";

const DETECTOR_ID = "mobile";

// 1: international prefix, then the number without its trunk 0; or 07x nationally.
const CANDIDATE = /(\+46|0046)[ \u00a0]?(?:\(0\)[ \u00a0]?)?[-\u2013]?[ \u00a0]?7[02369](?:[ \u00a0.\-\u2013]?\d){7}|07[02369](?:[ \u00a0]?[-\u2013/]?[ \u00a0]?\d)(?:[ \u00a0.\-\u2013]?\d){6}/g;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9A-Za-zÅÄÖåäö_+]/.test(ch);
}

/**
 * The number in its national form, digits only ("0701234567"), or undefined
 * when the text is not a Swedish mobile number. Use it to compare numbers
 * written in different ways.
 */
export function normalizeSwedishMobile(raw: string): string | undefined {
  const digits = swedishNationalDigits(raw);
  return digits !== undefined && isSwedishMobile(digits) ? digits : undefined;
}

/** Masks all but the series and the last two digits: "070-123 45 67" -> "070-••• •• 67". */
export function redactPhoneNumber(raw: string): string {
  const total = raw.replace(/\D/g, "").length;
  const international = /^\s*(\+|00)/.test(raw);
  const keepFront = international ? (raw.trim().startsWith("+") ? 4 : 6) : 3;
  let seen = 0;
  let out = "";
  for (const ch of raw) {
    if (ch >= "0" && ch <= "9") {
      out += seen < keepFront || seen >= total - 2 ? ch : "•";
      seen++;
    } else {
      out += ch;
    }
  }
  return out;
}

export const mobileNumberDetector: TextDetector = {
  id: DETECTOR_ID,
  detect(text: string): DetectorMatch[] {
    const matches: DetectorMatch[] = [];
    const re = new RegExp(CANDIDATE.source, "g");
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1];
      const after = text[end];
      // Part of a longer number or code: "1070-123 45 67", "070-123 45 678", "ID0701234567".
      const joinedAfter = (after === "-" || after === "/" || after === ".") && isDigit(text[end + 1]);
      if (isWordChar(before) || isDigit(after) || joinedAfter || (m[1] === undefined && before === "+")) {
        re.lastIndex = start + 1;
        continue;
      }
      // "070123-4567" is how a personnummer is written, never a phone number.
      if (!normalizeSwedishMobile(m[0]) || /^\d{6}[-+\u2013]\d{4}$/.test(m[0])) {
        re.lastIndex = start + 1;
        continue;
      }
      matches.push({
        detector: DETECTOR_ID,
        kind: "mobile",
        start,
        end,
        confidence: "high",
        redacted: redactPhoneNumber(m[0]),
      });
    }
    return matches;
  },
};
