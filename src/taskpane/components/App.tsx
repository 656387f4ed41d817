/** Wires the service, the profile choice and the locale to the view. */
import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { BUILTIN_PROFILE_IDS, localeFromDisplayLanguage, type Profile } from "../../core";
import { translator, type Translate } from "../i18n";
import type { ProfileChoice } from "../profile";
import type { PostvaktService } from "../service";
import { forcedColorsActive, themeFor } from "../theme";
import { useReview } from "../use-review";
import { TaskPane } from "./TaskPane";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  broken: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  readonly service: PostvaktService;
  readonly profileChoice: ProfileChoice;
  readonly pollMs?: number;
}

export function App({ service, profileChoice, pollMs }: AppProps) {
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
        <Review service={service} profile={profileChoice.profile} t={t} locale={locale} userEmail={environment.userEmail} pollMs={pollMs} />
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

function Review(props: {
  service: PostvaktService;
  profile: Profile;
  t: Translate;
  locale: "sv" | "en";
  userEmail: string | undefined;
  pollMs: number | undefined;
}) {
  const { service, profile, t, locale, userEmail, pollMs } = props;
  const review = useReview(service, profile, { locale, ...(userEmail ? { userEmail } : {}), ...(pollMs ? { pollMs } : {}) });
  return (
    <TaskPane
      t={t}
      state={review.state}
      checking={review.checking}
      fixNotice={review.fixNotice}
      fixing={review.fixing}
      profileName={profile.name}
      onRecheck={review.recheck}
      onFix={review.applyFix}
    />
  );
}
