/**
 * Identity-number detector: personnummer and samordningsnummer.
 *
 * Foundation version: the 10- and 12-digit forms with "-", "+", a space or
 * no separator, a valid check digit and a real date. The detection issue
 * widens it (context, traps, labels, century inference) behind the same
 * TextDetector interface.
 */
import { redactIdentityNumber } from "../../text/redact";
import type { DetectorMatch, TextDetector } from "../types";
import { isCalendarDate, luhnValid } from "./checksum";

// No lookbehind: this runs in Outlook's ES2016 runtime. Boundaries are checked by hand.
const CANDIDATE = /(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{4})/g;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function classify(yy: number, month: number, day: number, century?: number): "personnummer" | "samordningsnummer" | undefined {
  // Without a century, any year fits the calendar check except 29 February.
  const year = century !== undefined ? century * 100 + yy : yy === 0 ? 2000 : 1900 + yy;
  if (isCalendarDate(year, month, day)) return "personnummer";
  if (day > 60 && isCalendarDate(year, month, day - 60)) return "samordningsnummer";
  return undefined;
}

export const personnummerDetector: TextDetector = {
  id: "personnummer",
  detect(text: string): DetectorMatch[] {
    const matches: DetectorMatch[] = [];
    CANDIDATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CANDIDATE.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (isDigit(text[start - 1]) || isDigit(text[end])) continue;
      const [, cc, yy, mm, dd, , last4] = m as unknown as string[];
      const ten = `${yy}${mm}${dd}${last4}`;
      if (!luhnValid(ten)) continue;
      const kind = classify(Number(yy), Number(mm), Number(dd), cc ? Number(cc) : undefined);
      if (!kind) continue;
      const raw = m[0];
      matches.push({ detector: "personnummer", kind, start, end, confidence: "high", redacted: redactIdentityNumber(raw) });
    }
    return matches;
  },
};
