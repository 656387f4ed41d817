/**
 * A strict, context-free pass for texts Postvakt itself shows outside the
 * task pane (the hint bars): every run of 10 or 12 digits (one hyphen or plus
 * allowed before the last four) that has a valid date, or a samordningsnummer
 * day, and a valid check digit is redacted, whatever stands around it. The
 * main detector weighs context to avoid false alarms; here a false alarm only
 * costs a few bullets in an address, and a leak would cost a personnummer.
 */
import { isCalendarDate, luhnValid } from "./personnummer/checksum";
import { redactIdentityNumber } from "../text/redact";

const CANDIDATE = /(?:\d{2})?\d{6}[-+]?\d{4}/g;

function looksLikeIdentityNumber(raw: string): boolean {
  const digits = raw.replace(/[-+]/g, "");
  if (digits.length !== 10 && digits.length !== 12) return false;
  const ten = digits.slice(-10);
  if (!luhnValid(ten)) return false;
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  const year = digits.length === 12 ? Number(digits.slice(0, 4)) : 2000 + Number(ten.slice(0, 2));
  return isCalendarDate(year, month, day > 60 ? day - 60 : day);
}

/** The text with every run that could be an identity number redacted ("198101••-••••"). */
export function redactIdentityNumbersStrictly(text: string): string {
  return text.replace(CANDIDATE, (raw, offset: number, whole: string) => {
    // Inside a longer digit run the candidate is part of another number: look at the whole run.
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + raw.length);
    if (/\d/.test(before) || /\d/.test(after)) return raw;
    return looksLikeIdentityNumber(raw) ? redactIdentityNumber(raw) : raw;
  });
}
