/**
 * Another employee's mobile number to an external recipient: a warning
 * (Sorsele: "Det är inte tillåtet att lämna ut information om andra
 * medarbetares 07-nummer"). Off unless the profile turns it on.
 *
 * The sender's own numbers are allowed. They are per-user facts, so they
 * come through the lint context (`user.ownMobileNumbers`: the task pane
 * passes the mobile of the user's signature details), not the profile; any
 * written form works, they are compared as national digits. With no own
 * numbers given, mobile numbers below the user's sign-off ("Med vänlig
 * hälsning", "Hälsningar", "MVH", "--") are taken as the user's own
 * signature (option `signatureNumbersAreOwn`, default true), so the rule does
 * not fire on every signature.
 *
 * A number the writer presents as their own ("ring mig på 070-…", "mitt
 * mobilnummer är …") is not a colleague's either.
 *
 * Only the new text is checked: the quoted history holds other people's
 * signatures, which the user is not giving out.
 */
import { normalizeSwedishMobile } from "../../detectors/phone";
import { blankOut, findQuotedHistory } from "../../text/quoted";
import { defineRule } from "../types";
import type { ColleagueMobileOptions } from "./options";
import texts from "./texts.json";

export const COLLEAGUE_MOBILE_RULE_ID = "colleagueMobile";

/** "ring mig på", "nå mig på", "mitt mobilnummer", "min mobil": the writer gives out their own number. */
const OWN_NUMBER_CUE = /(?:^|[^a-zåäö])(?:(?:ring|ringa|nå|kontakta|sms:a|messa) mig(?: gärna)?(?: på| via)?(?: min)?(?: mobilen| mobil| telefon| mobilnummer)?|mitt (?:mobilnummer|telefonnummer|nummer|mobilnr)(?: är)?|min (?:mobil|telefon|mobiltelefon)(?: är| har nummer)?|jag nås (?:på|via)(?: min)?(?: mobil(?:en)?)?|(?:call|reach|text) me(?: on| at)?|my (?:mobile|phone|number)(?: is)?)[\s:,.]*$/i;

/**
 * Below the sign-off, a number still belongs to someone else when the text says so:
 * "ring Per på 070-…", "kontakta min kollega Eva", "hans mobil", "Bo nås på".
 */
const NAME = "[A-ZÅÄÖÉÜ][a-zåäöéü]+";
// Spelled-out letter classes, not \p{Lu}: the send file runs on ES2016 engines, which have no Unicode property escapes.
const SOMEONE_ELSES_NUMBER = new RegExp(
  `(?:(?:ring|ringa|kontakta|nå|sms:a|messa|call|contact) (?!mig(?![a-zåäö])|me(?![a-z]))(?:min |vår |my |our )?(?:kollega |colleague )?${NAME}(?: ${NAME})?(?: på| via| on| at)?|(?:hans|hennes|deras|kollegans|kollegas|his|her|their) (?:mobil|mobilnummer|nummer|telefon|mobile|number|phone)(?: är| is)?|${NAME} nås (?:på|via))[\\s:,.]*$`,
);

const SIGN_OFF = /^[ \t]*(?:med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|hälsningar|mvh|bästa hälsningar|hälsning|kind regards|best regards|regards|--)[ \t,!.]*$/im;

function ownNumbersOf(numbers: readonly string[] | undefined): Set<string> {
  const own = new Set<string>();
  for (const item of numbers ?? []) {
    const digits = typeof item === "string" ? normalizeSwedishMobile(item) : undefined;
    if (digits) own.add(digits);
  }
  return own;
}

export const colleagueMobileRule = defineRule({
  meta: {
    id: COLLEAGUE_MOBILE_RULE_ID,
    description: texts.description,
    guideline: "colleagueMobile",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: { signatureNumbersAreOwn: true } as ColleagueMobileOptions,
    send: {
      category: "personalData",
      summary: { sv: { one: "ett mobilnummer", other: "{{count}} mobilnummer" }, en: { one: "one mobile number", other: "{{count}} mobile numbers" } },
      todo: {
        sv: { one: "hänvisa till växeln i stället för en kollegas mobilnummer", other: "hänvisa till växeln i stället för en kollegas mobilnummer" },
        en: { one: "refer to the switchboard instead of a colleague's mobile number", other: "refer to the switchboard instead of a colleague's mobile number" },
      },
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, detectors, options } = context;
    if (message.mode !== "compose" || context.externalRecipients.length === 0) return;
    const text = message.body.text;
    const newText = blankOut(text, findQuotedHistory(text));
    const own = ownNumbersOf(context.user.ownMobileNumbers);
    let signatureStart = Number.POSITIVE_INFINITY;
    if (own.size === 0 && options.signatureNumbersAreOwn) {
      const signOff = SIGN_OFF.exec(newText);
      if (signOff) signatureStart = signOff.index;
    }
    const reported = new Set<string>();
    for (const match of detectors.mobileNumbers.detect(newText)) {
      const digits = normalizeSwedishMobile(newText.slice(match.start, match.end));
      if (!digits || own.has(digits) || reported.has(digits)) continue;
      const before = newText.slice(Math.max(0, match.start - 48), match.start);
      // Below the sign-off numbers are the signature's, unless the words before give someone else's ("Vid frågor, ring Per på …").
      if (match.start >= signatureStart && !SOMEONE_ELSES_NUMBER.test(before)) continue;
      if (OWN_NUMBER_CUE.test(before)) continue;
      reported.add(digits);
      context.report({
        messageId: "external",
        data: { excerpt: match.redacted },
        severity: "warning",
        field: "body",
        range: { start: match.start, end: match.end },
        kind: match.kind,
        confidence: match.confidence,
        excerpt: match.redacted,
      });
    }
  },
});
