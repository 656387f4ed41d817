/**
 * What a handler needs to know about where it runs: the deployment's profile
 * (chosen at build time, `POSTVAKT_PROFILE`), Outlook's display language,
 * the user's own address and which Smart Alerts options this client has.
 * Every read is guarded: a missing piece degrades, it never throws.
 */
import { localeFromDisplayLanguage, trustedBuiltinProfile, type Locale, type Profile } from "../core";
import { supportsMailbox } from "../office/async";
import type { SendCapabilities } from "./send-decision";

export interface Deployment {
  /** Undefined when the profile failed to load or validate. */
  readonly profile: Profile | undefined;
  readonly locale: Locale;
  readonly userEmail: string | undefined;
  readonly capabilities: SendCapabilities;
}

let cachedProfile: { readonly profile: Profile | undefined } | undefined;

/**
 * The build-time profile. Not validated here: the suite validates every
 * built-in profile and the build refuses an unknown POSTVAKT_PROFILE, so the
 * send path need not carry the schema library (a quarter of its budget).
 */
function deploymentProfile(): Profile | undefined {
  if (!cachedProfile || __POSTVAKT_DEMO__) {
    let profile: Profile | undefined;
    try {
      profile = trustedBuiltinProfile(demoProfileChoice() ?? __POSTVAKT_PROFILE__);
    } catch {
      profile = undefined;
    }
    cachedProfile = { profile };
  }
  return cachedProfile.profile;
}

/**
 * The demo's host page names the profile its switcher shows, so that Send
 * checks against the same kommun as the task pane. Production builds fold
 * this away (`__POSTVAKT_DEMO__` is false there).
 */
function demoProfileChoice(): string | undefined {
  if (!__POSTVAKT_DEMO__) return undefined;
  const chosen = (globalThis as { postvaktDemoProfile?: unknown }).postvaktDemoProfile;
  return typeof chosen === "string" ? chosen : undefined;
}

function guarded<T>(read: () => T, fallback: T): T {
  try {
    return read() ?? fallback;
  } catch {
    return fallback;
  }
}

export function currentDeployment(): Deployment {
  return {
    profile: deploymentProfile(),
    locale: localeFromDisplayLanguage(guarded(() => Office.context.displayLanguage, "")),
    userEmail: guarded<string | undefined>(() => Office.context.mailbox.userProfile.emailAddress, undefined),
    capabilities: { dialogActions: supportsMailbox("1.14"), markdown: supportsMailbox("1.15") },
  };
}
