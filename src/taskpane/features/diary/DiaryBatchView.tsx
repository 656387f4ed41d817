/**
 * The Diarium view for several selected messages (the registrar edition,
 * Outlook's item multi-select): each message with its verdict, and one
 * button that sends them all to the diary (or the registrar) with a cover
 * note that lists each one. Verdicts are told by words and icons, not by
 * colour alone.
 */
import { MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens, useId } from "@fluentui/react-components";
import { CheckmarkCircle20Regular, Copy20Regular, ErrorCircle20Regular, MailArrowForward20Regular, QuestionCircle20Regular, Warning20Regular } from "@fluentui/react-icons";
import { useMemo, type ReactElement } from "react";
import { DEFAULT_DETECTORS, batchActions, handlingWords, positionsInWords, redactIdentityNumbersIn, urgentPositions, verdictTitle, type Action, type DiaryProfile, type DiaryRegistrar, type DiaryVerdict, type Locale } from "../../../core";
import { inLocale } from "../../ui/i18n";
import { useViewStyles } from "../../ui/view-styles";
import { DiaryActionButton, DiaryNoticeBar } from "./parts";
import type { DiaryTranslate } from "./texts";
import type { DiaryNotice } from "./use-diary";
import type { SelectedRow, SelectionState } from "./use-selection";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: {
    display: "grid",
    gridTemplateColumns: "auto auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  subject: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  number: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  urgent: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  urgentIcon: { color: tokens.colorPaletteRedForeground1 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch" },
});

const VERDICT_ICON: Readonly<Record<DiaryVerdict, ReactElement>> = {
  register: <Warning20Regular aria-hidden />,
  "ask-registrar": <QuestionCircle20Regular aria-hidden />,
  "not-needed": <CheckmarkCircle20Regular aria-hidden />,
};

export interface DiaryBatchViewProps {
  readonly t: DiaryTranslate;
  readonly locale: Locale;
  readonly selection: Extract<SelectionState, { status: "several" }>;
  readonly diary: DiaryProfile;
  readonly isRegistrar: boolean;
  /** The registrar the user picked last time. */
  readonly registrar: string | undefined;
  readonly registrars: readonly DiaryRegistrar[];
  readonly onChooseRegistrar: (address: string) => void;
  readonly canPerform: (action: Action) => boolean;
  readonly onPerform: (action: Action) => void;
  readonly busy: Action | undefined;
  readonly notice: DiaryNotice | undefined;
}

function rowIcon(row: SelectedRow, urgentClass: string): ReactElement | null {
  if (row.status === "reading") return <Spinner size="extra-tiny" aria-hidden />;
  // Red as the single view's urgent card, and its own shape: told apart without colour too.
  if (row.data?.registration.urgent) return <ErrorCircle20Regular aria-hidden className={urgentClass} />;
  return row.data ? VERDICT_ICON[row.data.registration.verdict] : null;
}

