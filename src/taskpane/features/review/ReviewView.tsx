/** The review view: verdict, findings by severity with their actions, what was checked. Data comes in as props. */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { ArrowSync20Regular, EyeOff20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, type ReactNode } from "react";
import { MAX_FINDINGS_PER_RULE, countWord, falseAlarmAction, formatStockholmMoment, maskAllAction, type Action, type Finding, type Locale, type Profile, type Severity, type Verdict } from "../../../core";
import { actionBusyText, actionDoneText } from "../../ui/action-texts";
import { inLocale } from "../../ui/i18n";
import { failureText } from "../../ui/failure-texts";
import { useViewStyles } from "../../ui/view-styles";
import { CheckedSummary } from "./CheckedSummary";
import { FindingCard } from "./FindingCard";
import { SEVERITY_GROUP, verdictKey, type ReviewTranslate } from "./texts";
import type { ActionNotice, Review, ReviewState } from "./use-review";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  groupHeading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    // Focused only by the pane itself (on opening with findings): always show where focus is.
    ":focus": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px", borderRadius: tokens.borderRadiusSmall },
  },
  list: { margin: 0, padding: 0 },
  notice: { marginTop: tokens.spacingVerticalS, ":focus": { outlineStyle: "none" } },
  bulk: { display: "flex", justifyContent: "flex-start" },
  centre: { padding: tokens.spacingVerticalXXL },
});

const INTENT: Readonly<Record<Severity, MessageBarIntent>> = { error: "error", warning: "warning", info: "info" };
const ORDER: readonly Severity[] = ["error", "warning", "info"];

function verdictIntent(verdict: Verdict, worst: Severity | undefined): MessageBarIntent {
  if (!worst) return "success";
  if (verdict === "block") return "error";
  return INTENT[worst];
}

export interface ReviewViewProps {
  readonly t: ReviewTranslate;
  readonly locale: Locale;
  /** The app's title (the shell's). */
  readonly title: string;
  readonly state: ReviewState;
  readonly checking: boolean;
  readonly notice: ActionNotice | undefined;
  readonly busy: Review["busy"];
  /** The kommun's profile: its name, and where "Fel larm?" reports go. */
  readonly profile: Pick<Profile, "id" | "name" | "support">;
  readonly onRecheck: () => void;
  /** Carries an action out; `finding` is undefined for an action over several findings ("Maskera alla"). */
  readonly onAction: (finding: Finding | undefined, action: Action) => void;
  /** Whether this Outlook can carry an action out; others are not offered. */
  readonly canPerform: (action: Action) => boolean;
  /** Shown above the verdict for an item being read (the shell fills it: the diary card). */
  readonly readSlot?: ReactNode;
}

