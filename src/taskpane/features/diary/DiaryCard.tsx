/**
 * The diary advice in brief, for the review view's slot (the shell puts it
 * there; the review feature does not know the diary): the verdict with the
 * deadline (inside the urgent card for a request), and a button to the Diarium view.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { BookOpen20Regular } from "@fluentui/react-icons";
import type { Locale } from "../../../core";
import { inLocale } from "../../ui/i18n";
import { UrgentBar, VerdictBar } from "./parts";
import type { DiaryTranslate } from "./texts";
import type { DiaryState } from "./use-diary";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  open: { alignSelf: "flex-start" },
});

export interface DiaryCardProps {
  readonly t: DiaryTranslate;
  readonly locale: Locale;
  readonly state: DiaryState;
  /** Opens the Diarium view; without it the card has no button. */
  readonly onOpen?: () => void;
}

export function DiaryCard({ t, locale, state, onOpen }: DiaryCardProps) {
  const styles = useStyles();
  if (state.status !== "ready") return null;
  const { main, urgent, data } = state;
  return (
    <section className={styles.card} aria-labelledby="pv-diary-card">
      <h2 id="pv-diary-card" className={styles.heading}>
        {t("cardHeading")}
      </h2>
      {urgent ? (
        <UrgentBar advice={urgent} locale={locale} compact verdictLine={`${inLocale(main.title, locale)} · ${inLocale(data.deadlineText, locale)}`} />
      ) : (
        <VerdictBar advice={main} verdict={data.registration.verdict} locale={locale} detail={inLocale(data.deadlineText, locale)} />
      )}
      {onOpen ? (
        <Button className={styles.open} appearance="secondary" icon={<BookOpen20Regular />} onClick={onOpen}>
          {t("openDiary")}
        </Button>
      ) : null}
    </section>
  );
}
