/** Pieces the Diarium views and the review's diary card share: the verdict bars, the guideline, the action button. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Action, Advice, DiaryVerdict, GuidelineCitation, Locale } from "../../../core";
import { actionBusyText, actionDoneText } from "../../ui/action-texts";
import { failureText } from "../../ui/failure-texts";
import { GuidelineFold } from "../../ui/GuidelineFold";
import { inLocale } from "../../ui/i18n";
import type { DiaryTranslate } from "./texts";
import type { DiaryNotice } from "./use-diary";

export const VERDICT_INTENT: Readonly<Record<DiaryVerdict, MessageBarIntent>> = {
  register: "warning",
  "ask-registrar": "info",
  "not-needed": "success",
};

/**
 * The urgent card (a request for allmän handling): red, its own. It carries the verdict too
 * ("Bör diarieföras – besked samma dag: …"), so a narrow pane shows one card, not two saying the same.
 */
export function UrgentBar({ advice, locale, compact, verdictLine }: { advice: Advice; locale: Locale; compact?: boolean; verdictLine?: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{inLocale(advice.title, locale)}</MessageBarTitle>
        {verdictLine !== undefined ? <div>{verdictLine}</div> : null}
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

/**
 * An action's button: its title, or "Öppnar …" with a spinner while it runs; every button waits while one runs.
 * With `done`, the action needs doing no more ("Kategorin … är satt"): the same button says so and stays focusable.
 */
export function DiaryActionButton(props: {
  action: Action;
  locale: Locale;
  busy: Action | undefined;
  primary?: boolean;
  icon?: ReactElement;
  done?: string;
  doneIcon?: ReactElement;
  onClick: (action: Action) => void;
}) {
  const { action, locale, busy, primary, icon, done, doneIcon, onClick } = props;
  const running = busy === action;
  return (
    <Button
      appearance={primary ? "primary" : "secondary"}
      icon={running ? <Spinner size="extra-tiny" /> : done !== undefined ? doneIcon : icon}
      disabled={done === undefined && busy !== undefined}
      disabledFocusable={done !== undefined}
      aria-label={done === undefined && action.label ? inLocale(action.label, locale) : undefined}
      onClick={() => onClick(action)}
    >
      {running ? actionBusyText(action, locale) : done !== undefined ? done : inLocale(action.title, locale)}
    </Button>
  );
}

/** What came of the last action: done, or why not, in one sentence. */
export function DiaryNoticeBar({ notice, locale }: { notice: DiaryNotice; locale: Locale }) {
  return (
    <MessageBar intent={notice.kind === "done" ? "success" : "warning"} layout="multiline" role="status">
      <MessageBarBody>{notice.kind === "done" ? actionDoneText(notice.action, locale) : failureText(notice.failure, locale)}</MessageBarBody>
    </MessageBar>
  );
}
