import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { EyeOff20Regular, History16Regular, Signature20Regular } from "@fluentui/react-icons";
import { isInsertSignatureFix, type Finding, type Severity } from "../../core";
import type { Translate } from "../i18n";

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
  excerpt: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    alignSelf: "flex-start",
  },
  quoted: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontStyle: "italic",
  },
  source: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  guidelineHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

export interface FindingCardProps {
  readonly finding: Finding;
  readonly t: Translate;
  /** Absent where fixes cannot be applied (read mode). */
  readonly onFix?: (finding: Finding) => void;
  readonly fixing: boolean;
  readonly fixDisabled: boolean;
  /** Whether "insertSignature" fixes can be applied (the task pane has the Signatur view). */
  readonly signatureFixes?: boolean;
}

/** The one-click fix a finding offers, if the pane can apply it: Maskera, or Infoga/Ersätt signatur. */
function fixButtonFor(finding: Finding, t: Translate, fixing: boolean, signatureFixes: boolean) {
  const fix = finding.fix;
  if (fix?.kind === "mask") {
    return {
      icon: <EyeOff20Regular />,
      label: fixing ? t("fixing") : t("fixMask"),
      ariaLabel: finding.excerpt ? t("fixMaskLabel", { excerpt: finding.excerpt }) : undefined,
    };
  }
  if (signatureFixes && isInsertSignatureFix(fix)) {
    const action = fix.signature.action === "replace" ? t("fixReplaceSignature") : t("fixInsertSignature");
    return { icon: <Signature20Regular />, label: fixing ? t("fixingSignature") : action, ariaLabel: undefined };
  }
  return undefined;
}

export function FindingCard({ finding, t, onFix, fixing, fixDisabled, signatureFixes = false }: FindingCardProps) {
  const styles = useStyles();
  const fixButton = onFix ? fixButtonFor(finding, t, fixing, signatureFixes) : undefined;
  return (
    <li className={styles.card} style={{ borderLeftColor: ACCENT[finding.severity] }}>
      <p className={styles.message}>{finding.message}</p>
      {/* Rule messages usually quote the excerpt already; show it apart only where they do not. */}
      {finding.excerpt && !finding.message.includes(finding.excerpt) ? <span className={styles.excerpt}>{finding.excerpt}</span> : null}
      {finding.inQuotedHistory ? (
        <Caption1 className={styles.quoted}>
          <History16Regular aria-hidden />
          {t("inQuotedHistory")}
        </Caption1>
      ) : null}
      {finding.guideline ? (
        <Accordion collapsible>
          <AccordionItem value="guideline">
            <AccordionHeader size="small" className={styles.guidelineHeader}>
              {t("guideline")}
              {finding.guideline.section ? `: ${finding.guideline.section}` : ""}
            </AccordionHeader>
            <AccordionPanel>
              <blockquote className={styles.quote}>{finding.guideline.quote}</blockquote>
              <Caption1 className={styles.source}>{t("guidelineFrom", { document: finding.guideline.document })}</Caption1>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
      {fixButton ? (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            size="small"
            icon={fixing ? <Spinner size="extra-tiny" /> : fixButton.icon}
            disabled={fixDisabled}
            aria-label={fixButton.ariaLabel}
            onClick={() => onFix?.(finding)}
          >
            {fixButton.label}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
