/** The task pane's own texts, Swedish and English. Rule messages come from the core. */
import { formatMessage, type Locale, type Severity, type Verdict } from "../core";
import type { FailureKind } from "./service";

const sv = {
  appTitle: "Postvakt",
  recheck: "Granska igen",
  loading: "Granskar meddelandet …",
  checking: "Granskar …",
  verdictBlock: "Skicka inte så här: rätta det som står nedan först.",
  verdictPrompt: "Kontrollera det som står nedan innan du skickar.",
  verdictInfo: "Inget hindrar att meddelandet skickas. Tänk på det som står nedan.",
  verdictClean: "Inga problem hittades.",
  verdictReadFindings: "Att tänka på i det här meddelandet.",
  verdictReadClean: "Inget att anmärka på i det här meddelandet.",
  groupError: "Fel",
  groupWarning: "Varningar",
  groupInfo: "Att tänka på",
  findingsHeading: "Det här hittade Postvakt",
  inQuotedHistory: "Finns i den citerade tidigare konversationen.",
  guideline: "Riktlinje",
  guidelineFrom: "Ur {{document}}",
  fixMask: "Maskera",
  fixMaskLabel: "Maskera numret {{excerpt}} i meddelandet",
  fixing: "Maskerar …",
  fixDone: "Numret är maskerat.",
  checkedHeading: "Det här granskades",
  checkedRecipients: "Mottagare: {{count}}",
  checkedExternal: "Mottagare utanför kommunen: {{count}}",
  checkedBody: "Meddelandetext: {{count}} tecken",
  checkedSubject: "Ämnesrad",
  checkedAttachments: "Bilagor: {{count}}",
  profileLine: "Profil: {{name}}",
  profileBroken: "Postvakt kan inte granska: profilen ”{{id}}” är felaktig. Fält {{field}}: {{problem}}. Be den som förvaltar Postvakt rätta profilen.",
  profileUnknown: "Postvakt kan inte granska: det finns ingen profil som heter ”{{id}}” (fältet profile i adressen). Kända profiler: {{known}}.",
  tryAgain: "Försök igen",
  failure_noItem: "Inget meddelande är öppet. Välj ett meddelande så granskar Postvakt det.",
  failure_readFailed: "Outlook lämnade inte ut meddelandet. Välj Granska igen om en stund.",
  failure_notOutlook: "Postvakt fungerar bara inifrån Outlook.",
  failure_checkFailed: "Postvakt kunde inte granska meddelandet. Granska det själv innan du skickar, och välj Granska igen.",
  failure_fixStale: "Texten har ändrats sedan granskningen. Postvakt granskar igen; välj Maskera på nytt.",
  failure_fixNotFound: "Postvakt hittade inte numret i meddelandets formatering. Ändra numret själv.",
  failure_fixPartial: "Postvakt maskerade numret, men det finns kvar på något ställe i meddelandet som Postvakt inte kan ändra. Leta upp det och ändra det själv.",
  failure_fixFailed: "Outlook tillät inte att meddelandet ändrades. Ändra numret själv.",
  failure_signatureStale: "Texten har ändrats sedan granskningen. Postvakt granskar igen; välj Ersätt signatur på nytt.",
  failure_signatureFailed: "Outlook tillät inte att signaturen lades in. Öppna fliken Signatur och försök igen, eller skriv in den själv.",
  fixInsertSignature: "Infoga signatur",
  fixReplaceSignature: "Ersätt signatur",
  fixingSignature: "Infogar …",
  fixSignatureDone: "Kommunens signatur finns nu i meddelandet.",
  navLabel: "Postvakts vyer",
  tabReview: "Granskning",
  tabSignature: "Signatur",
} as const;

type Key = keyof typeof sv;

