/** Pieces the Diarium view and the review's diary card share: the verdict bars and the guideline. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { Advice, DiaryVerdict, GuidelineCitation, Locale } from "../../../core";
import { GuidelineFold } from "../../ui/GuidelineFold";
import { inLocale } from "../../ui/i18n";
import type { DiaryTranslate } from "./texts";

export const VERDICT_INTENT: Readonly<Record<DiaryVerdict, MessageBarIntent>> = {
  register: "warning",
  "ask-registrar": "info",
  "not-needed": "success",
};

/** The urgent card (a request for allmän handling): red, its own. */
export function UrgentBar({ advice, locale, compact }: { advice: Advice; locale: Locale; compact?: boolean }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{inLocale(advice.title, locale)}</MessageBarTitle>
        {compact ? null : <div>{inLocale(advice.explanation, locale)}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The verdict: "Bör diarieföras" / "Osäker – fråga registrator" / "Troligen ringa betydelse". */
export function VerdictBar({ advice, verdict, locale, detail }: { advice: Advice; verdict: DiaryVerdict; locale: Locale; detail?: string }) {
  return (
    <MessageBar intent={VERDICT_INTENT[verdict]} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{inLocale(advice.title, locale)}</MessageBarTitle>
        {detail !== undefined ? <div>{detail}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The kommun's own words, one click away. */
export function Guideline({ guideline, t, label }: { guideline: GuidelineCitation; t: DiaryTranslate; label?: string }) {
  return (
    <GuidelineFold
      // The header names the kommun's document, as in the review; the section goes with the source.
      title={`${label ?? t("guideline")}: ${guideline.documentShort ?? guideline.document}`}
      quote={guideline.quote}
      source={guideline.section ? t("guidelineFromSection", { document: guideline.document, section: guideline.section }) : t("guidelineFrom", { document: guideline.document })}
    />
  );
}
