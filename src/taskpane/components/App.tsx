/**
 * Wires the services, the profile choice and the locale to the views:
 * Granskning (the check) and, where the profile has a signature template and
 * a signature service is given, Signatur. The two are tabs in a bar pinned
 * to the bottom of the pane, after the content, so the check's own keyboard
 * order (Granska igen, the findings) comes first.
 */
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldCheckmark20Regular, Signature20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  BUILTIN_PROFILE_IDS,
  isInsertSignatureFix,
  localeFromDisplayLanguage,
  normaliseSignatureDetails,
  renderSignature,
  variantForCompose,
  type Finding,
  type InsertSignatureFix,
  type Locale,
  type MailMessage,
  type Profile,
} from "../../core";
import { translator, type Translate } from "../i18n";
import type { ProfileChoice } from "../profile";
import { ServiceError, type PostvaktService } from "../service";
import { signatureTranslator } from "../signature-i18n";
import { SignatureServiceError, type InsertRequest, type SignatureService } from "../signature-service";
import { forcedColorsActive, themeFor } from "../theme";
import { useReview } from "../use-review";
import { SignatureView } from "./SignatureView";
import { TaskPane } from "./TaskPane";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  broken: { padding: tokens.spacingHorizontalM },
  shell: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  panel: { display: "flex", flexDirection: "column", flexGrow: 1 },
  nav: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
});

export interface AppProps {
  readonly service: PostvaktService;
  readonly profileChoice: ProfileChoice;
  readonly pollMs?: number;
  /** The Signatur view's service; without it the pane shows the check only. */
  readonly signatureService?: SignatureService;
}

export function App({ service, profileChoice, pollMs, signatureService }: AppProps) {
  const styles = useStyles();
  const environment = useMemo(() => service.environment(), [service]);
  const locale = localeFromDisplayLanguage(environment.displayLanguage);
  const t = useMemo(() => translator(locale), [locale]);
  const theme = useMemo(() => themeFor(environment.officeTheme, forcedColorsActive()), [environment]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={theme} className={styles.provider} lang={locale}>
      {profileChoice.ok ? (
        <Review
          service={service}
          signatureService={signatureService}
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

type View = "review" | "signature";

function replaceRequest(fix: InsertSignatureFix, message: MailMessage): InsertRequest["replace"] | undefined {
  if (fix.signature.action !== "replace") return undefined;
  return {
    ...(fix.signature.textRange ? { textRange: fix.signature.textRange } : {}),
    ...(fix.signature.htmlRange ? { htmlRange: fix.signature.htmlRange } : {}),
    checkedText: message.body.text,
    ...(message.body.html !== undefined ? { checkedHtml: message.body.html } : {}),
  };
}

function Review(props: {
  service: PostvaktService;
  signatureService: SignatureService | undefined;
  profile: Profile;
  t: Translate;
  locale: Locale;
  userEmail: string | undefined;
  pollMs: number | undefined;
}) {
  const { service, signatureService, profile, t, locale, userEmail, pollMs } = props;
  const styles = useStyles();
  const template = profile.signature;
  const signatureT = useMemo(() => signatureTranslator(locale), [locale]);
  const [view, setView] = useState<View>("review");
  // Set when a signature finding's button brought the user here to fill in their details first.
  const [openedForFix, setOpenedForFix] = useState(false);
  const withSignature = !!(template && signatureService);

  // The check's "Infoga/Ersätt signatur" with the saved details, straight into the message.
  const applySignatureFix = useCallback(
    async (fix: InsertSignatureFix, message: MailMessage) => {
      if (!template || !signatureService) throw new ServiceError("signatureFailed");
      const details = normaliseSignatureDetails(signatureService.load().details);
      const replace = replaceRequest(fix, message);
      try {
        await signatureService.insert({
          signature: renderSignature(template, details, { variant: fix.signature.variant }),
          ...(template.greeting ? { greeting: template.greeting } : {}),
          ...(replace ? { replace } : {}),
        });
      } catch (error) {
        throw new ServiceError(error instanceof SignatureServiceError && error.kind === "insertStale" ? "signatureStale" : "signatureFailed");
      }
    },
    [template, signatureService],
  );

  const review = useReview(service, profile, {
    locale,
    ...(userEmail ? { userEmail } : {}),
    ...(pollMs ? { pollMs } : {}),
    ...(withSignature ? { applySignatureFix } : {}),
  });

  const onFix = useCallback(
    (finding: Finding) => {
      const fix = finding.fix;
      // Without saved details there is nothing to insert yet: the Signatur view asks for them first.
      if (isInsertSignatureFix(fix) && signatureService && signatureService.load().source !== "saved") {
        setOpenedForFix(true);
        setView("signature");
        return;
      }
      review.applyFix(finding);
    },
    [signatureService, review],
  );

  // Inserting from the Signatur view follows the latest check: where it found a wrong signature it
  // could bound, the new one replaces it (with the fix's variant) instead of going in beside it.
  const message = review.state.status === "ready" && review.state.message.mode === "compose" ? review.state.message : undefined;
  const signatureFix = message && review.state.status === "ready" ? review.state.report.findings.map((f) => f.fix).find(isInsertSignatureFix) : undefined;
  const pendingReplace = signatureFix && message ? replaceRequest(signatureFix, message) : undefined;
  const composeVariant = signatureFix?.signature.variant ?? (template && message ? variantForCompose(template, message.composeType) : "full");

  const pane = (
    <TaskPane
      t={t}
      state={review.state}
      checking={review.checking}
      fixNotice={review.fixNotice}
      fixing={review.fixing}
      profileName={profile.name}
      onRecheck={review.recheck}
      onFix={onFix}
      signatureFixes={withSignature}
    />
  );
  if (!template || !signatureService) return <div className={styles.shell}>{pane}</div>;

  return (
    <div className={styles.shell}>
      <div className={styles.panel} role="tabpanel" id="pv-panel" aria-labelledby={`pv-tab-${view}`}>
        {view === "review" ? (
          pane
        ) : (
          <SignatureView
            t={signatureT}
            locale={locale}
            template={template}
            service={signatureService}
            composeVariant={composeVariant}
            {...(pendingReplace ? { pendingReplace } : {})}
            needDetails={openedForFix}
            onInserted={() => {
              setOpenedForFix(false);
              review.recheck();
            }}
            onBodyChanged={review.recheck}
          />
        )}
      </div>
      <nav className={styles.nav} aria-label={t("navLabel")}>
        <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)}>
          <Tab id="pv-tab-review" value="review" aria-controls="pv-panel" icon={<ShieldCheckmark20Regular />}>
            {t("tabReview")}
          </Tab>
          <Tab id="pv-tab-signature" value="signature" aria-controls="pv-panel" icon={<Signature20Regular />}>
            {t("tabSignature")}
          </Tab>
        </TabList>
      </nav>
    </div>
  );
}
