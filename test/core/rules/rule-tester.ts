/**
 * Table-driven tests for one rule, the way ESLint's RuleTester works: a list
 * of valid messages (the rule reports nothing) and invalid ones (it reports
 * exactly these findings, in order). The rule runs alone through the real
 * engine, switched on in the case's profile, so levels, options and the
 * guideline citation behave as in production. Every finding is also checked
 * for what every finding must hold: a rendered message without unfilled
 * placeholders, texts in the case's locale, and a guideline citation.
 */
import { describe, expect, it } from "vitest";
import {
  ENGINE_RULE_FAILED,
  createMailMessage,
  lint,
  loadBuiltinProfile,
  type AnyRule,
  type Finding,
  type FindingField,
  type LintOptions,
  type MailMessage,
  type Profile,
  type RuleSetting,
  type Severity,
} from "../../../src/core";

export interface RuleCase {
  /** Shown as the test's name. */
  readonly name: string;
  /** A built message, or a compose message's plain body. */
  readonly message: MailMessage | string;
  /** External recipients for a plain body (default: one outside the kommun). */
  readonly to?: readonly string[];
  /** Built-in profile id (default "mjolby"), or a profile. */
  readonly profile?: string | Profile;
  /** The rule's setting in the profile (default "on"). */
  readonly setting?: RuleSetting;
  readonly lint?: Pick<LintOptions, "locale" | "user" | "now">;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly severity?: Severity;
  readonly field?: FindingField;
  readonly excerpt?: string;
  readonly kind?: string;
  readonly inQuotedHistory?: boolean;
  /** A part of the rendered message. */
  readonly text?: string | RegExp;
}

export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedFinding[];
}

function messageOf(c: RuleCase): MailMessage {
  if (typeof c.message !== "string") return c.message;
  const to = c.to ?? ["mottagare@exempel.se"];
  return createMailMessage({ mode: "compose", composeType: "new", subject: "Ärende", body: { text: c.message }, recipients: to.map((address) => ({ field: "to" as const, address })) });
}

function profileOf(rule: AnyRule, c: RuleCase): Profile {
  let base: Profile;
  if (typeof c.profile === "object") base = c.profile;
  else {
    const loaded = loadBuiltinProfile(c.profile ?? "mjolby");
    if (!loaded.ok) throw new Error(`profile ${c.profile}: ${JSON.stringify(loaded.problems)}`);
    base = loaded.profile;
  }
  return { ...base, rules: { ...base.rules, [rule.meta.id]: c.setting ?? "on" } as Profile["rules"] };
}

export function runRule(rule: AnyRule, c: RuleCase): Finding[] {
  const report = lint(messageOf(c), profileOf(rule, c), { ...c.lint, rules: [rule] });
  return report.findings.filter((f) => f.ruleId === rule.meta.id || f.ruleId === ENGINE_RULE_FAILED);
}

function checkInvariants(rule: AnyRule, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.ruleId, "a rule that threw").toBe(rule.meta.id);
    expect(f.message, "an unfilled placeholder").not.toMatch(/\{\{/);
    expect(f.guideline, "every finding cites the kommun's guideline").toBeDefined();
  }
}

/** Registers a describe block for the rule's table. */
export function ruleTester(rule: AnyRule, cases: { readonly valid: readonly RuleCase[]; readonly invalid: readonly InvalidCase[] }): void {
  describe(`${rule.meta.id} (rule tester)`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runRule(rule, c);
        expect(findings.map((f) => `${f.messageId}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runRule(rule, c);
        checkInvariants(rule, findings);
        expect(findings.map((f) => f.messageId), "the findings' message ids").toEqual(c.errors.map((e) => e.messageId));
        c.errors.forEach((expected, i) => {
          const f = findings[i] as Finding;
          const { text, ...fields } = expected;
          expect(f).toMatchObject(fields);
          if (typeof text === "string") expect(f.message).toContain(text);
          else if (text) expect(f.message).toMatch(text);
        });
      });
    }
  });
}
