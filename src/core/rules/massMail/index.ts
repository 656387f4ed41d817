/**
 * A mass mailing: more visible recipients than the profile allows (30
 * unless set), or one of the kommun's large group addresses. Mjölby: "Var
 * selektiv med att använda stora gruppadresser (massutskick)", Oxelösund:
 * "Massutskick … enbart i samråd med chef", Sjöbo: "Massutskick ska
 * användas restriktivt". Suggests Bcc (no one sees the others' addresses)
 * or the kommun's group lists. One finding at most.
 */
import type { MailMessage } from "../../model";
import type { Profile, RuleSetting } from "../../profiles/schema";
import { uncounted } from "../send-data";
import { defineRule } from "../types";
import { visibleRecipients } from "../message-facts";
import type { MassMailOptions } from "./options";
import texts from "./texts.json";

export const MASS_MAIL_RULE_ID = "massMail";
const DEFAULTS: MassMailOptions = { maxVisibleRecipients: 30, largeGroups: [] };

type Finding = { readonly kind: "group"; readonly group: string } | { readonly kind: "many"; readonly count: number };

function massMailing(message: MailMessage, options: MassMailOptions): Finding | undefined {
  const groups = new Set(options.largeGroups.map((g) => g.toLowerCase()));
  const group = message.recipients.find((r) => groups.has(r.address.trim().toLowerCase()));
  if (group) return { kind: "group", group: group.address };
  const count = visibleRecipients(message.recipients).length;
  return count > options.maxVisibleRecipients ? { kind: "many", count } : undefined;
}

/**
 * Whether this profile's massMail rule reports the message: other rules
 * about recipients (ccCount) then leave the cause to it, so one cause gives
 * one finding.
 */
export function isMassMailing(message: MailMessage, profile: Pick<Profile, "rules">): boolean {
  const rules = profile.rules as Readonly<Record<string, RuleSetting | undefined>>;
  const setting = Object.prototype.hasOwnProperty.call(rules, MASS_MAIL_RULE_ID) ? rules[MASS_MAIL_RULE_ID] : undefined;
  const level = typeof setting === "object" ? (setting.level ?? "on") : setting;
  if (level === undefined || level === "off" || message.mode !== "compose") return false;
  const given = typeof setting === "object" ? (setting.options as Partial<MassMailOptions> | undefined) : undefined;
  return massMailing(message, { ...DEFAULTS, ...given }) !== undefined;
}

export const massMailRule = defineRule({
  meta: {
    id: MASS_MAIL_RULE_ID,
    description: texts.description,
    guideline: "massMail",
    enabledByDefault: false,
    defaultLevel: "warning",
    defaultOptions: DEFAULTS,
    send: {
      category: "form",
      summary: uncounted("många mottagare (ett massutskick)", "many recipients (a mass mailing)"),
      todo: uncounted("lägg mottagarna som hemlig kopia eller använd kommunens e-postgrupper", "put the recipients in Bcc or use the kommun's group lists"),
    },
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },
  check(context) {
    const { message, options } = context;
    if (message.mode !== "compose") return;
    const found = massMailing(message, options);
    if (!found) return;
    if (found.kind === "group") context.report({ messageId: "group", data: { group: found.group }, severity: "warning", field: "recipients" });
    else context.report({ messageId: "many", data: { count: found.count }, severity: "warning", field: "recipients" });
  },
});