export function DiaryBatchView(props: DiaryBatchViewProps) {
  const { t, locale, selection, diary, isRegistrar, registrars, busy, notice } = props;
  const styles = useStyles();
  const view = useViewStyles();
  const pickerId = useId("pv-batch-registrar");
  const rows = selection.rows;
  const reading = rows.filter((r) => r.status === "reading").length;
  const done = rows.length - reading;
  const subjectOnly = rows.some((r) => r.status === "subjectOnly");
  const failed = rows.filter((r) => r.status === "failed").length;
  const notNeeded = rows.filter((r) => r.data?.registration.verdict === "not-needed").length;
  // The urgent ones named at the top, where a long list cannot hide them below the fold.
  const urgentNumbers = urgentPositions(rows);
  const urgentList = positionsInWords(urgentNumbers, t("and"));

  // Worked out once every message has been read: the note lists them all.
  const actions = useMemo(
    () => (reading > 0 ? [] : batchActions(diary, rows.map((r) => ({ itemId: r.itemId, subject: r.subject, ...(r.data ? { data: r.data } : {}) })), { isRegistrar })),
    [diary, rows, reading, isRegistrar],
  );
  const sends = actions.filter((a): a is Extract<Action, { type: "newMessage" }> => a.type === "newMessage");
  const chosen = sends.find((a) => a.to[0] === props.registrar) ?? sends[0];
  const copy = actions.find((a) => a.type === "copyText");
  const labelOf = (address: string) => registrars.find((x) => x.address === address)?.label ?? address;

  return (
    <main className={view.root} aria-busy={reading > 0}>
      <h1 className={view.title}>{t("title")}</h1>
      <section className={styles.section} aria-labelledby="pv-batch-heading">
        <h2 id="pv-batch-heading" className={styles.heading}>
          {t("severalSelected", { count: String(rows.length) })}
        </h2>
        <p className={styles.hint} role="status" aria-live="polite">
          {reading > 0
            ? t("readingProgress", { done: String(Math.min(done + 1, rows.length)), count: String(rows.length) })
            : subjectOnly
              ? ""
              : failed > 0
                ? t("readSomeFailed", { failed: String(failed), count: String(rows.length) })
                : rows.length === 2
                  ? t("readBoth")
                  : t("readAll", { count: String(rows.length) })}
        </p>
        {subjectOnly ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("subjectOnlyHint")}</MessageBarBody>
          </MessageBar>
        ) : null}
        {urgentNumbers.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{urgentNumbers.length === 1 ? t("batchUrgentOne", { n: urgentList }) : t("batchUrgentSeveral", { list: urgentList })}</MessageBarBody>
          </MessageBar>
        ) : null}
        {/* Numbered as in the cover note ("Meddelande 3"), so the two can be read side by side. */}
        <ol className={styles.list}>
          {rows.map((row, i) => (
            <li key={row.itemId} className={styles.row}>
              <span className={styles.number}>{i + 1}.</span>
              <span>{rowIcon(row, styles.urgentIcon)}</span>
              <div>
                <p className={styles.subject}>{redactIdentityNumbersIn(row.subject, DEFAULT_DETECTORS) || "–"}</p>
                {row.data?.registration.urgent ? <p className={styles.urgent}>{t("rowUrgent")}</p> : null}
                <p className={styles.detail}>{rowDetail(row)}</p>
              </div>
            </li>
          ))}
        </ol>
        <p className={styles.hint}>{t("oneAtATime")}</p>
      </section>

      <section className={styles.actions} aria-label={t("title")}>
        {reading === 0 && notNeeded > 0 ? <p className={styles.hint}>{t("someNotNeeded", { count: String(notNeeded) })}</p> : null}
        {diary.placeholderAddresses && chosen ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("placeholder")}</MessageBarBody>
          </MessageBar>
        ) : null}
        {!isRegistrar && sends.length > 1 ? (
          <div className={styles.section}>
            <label htmlFor={pickerId}>{t("registrar")}</label>
            <Select id={pickerId} value={chosen?.to[0]} onChange={(_, d) => props.onChooseRegistrar(d.value)}>
              {sends.map((a) => (
                <option key={a.id} value={a.to[0]}>
                  {labelOf(a.to[0] as string)}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        {reading > 0 ? (
          <p className={styles.hint}>{t("waitForReading")}</p>
        ) : chosen && props.canPerform(chosen) ? (
          <DiaryActionButton action={chosen} locale={locale} busy={busy} primary icon={<MailArrowForward20Regular />} onClick={props.onPerform} />
        ) : copy && props.canPerform(copy) ? (
          <>
            <p className={styles.hint}>{chosen ? t("copyInsteadOfBatch") : t("noIntake")}</p>
            <DiaryActionButton action={copy} locale={locale} busy={busy} primary={!chosen} icon={<Copy20Regular />} onClick={props.onPerform} />
          </>
        ) : null}
      </section>

      {notice ? <DiaryNoticeBar notice={notice} locale={locale} /> : null}
    </main>
  );

  function rowDetail(row: SelectedRow): string {
    switch (row.status) {
      case "reading":
        return t("rowReading");
      case "subjectOnly":
        return t("rowSubjectOnly");
      case "failed":
        return t("rowFailed");
      case "read": {
        const data = row.data;
        if (!data) return t("rowFailed");
        const r = data.registration;
        const codes = r.reasons.map((x) => x.code);
        // The kind of handling where it is known ("överklagande", "komplettering i ett ärende"), and the first case number.
        const kind = r.documentType !== null || codes.includes("supplement") ? ` · ${inLocale(handlingWords(r.documentType, codes), locale)}` : "";
        const caseNumber = data.caseNumbers[0] ? ` · ${data.caseNumbers[0].text}` : "";
        return `${inLocale(verdictTitle(r.verdict, isRegistrar), locale)}${kind}${caseNumber} · ${inLocale(data.deadlineText, locale)}`;
      }
    }
  }
}
