/** The review view: verdict, findings by severity with their actions, what was checked. Data comes in as props. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { formatStockholmMoment, type Action, type Finding, type Locale, type Severity, type Verdict } from "../../../core";
import { actionDoneText } from "../../ui/action-texts";
import { failureText } from "../../ui/failure-texts";
import { useViewStyles } from "../../ui/view-styles";
import { CheckedSummary } from "./CheckedSummary";
import { FindingCard } from "./FindingCard";
import { SEVERITY_GROUP, verdictKey, type ReviewTranslate } from "./texts";
import type { ActionNotice, Review, ReviewState } from "./use-review";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  groupHeading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0, padding: 0 },
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
  readonly profileName: string;
  readonly onRecheck: () => void;
  readonly onAction: (finding: Finding, action: Action) => void;
  /** Whether this Outlook can carry an action out; others are not offered. */
  readonly canPerform: (action: Action) => boolean;
}

export function ReviewView(props: ReviewViewProps) {
  const { t, locale, title, state, checking, notice, busy, profileName, onRecheck, onAction, canPerform } = props;
  const styles = useStyles();
  const view = useViewStyles();
  return (
    <main className={view.root} aria-busy={checking}>
      <header className={styles.header}>
        <h1 className={view.title}>{title}</h1>
        <Button appearance="secondary" icon={<ArrowSync20Regular />} onClick={onRecheck} disabled={state.status === "loading"}>
          {t("recheck")}
        </Button>
      </header>
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
          <MessageBar intent={notice.kind === "done" ? "success" : "warning"} layout="multiline" style={{ marginTop: tokens.spacingVerticalS }}>
            <MessageBarBody>{notice.kind === "done" ? actionDoneText(notice.action, locale, (iso) => formatStockholmMoment(iso, locale)) : failureText(notice.failure, locale)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {state.status === "ready" ? (
        <>
          {ORDER.map((severity) => {
            const group = state.report.findings.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            const id = `pv-group-${severity}`;
            return (
              <section key={severity} aria-labelledby={id}>
                <h2 id={id} className={styles.groupHeading}>
                  {t(SEVERITY_GROUP[severity])} ({group.length})
                </h2>
                <ul className={styles.list}>
                  {group.map((finding, index) => (
                    <FindingCard
                      key={`${finding.ruleId}-${finding.messageId}-${finding.field}-${finding.range?.start ?? index}`}
                      finding={finding}
                      t={t}
                      locale={locale}
                      actions={(finding.actions ?? []).filter(canPerform)}
                      onAction={onAction}
                      busyAction={busy?.finding === finding ? busy.action : undefined}
                      disabled={!!busy}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          <CheckedSummary checked={state.report.checked} t={t} profileName={profileName} />
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