const en: Record<Key, string> = {
  appTitle: "Postvakt",
  recheck: "Check again",
  loading: "Checking the message …",
  checking: "Checking …",
  verdictBlock: "Do not send it like this: fix what is listed below first.",
  verdictPrompt: "Check what is listed below before you send.",
  verdictInfo: "Nothing stops this message from being sent. Keep the notes below in mind.",
  verdictClean: "No problems found.",
  verdictReadFindings: "Things to keep in mind about this message.",
  verdictReadClean: "Nothing to point out in this message.",
  groupError: "Errors",
  groupWarning: "Warnings",
  groupInfo: "Notes",
  findingsHeading: "What Postvakt found",
  inQuotedHistory: "In the quoted earlier conversation.",
  guideline: "Guideline",
  guidelineFrom: "From {{document}}",
  fixMask: "Mask",
  fixMaskLabel: "Mask the number {{excerpt}} in the message",
  fixing: "Masking …",
  fixDone: "The number is masked.",
  checkedHeading: "What was checked",
  checkedRecipients: "Recipients: {{count}}",
  checkedExternal: "Recipients outside the kommun: {{count}}",
  checkedBody: "Message text: {{count}} characters",
  checkedSubject: "Subject line",
  checkedAttachments: "Attachments: {{count}}",
  profileLine: "Profile: {{name}}",
  profileBroken: "Postvakt cannot check: the profile “{{id}}” is invalid. Field {{field}}: {{problem}}. Ask whoever maintains Postvakt to correct the profile.",
  profileUnknown: "Postvakt cannot check: there is no profile called “{{id}}” (the profile field in the address). Known profiles: {{known}}.",
  tryAgain: "Try again",
  failure_noItem: "No message is open. Select a message and Postvakt will check it.",
  failure_readFailed: "Outlook did not hand over the message. Choose Check again in a moment.",
  failure_notOutlook: "Postvakt works only inside Outlook.",
  failure_checkFailed: "Postvakt could not check the message. Review it yourself before sending, and choose Check again.",
  failure_fixStale: "The text has changed since the check. Postvakt is checking again; choose Mask once more.",
  failure_fixNotFound: "Postvakt could not find the number in the message's formatting. Change the number yourself.",
  failure_fixPartial: "Postvakt masked the number, but it is still somewhere in the message that Postvakt cannot change. Find it and change it yourself.",
  failure_fixFailed: "Outlook did not allow the message to be changed. Change the number yourself.",
  failure_signatureStale: "The text has changed since the check. Postvakt is checking again; choose Replace signature once more.",
  failure_signatureFailed: "Outlook did not allow the signature to be added. Open the Signature tab and try again, or type it yourself.",
  fixInsertSignature: "Insert signature",
  fixReplaceSignature: "Replace signature",
  fixingSignature: "Inserting …",
  fixSignatureDone: "The kommun's signature is now in the message.",
  navLabel: "Postvakt views",
  tabReview: "Check",
  tabSignature: "Signature",
};

const CATALOGUE: Readonly<Record<Locale, Readonly<Record<Key, string>>>> = { sv, en };

export type TextKey = Key;
export type Translate = (key: TextKey, data?: Readonly<Record<string, string | number>>) => string;

/** A translator over one of the task pane's sv/en catalogues. */
export function catalogueTranslator<K extends string>(
  catalogue: Readonly<Record<Locale, Readonly<Record<K, string>>>>,
  locale: Locale,
): (key: K, data?: Readonly<Record<string, string | number>>) => string {
  return (key, data) => formatMessage(catalogue[locale][key], data);
}

export function translator(locale: Locale): Translate {
  return catalogueTranslator(CATALOGUE, locale);
}

export function failureText(t: Translate, kind: FailureKind): string {
  return t(`failure_${kind}`);
}

export const SEVERITY_GROUP: Readonly<Record<Severity, TextKey>> = { error: "groupError", warning: "groupWarning", info: "groupInfo" };

export function verdictKey(verdict: Verdict, hasFindings: boolean, mode: "compose" | "read"): TextKey {
  if (mode === "read") return hasFindings ? "verdictReadFindings" : "verdictReadClean";
  if (verdict === "block") return "verdictBlock";
  if (verdict === "prompt") return "verdictPrompt";
  return hasFindings ? "verdictInfo" : "verdictClean";
}
