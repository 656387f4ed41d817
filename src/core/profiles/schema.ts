/**
 * The kommun profile: one JSON file per kommun. This zod schema is the single
 * source of truth: `profile.schema.json` (for editors) is generated from it by
 * `npm run schema` and a test keeps the two in step.
 *
 * zod/mini keeps the send-time bundle small; zod's issues never include the
 * input, so a validation error can be logged without leaking content.
 */
import * as z from "zod/mini";
import { RULE_OPTION_SCHEMAS } from "../rules/option-schemas";
import { diarySchema } from "./diary-schema";
import { absenceSchema } from "./absence-schema";
import { signatureSchema } from "./signature-schema";

const severityThreshold = z.enum(["error", "warning", "info", "never"]);

/** Lower-case domain such as "mjolby.se"; no scheme, no "@", no wildcard. */
const domainName = z.string().check(
  z.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    error: "must be a lower-case domain name such as mjolby.se",
  }),
);

export const guidelineSchema = z.strictObject({
  /** The passage, quoted verbatim from the kommun's guideline text. */
  quote: z.string().check(z.minLength(1)),
  /** The heading it stands under, where the document has one. */
  section: z.optional(z.string()),
});

/**
 * A rule's level: "off", or the severity of its most serious finding
 * ("error", "warning", "info"; "on" keeps the rule's own). The whole scale
 * moves with it: personnummer at "warning" reports warnings and notes.
 */
export const ruleLevelSchema = z.enum(["on", "off", "error", "warning", "info"]);

function ruleSetting(options: z.ZodMiniType) {
  return z.union([ruleLevelSchema, z.strictObject({ level: z.optional(ruleLevelSchema), options: z.optional(options) })]);
}

type RuleSettingSchema = z.ZodMiniOptional<ReturnType<typeof ruleSetting>>;

/** Per-rule settings by rule id; an id that is no rule, or an option the rule does not have, is a problem. */
const rulesSchema = z.strictObject(
  Object.fromEntries(Object.entries(RULE_OPTION_SCHEMAS).map(([id, options]) => [id, z.optional(ruleSetting(options))])) as Record<
    string,
    RuleSettingSchema
  >,
);

export const sendPolicySchema = z.strictObject({
  /** Findings of this severity or worse stop the message at Send. */
  blockAt: severityThreshold,
  /** Findings of this severity or worse ask "send anyway?". */
  promptAt: severityThreshold,
  /** What Send does when the check itself fails or runs out of time. */
  onFailure: z.enum(["allow", "block"]),
  /** How long the send check may take before `onFailure` decides, in ms. */
  timeBudgetMs: z.number().check(z.int(), z.gte(100), z.lte(4500)),
});

export const profileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** Short id used in URLs and settings: "mjolby". */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, { error: "must be lower-case letters, digits and -" })),
  /** The kommun's name as users read it: "Mjölby kommun". */
  name: z.string().check(z.minLength(1)),
  /**
   * The kommun's own mail domains. A recipient is internal on an exact match
   * or a subdomain. Empty: the user's own mail domain counts as internal.
   */
  domains: z.array(domainName),
  /** The guideline document the citations come from. */
  guidelineDocument: z.strictObject({
    title: z.string().check(z.minLength(1)),
    /** What a finding's card and the Send dialog call it: "Sjöbo kommuns e-riktlinjer" (no brackets, no section numbers). */
    shortTitle: z.string().check(z.minLength(1), z.maxLength(60)),
    adopted: z.optional(z.string()),
  }),
  /** Passages of the document, by the key rules cite them with. */
  guidelines: z.record(z.string(), guidelineSchema),
  /** Per-rule levels and options, by rule id. Rules not named run with their defaults. */
  rules: rulesSchema,
  /** Advisors (diary, absence, …) on or off, with their options, by advisor id. Advisors not named run with their defaults. */
  advisors: z.optional(
    z.record(
      z.string(),
      z.union([z.enum(["on", "off"]), z.strictObject({ enabled: z.optional(z.boolean()), options: z.optional(z.record(z.string(), z.unknown())) })]),
    ),
  ),
  send: sendPolicySchema,
  /**
   * Where "Fel larm?" sends its report (the rule, the kommun, the redacted
   * excerpt; never the message): the address the kommun's IT support or the
   * profile's maintainer reads. Without it the button is not shown.
   */
  support: z.optional(z.strictObject({ address: z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, { error: "must be an e-mail address" })) })),
  /**
   * What the kommun's guideline says to do instead of ordinary e-mail with
   * secret or sensitive data, as the end of the sentence "Ta bort uppgifterna
   * eller …" ("skicka dem med sekretesskydd"). The sensitive-content finding
   * and the Send dialog say it; without it they say a general sentence.
   * `en` is shown when Outlook is not in Swedish (the Swedish text otherwise).
   */
  secureChannel: z.optional(z.strictObject({ sv: z.string().check(z.minLength(1)), en: z.optional(z.string().check(z.minLength(1))) })),
  /** The kommun's standard e-mail signature (src/core/profiles/signature-schema.ts, docs/signature.md). */
  signature: z.optional(signatureSchema),
  /** Registration of incoming mail: registrars, response rule, receipt (src/core/profiles/diary-schema.ts, docs/diary.md). */
  diary: z.optional(diarySchema),
  /** What the absence assistant needs: kinds of absence, reply templates, mailboxes, requirements (src/core/profiles/absence-schema.ts, docs/absence.md). */
  absence: z.optional(absenceSchema),
});

export type Profile = z.infer<typeof profileSchema>;
export type RuleLevelSetting = z.infer<typeof ruleLevelSchema>;
/** A rule's setting as the engine reads it (any rule id: profiles from outside may name rules this build lacks). */
export type RuleSetting = RuleLevelSetting | { readonly level?: RuleLevelSetting; readonly options?: Readonly<Record<string, unknown>> };
export type SendPolicy = z.infer<typeof sendPolicySchema>;
export type Guideline = z.infer<typeof guidelineSchema>;
