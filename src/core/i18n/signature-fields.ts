/** Swedish and English labels for the signature fields (the data model's names are English). */
import type { SignatureField } from "../profiles/signature-schema";
import type { Localized } from "./locale";

export const SIGNATURE_FIELD_LABELS: Readonly<Record<SignatureField, Localized>> = {
  givenName: { sv: "Förnamn", en: "First name" },
  surname: { sv: "Efternamn", en: "Last name" },
  title: { sv: "Titel", en: "Job title" },
  unit: { sv: "Enhet/avdelning", en: "Unit/section" },
  department: { sv: "Förvaltning", en: "Department (förvaltning)" },
  phone: { sv: "Telefon", en: "Phone" },
  mobile: { sv: "Mobil", en: "Mobile" },
  functionPhone: { sv: "Funktionsnummer", en: "Function number" },
  functionMailbox: { sv: "Funktionsbrevlåda", en: "Function mailbox" },
  postalCode: { sv: "Postnummer", en: "Postcode" },
  postalAddress: { sv: "Postadress", en: "Postal address" },
  visitingAddress: { sv: "Besöksadress", en: "Visiting address" },
  fax: { sv: "Fax", en: "Fax" },
};
