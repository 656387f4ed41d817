/**
 * Actions the review offers beside a rule's own: mask every number at once,
 * and report a false alarm to the kommun. Pure; built from the findings and
 * the profile.
 */
import type { Localized } from "../i18n/locale";
import type { Finding } from "../model";
import type { Profile } from "../profiles/schema";
import type { EditBodyAction, NewMessageAction } from "./types";

const MASK_ALL_TITLE: Localized = { sv: "Maskera alla ({{count}})", en: "Mask all ({{count}})" };

/**
 * One editBody action with the mask edits of every finding that has one, or
 * undefined when fewer than two do. Overlapping edits (one number found
 * twice) are kept once.
 */
export function maskAllAction(findings: readonly Finding[]): EditBodyAction | undefined {
  const edits: EditBodyAction["edits"][number][] = [];
  for (const finding of findings) {
    for (const action of finding.actions ?? []) {
      if (action.type !== "editBody" || action.purpose !== "mask") continue;
      for (const edit of action.edits) {
        if (!edits.some((e) => e.range.start < edit.range.end && edit.range.start < e.range.end)) edits.push(edit);
      }
    }
  }
  if (edits.length < 2) return undefined;
  const count = String(edits.length);
  return {
    type: "editBody",
    id: "maskAll",
    purpose: "mask",
    title: { sv: MASK_ALL_TITLE.sv.replace("{{count}}", count), en: MASK_ALL_TITLE.en.replace("{{count}}", count) },
    edits: [...edits].sort((a, b) => a.range.start - b.range.start),
  };
}

const FALSE_ALARM_TITLE: Localized = { sv: "Fel larm?", en: "False alarm?" };
// The accessible name starts with the visible words, so voice control ("klicka Fel larm") finds it.
const FALSE_ALARM_LABEL: Localized = { sv: "Fel larm? Rapportera till kommunen", en: "False alarm? Report it to the kommun" };

function line(label: Localized, value: string): Localized {
  return { sv: `${label.sv}: ${value}`, en: `${label.en}: ${value}` };
}

function localizedLine(label: Localized, value: Localized): Localized {
  return { sv: `${label.sv}: ${value.sv}`, en: `${label.en}: ${value.en}` };
}

const SEVERITY_WORDS: Readonly<Record<Finding["severity"], Localized>> = {
  error: { sv: "fel", en: "error" },
  warning: { sv: "varning", en: "warning" },
  info: { sv: "information", en: "information" },
};
const CONFIDENCE_WORDS: Readonly<Record<NonNullable<Finding["confidence"]>, Localized>> = {
  high: { sv: "hög", en: "high" },
  medium: { sv: "medel", en: "medium" },
  low: { sv: "låg", en: "low" },
};

/**
 * "Fel larm?": a new message to the profile's support address with what the
 * kommun needs to tune its profile — the rule, the kind of finding, the
 * kommun, the redacted excerpt — and never the message's content. The user
 * sees it and presses Send; nothing leaves otherwise. Undefined where the
 * profile names no support address.
 */
export function falseAlarmAction(finding: Finding, profile: Pick<Profile, "id" | "name" | "support">, locale: "sv" | "en"): NewMessageAction | undefined {
  const address = profile.support?.address;
  if (!address || finding.ruleId.startsWith("engine/")) return undefined;
  const lines: Localized[] = [
    { sv: "Postvakt varnade för något som inte var ett problem.", en: "Postvakt warned about something that was not a problem." },
    // The rule and message ids are for the kommun's support: they name the check exactly.
    line({ sv: "Kontroll (id för support)", en: "Check (id for support)" }, `${finding.ruleId}/${finding.messageId}`),
    localizedLine({ sv: "Allvarlighet", en: "Severity" }, SEVERITY_WORDS[finding.severity]),
    ...(finding.kind ? [line({ sv: "Typ", en: "Kind" }, finding.kind)] : []),
    ...(finding.confidence ? [localizedLine({ sv: "Säkerhet", en: "Confidence" }, CONFIDENCE_WORDS[finding.confidence])] : []),
    ...(finding.excerpt ? [line({ sv: "Utdrag (maskerat)", en: "Excerpt (masked)" }, finding.excerpt)] : []),
    line({ sv: "Profil", en: "Profile" }, `${profile.name} (${profile.id})`),
    { sv: "Meddelandets innehåll skickas inte med.", en: "The message's content is not included." },
    { sv: "Skriv gärna en rad om varför det var fel larm:", en: "Feel free to add a line on why it was a false alarm:" },
  ];
  const body = lines.map((l) => l[locale]).join("\n");
  return {
    type: "newMessage",
    id: "falseAlarm",
    title: FALSE_ALARM_TITLE,
    label: FALSE_ALARM_LABEL,
    to: [address],
    subject: `${locale === "sv" ? "Fel larm i Postvakt" : "False alarm in Postvakt"}: ${finding.ruleId}`,
    body: { text: `${body}\n` },
  };
}
