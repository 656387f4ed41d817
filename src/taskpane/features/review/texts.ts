/** The review view's texts. Rule messages and action titles come from the core. */
import type { Severity, Verdict } from "../../../core";
import { defineTexts, type Translator } from "../../ui/i18n";

export const REVIEW_TEXTS = defineTexts({
  severityError: { sv: "Fel", en: "Error" },
  severityWarning: { sv: "Varning", en: "Warning" },
  severityInfo: { sv: "Att tänka på", en: "Note" },
  omitted: {
    sv: "Postvakt visar de {{shown}} första. Meddelandet har {{count}} till av samma slag.",
    en: "Postvakt shows the first {{shown}}. The message has {{count}} more of the same kind.",
  },
  recheck: {
    sv: "Granska igen",
    en: "Check again",
  },
  loading: {
    sv: "Granskar meddelandet …",
    en: "Checking the message …",
  },
  checking: {
    sv: "Granskar …",
    en: "Checking …",
  },
  verdictBlock: {
    sv: "Rätta det som står nedan innan du skickar.",
    en: "Fix what is listed below before you send.",
  },
  verdictPrompt: {
    sv: "Kontrollera det som står nedan innan du skickar.",
    en: "Check what is listed below before you send.",
  },
  verdictInfo: {
    sv: "Inget hindrar att meddelandet skickas. Tänk på det som står nedan.",
    en: "Nothing stops this message from being sent. Keep the notes below in mind.",
  },
  verdictClean: {
    sv: "Inga problem hittades.",
    en: "No problems found.",
  },
  verdictReadFindings: {
    sv: "Att tänka på i det här meddelandet.",
    en: "Things to keep in mind about this message.",
  },
  // Said of what the review checks, so a green line does not read as "all fine" under a diary card that asks for action.
  verdictReadClean: {
    sv: "Inga personnummer eller känsliga uppgifter hittades.",
    en: "No personal identity numbers or sensitive details found.",
  },
  groupError: {
    sv: "Fel",
    en: "Errors",
  },
  groupWarning: {
    sv: "Varningar",
    en: "Warnings",
  },
  groupInfo: {
    sv: "Att tänka på",
    en: "Notes",
  },
  findingsHeading: {
    sv: "Det här hittade Postvakt",
    en: "What Postvakt found",
  },
  inQuotedHistory: {
    sv: "Finns i den citerade tidigare konversationen.",
    en: "In the quoted earlier conversation.",
  },
  guideline: {
    sv: "Riktlinje: {{document}}",
    en: "Guideline: {{document}}",
  },
  guidelineFromSection: {
    sv: "Ur {{document}}, avsnittet ”{{section}}”",
    en: "From {{document}}, the section “{{section}}”",
  },
  guidelineFrom: {
    sv: "Ur {{document}}",
    en: "From {{document}}",
  },
  checkedHeading: {
    sv: "Det här granskades",
    en: "What was checked",
  },
  checkedRecipients: {
    sv: "Mottagare: {{count}}",
    en: "Recipients: {{count}}",
  },
  checkedExternal: {
    sv: "Mottagare utanför kommunen: {{count}}",
    en: "Recipients outside the kommun: {{count}}",
  },
  checkedBody: {
    sv: "Meddelandetext: {{count}} tecken",
    en: "Message text: {{count}} characters",
  },
  checkedSubject: {
    sv: "Ämnesrad",
    en: "Subject line",
  },
  checkedAttachments: {
    sv: "Bilagor: {{count}}",
    en: "Attachments: {{count}}",
  },
  profileLine: {
    sv: "Profil: {{name}}",
    en: "Profile: {{name}}",
  },
});

export type ReviewTextKey = keyof typeof REVIEW_TEXTS;
export type ReviewTranslate = Translator<ReviewTextKey>;

export const SEVERITY_GROUP: Readonly<Record<Severity, ReviewTextKey>> = { error: "groupError", warning: "groupWarning", info: "groupInfo" };

export function verdictKey(verdict: Verdict, hasFindings: boolean, mode: "compose" | "read"): ReviewTextKey {
  if (mode === "read") return hasFindings ? "verdictReadFindings" : "verdictReadClean";
  if (verdict === "block") return "verdictBlock";
  if (verdict === "prompt") return "verdictPrompt";
  return hasFindings ? "verdictInfo" : "verdictClean";
}
