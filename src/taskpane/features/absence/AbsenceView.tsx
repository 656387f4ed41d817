/**
 * The Frånvaro view: the form (when, what kind, who to contact, forwarding),
 * the replies written from the kommun's template with the check on whatever
 * text is there, the mailbox arrangements, and saving in Outlook, or without
 * Graph the texts to copy and a short guide to Outlook's own dialog. The same
 * in compose and read mode: it is about the mailbox, not the item.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  Circle20Regular,
  Copy20Regular,
  ErrorCircle20Filled,
  QuestionCircle20Regular,
  Save20Regular,
  Search20Regular,
  Warning20Filled,
} from "@fluentui/react-icons";
import { useEffect, useRef, type ReactElement } from "react";
import {
  ABSENCE_PART_TEXTS,
  formatDate,
  parseWallDateTime,
  stockholmClockTime,
  stockholmDate,
  type AbsenceCheck,
  type AbsencePart,
  type ArrangementState,
  type GuidelineCitation,
  type Locale,
  type PlanField,
  type Profile,
  type WallDateTime,
} from "../../../core";
import type { AbsencePort, ActionPort } from "../../../ports";
import { failureText } from "../../ui/failure-texts";
import { useViewStyles } from "../../ui/view-styles";
import { GuidelineNote } from "./GuidelineNote";
import type { AbsenceTextKey, AbsenceTranslate } from "./texts";
import { useAbsence, type AbsenceState, type Outcome } from "./use-absence";

const useStyles = makeStyles({
  intro: { margin: 0, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, padding: 0 },
  pair: { display: "flex", columnGap: tokens.spacingHorizontalS, "> :first-child": { flexGrow: 3 }, "> :last-child": { flexGrow: 2 } },
  note: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    listStyleType: "none",
    display: "grid",
    gridTemplateColumns: "20px 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  itemBody: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  itemText: { margin: 0, fontSize: tokens.fontSizeBase300, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  status: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  people: { margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  person: { listStyleType: "none" },
  current: { margin: 0, whiteSpace: "pre-wrap", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const STATE_ICON: Readonly<Record<ArrangementState, ReactElement>> = {
  ok: <CheckmarkCircle20Filled primaryFill={tokens.colorPaletteGreenForeground1} />,
  done: <CheckmarkCircle20Filled primaryFill={tokens.colorPaletteGreenForeground1} />,
  problem: <ErrorCircle20Filled primaryFill={tokens.colorPaletteRedForeground1} />,
  warning: <Warning20Filled primaryFill={tokens.colorPaletteDarkOrangeForeground1} />,
  todo: <Circle20Regular />,
  unknown: <QuestionCircle20Regular />,
};
const STATE_LABEL: Readonly<Record<ArrangementState, AbsenceTextKey>> = {
  ok: "stateOk",
  done: "stateDone",
  problem: "stateProblem",
  warning: "stateWarning",
  todo: "stateTodo",
  unknown: "stateUnknown",
};
const PART_WORDS: Readonly<Record<AbsencePart, AbsenceTextKey>> = { period: "partPeriod", return: "partReturn", contact: "partContact" };

function citation(profile: Profile, key: string): GuidelineCitation | undefined {
  const passage = profile.guidelines[key];
  return passage ? { document: profile.guidelineDocument.title, quote: passage.quote, ...(passage.section ? { section: passage.section } : {}) } : undefined;
}

function wallWords(value: WallDateTime, locale: Locale): string {
  const hh = String(value.time.hour).padStart(2, "0");
  const mm = String(value.time.minute).padStart(2, "0");
  const day = formatDate(value.date, locale, { weekday: "short" });
  return locale === "sv" ? `${day} kl. ${hh}.${mm}` : `${day} ${hh}:${mm}`;
}

export interface AbsenceViewProps {
  readonly t: AbsenceTranslate;
  readonly locale: Locale;
  readonly profile: Profile;
  readonly port: AbsencePort;
  readonly actions: ActionPort;
  /** The clock, from the shell (tests pass a fixed one). */
  readonly now: () => number;
  readonly userEmail?: string;
}

