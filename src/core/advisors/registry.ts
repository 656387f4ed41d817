/**
 * Every advisor, listed statically (as the rules are). Advisors run in the
 * task pane and the command line only, never in the send-time bundle.
 */
import { diaryAdvisor } from "./diary";
import type { Advisor } from "./types";

export const ADVISORS: readonly Advisor[] = [diaryAdvisor];

export function findAdvisor(id: string): Advisor | undefined {
  return ADVISORS.find((advisor) => advisor.meta.id === id);
}
