import { SEVERITY_RANK, type Finding, type LintReport, type Severity, type Verdict } from "../model";
import type { SendPolicy } from "../profiles/schema";

function atLeast(severity: Severity, threshold: SendPolicy["blockAt"]): boolean {
  return threshold !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

/** The worst severity in a report, or undefined when it is clean. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

/** allow | prompt | block, from the worst finding and the profile's send policy. */
export function decide(report: LintReport, policy: Pick<SendPolicy, "blockAt" | "promptAt">): Verdict {
  const worst = worstSeverity(report.findings);
  if (!worst) return "allow";
  if (atLeast(worst, policy.blockAt)) return "block";
  if (atLeast(worst, policy.promptAt)) return "prompt";
  return "allow";
}
