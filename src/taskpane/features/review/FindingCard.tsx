import {
  Button,
  Caption1,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Clock20Regular, ErrorCircle16Filled, EyeOff20Regular, History16Regular, Info16Filled, Mail20Regular, Signature20Regular, Warning16Filled } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { Action, Finding, Locale, Severity } from "../../../core";
import { actionBusyText } from "../../ui/action-texts";
import { GuidelineFold } from "../../ui/GuidelineFold";
import { inLocale } from "../../ui/i18n";
import type { ReviewTranslate } from "./texts";

const ACCENT: Readonly<Record<Severity, string>> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorBrandStroke1,
};

const useStyles = makeStyles({
  card: {
    listStyleType: "none",
    margin: `0 0 ${tokens.spacingVerticalS}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftStyle: "solid",
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  message: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // A redacted number is read as one word: it never breaks across lines in a narrow pane.
  nowrap: { whiteSpace: "nowrap" },
  severity: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  excerpt: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    alignSelf: "flex-start",
    whiteSpace: "nowrap",
  },
  quoted: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface FindingCardProps {
  readonly finding: Finding;
  readonly t: ReviewTranslate;
  readonly locale: Locale;
  /** The finding's actions this Outlook can carry out (the first is the one-click fix). */
  readonly actions: readonly Action[];
  readonly onAction: (finding: Finding, action: Action) => void;
  /** The action of this finding being carried out now. */
  readonly busyAction: Action | undefined;
  /** Another action is running: buttons wait. */
  readonly disabled: boolean;
}

/** Severity told apart without colour: an icon of its own shape and a word, besides the coloured edge. */
const SEVERITY_ICON: Readonly<Record<Severity, ReactElement>> = {
  error: <ErrorCircle16Filled aria-hidden primaryFill={tokens.colorPaletteRedForeground1} />,
  warning: <Warning16Filled aria-hidden primaryFill={tokens.colorPaletteDarkOrangeForeground1} />,
  info: <Info16Filled aria-hidden primaryFill={tokens.colorBrandForeground1} />,
};
const SEVERITY_LABEL = { error: "severityError", warning: "severityWarning", info: "severityInfo" } as const;

/** The message with the redacted excerpt kept on one line. */
function MessageText({ message, excerpt, className }: { message: string; excerpt: string | undefined; className: string }) {
  const at = excerpt ? message.indexOf(excerpt) : -1;
  if (!excerpt || at < 0) return <>{message}</>;
  return (
    <>
      {message.slice(0, at)}
      <span className={className}>{excerpt}</span>
      {message.slice(at + excerpt.length)}
    </>
  );
}

function iconFor(action: Action): ReactElement | undefined {
  if (action.type === "editBody") return <EyeOff20Regular />;
  if (action.type === "insertSignature") return <Signature20Regular />;
  if (action.type === "newMessage" || action.type === "reply") return <Mail20Regular />;
  if (action.type === "delayDelivery") return <Clock20Regular />;
  return undefined;
}

export function FindingCard({ finding, t, locale, actions, onAction, busyAction, disabled }: FindingCardProps) {
  const styles = useStyles();
  return (
    <li className={styles.card} style={{ borderLeftColor: ACCENT[finding.severity] }}>
      <Caption1 className={styles.severity}>
        {SEVERITY_ICON[finding.severity]}
        {t(SEVERITY_LABEL[finding.severity])}
      </Caption1>
      <p className={styles.message}>
        <MessageText message={finding.message} excerpt={finding.excerpt} className={styles.nowrap} />
      </p>
      {/* Rule messages usually quote the excerpt already; show it apart only where they do not. */}
      {finding.excerpt && !finding.message.includes(finding.excerpt) ? <span className={styles.excerpt}>{finding.excerpt}</span> : null}
      {finding.inQuotedHistory ? (
        <Caption1 className={styles.quoted}>
          <History16Regular aria-hidden />
          {t("inQuotedHistory")}
        </Caption1>
      ) : null}
      {finding.guideline ? (
        <GuidelineFold
          title={t("guideline", { document: finding.guideline.documentShort ?? finding.guideline.document })}
          quote={finding.guideline.quote}
          source={
            finding.guideline.section
              ? t("guidelineFromSection", { document: finding.guideline.document, section: finding.guideline.section })
              : t("guidelineFrom", { document: finding.guideline.document })
          }
        />
      ) : null}
      {actions.length > 0 ? (
        <div className={styles.actions}>
          {actions.map((action, index) => {
            const running = busyAction === action;
            return (
              <Button
                key={action.id}
                // The fix is the primary action; "Fel larm?" (a report to support) never is, even when it stands alone.
                appearance={index === 0 && action.id !== "falseAlarm" ? "primary" : "secondary"}
                size="small"
                icon={running ? <Spinner size="extra-tiny" /> : iconFor(action)}
                disabled={disabled}
                aria-label={action.label ? inLocale(action.label, locale) : undefined}
                onClick={() => onAction(finding, action)}
              >
                {running ? actionBusyText(action, locale) : inLocale(action.title, locale)}
              </Button>
            );
          })}
        </div>
      ) : null}
    </li>
  );
}
