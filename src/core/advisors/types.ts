/**
 * An advisor (the second kind of unit beside rules): it looks at a message
 * and proposes what to do next ("this is an application: send it to the
 * registrar; answer by Monday"). Advice never blocks and never feeds the
 * check at Send; it is shown in the task pane with its actions as buttons.
 *
 * Same shape as a rule: static meta plus one pure function. The clock and
 * the user come in the context; an advisor never reads Date.now() itself.
 */
import type { Action } from "../actions/types";
import type { Detectors } from "../detectors/types";
import type { Organisation } from "../engine/organisation";
import type { Localized } from "../i18n/locale";
import type { GuidelineCitation, MailMessage } from "../model";
import type { Profile } from "../profiles/schema";

/** How an advice is shown: "urgent" (red card, act today), "advice" (do this), "note" (for information). */
export type AdviceTone = "urgent" | "advice" | "note";

/** One reason an advice gives, short enough for a person to check at a glance. */
export interface AdviceReason {
  /** Stable id ("externalSender", "application"): tests, the CLI, statistics. */
  readonly code: string;
  readonly text: Localized;
}

export interface Advice {
  readonly advisorId: string;
  /** Stable within the advisor ("register", "urgentRequest"). */
  readonly id: string;
  readonly tone: AdviceTone;
  readonly title: Localized;
  readonly explanation: Localized;
  /** The kommun's own words the advice rests on. */
  readonly guideline?: GuidelineCitation;
  readonly reasons: readonly AdviceReason[];
  readonly actions: readonly Action[];
  /** Structured facts for views and the command line (the advisor documents their shape). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Who is reading, and when. */
export interface AdviseContext {
  /** The instant of the advice (ms since the epoch): deadlines are computed from the message, not from this, but "overdue" is. */
  readonly now: number;
  readonly user: {
    /** The mailbox the item is in (a shared registrar box, or the user's own). */
    readonly mailbox?: string;
    readonly email?: string;
    readonly displayName?: string;
    /** The user works as a registrar (said so once, or listed in the profile). */
    readonly isRegistrar?: boolean;
  };
}

export interface AdvisorMeta {
  readonly id: string;
  readonly description: Localized;
  /** Key of the profile's guideline passage the advice cites. */
  readonly guideline: string;
  readonly enabledByDefault: boolean;
  /** Which items it looks at. */
  readonly modes: readonly MailMessage["mode"][];
}

export interface AdvisorInput {
  readonly message: MailMessage;
  readonly profile: Profile;
  readonly context: AdviseContext;
  readonly organisation: Organisation;
  readonly detectors: Detectors;
  /** The profile's passage for the advisor's guideline key, ready to attach. */
  readonly guideline?: GuidelineCitation;
}

export interface Advisor {
  readonly meta: AdvisorMeta;
  advise(input: AdvisorInput): readonly Advice[];
}

export function defineAdvisor(advisor: Advisor): Advisor {
  return advisor;
}