export function AbsenceView({ t, locale, profile, port, actions, now, userEmail }: AbsenceViewProps) {
  const view = useViewStyles();
  const styles = useStyles();
  const state = useAbsence({ profile, port, actions, locale, now, ...(userEmail ? { userEmail } : {}) });
  // After an action, focus moves to what happened (as in the review), not to the page: the
  // button it came from may be gone, and a busy button is only marked disabled, never blurred.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.outcome) outcomeRef.current?.focus();
  }, [state.outcome]);
  const absence = profile.absence;
  if (!absence) return null;
  const { form, update, busy } = state;
  const problemOf = (field: PlanField) => (state.attempted || field === "period" ? state.problems.find((p) => p.field === field) : undefined);
  const fieldState = (field: PlanField) => {
    const problem = problemOf(field);
    return problem ? { validationState: "error" as const, validationMessage: problem.text[locale] } : {};
  };
  const contactHasAddress = form.contact.startsWith("mailbox:") || (form.contact === "colleague" && form.email.trim() !== "");

  return (
    <main className={view.root} aria-busy={!!busy}>
      <h1 className={view.title}>{t("heading")}</h1>
      <p className={styles.intro}>{t("intro")}</p>

      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("whenHeading")}</legend>
        <Field label={t("kind")} {...fieldState("kind")}>
          <Select value={form.kindId} onChange={(_, data) => update({ kindId: data.value, book: undefined })}>
            {absence.kinds.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.label[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.pair}>
          <Field label={t("fromDate")}>
            <Input type="date" value={form.fromDate} onChange={(_, data) => update({ fromDate: data.value, ...(data.value > form.toDate ? { toDate: data.value } : {}) })} />
          </Field>
          <Field label={t("fromTime")}>
            <Input type="time" value={form.fromTime} onChange={(_, data) => update({ fromTime: data.value })} />
          </Field>
        </div>
        <div className={styles.pair}>
          <Field label={t("toDate")} {...fieldState("period")}>
            <Input type="date" value={form.toDate} onChange={(_, data) => update({ toDate: data.value })} />
          </Field>
          <Field label={t("toTime")}>
            <Input type="time" value={form.toTime} onChange={(_, data) => update({ toTime: data.value })} />
          </Field>
        </div>
        {state.returnText ? <Caption1 className={styles.note}>{t("returnDay", { day: state.returnText })}</Caption1> : null}
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("contactHeading")}</legend>
        <Field {...fieldState("functionMailbox")}>
          <RadioGroup value={form.contact} onChange={(_, data) => update({ contact: data.value, ...(data.value === "switchboard" && form.forwarding === "contact" ? { forwarding: "none" } : {}) })}>
            <Radio value="colleague" label={t("contactColleague")} />
            {absence.functionMailboxes.map((box) => (
              <Radio key={box.address} value={`mailbox:${box.address}`} label={`${box.label[locale]} (${box.address})`} />
            ))}
            {absence.switchboard ? <Radio value="switchboard" label={`${absence.switchboard.label[locale]} (${absence.switchboard.phone})`} /> : null}
          </RadioGroup>
        </Field>
        {form.contact === "colleague" ? <ColleagueFields state={state} t={t} locale={locale} port={port} fieldState={fieldState} /> : null}
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.heading}>{t("forwardHeading")}</legend>
        <Field {...fieldState("forwarding")}>
          <RadioGroup value={form.forwarding} onChange={(_, data) => update({ forwarding: data.value as typeof form.forwarding })}>
            <Radio value="none" label={t("forwardNone")} />
            <Radio value="contact" label={t("forwardContact")} disabled={!contactHasAddress} />
            <Radio value="address" label={t("forwardAddress")} />
          </RadioGroup>
        </Field>
        {form.forwarding === "address" ? (
          <Field label={t("forwardTo")}>
            <Input type="email" value={form.forwardTo} onChange={(_, data) => update({ forwardTo: data.value })} />
          </Field>
        ) : null}
        {form.forwarding !== "none" ? <Caption1 className={styles.note}>{t("forwardNote")}</Caption1> : null}
      </fieldset>

      <div className={styles.section}>
        <Checkbox label={t("english")} checked={form.english} onChange={(_, data) => update({ english: data.checked === true })} />
        {port.graph ? (
          <>
            <Checkbox label={t("book")} checked={state.book} onChange={(_, data) => update({ book: data.checked === true })} />
            {state.book ? (
              <>
                <Caption1 className={styles.note}>{t(state.subject.includes(":") ? "bookNote" : "bookNoteNoCode", { subject: state.subject })}</Caption1>
                <GuidelineNote guideline={citation(profile, "absencePhone")} t={t} />
              </>
            ) : null}
          </>
        ) : null}
      </div>

      <section className={styles.section} aria-labelledby="pv-absence-texts">
        <h2 id="pv-absence-texts" className={styles.heading}>
          {t("textsHeading")}
        </h2>
        <Caption1 className={styles.note}>{t("textsIntro")}</Caption1>
        {state.isEdited ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("edited")}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={state.rewrite}>
                {t("rewrite")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <Field label={t("internalText")}>
          <Textarea resize="vertical" rows={6} value={state.texts.internal} onChange={(_, data) => state.editText("internal", data.value)} />
        </Field>
        <CheckResult check={state.internalCheck} t={t} locale={locale} profile={profile} mailTip label="internal" />
        <Field label={t("externalText")}>
          <Textarea resize="vertical" rows={8} value={state.texts.external} onChange={(_, data) => state.editText("external", data.value)} />
        </Field>
        <CheckResult check={state.externalCheck} t={t} locale={locale} profile={profile} label="external" />
      </section>

      <section className={styles.section} aria-labelledby="pv-absence-mailbox">
        <h2 id="pv-absence-mailbox" className={styles.heading}>
          {t("mailboxHeading")}
        </h2>
        <ul className={styles.list}>
          {state.arrangements.map((item) => (
            <li key={item.id} className={styles.item} data-state={item.state}>
              <span role="img" aria-label={t(STATE_LABEL[item.state])}>
                {STATE_ICON[item.state]}
              </span>
              <div className={styles.itemBody}>
                <p className={styles.itemText}>{item.text[locale]}</p>
                {item.manual ? (
                  <Checkbox label={t("tick")} checked={item.state === "done"} onChange={(_, data) => state.tick(item.manual!, data.checked === true)} />
                ) : null}
                <GuidelineNote guideline={item.guideline} t={t} />
              </div>
            </li>
          ))}
        </ul>
        {state.rulesFailure ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{failureText(state.rulesFailure, locale)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {port.graph ? (
          <div className={styles.actions}>
            <Button icon={busy === "rules" ? <Spinner size="extra-tiny" /> : undefined} disabledFocusable={!!busy} onClick={() => void state.readRules()}>
              {busy === "rules" ? t("readingRules") : t("readRules")}
            </Button>
          </div>
        ) : null}
      </section>

      {port.graph ? (
        <div className={styles.actions}>
          <Button appearance="primary" icon={busy === "save" ? <Spinner size="extra-tiny" /> : <Save20Regular />} disabledFocusable={!!busy} onClick={() => void state.save()}>
            {busy === "save" ? t("saving") : t("save")}
          </Button>
        </div>
      ) : null}

      {/* Outcomes are announced to screen readers as they come. */}
      <div className={styles.status} aria-live="polite">
        {state.replace ? <ReplacePanel state={state} t={t} locale={locale} /> : null}
        {state.outcome ? (
          <div ref={outcomeRef} tabIndex={-1}>
            <OutcomeBar outcome={state.outcome} state={state} t={t} locale={locale} />
          </div>
        ) : null}
      </div>

      {state.manualOffered ? <ManualGuide state={state} t={t} locale={locale} /> : null}
    </main>
  );
}

function ColleagueFields({
  state,
  t,
  locale,
  port,
  fieldState,
}: {
  state: AbsenceState;
  t: AbsenceTranslate;
  locale: Locale;
  port: AbsencePort;
  fieldState: (field: PlanField) => { validationState?: "error"; validationMessage?: string };
}) {
  const styles = useStyles();
  const { form, update, busy } = state;
  // The list of matches goes once one is picked: focus goes to the name it put in.
  const nameRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <Field label={t("colleagueName")} {...fieldState("contactName")}>
        <Input ref={nameRef} value={form.name} autoComplete="off" onChange={(_, data) => update({ name: data.value })} />
      </Field>
      {port.graph ? (
        <div className={styles.actions}>
          <Button size="small" icon={busy === "search" ? <Spinner size="extra-tiny" /> : <Search20Regular />} disabledFocusable={!!busy} onClick={() => void state.search()}>
            {busy === "search" ? t("searching") : t("search")}
          </Button>
        </div>
      ) : null}
      {state.searchFailure ? (
        <Caption1 role="status">{state.searchFailure === "short" ? t("searchShort") : failureText(state.searchFailure, locale)}</Caption1>
      ) : null}
      {state.people ? (
        state.people.length === 0 ? (
          <Caption1 role="status">{t("searchNothing")}</Caption1>
        ) : (
          <ul className={styles.people} aria-label={t("searchResults")}>
            {state.people.map((person) => {
              // The name a screen reader hears holds the words shown (WCAG 2.5.3: a voice user says what they see).
              const shown = [person.name, person.phone, person.email].filter(Boolean).join(", ");
              return (
                <li key={`${person.name}|${person.email ?? ""}`} className={styles.person}>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => {
                      state.pick(person);
                      nameRef.current?.focus();
                    }}
                    aria-label={t("pick", { name: shown })}
                  >
                    {shown}
                  </Button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
      <Field label={t("colleaguePhone")} hint={t("colleaguePhoneHint")} {...fieldState("contactReach")}>
        <Input type="tel" value={form.phone} autoComplete="off" onChange={(_, data) => update({ phone: data.value })} />
      </Field>
      <Field label={t("colleagueEmail")} {...fieldState("contactEmail")}>
        <Input type="email" value={form.email} autoComplete="off" onChange={(_, data) => update({ email: data.value })} />
      </Field>
    </>
  );
}

function CheckResult({
  check,
  t,
  locale,
  profile,
  mailTip,
  label,
}: {
  check: AbsenceCheck;
  t: AbsenceTranslate;
  locale: Locale;
  profile: Profile;
  mailTip?: boolean;
  label: string;
}) {
  const styles = useStyles();
  const clean = check.missing.length === 0 && check.warnings.length === 0;
  const late = mailTip ? check.beyondMailTip : [];
  const words = late.map((p) => t(PART_WORDS[p]));
  const joined = words.length > 1 ? `${words.slice(0, -1).join(", ")}${t("and")}${words[words.length - 1]}` : (words[0] ?? "");
  return (
    <div className={styles.status} data-check={label}>
      {clean ? (
        <Caption1 className={styles.note}>
          <CheckmarkCircle20Filled primaryFill={tokens.colorPaletteGreenForeground1} aria-hidden /> {t("checkOk")}
        </Caption1>
      ) : null}
      {check.missing.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>{t("checkMissingHeading")}</strong>
            <ul className={styles.steps}>
              {check.missing.map((part) => (
                <li key={part}>{ABSENCE_PART_TEXTS[part][locale]}</li>
              ))}
            </ul>
            <GuidelineNote guideline={citation(profile, "absenceReply")} t={t} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {check.warnings.map((warning) => (
        <MessageBar key={warning.code} intent="warning" layout="multiline">
          <MessageBarBody>
            <strong>{t("checkWarningsHeading")}: </strong>
            {warning.text}
            <GuidelineNote guideline={warning.guideline} t={t} />
          </MessageBarBody>
        </MessageBar>
      ))}
      {late.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("mailTip", { parts: joined })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

/** A Graph date-time in words; one given in UTC is shown in Swedish time. */
function graphWords(value: { readonly dateTime: string; readonly timeZone: string } | undefined, locale: Locale): string {
  const parsed = value ? parseWallDateTime(value.dateTime) : undefined;
  if (!value || !parsed) return "?";
  if (!/^(utc|gmt|etc\/utc)$/i.test(value.timeZone.trim())) return wallWords(parsed, locale);
  const instant = Date.UTC(parsed.date.year, parsed.date.month - 1, parsed.date.day, parsed.time.hour, parsed.time.minute);
  const time = stockholmClockTime(instant);
  return wallWords({ date: stockholmDate(instant), time: { hour: time.hour, minute: time.minute } }, locale);
}

function ReplacePanel({ state, t, locale }: { state: AbsenceState; t: AbsenceTranslate; locale: Locale }) {
  const styles = useStyles();
  const current = state.replace!;
  // An alert dialog takes focus when it opens: the question is read, and Tab reaches its buttons.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="warning" layout="multiline" role="alertdialog" aria-labelledby="pv-absence-replace">
      <MessageBarBody>
        <strong id="pv-absence-replace">{t("replaceHeading")}</strong>
        <p className={styles.current}>
          {current.status === "alwaysEnabled" ? t("replaceAlways") : t("replaceScheduled", { from: graphWords(current.scheduledStart, locale), to: graphWords(current.scheduledEnd, locale) })}
        </p>
        <p className={styles.current}>
          <strong>{t("currentInternal")}</strong> {current.internalText || t("currentEmpty")}
        </p>
        <p className={styles.current}>
          <strong>{t("currentExternal")}</strong> {current.externalText || t("currentEmpty")}
        </p>
        <p className={styles.current}>{t("replaceQuestion")}</p>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={() => void state.save(true)}>
          {t("replaceYes")}
        </Button>
        <Button size="small" onClick={state.keep}>
          {t("replaceNo")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function OutcomeBar({ outcome, state, t, locale }: { outcome: Outcome; state: AbsenceState; t: AbsenceTranslate; locale: Locale }) {
  const period = state.plan?.period;
  const from = period ? wallWords(period.start, locale) : "";
  const to = period ? wallWords(period.end, locale) : "";
  switch (outcome.kind) {
    case "saved":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("savedReply", { from, to })}
            {outcome.booking === "created" ? ` ${t("savedBooking", { subject: outcome.subject })}` : ""}
            {outcome.booking === "exists" ? ` ${t("bookingExists", { subject: outcome.existing ?? outcome.subject })}` : ""}
          </MessageBarBody>
        </MessageBar>
      );
    case "partlyDone":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("partlyDone", { why: failureText(outcome.failure, locale) })} {t("bookYourself", { subject: outcome.subject })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={!!state.busy} onClick={() => void state.retryBooking()}>
              {t("retryBooking")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {failureText(outcome.failure, locale)} {t("nothingChanged")} {t("orByHand")}
          </MessageBarBody>
        </MessageBar>
      );
    case "kept":
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("kept")}</MessageBarBody>
        </MessageBar>
      );
    case "copied":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("copied")}</MessageBarBody>
        </MessageBar>
      );
    case "copyFailed":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("copyByHand")}</MessageBarBody>
        </MessageBar>
      );
    case "willRemind":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("willRemind", { to })}</MessageBarBody>
        </MessageBar>
      );
    case "fixForm":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("fixForm")}</MessageBarBody>
        </MessageBar>
      );
  }
}

