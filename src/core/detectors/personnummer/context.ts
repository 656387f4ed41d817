/**
 * What the words in front of a number say it is. A checksum-valid number
 * after "Pnr:" is a personnummer for certain; after "OCR:" or "Tel" it is
 * almost certainly not. Only a short window before the number is read, so
 * the cost per candidate is constant.
 */

export type LabelVerdict = "identity" | "other" | "none";

const LETTER = "a-zåäöéüæø";

/** Words that announce a personnummer or samordningsnummer. */
const IDENTITY_LABELS = [
  "personnummer(?:et|en|s)?",
  "personnumret",
  "personnumren",
  "personnr",
  "pers\\.? ?nr",
  "persnr",
  "p-nr",
  "p\\.nr",
  "pnr",
  "samordningsnummer(?:et|s)?",
  "samordningsnumret",
  "samordningsnr",
  "id-nummer",
  "id-nr",
  "idnr",
  "födelsenummer",
  "född",
  "personal identity number",
  "ssn",
];

/**
 * Words that announce some other number: telephones, payments, references,
 * case numbers, meeting ids. Note that "organisationsnummer" is absent on
 * purpose: a sole trader's organisationsnummer is the owner's personnummer,
 * and a company's fails the date check on its own (third digit 2 or more).
 */
const OTHER_LABELS = [
  "tel",
  "tfn",
  "telefon(?:nummer|nr)?",
  "telnr",
  "tel\\.? ?nr",
  "mobil(?:nummer|nr|tel|telefon)?",
  "mob",
  "ring(?:a)?",
  "sms",
  "fax",
  "växel",
  "direkt(?:nr|nummer)?",
  "ocr(?:-nummer|-nr|nummer|nr)?",
  "referens(?:nummer|nr)?",
  "ref(?:\\.|nr)?",
  "faktura(?:nummer|nr)?",
  "fakturanr\\.?",
  "kund(?:nummer|nr)",
  "order(?:nummer|nr)?",
  "beställnings(?:nummer|nr)",
  "best\\.? ?nr",
  "bankgiro(?:nummer)?",
  "bg",
  "plusgiro(?:nummer)?",
  "pg",
  "konto(?:nummer|nr)?",
  "clearing(?:nummer|nr)?",
  "iban",
  "bic",
  "avtals(?:nummer|nr)",
  "ärende(?:nummer|nr|-id)",
  "dnr",
  "diarie(?:nummer|nr)",
  "mötes-id",
  "möte-id",
  "meeting id",
  "konferens-id",
  "pin(?:-kod|kod)?",
  "serie(?:nummer|nr)",
  "artikel(?:nummer|nr)",
  "art\\.? ?nr",
  "objekt(?:nummer|nr)",
  "anläggnings(?:nummer|nr|-id)",
  "lägenhets(?:nummer|nr)",
  "lgh(?:-nr|nr)?",
  "anställnings(?:nummer|nr)",
  "personal(?:nummer|nr)",
  "ticket",
  "inc",
];

// A label must start at a word boundary and end at one. No lookbehind (ES2016):
// the leading boundary is a captured non-letter or the start of the span searched.
const LABEL = new RegExp(
  `(^|[^${LETTER}0-9])(?:(${IDENTITY_LABELS.join("|")})|(${OTHER_LABELS.join("|")}))(?![${LETTER}])`,
  "gi",
);

/** How far back a label may stand: "Personnummer (sökande):  850101-1234". */
const IDENTITY_WINDOW = 48;
/** Other labels must be close and on the same line: "Tel: ", "OCR-nummer ", "ring mig på ". */
const OTHER_WINDOW = 24;

/** Text between an "other" label and the number that still ties them together. */
const OTHER_GAP = /^[^\n.!?;]*$/;

/**
 * The nearest label before `start`. The identity label may be on the line
 * above (a table header, "Personnummer:\n850101-1234"); other labels only
 * count on the same line and within a few words.
 */
export function labelBefore(text: string, start: number): LabelVerdict {
  const from = Math.max(0, start - IDENTITY_WINDOW);
  const before = text.slice(from, start);
  // No letters, no label: skip the pattern (tables and lists of bare numbers).
  if (!/[A-Za-zÅÄÖåäöÉé]/.test(before)) return "none";
  LABEL.lastIndex = 0;
  let verdict: LabelVerdict = "none";
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(before)) !== null) {
    const labelEnd = m.index + m[0].length;
    if (m[2] !== undefined) {
      verdict = "identity";
    } else {
      const gap = before.slice(labelEnd);
      verdict = gap.length <= OTHER_WINDOW && OTHER_GAP.test(gap) ? "other" : verdict;
    }
    // Labels may overlap their boundary character; step so none is skipped.
    if (m[0].length === 0) LABEL.lastIndex++;
    else LABEL.lastIndex = labelEnd;
  }
  return verdict;
}

/**
 * An identity label stands just before the number, on the same line, with at
 * most three short words between: "Personnummer: 850101-1235", "mitt
 * personnummer är 850101-1235", "personnummer fel (850101-1235)". The window
 * is short and the pattern has no nested repetition, so it cannot backtrack badly.
 */
const LABEL_NEAR_END =
  /(^|[^a-zåäöéüæø0-9])(personnummer|personnumret|personnr|pers\.? ?nr|persnr|p-nr|p\.nr|pnr|samordningsnummer|samordningsnumret|samordningsnr|id-nummer|id-nr|idnr)[ \t]*(?:\([^)\n]{0,20}\))?(?:[ \t]+[a-zåäöéü]{1,12}){0,3}[ \t]*[:.=(-]?[ \t]*$/i;

export function identityLabelRightBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  return LABEL_NEAR_END.test(text.slice(from, start));
}
