/**
 * The Diarium view (read mode): what the mail is, why, by when to answer it,
 * and the buttons that get it to the registrar. Where this Outlook lacks a
 * call, the text is offered to copy instead of a button that does nothing.
 * Registrars get the registration fields with copy buttons.
 */
import { Button, MessageBar, MessageBarBody, Select, Spinner, Switch, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ArrowReply20Regular, Checkmark16Regular, Checkmark20Regular, Copy16Regular, Copy20Regular, MailArrowForward20Regular, Tag20Regular } from "@fluentui/react-icons";
import { handlingWords, type Action, type DiaryRegistrar, type Locale } from "../../../core";
import { inLocale } from "../../ui/i18n";
import { useViewStyles } from "../../ui/view-styles";
import { DiaryActionButton, DiaryNoticeBar, Guideline, UrgentBar, VerdictBar } from "./parts";
import type { DiaryTranslate } from "./texts";
import type { Diary } from "./use-diary";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  field: { display: "grid", gridTemplateColumns: "1fr auto", alignItems: "start", columnGap: tokens.spacingHorizontalS },
  fieldLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fieldValue: { margin: 0, overflowWrap: "anywhere" },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  fieldList: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface DiaryViewProps {
  readonly t: DiaryTranslate;
  readonly locale: Locale;
  readonly diary: Diary;
  /** The profile's registrars, to name them in the picker. */
  readonly registrars: readonly DiaryRegistrar[];
  readonly category: string | undefined;
  /** Whether this Outlook can carry an action out. */
  readonly canPerform: (action: Action) => boolean;
  /** True while the review is still reading the item. */
  readonly loading: boolean;
}

function byId<T extends Action["type"]>(actions: readonly Action[], type: T, id: string): Extract<Action, { type: T }> | undefined {
  return actions.find((a): a is Extract<Action, { type: T }> => a.type === type && a.id === id);
}

