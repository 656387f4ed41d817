/**
 * The shell: wires the ports, the profile and the locale to the features and
 * switches between their views. Features do not import each other; where one
 * needs another (a signature action without saved details opens the
 * Signatur view), the shell connects them.
 */
import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { BookOpen20Regular, CalendarPerson20Regular, ShieldCheckmark20Regular, Signature20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  BUILTIN_PROFILE_IDS,
  actionOfType,
  listedAsRegistrar,
  localeFromDisplayLanguage,
  variantForCompose,
  type InsertSignatureAction,
  type LintUser,
  type Locale,
  type MailMessage,
  type Profile,
} from "../../core";
import type { AbsencePort, ActionPort, DiaryPort, FailureKind, InsertRequest, ReviewPort, SelectionPort, SignaturePort } from "../../ports";
import { AbsenceReminder } from "../features/absence/AbsenceReminder";
import { AbsenceView } from "../features/absence/AbsenceView";
import { ABSENCE_TEXTS } from "../features/absence/texts";
import { useAbsenceReminder } from "../features/absence/use-absence-reminder";
import { DiaryBatchView } from "../features/diary/DiaryBatchView";
import { DiaryCard } from "../features/diary/DiaryCard";
import { DiaryView } from "../features/diary/DiaryView";
import { DIARY_TEXTS } from "../features/diary/texts";
import { useDiary } from "../features/diary/use-diary";
import { useSelection } from "../features/diary/use-selection";
import { ReviewView } from "../features/review/ReviewView";
import { REVIEW_TEXTS } from "../features/review/texts";
import { useReview } from "../features/review/use-review";
import { SignatureView } from "../features/signature/SignatureView";
import { SIGNATURE_TEXTS } from "../features/signature/texts";
import { failureText } from "../ui/failure-texts";
import { translator, type Translator } from "../ui/i18n";
import { useViewStyles } from "../ui/view-styles";
import { Navigation, type NavigationItem } from "./Navigation";
import type { ProfileChoice } from "./profile";
import { SHELL_TEXTS, type ShellTextKey } from "./texts";
import { forcedColorsActive, themeFor } from "./theme";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  broken: { padding: tokens.spacingHorizontalM },
  shell: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  panel: { display: "flex", flexDirection: "column", flexGrow: 1 },
});

export interface AppProps {
  /** The item and its changes. */
  readonly review: ReviewPort;
  /** Carries the findings' and advice's actions out. */
  readonly actions: ActionPort;
  readonly profileChoice: ProfileChoice;
  readonly pollMs?: number;
  /** The Signatur view's port; without it the pane shows no Signatur view. */
  readonly signature?: SignaturePort;
  /** The Diarium view's port (remembered choices, the mailbox, the bar on the item); without it choices are not kept. */
  readonly diary?: DiaryPort;
  /** The Frånvaro view's port; without it (or a profile without an absence section) the pane shows no Frånvaro view. */
  readonly absence?: AbsencePort;
  /** Several selected messages (the registrar edition only); without it the pane follows one item. */
  readonly selection?: SelectionPort;
  /** The clock (tests pass a fixed one). */
  readonly now?: () => number;
}

const systemNow = () => Date.now();

export function App({ review, actions, profileChoice, pollMs, signature, diary, absence, selection, now = systemNow }: AppProps) {
  const styles = useStyles();
  const environment = useMemo(() => review.environment(), [review]);
  const locale = localeFromDisplayLanguage(environment.displayLanguage);
  const t = useMemo(() => translator(SHELL_TEXTS, locale), [locale]);
  const theme = useMemo(() => themeFor(environment.officeTheme, forcedColorsActive()), [environment]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={theme} className={styles.provider} lang={locale}>
      {profileChoice.ok ? (
        <Views
          review={review}
          actions={actions}
          signature={signature}
          diary={diary}
          absence={absence}
          selection={selection}
          now={now}
          profile={profileChoice.profile}
          t={t}
          locale={locale}
          userEmail={environment.userEmail}
          pollMs={pollMs}
        />
      ) : (
        <main className={styles.broken}>
          <h1 style={{ fontSize: tokens.fontSizeBase400 }}>{t("appTitle")}</h1>
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              {profileChoice.reason === "unknown"
                ? t("profileUnknown", { id: profileChoice.id, known: BUILTIN_PROFILE_IDS.join(", ") })
                : t("profileBroken", { id: profileChoice.id, field: profileChoice.field, problem: profileChoice.problem })}
            </MessageBarBody>
          </MessageBar>
        </main>
      )}
    </FluentProvider>
  );
}

type View = "review" | "signature" | "diary" | "absence";