export function ReviewView(props: ReviewViewProps) {
  const { t, locale, title, state, checking, notice, busy, profile, onRecheck, onAction, canPerform, readSlot } = props;
  const styles = useStyles();
  const view = useViewStyles();
  // After an action the button it came from may be gone (the finding is fixed): focus moves to
  // what happened, so it is neither lost to the page nor left on a button that vanished.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const findings = state.status === "ready" ? state.report.findings : [];
  // When the pane gets the focus with nothing in it focused (as when "Öppna Postvakt" in the Send dialog shows it),
  // the focus goes to the first group of findings, so keyboard and screen reader start where the problem is.
  // Never otherwise: the pane does not take the focus from the message the user is typing in.
  const firstGroupRef = useRef<HTMLHeadingElement>(null);
  const focusFirstGroup = useCallback(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) firstGroupRef.current?.focus();
  }, []);
  const startFocused = useRef(false);
  useEffect(() => {
    if (startFocused.current || state.status !== "ready" || findings.length === 0) return;
    startFocused.current = true;
    if (document.hasFocus()) focusFirstGroup();
  }, [state.status, findings.length, focusFirstGroup]);
  useEffect(() => {
    window.addEventListener("focus", focusFirstGroup);
    return () => window.removeEventListener("focus", focusFirstGroup);
  }, [focusFirstGroup]);
  const firstSeverity = ORDER.find((severity) => findings.some((f) => f.severity === severity));
  const maskAll = state.status === "ready" && state.message.mode === "compose" ? maskAllAction(findings) : undefined;
  const actionsOf = (finding: Finding): Action[] => {
    const own = (finding.actions ?? []).filter(canPerform);
    const report = falseAlarmAction(finding, profile, locale);
    return report && canPerform(report) ? [...own, report] : own;
  };
  const omitted = state.status === "ready" ? Object.values(state.report.omitted ?? {}).reduce((sum, n) => sum + n, 0) : 0;
  return (
    <main className={view.root} aria-busy={checking}>
      <header className={styles.header}>
        <h1 className={view.title}>{title}</h1>
        <Button appearance="secondary" icon={<ArrowSync20Regular />} onClick={onRecheck} disabled={state.status === "loading"}>
          {t("recheck")}
        </Button>
      </header>
      {/* For a received item the diary card comes first: what the mail is and what to do with it. */}
      {state.status === "ready" && state.message.mode === "read" && readSlot ? readSlot : null}
      {/* The verdict region is live: a screen reader hears each new verdict. */}
      <div aria-live="polite" aria-atomic="true">
        {state.status === "loading" ? (
          <Spinner className={styles.centre} label={t("loading")} />
        ) : state.status === "error" ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{failureText(state.failure, locale)}</MessageBarBody>
          </MessageBar>
        ) : (
          <Verdict state={state} t={t} />
        )}
        {notice ? (
          <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
            <MessageBar intent={notice.kind === "done" ? "success" : "warning"} layout="multiline">
              <MessageBarBody>
                {notice.kind === "done" ? actionDoneText(notice.action, locale, (iso) => formatStockholmMoment(iso, locale)) : failureText(notice.failure, locale)}
              </MessageBarBody>
            </MessageBar>
          </div>
        ) : null}
      </div>
      {state.status === "ready" ? (
        <>
          {maskAll && canPerform(maskAll) ? (
            <div className={styles.bulk}>
              <Button appearance="primary" icon={<EyeOff20Regular />} disabled={!!busy} onClick={() => onAction(undefined, maskAll)}>
                {busy?.action === maskAll ? actionBusyText(maskAll, locale) : inLocale(maskAll.title, locale)}
              </Button>
            </div>
          ) : null}
          {ORDER.map((severity) => {
            const group = state.report.findings.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            const id = `pv-group-${severity}`;
            return (
              <section key={severity} aria-labelledby={id}>
                <h2 id={id} className={styles.groupHeading} {...(severity === firstSeverity ? { ref: firstGroupRef, tabIndex: -1 } : {})}>
                  {t(SEVERITY_GROUP[severity])} ({group.length})
                </h2>
                <ul className={styles.list}>
                  {group.map((finding, index) => (
                    <FindingCard
                      key={`${finding.ruleId}-${finding.messageId}-${finding.field}-${finding.range?.start ?? index}`}
                      finding={finding}
                      t={t}
                      locale={locale}
                      actions={actionsOf(finding)}
                      onAction={onAction}
                      busyAction={busy?.finding === finding ? busy.action : undefined}
                      disabled={!!busy}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {omitted > 0 ? <Caption1>{t("omitted", { shown: MAX_FINDINGS_PER_RULE, count: countWord(omitted, locale) })}</Caption1> : null}
          <CheckedSummary checked={state.report.checked} t={t} locale={locale} profileName={profile.name} />
        </>
      ) : null}
    </main>
  );
}

function Verdict({ state, t }: { state: Extract<ReviewState, { status: "ready" }>; t: ReviewTranslate }) {
  const findings = state.report.findings;
  const worst = ORDER.find((s) => findings.some((f) => f.severity === s));
  const intent = state.message.mode === "read" && worst ? INTENT[worst] : verdictIntent(state.verdict, worst);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(verdictKey(state.verdict, findings.length > 0, state.message.mode))}</MessageBarTitle>
      </MessageBarBody>
    </MessageBar>
  );
}