export function DiaryView({ t, locale, diary, registrars, category, canPerform, loading }: DiaryViewProps) {
  const styles = useStyles();
  const view = useViewStyles();
  const pickerId = useId("pv-registrar");
  const { state, preferences, notice, busy } = diary;

  return (
    <main className={view.root} aria-busy={loading}>
      <h1 className={view.title}>{t("title")}</h1>
      {state.status !== "ready" ? (
        loading ? (
          <Spinner label={t("loading")} />
        ) : (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{state.status === "none" ? t("noDiary") : t("onlyRead")}</MessageBarBody>
          </MessageBar>
        )
      ) : (
        ready()
      )}
    </main>
  );

  function ready() {
    if (state.status !== "ready") return null;
    const { main, urgent, data } = state;
    const r = data.registration;
    const actions = main.actions;
    const sends = actions.filter((a): a is Extract<Action, { type: "newMessage" }> => a.type === "newMessage" && a.id.startsWith("sendToRegistrar:"));
    const chosen = sends.find((a) => a.to[0] === preferences.registrar) ?? sends[0];
    const toDiary = byId(actions, "newMessage", "sendToDiary");
    const receipt = byId(actions, "reply", "sendReceipt");
    const mark = actions.find((a): a is Extract<Action, { type: "setCategory" }> => a.type === "setCategory");
    const copyNote = byId(actions, "copyText", "copyCoverNote");
    const copyReceipt = byId(actions, "copyText", "copyReceipt");
    const copyAll = byId(actions, "copyText", "copyAllFields");
    const primaryFirst = r.verdict !== "not-needed";
    const send = data.isRegistrar ? toDiary : chosen;
    // The last action copied one field: say so in that field's row, not in a bar above the list.
    const fieldCopied = notice?.kind === "done" && notice.action.id.startsWith("copyField:") ? notice.action.id : undefined;
    const fieldCopiedLabel = fieldCopied ? data.fields.find((f) => `copyField:${f.id}` === fieldCopied)?.label : undefined;
    // The item has the category, from before or a moment ago: its button says so.
    const markSet = mark !== undefined && diary.categories?.includes(mark.category) === true;
    // A copied field and a set category are told where they happened, not in the bar above.
    const toldInPlace = fieldCopied !== undefined || (notice?.kind === "done" && notice.action.type === "setCategory");
    const labelOf = (address: string) => registrars.find((x) => x.address === address)?.label ?? address;

    return (
      <>
        <div aria-live="polite" aria-atomic="true" className={styles.section}>
          {urgent ? (
            <UrgentBar advice={urgent} locale={locale} verdictLine={`${inLocale(main.title, locale)} · ${inLocale(data.deadlineText, locale)}`} />
          ) : (
            <VerdictBar advice={main} verdict={r.verdict} locale={locale} detail={inLocale(main.explanation, locale)} />
          )}
        </div>

        <section className={styles.section} aria-labelledby="pv-diary-reasons">
          <h2 id="pv-diary-reasons" className={styles.heading}>
            {t("reasons")}
          </h2>
          <ul className={styles.reasons}>
            {r.reasons.map((reason) => (
              <li key={reason.code}>{inLocale(reason.text, locale)}</li>
            ))}
          </ul>
          {main.guideline ? <Guideline guideline={main.guideline} t={t} /> : null}
        </section>

        <dl className={styles.facts}>
          <dt className={styles.term}>{t("documentType")}</dt>
          <dd className={styles.value}>{inLocale(handlingWords(r.documentType, r.reasons.map((x) => x.code)), locale)}</dd>
          <dt className={styles.term}>{t("caseNumbers")}</dt>
          <dd className={styles.value}>{data.caseNumbers.length > 0 ? [...new Set(data.caseNumbers.map((c) => c.text))].join(", ") : t("caseNumbersNone")}</dd>
          <dt className={styles.term}>{t("deadline")}</dt>
          <dd className={styles.value}>{inLocale(data.deadlineText, locale)}</dd>
        </dl>
        {data.deadlineGuideline ? <Guideline guideline={data.deadlineGuideline} t={t} label={t("deadlineRule")} /> : null}

        {data.placeholderAddresses && send ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("placeholder")}</MessageBarBody>
          </MessageBar>
        ) : null}

        <section className={styles.actions} aria-label={t("title")}>
          {!data.isRegistrar && sends.length > 1 ? (
            <div className={styles.section}>
              <label htmlFor={pickerId}>{t("registrar")}</label>
              <Select id={pickerId} value={chosen?.to[0]} onChange={(_, d) => diary.chooseRegistrar(d.value)} aria-describedby={`${pickerId}-hint`}>
                {sends.map((a) => (
                  <option key={a.id} value={a.to[0]}>
                    {labelOf(a.to[0] as string)}
                  </option>
                ))}
              </Select>
              <p id={`${pickerId}-hint`} className={styles.hint}>
                {t("registrarRemembered")}
              </p>
            </div>
          ) : null}
          {send ? (
            canPerform(send) ? (
              <DiaryActionButton action={send} locale={locale} busy={busy} primary={primaryFirst} icon={<MailArrowForward20Regular />} onClick={diary.perform} />
            ) : copyNote && canPerform(copyNote) ? (
              <>
                <p className={styles.hint}>{t("copyInsteadOfSend")}</p>
                <DiaryActionButton action={copyNote} locale={locale} busy={busy} primary={primaryFirst} icon={<Copy20Regular />} onClick={diary.perform} />
              </>
            ) : null
          ) : null}
          {receipt ? (
            canPerform(receipt) ? (
              <DiaryActionButton action={receipt} locale={locale} busy={busy} icon={<ArrowReply20Regular />} onClick={diary.perform} />
            ) : copyReceipt && canPerform(copyReceipt) ? (
              <>
                <p className={styles.hint}>{t("copyInsteadOfReceipt")}</p>
                <DiaryActionButton action={copyReceipt} locale={locale} busy={busy} icon={<Copy20Regular />} onClick={diary.perform} />
              </>
            ) : null
          ) : null}
          {mark ? (
            canPerform(mark) || markSet ? (
              // Once set (now or before), the same button says so: it keeps the focus where the user pressed.
              <DiaryActionButton
                action={mark}
                locale={locale}
                busy={busy}
                icon={<Tag20Regular />}
                onClick={diary.perform}
                {...(markSet ? { done: t("categorySet", { category: mark.category }), doneIcon: <Checkmark20Regular /> } : {})}
              />
            ) : (
              <p className={styles.hint}>{t("categoryByHand", { category: category ?? mark.category })}</p>
            )
          ) : null}
        </section>

        {/* Nothing moves under the pointer: a copied field is confirmed in its row, a set category by its button (which keeps the focus). */}
        {notice && !toldInPlace ? <DiaryNoticeBar notice={notice} locale={locale} /> : null}

        {data.isRegistrar ? (
          <section className={styles.section} aria-labelledby="pv-diary-fields">
            <h2 id="pv-diary-fields" className={styles.heading}>
              {t("fields")}
            </h2>
            <p className={styles.hint}>{t("copyForm")}</p>
            <ul className={styles.fieldList}>
              {data.fields.map((field) => {
                const copy = byId(actions, "copyText", `copyField:${field.id}`);
                const copied = fieldCopied === `copyField:${field.id}`;
                return (
                  <li key={field.id} className={styles.field}>
                    <div>
                      <div className={styles.fieldLabel}>{inLocale(field.label, locale)}</div>
                      <p className={styles.fieldValue}>{inLocale(field.value, locale)}</p>
                    </div>
                    {copy && canPerform(copy) ? (
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={copied ? <Checkmark16Regular /> : <Copy16Regular />}
                        disabled={busy !== undefined}
                        aria-label={copy.label ? inLocale(copy.label, locale) : undefined}
                        onClick={() => diary.perform(copy)}
                      >
                        {copied ? t("copied") : inLocale(copy.title, locale)}
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            {copyAll && canPerform(copyAll) ? <DiaryActionButton action={copyAll} locale={locale} busy={busy} icon={<Copy20Regular />} onClick={diary.perform} /> : null}
            <p role="status" className={styles.visuallyHidden}>
              {fieldCopiedLabel ? t("fieldCopied", { field: inLocale(fieldCopiedLabel, locale) }) : ""}
            </p>
          </section>
        ) : null}

        <div className={styles.section}>
          <Switch
            checked={preferences.isRegistrar === true || data.isRegistrar}
            disabled={data.isRegistrar && preferences.isRegistrar !== true}
            onChange={(_, d) => diary.setRegistrar(d.checked)}
            label={t("iAmRegistrar")}
          />
          <p className={styles.hint}>{data.isRegistrar && preferences.isRegistrar !== true ? t("listedRegistrar") : t("iAmRegistrarHint")}</p>
        </div>
      </>
    );
  }
}
