/**
 * lint(message, profile) -> report. The kernel receives rules already loaded
 * (textlint's model) and knows nothing of Office, files or output formats.
 */
import { DEFAULT_DETECTORS } from "../detectors";
import type { Detectors } from "../detectors/types";
import { ENGINE_MESSAGES } from "../i18n/messages";
import { localize, type Locale, type Localized } from "../i18n/locale";
import {
  ENGINE_RULE_FAILED,
  ENGINE_UNKNOWN_RULE,
  SEVERITY_RANK,
  type Finding,
  type LintReport,
  type MailMessage,
  type Severity,
} from "../model";
import { guidelineCitation } from "../profiles/citation";
import type { Profile, RuleSetting } from "../profiles/schema";
import { RULES } from "../rules/registry";
import type { AnyRule, LintUser, RuleLevel, RuleReport } from "../rules/types";
import { createOrganisation } from "./organisation";

/** A rule lists at most this many findings; the rest are counted in `report.omitted`. */
export const MAX_FINDINGS_PER_RULE = 100;

export interface LintOptions {
  readonly locale?: Locale;
  /** Per-user facts: the mailbox owner's address, the user's own mobile numbers. */
  readonly user?: LintUser;
  /** The instant of the check (ms since the epoch), for rules about time. */
  readonly now?: number;
  /** Replace any detector (tests, experiments). */
  readonly detectors?: Partial<Detectors>;
  /** Replace the rule set (tests). */
  readonly rules?: readonly AnyRule[];
  /** Replace the per-rule cap (tests). */
  readonly maxFindingsPerRule?: number;
}

const SEVERITY_OF_RANK: readonly Severity[] = ["info", "info", "warning", "error"];

/** The profile's setting for a rule id (profiles from outside may name any id). */
export function ruleSettingOf(profile: Pick<Profile, "rules">, id: string): RuleSetting | undefined {
  const rules = profile.rules as Readonly<Record<string, RuleSetting | undefined>>;
  return Object.prototype.hasOwnProperty.call(rules, id) ? rules[id] : undefined;
}

/** The level a profile gives a rule: its setting, or the rule's own default when the profile does not name it. */
export function ruleLevel(rule: AnyRule, profile: Pick<Profile, "rules">): RuleLevel {
  const setting = ruleSettingOf(profile, rule.meta.id);
  const level = typeof setting === "object" ? (setting.level ?? "on") : setting;
  if (level === undefined) return rule.meta.enabledByDefault ? rule.meta.defaultLevel : "off";
  return level === "on" ? rule.meta.defaultLevel : level;
}

/** Whether a profile runs a rule. */
export function isRuleEnabled(rule: AnyRule, profile: Pick<Profile, "rules">): boolean {
  return ruleLevel(rule, profile) !== "off";
}

/** The rule's options: its defaults with the profile's over them (validated when the profile was loaded). */
export function ruleOptions(rule: AnyRule, profile: Pick<Profile, "rules">): object {
  const setting = ruleSettingOf(profile, rule.meta.id);
  const given = typeof setting === "object" && setting.options ? setting.options : undefined;
  return given ? { ...rule.meta.defaultOptions, ...given } : rule.meta.defaultOptions;
}

/** Moves a reported severity by the distance between the profile's level and the rule's default. */
export function shiftSeverity(severity: Severity, level: Severity, defaultLevel: Severity): Severity {
  const rank = SEVERITY_RANK[severity] + SEVERITY_RANK[level] - SEVERITY_RANK[defaultLevel];
  return SEVERITY_OF_RANK[Math.max(1, Math.min(3, rank))] as Severity;
}

function renderData(data: RuleReport["data"], locale: Locale): Readonly<Record<string, string | number>> | undefined {
  if (!data) return undefined;
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(data)) {
    const value = data[key];
    out[key] = typeof value === "object" ? (value as Localized)[locale] : (value as string | number);
  }
  return out;
}

/**
 * Runs every enabled rule. A rule that throws becomes one engine finding
 * (what it reported before it threw still counts); the others still run.
 * Each rule lists at most `MAX_FINDINGS_PER_RULE` findings, so a body with
 * a hundred thousand numbers costs no more to report than one with a hundred.
 */
export function lint(message: MailMessage, profile: Profile, options: LintOptions = {}): LintReport {
  const locale = options.locale ?? "sv";
  const rules = options.rules ?? RULES;
  const cap = options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE;
  const detectors: Detectors = { ...DEFAULT_DETECTORS, ...options.detectors };
  const user: LintUser = options.user ?? {};
  const organisation = createOrganisation(profile, user.email);
  const externalRecipients = message.recipients.filter((r) => !organisation.isInternal(r.address));
  const findings: Finding[] = [];
  const omitted: Record<string, number> = {};
  const ran: string[] = [];

  for (const ruleId of Object.keys(profile.rules)) {
    if (!rules.some((rule) => rule.meta.id === ruleId)) {
      findings.push({
        ruleId: ENGINE_UNKNOWN_RULE,
        messageId: "unknownRule",
        message: localize(ENGINE_MESSAGES.unknownRule, locale, { rule: ruleId }),
        severity: "info",
        field: "profile",
      });
    }
  }

  for (const rule of rules) {
    const level = ruleLevel(rule, profile);
    if (level === "off") continue;
    const { meta } = rule;
    ran.push(meta.id);
    const guideline = guidelineCitation(profile, meta.guideline);
    let listed = 0;
    let extra = 0;
    try {
      rule.check({
        message,
        profile,
        options: ruleOptions(rule, profile),
        organisation,
        externalRecipients,
        detectors,
        user,
        ...(options.now !== undefined ? { now: options.now } : {}),
        report(report) {
          if (listed >= cap) {
            extra++;
            return false;
          }
          listed++;
          const template = (meta.messages as Readonly<Record<string, Localized>>)[report.messageId];
          findings.push({
            ruleId: meta.id,
            messageId: report.messageId,
            message: template ? localize(template, locale, renderData(report.data, locale)) : report.messageId,
            severity: shiftSeverity(report.severity, level, meta.defaultLevel),
            field: report.field,
            ...(report.range ? { range: report.range } : {}),
            ...(report.kind !== undefined ? { kind: report.kind } : {}),
            ...(report.confidence !== undefined ? { confidence: report.confidence } : {}),
            ...(report.excerpt !== undefined ? { excerpt: report.excerpt } : {}),
            ...(report.inQuotedHistory ? { inQuotedHistory: true } : {}),
            ...(guideline ? { guideline } : {}),
            ...(report.actions && report.actions.length > 0 ? { actions: report.actions } : {}),
          });
          return listed < cap;
        },
      });
    } catch {
      // The error itself may quote message content: it is not kept.
      findings.push({
        ruleId: ENGINE_RULE_FAILED,
        messageId: "ruleFailed",
        // The send-time file carries no rule descriptions (webpack.config.js): there the rule is named by its id.
        message: localize(ENGINE_MESSAGES.ruleFailed, locale, { rule: (meta.description as Localized | undefined)?.[locale] ?? meta.id }),
        severity: "warning",
        field: "body",
        incomplete: true,
        failedRule: meta.id,
      });
    }
    if (extra > 0) omitted[meta.id] = extra;
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
    ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
  };
}
