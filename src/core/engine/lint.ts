/**
 * lint(message, profile) -> report. The kernel receives rules already loaded
 * (textlint's model) and knows nothing of Office, files or output formats.
 */
import { DEFAULT_DETECTORS } from "../detectors";
import type { Detectors } from "../detectors/types";
import { ENGINE_MESSAGES } from "../i18n/messages";
import { localize, type Locale, type Localized } from "../i18n/locale";
import { SEVERITY_RANK, type Finding, type GuidelineCitation, type LintReport, type MailMessage } from "../model";
import type { Profile, RuleSetting } from "../profiles/schema";
import { RULES } from "../rules/registry";
import type { Rule, RuleReport } from "../rules/types";
import { createOrganisation } from "./organisation";

export interface LintOptions {
  readonly locale?: Locale;
  /** The mailbox owner's address: internal when the profile lists no domains. */
  readonly userEmail?: string;
  /** Replace any detector (tests, experiments). */
  readonly detectors?: Partial<Detectors>;
  /** Replace the rule set (tests). */
  readonly rules?: readonly Rule[];
}

/** Whether a profile runs a rule: its setting, or the rule's default when the profile does not name it. */
export function isRuleEnabled(rule: Rule, profile: Pick<Profile, "rules">): boolean {
  const setting: RuleSetting | undefined = profile.rules[rule.meta.id];
  if (setting === undefined) return rule.meta.enabledByDefault;
  if (setting === "on" || setting === "off") return setting === "on";
  return setting.enabled ?? true;
}

function optionsOf(setting: RuleSetting | undefined): Readonly<Record<string, unknown>> {
  return typeof setting === "object" && setting.options ? setting.options : {};
}

function citation(profile: Profile, key: string): GuidelineCitation | undefined {
  const passage = profile.guidelines[key];
  if (!passage) return undefined;
  return {
    document: profile.guidelineDocument.title,
    quote: passage.quote,
    ...(passage.section ? { section: passage.section } : {}),
  };
}

function renderData(
  data: RuleReport["data"],
  locale: Locale,
): Readonly<Record<string, string | number>> | undefined {
  if (!data) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = typeof value === "object" ? (value as Localized)[locale] : value;
  }
  return out;
}

/** Runs every enabled rule. A rule that throws becomes one finding; the others still run. */
export function lint(message: MailMessage, profile: Profile, options: LintOptions = {}): LintReport {
  const locale = options.locale ?? "sv";
  const rules = options.rules ?? RULES;
  const detectors: Detectors = { ...DEFAULT_DETECTORS, ...options.detectors };
  const organisation = createOrganisation(profile, options.userEmail);
  const externalRecipients = message.recipients.filter((r) => !organisation.isInternal(r.address));
  const findings: Finding[] = [];
  const ran: string[] = [];

  for (const ruleId of Object.keys(profile.rules)) {
    if (!rules.some((rule) => rule.meta.id === ruleId)) {
      findings.push({
        ruleId: "profile",
        messageId: "unknownRule",
        message: localize(ENGINE_MESSAGES.unknownRule, locale, { rule: ruleId }),
        severity: "info",
        field: "profile",
      });
    }
  }

  for (const rule of rules) {
    const setting = profile.rules[rule.meta.id];
    if (!isRuleEnabled(rule, profile)) continue;
    ran.push(rule.meta.id);
    const guideline = citation(profile, rule.meta.guideline);
    const collected: Finding[] = [];
    try {
      rule.check({
        message,
        profile,
        options: optionsOf(setting),
        organisation,
        externalRecipients,
        detectors,
        report(report) {
          const template = rule.meta.messages[report.messageId];
          collected.push({
            ruleId: rule.meta.id,
            messageId: report.messageId,
            message: template ? localize(template, locale, renderData(report.data, locale)) : report.messageId,
            severity: report.severity,
            field: report.field,
            ...(report.range ? { range: report.range } : {}),
            ...(report.kind !== undefined ? { kind: report.kind } : {}),
            ...(report.excerpt !== undefined ? { excerpt: report.excerpt } : {}),
            ...(report.inQuotedHistory ? { inQuotedHistory: true } : {}),
            ...(guideline ? { guideline } : {}),
            ...(report.fix ? { fix: report.fix } : {}),
          });
        },
      });
      findings.push(...collected);
    } catch {
      // The error itself may quote message content: it is not kept.
      findings.push({
        ruleId: rule.meta.id,
        messageId: "ruleFailed",
        message: localize(ENGINE_MESSAGES.ruleFailed, locale, { rule: rule.meta.description[locale] }),
        severity: "warning",
        field: "body",
      });
    }
  }

  findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.range?.start ?? 0) - (b.range?.start ?? 0));

  return {
    findings,
    checked: {
      recipients: message.recipients.length,
      externalRecipients: externalRecipients.length,
      bodyCharacters: message.body.text.length,
      attachments: message.attachments.length,
      rules: ran,
    },
  };
}
