/**
 * advise(message, profile, context) -> advice: runs every advisor the
 * profile switches on for the message's mode. An advisor that throws gives
 * no advice (it is listed in `failed`), the others still run: advice is a
 * help, and a broken helper must not take the pane down with it.
 */
import { DEFAULT_DETECTORS } from "../detectors";
import type { Detectors } from "../detectors/types";
import { createOrganisation } from "../engine/organisation";
import type { MailMessage } from "../model";
import type { Profile } from "../profiles/schema";
import { guidelineCitation } from "../profiles/citation";
import { ADVISORS } from "./registry";
import type { Advice, AdviseContext, Advisor } from "./types";

export interface AdviceReport {
  readonly advice: readonly Advice[];
  /** Advisors that threw (their ids; never the error, which may quote content). */
  readonly failed: readonly string[];
}

export interface AdviseOptions {
  readonly advisors?: readonly Advisor[];
  readonly detectors?: Partial<Detectors>;
}

/** Whether the profile runs an advisor: its `advisors.<id>` switch, else the advisor's default. */
export function isAdvisorEnabled(advisor: Advisor, profile: Pick<Profile, "advisors">): boolean {
  const setting = profile.advisors?.[advisor.meta.id];
  if (setting === undefined) return advisor.meta.enabledByDefault;
  return typeof setting === "string" ? setting === "on" : setting.enabled !== false;
}


export function advise(message: MailMessage, profile: Profile, context: AdviseContext, options: AdviseOptions = {}): AdviceReport {
  const advisors = options.advisors ?? ADVISORS;
  const detectors: Detectors = { ...DEFAULT_DETECTORS, ...options.detectors };
  const organisation = createOrganisation(profile, context.user.email);
  const advice: Advice[] = [];
  const failed: string[] = [];
  for (const advisor of advisors) {
    if (!advisor.meta.modes.includes(message.mode) || !isAdvisorEnabled(advisor, profile)) continue;
    const guideline = guidelineCitation(profile, advisor.meta.guideline);
    try {
      for (const item of advisor.advise({ message, profile, context, organisation, detectors, ...(guideline ? { guideline } : {}) })) advice.push(item);
    } catch {
      failed.push(advisor.meta.id);
    }
  }
  return { advice, failed };
}
