/** The task pane's view: verdict, findings by severity, what was checked. Data comes in as props. */
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
import type { Finding, Severity, Verdict } from "../../core";
import { SEVERITY_GROUP, failureText, verdictKey, type Translate } from "../i18n";
import type { FixNotice, ReviewState } from "../use-review";
import { CheckedSummary } from "./CheckedSummary";
import { FindingCard } from "./FindingCard";
import { useViewStyles } from "./view-styles";

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

export interface TaskPaneProps {
  readonly t: Translate;
  readonly state: ReviewState;
  readonly checking: boolean;
  readonly fixNotice: FixNotice | undefined;
  readonly fixing: Finding | undefined;
  readonly profileName: string;
  readonly onRecheck: () => void;
  readonly onFix: (finding: Finding) => void;
  /** Whether "insertSignature" fixes can be applied here (the Signatur view is available). */
  readonly signatureFixes?: boolean;
}

export function TaskPane({ t, state, checking, fixNotice, fixing, profileName, onRecheck, onFix, signatureFixes = false }: TaskPaneProps) {
  const styles = useStyles();
  const view = useViewStyles();
  return (
    <main className={view.root} aria-busy={checking}>
      <header className={styles.header}>
        <h1 className={view.title}>{t("appTitle")}</h1>
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
            <MessageBarBody>{failureText(t, state.failure)}</MessageBarBody>
          </MessageBar>
        ) : (
          <Verdict state={state} t={t} />
        )}
        {fixNotice ? (
          <MessageBar intent={fixNotice.kind === "done" ? "success" : "warning"} layout="multiline" style={{ marginTop: tokens.spacingVerticalS }}>
            <MessageBarBody>
              {fixNotice.kind === "done" ? t(fixNotice.fixKind === "insertSignature" ? "fixSignatureDone" : "fixDone") : failureText(t, fixNotice.failure)}
            </MessageBarBody>
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
                      {...(state.message.mode === "compose" ? { onFix } : {})}
                      signatureFixes={signatureFixes}
                      fixing={fixing === finding}
                      fixDisabled={!!fixing}
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

function Verdict({ state, t }: { state: Extract<ReviewState, { status: "ready" }>; t: Translate }) {
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
