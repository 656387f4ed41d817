/** Builders shared by the core tests. */
import { createMailMessage, loadBuiltinProfile, type MailMessage, type Profile, type Recipient, type Rule } from "../../src/core";

export function profile(id = "mjolby"): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(`profile ${id} invalid: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

export function to(...addresses: string[]): Recipient[] {
  return addresses.map((address) => ({ field: "to", address }));
}

export function compose(body: string, recipients: Recipient[] = [], subject = "Ärende"): MailMessage {
  return createMailMessage({ mode: "compose", composeType: "new", subject, body: { text: body }, recipients });
}

/** A rule for engine tests: the meta fields a test does not care about are filled in. */
export function testRule(
  id: string,
  check: Rule["check"],
  meta: Partial<Rule["meta"]> = {},
): Rule {
  return {
    meta: {
      id,
      description: { sv: id, en: id },
      guideline: "x",
      messages: { m: { sv: "fint {{n}}", en: "fine {{n}}" } },
      enabledByDefault: true,
      defaultLevel: "warning",
      defaultOptions: {},
      send: {
        category: "form",
        summary: { sv: { one: "en sak", other: "{{count}} saker" }, en: { one: "one thing", other: "{{count}} things" } },
        todo: { sv: { one: "rätta", other: "rätta" }, en: { one: "fix it", other: "fix them" } },
      },
      ...meta,
    },
    check,
  };
}