function ManualGuide({ state, t, locale }: { state: AbsenceState; t: AbsenceTranslate; locale: Locale }) {
  const styles = useStyles();
  const period = state.plan?.period;
  const from = period ? wallWords(period.start, locale) : "";
  const to = period ? wallWords(period.end, locale) : "";
  return (
    <section className={styles.section} aria-labelledby="pv-absence-manual">
      <h2 id="pv-absence-manual" className={styles.heading}>
        {t("manualHeading")}
      </h2>
      <Caption1 className={styles.note}>{t(state.graph ? "manualWhyFailed" : "manualWhy")}</Caption1>
      <ol className={styles.steps}>
        <li>{t("manualStep1")}</li>
        <li>{t("manualStep2", { from, to })}</li>
        <li>{t("manualStep3")}</li>
        <li>{t("manualStep4", { subject: state.subject })}</li>
      </ol>
      <div className={styles.actions}>
        <Button icon={<Copy20Regular />} onClick={() => void state.copy("internal")}>
          {t("copyInternal")}
        </Button>
        <Button icon={<Copy20Regular />} onClick={() => void state.copy("external")}>
          {t("copyExternal")}
        </Button>
        <Button disabled={!period} disabledFocusable={state.busy === "remind"} onClick={() => void state.remindMe()}>
          {t("remindMe")}
        </Button>
      </div>
    </section>
  );
}
