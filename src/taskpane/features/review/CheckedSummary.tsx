import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { groupDigits, type LintReport, type Locale } from "../../../core";
import type { ReviewTranslate } from "./texts";

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** What was checked: shown always, so an empty result is not mistaken for "nothing was looked at". */
export function CheckedSummary({ checked, t, locale, profileName }: { checked: LintReport["checked"]; t: ReviewTranslate; locale: Locale; profileName: string }) {
  const n = (count: number) => groupDigits(count, locale);
  const styles = useStyles();
  return (
    <section aria-labelledby="pv-checked">
      <h2 id="pv-checked" className={styles.heading}>
        {t("checkedHeading")}
      </h2>
      <ul className={styles.list}>
        <li>{t("checkedRecipients", { count: n(checked.recipients) })}</li>
        <li>{t("checkedExternal", { count: n(checked.externalRecipients) })}</li>
        <li>{t("checkedSubject")}</li>
        <li>{t("checkedBody", { count: n(checked.bodyCharacters) })}</li>
        <li>{t("checkedAttachments", { count: n(checked.attachments) })}</li>
      </ul>
      <Caption1>{t("profileLine", { name: profileName })}</Caption1>
    </section>
  );
}