/** Where a "replace" signature action says the old signature is, in the message it was checked in. */
function replaceRequest(action: InsertSignatureAction, message: MailMessage): InsertRequest["replace"] | undefined {
  if (action.mode !== "replace") return undefined;
  return {
    ...(action.textRange ? { textRange: action.textRange } : {}),
    ...(action.htmlRange ? { htmlRange: action.htmlRange } : {}),
    checkedText: message.body.text,
    ...(message.body.html !== undefined ? { checkedHtml: message.body.html } : {}),
  };
}

/**
 * What the checks may know about the user from their saved signature details:
 * their own numbers (not a colleague's) and the details the kommun's signature
 * must show. Only saved details count: a prefill is a guess.
 */
function userFacts(userEmail: string | undefined, signature: SignaturePort | undefined): LintUser {
  const loaded = signature?.load();
  const details = loaded?.source === "saved" ? loaded.details : undefined;
  const own = [details?.mobile, details?.phone].filter((n): n is string => typeof n === "string" && n.trim() !== "");
  return { ...(userEmail ? { email: userEmail } : {}), ownMobileNumbers: own, ...(details ? { signature: details } : {}) };
}

function Views(props: {
  review: ReviewPort;
  actions: ActionPort;
  signature: SignaturePort | undefined;
  diary: DiaryPort | undefined;
  absence: AbsencePort | undefined;
  selection: SelectionPort | undefined;
  now: () => number;
  profile: Profile;
  t: Translator<ShellTextKey>;
  locale: Locale;
  userEmail: string | undefined;
  pollMs: number | undefined;
}) {
  const { review: reviewPort, actions, signature, diary: diaryPort, absence, selection: selectionPort, now, profile, t, locale, userEmail, pollMs } = props;
  const styles = useStyles();
  const viewStyles = useViewStyles();
  const template = profile.signature;
  const reviewT = useMemo(() => translator(REVIEW_TEXTS, locale), [locale]);
  const signatureT = useMemo(() => translator(SIGNATURE_TEXTS, locale), [locale]);
  const diaryT = useMemo(() => translator(DIARY_TEXTS, locale), [locale]);
  const absenceT = useMemo(() => translator(ABSENCE_TEXTS, locale), [locale]);
  const withAbsence = !!(absence && profile.absence);
  const reminder = useAbsenceReminder(withAbsence ? absence : undefined, now);
  const [view, setView] = useState<View>("review");
  // A button that opens another view ("Öppna Diarium") takes focus along, to that view's title.
  const panelRef = useRef<HTMLDivElement>(null);
  const [focusTitle, setFocusTitle] = useState(0);
  const openView = useCallback((next: View) => {
    setView(next);
    setFocusTitle((n) => n + 1);
  }, []);
  useEffect(() => {
    if (focusTitle === 0) return;
    const title = panelRef.current?.querySelector<HTMLElement>("h1, h2");
    if (!title) return;
    if (!title.hasAttribute("tabindex")) title.setAttribute("tabindex", "-1");
    title.focus();
  }, [focusTitle]);
  // Set when a finding's signature action brought the user here to fill in their details first.
  const [openedForAction, setOpenedForAction] = useState(false);
  const withSignature = !!(template && signature);
  const [user, setUser] = useState(() => userFacts(userEmail, signature));

  const onNeedsView = useCallback(
    (failure: FailureKind) => {
      if (failure !== "signatureDetailsMissing" || !withSignature) return false;
      setOpenedForAction(true);
      setView("signature"); // the Signatur view puts focus on the first field to fill in
      return true;
    },
    [withSignature],
  );

  const review = useReview(reviewPort, actions, profile, { locale, user, onNeedsView, now, ...(pollMs ? { pollMs } : {}) });

  // The diary advice follows the item the review read; it is worked out only for an item being read.
  const readMessage = review.state.status === "ready" && review.state.message.mode === "read" ? review.state.message : undefined;
  const diary = useDiary(readMessage, profile, actions, diaryPort, { locale, ...(userEmail ? { userEmail } : {}) });
  // Several selected messages (registrar edition): Diarium lists them; the review waits for one message.
  const listedRegistrar = profile.diary !== undefined && listedAsRegistrar(profile.diary, [userEmail, diary.mailbox]);
  // The registrar edition is handed to registrars: its user is one unless they have said otherwise.
  const batchRegistrar = diary.preferences.isRegistrar === true || listedRegistrar || (selectionPort !== undefined && diary.preferences.isRegistrar !== false);
  const selection = useSelection(selectionPort, profile, {
    ...(userEmail ? { userEmail } : {}),
    ...(diary.mailbox ? { mailbox: diary.mailbox } : {}),
    isRegistrar: batchRegistrar,
    now,
    onSingle: review.recheck,
  });
  const several = selection.status === "several" ? selection : undefined;
  const isSeveral = several !== undefined;
  // Only the change from one to several opens Diarium; the user may switch away afterwards.
  useEffect(() => {
    if (isSeveral) setView("diary");
  }, [isSeveral]);
  const withDiary = profile.diary !== undefined && (readMessage !== undefined || several !== undefined);
  const shown: View =
    (view === "diary" && !withDiary) || (view === "signature" && !withSignature) || (view === "absence" && !withAbsence) ? "review" : view;

  // Inserting from the Signatur view follows the latest check: where it found a wrong signature it
  // could bound, the new one replaces it (with the action's variant) instead of going in beside it.
  const message = review.state.status === "ready" && review.state.message.mode === "compose" ? review.state.message : undefined;
  const signatureAction =
    message && review.state.status === "ready"
      ? review.state.report.findings.map((f) => actionOfType(f.actions, "insertSignature")).find((a) => a !== undefined)
      : undefined;
  const pendingReplace = signatureAction && message ? replaceRequest(signatureAction, message) : undefined;
  const composeVariant = signatureAction?.variant ?? (template && message ? variantForCompose(template, message.composeType) : "full");

  const pane = several ? (
    <main className={viewStyles.root}>
      <h1 className={viewStyles.title}>{t("appTitle")}</h1>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t("severalSelected", { count: String(several.rows.length) })}</MessageBarBody>
      </MessageBar>
    </main>
  ) : (
    <ReviewView
      t={reviewT}
      locale={locale}
      title={t("appTitle")}
      state={review.state}
      checking={review.checking}
      notice={review.notice}
      busy={review.busy}
      profile={profile}
      onRecheck={review.recheck}
      onAction={review.perform}
      canPerform={(action) => (action.type === "insertSignature" ? withSignature && actions.canPerform(action) : actions.canPerform(action))}
      readSlot={withDiary ? <DiaryCard t={diaryT} locale={locale} state={diary.state} onOpen={() => openView("diary")} /> : undefined}
    />
  );

  const items: NavigationItem<View>[] = [
    { id: "review", label: t("tabReview"), icon: <ShieldCheckmark20Regular /> },
    ...(withSignature ? [{ id: "signature" as const, label: t("tabSignature"), icon: <Signature20Regular /> }] : []),
    ...(withDiary ? [{ id: "diary" as const, label: t("tabDiary"), icon: <BookOpen20Regular /> }] : []),
    ...(withAbsence ? [{ id: "absence" as const, label: t("tabAbsence"), icon: <CalendarPerson20Regular /> }] : []),
  ];
  // After an absence, the reminder to switch the automatic reply off stands above every view.
  const absenceBar = withAbsence ? <AbsenceReminder t={absenceT} locale={locale} reminder={reminder} /> : null;
  // Above every view: the absence reminder, and that Outlook could not list the selection (the pane goes on with the open item).
  const topBars =
    selection.status === "failed" ? (
      <>
        {absenceBar}
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{failureText(selection.failure, locale)}</MessageBarBody>
        </MessageBar>
      </>
    ) : (
      absenceBar
    );
  if (items.length === 1) {
    return (
      <div className={styles.shell}>
        {topBars}
        {pane}
      </div>
    );
  }

  return (
    <div className={styles.shell}>
      {topBars}
      <Navigation label={t("navLabel")} items={items} selected={shown} onSelect={setView} panelId="pv-panel" />
      <div ref={panelRef} className={styles.panel} role="tabpanel" id="pv-panel" aria-labelledby={`pv-tab-${shown}`}>
        {shown === "review" ? (
          pane
        ) : shown === "absence" && absence ? (
          <AbsenceView t={absenceT} locale={locale} profile={profile} port={absence} actions={actions} now={now} {...(userEmail ? { userEmail } : {})} />
        ) : shown === "diary" && several && profile.diary ? (
          <DiaryBatchView
            t={diaryT}
            locale={locale}
            selection={several}
            diary={profile.diary}
            isRegistrar={batchRegistrar || several.rows.some((r) => r.data?.isRegistrar === true)}
            registrar={diary.preferences.registrar}
            registrars={profile.diary.registrars}
            onChooseRegistrar={diary.chooseRegistrar}
            canPerform={(action) => actions.canPerform(action)}
            onPerform={diary.perform}
            busy={diary.busy}
            notice={diary.notice}
          />
        ) : shown === "diary" ? (
          <DiaryView
            t={diaryT}
            locale={locale}
            diary={diary}
            registrars={profile.diary?.registrars ?? []}
            category={profile.diary?.category}
            canPerform={(action) => actions.canPerform(action)}
            loading={review.checking}
          />
        ) : template && signature ? (
          <SignatureView
            t={signatureT}
            locale={locale}
            template={template}
            service={signature}
            composeVariant={composeVariant}
            {...(pendingReplace ? { pendingReplace } : {})}
            needDetails={openedForAction}
            onSaved={() => setUser(userFacts(userEmail, signature))}
            onInserted={() => {
              setOpenedForAction(false);
              review.recheck();
            }}
            onBodyChanged={review.recheck}
          />
        ) : null}
      </div>
    </div>
  );
}
