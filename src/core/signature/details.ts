/**
 * The user's own details for the signature: what they are, how they are
 * checked (problems as data, in Swedish and English) and how they are tidied
 * for display. The task pane edits them and stores them per user.
 */
import { cleanUserText } from "../text/clean-text";
import type { Localized } from "../i18n/locale";
import { SIGNATURE_FIELD_LABELS } from "../i18n/signature-fields";
import { SIGNATURE_FIELDS, type SignatureField } from "../profiles/signature-fields";
import type { SignatureTemplate } from "../profiles/signature-schema";
import { formatSwedishPhone, isSwedishMobile, parseSwedishPhone } from "./phone";

/** Every field is free text; empty or absent means "not given". */
export type SignatureDetails = Partial<Record<SignatureField, string>> & {
  /** The user's choice about showing the mobile number, where the profile lets them choose. */
  readonly includeMobile?: boolean;
};

/** Longer than this is not a signature line; the renderer cuts there too. */
export const MAX_FIELD_LENGTH = 100;

export type DetailsProblemCode =
  | "required"
  | "tooLong"
  | "notPhoneNumber"
  | "notMobileNumber"
  | "notEmailAddress"
  | "notPostalCode"
  | "functionNumberSuggested"
  | "mobileDiscouraged";

export interface DetailsProblem {
  readonly field: SignatureField;
  readonly code: DetailsProblemCode;
  /** error: the signature cannot be complete; warning: probably a mistake; info: a hint. */
  readonly severity: "error" | "warning" | "info";
  readonly message: Localized;
}

const PHONE_FIELDS: readonly SignatureField[] = ["phone", "mobile", "functionPhone", "fax"];

function fill(text: Localized, label: Localized): Localized {
  return { sv: text.sv.replace("{{field}}", label.sv), en: text.en.replace("{{field}}", label.en) };
}

const TEXTS: Readonly<Record<DetailsProblemCode, Localized>> = {
  required: { sv: "{{field}} ingår i kommunens signatur. Fyll i fältet.", en: "{{field}} is part of the kommun's signature. Fill it in." },
  tooLong: { sv: "Fältet {{field}} är för långt. Korta det till högst 100 tecken.", en: "{{field}} is too long. Shorten it to 100 characters at most." },
  notPhoneNumber: {
    sv: "{{field}} ser inte ut som ett svenskt telefonnummer. Skriv till exempel 0303-33 00 00.",
    en: "{{field}} does not look like a Swedish phone number. Write it like 0303-33 00 00.",
  },
  notMobileNumber: {
    sv: "{{field}} ser inte ut som ett mobilnummer. Skriv till exempel 070-123 45 67.",
    en: "{{field}} does not look like a mobile number. Write it like 070-123 45 67.",
  },
  notEmailAddress: {
    sv: "{{field}} ser inte ut som en e-postadress. Skriv till exempel miljo@kommun.se.",
    en: "{{field}} does not look like an e-mail address. Write it like miljo@kommun.se.",
  },
  notPostalCode: { sv: "{{field}} ska vara fem siffror, till exempel 613 81.", en: "{{field}} should be five digits, like 613 81." },
  mobileDiscouraged: {
    sv: "Kommunen ber dig begränsa att lämna ut ditt mobilnummer. Visa det bara om mottagarna behöver det.",
    en: "The kommun asks you to limit giving out your mobile number. Show it only if recipients need it.",
  },
  functionNumberSuggested: {
    sv: "Har din verksamhet ett funktionsnummer? Fyll i det, så står det före ditt eget nummer.",
    en: "Does your team have a function number? Fill it in and it is shown before your own number.",
  },
};

function problem(field: SignatureField, code: DetailsProblemCode, severity: DetailsProblem["severity"]): DetailsProblem {
  return { field, code, severity, message: fill(TEXTS[code], SIGNATURE_FIELD_LABELS[field]) };
}

/** The field's value with surrounding and repeated white space removed; "" when not given. */
export function fieldValue(details: SignatureDetails, field: SignatureField): string {
  const raw = details[field];
  // Every reading of a field goes through here: control characters, bidi overrides and lone surrogates never reach a signature.
  return typeof raw === "string" ? cleanUserText(raw).replace(/\s+/g, " ").trim() : "";
}

/**
 * Checks the details against the profile's signature. Never throws; the list
 * is empty when everything is in order. Problems never quote the value.
 */
export function validateSignatureDetails(details: SignatureDetails, template: SignatureTemplate): DetailsProblem[] {
  const problems: DetailsProblem[] = [];
  for (const field of SIGNATURE_FIELDS) {
    const value = fieldValue(details, field);
    if (!value) {
      if (template.required.includes(field)) problems.push(problem(field, "required", "error"));
      continue;
    }
    if (value.length > MAX_FIELD_LENGTH) {
      problems.push(problem(field, "tooLong", "error"));
      continue;
    }
    if (PHONE_FIELDS.includes(field)) {
      const digits = parseSwedishPhone(value);
      if (digits === undefined) problems.push(problem(field, "notPhoneNumber", "error"));
      else if (field === "mobile" && !isSwedishMobile(digits)) problems.push(problem(field, "notMobileNumber", "warning"));
    } else if (field === "functionMailbox" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      problems.push(problem(field, "notEmailAddress", "error"));
    } else if (field === "postalCode" && !/^[0-9]{3} ?[0-9]{2}$/.test(value)) {
      problems.push(problem(field, "notPostalCode", "error"));
    }
  }
  if (template.mobile === "discouraged" && showsMobile(template, details)) {
    problems.push(problem("mobile", "mobileDiscouraged", "info"));
  }
  if (template.functionNumberFirst && !fieldValue(details, "functionPhone")) {
    problems.push(problem("functionPhone", "functionNumberSuggested", "info"));
  }
  return problems;
}

/**
 * Tidies the details for display: white space collapsed, phone numbers in
 * the usual Swedish form ("+46 70 123 45 67" -> "070-123 45 67"), postcodes
 * as "613 81". A value that cannot be read is kept as the user wrote it.
 */
export function normaliseSignatureDetails(details: SignatureDetails): SignatureDetails {
  const out: Partial<Record<SignatureField, string>> & { includeMobile?: boolean } = {};
  for (const field of SIGNATURE_FIELDS) {
    let value = fieldValue(details, field);
    if (!value) continue;
    if (PHONE_FIELDS.includes(field)) {
      const digits = parseSwedishPhone(value);
      if (digits !== undefined) value = formatSwedishPhone(digits);
    } else if (field === "postalCode" && /^[0-9]{3} ?[0-9]{2}$/.test(value)) {
      value = `${value.replace(" ", "").slice(0, 3)} ${value.replace(" ", "").slice(3)}`;
    } else if (field === "functionMailbox") {
      value = value.toLowerCase();
    }
    out[field] = value;
  }
  if (details.includeMobile !== undefined) out.includeMobile = details.includeMobile;
  return out;
}

/** Whether the mobile number goes into the signature, by the profile's policy and the user's choice. */
export function showsMobile(template: Pick<SignatureTemplate, "mobile">, details: SignatureDetails): boolean {
  if (!fieldValue(details, "mobile")) return false;
  switch (template.mobile) {
    case "include":
      return true;
    case "optional":
      return details.includeMobile !== false;
    case "discouraged":
      return details.includeMobile === true;
  }
}
