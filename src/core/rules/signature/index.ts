/**
 * The kommun's standard signature on mail that leaves the kommun: present,
 * complete (the kommun's name, the writer's name, a phone number, the
 * template's fixed lines), naming the right kommun, and free of what the
 * kommun forbids (images and logos, emoji and smileys, coloured backgrounds).
 *
 * Replies and forwards may carry the profile's short variant. Every finding
 * offers the same action, an `InsertSignatureAction` (src/core/actions):
 * insert the signature, or replace the old one where it could be bounded.
 */
import type { InsertSignatureAction } from "../../actions/types";
import type { Localized } from "../../i18n/locale";
import type { MailMessage, TextRange } from "../../model";
import type { SignatureTemplate } from "../../profiles/signature-schema";
import { findEmoji, findTextImagePlaceholder } from "../../signature/inspect";
import { findColouredBackgrounds, findImages } from "../../signature/inspect-html";
import { locateSignatureInText, type TextRegion } from "../../signature/region";
import { locateSignatureInHtml, type HtmlRegion } from "../../signature/region-html";
import { variantForCompose, type SignatureVariant } from "../../signature/render";
import { defineRule, type RuleContext } from "../types";
import {
  listOf,
  mentionsOrganisation,
  mentionsPersonName,
  mentionsPhoneNumber,
  MISSING_LABELS,
  normalise,
  otherOrganisation,
  requiredDetails,
  requirementsFor,
} from "./requirements";
import texts from "./texts.json";

type MessageId = "missing" | "incomplete" | "wrongOrganisation" | "image" | "emoji" | "background";

const INSERT_TITLE: Localized = { sv: "Infoga signatur", en: "Insert signature" };
const REPLACE_TITLE: Localized = { sv: "Ersätt signatur", en: "Replace signature" };

function actionFor(variant: SignatureVariant, template: SignatureTemplate, text: TextRegion, html: HtmlRegion | undefined): InsertSignatureAction {
  // Replace only a region bounded by a greeting or a signature element; never a guess at "the last lines".
  const bounded = (html ?? text).source !== "tail";
  if (!bounded) return { type: "insertSignature", id: "insertSignature", title: INSERT_TITLE, variant, mode: "insert" };
  // A template without a greeting keeps the writer's own greeting line.
  const keepGreeting = !template.greeting;
  const textStart = keepGreeting && text.greetingEnd !== undefined ? text.greetingEnd : text.start;
  const textRange: TextRange = { start: textStart, end: text.end };
  const htmlStart = html && keepGreeting && html.greetingEnd !== undefined ? html.greetingEnd : html?.start;
  return {
    type: "insertSignature",
    id: "insertSignature",
    title: REPLACE_TITLE,
    variant,
    mode: "replace",
    ...(text.source !== "tail" ? { textRange } : {}),
    ...(html && htmlStart !== undefined ? { htmlRange: { start: htmlStart, end: html.end } } : {}),
  };
}

/** The text from its first line that passes `test`, or undefined when none does. */
function fromFirstLine(text: string, test: (line: string) => boolean): string | undefined {
  let at = 0;
  for (const line of text.split("\n")) {
    if (test(line)) return text.slice(at);
    at += line.length + 1;
  }
  return undefined;
}

function shouldCheck(message: MailMessage, context: Pick<RuleContext, "externalRecipients">): boolean {
  return message.mode === "compose" && context.externalRecipients.length > 0;
}

export const signatureRule = defineRule({
  meta: {
    id: "signature",
    description: texts.description,
    guideline: "signature",
    // Opt-in: a profile turns it on ("signature": "on") where the kommun's guideline asks for a signature.
    enabledByDefault: false,
    // A warning: Send asks "send anyway?". A kommun that wants only a note sets "signature": "info".
    defaultLevel: "warning",
    defaultOptions: {},
    send: {
      category: "form",
      summary: {
        sv: { one: "en brist i signaturen", other: "{{count}} brister i signaturen" },
        en: { one: "one problem with the signature", other: "{{count}} problems with the signature" },
      },
      todo: {
        sv: { one: "använd kommunens standardsignatur", other: "använd kommunens standardsignatur" },
        en: { one: "use the kommun's standard signature", other: "use the kommun's standard signature" },
      },
    },
    // It locates the signature (and images, backgrounds) in the HTML body.
    readsHtml: true,
    // The finding texts, in texts.json: the send-time file never shows them and leaves them out.
    messages: texts.messages,
  },

  check(context) {
    const { message, profile } = context;
    const template = profile.signature;
    if (!template || !shouldCheck(message, context)) return;

    const variant = variantForCompose(template, message.composeType);
    const required = requirementsFor(template, variant, profile.name);
    const textRegion = locateSignatureInText(message.body.text, template.greeting);
    const htmlRegion = message.body.html ? locateSignatureInHtml(message.body.html, template.greeting) : undefined;
    const regionText = htmlRegion ? htmlRegion.text : message.body.text.slice(textRegion.start, textRegion.end);
    const range: TextRange = { start: textRegion.start, end: textRegion.end };
    // One signature, one way to put it right: only the first finding carries the action, so a logo and a
    // coloured background do not give two identical "Ersätt signatur" buttons.
    let actions: InsertSignatureAction[] | undefined = [actionFor(variant, template, textRegion, htmlRegion)];
    const report = (messageId: MessageId, data?: Record<string, string | Localized>, withRange = true) => {
      context.report({ messageId, severity: "warning", field: "body", ...(withRange ? { range } : {}), ...(data ? { data } : {}), ...(actions ? { actions } : {}) });
      actions = undefined;
    };

    // Completeness and the kommun's name.
    const missing: Localized[] = [];
    const organisationMissing = !!required.organisationName && !mentionsOrganisation(regionText, required.organisationName);
    if (organisationMissing) {
      missing.push({
        sv: MISSING_LABELS.organisation.sv.replace("{{name}}", required.organisationName as string),
        en: MISSING_LABELS.organisation.en.replace("{{name}}", required.organisationName as string),
      });
    }
    const displayName = message.from?.name && message.from.name.indexOf("@") < 0 ? message.from.name : undefined;
    const nameMissing = required.name && displayName !== undefined && !mentionsPersonName(regionText, displayName);
    if (nameMissing) missing.push(MISSING_LABELS.name);
    const phoneMissing = required.phone && !mentionsPhoneNumber(regionText);
    if (phoneMissing) missing.push(MISSING_LABELS.phone);
    // Fields the kommun requires (Sorsele: the title) that the user has saved must be in the signature too.
    for (const field of requiredDetails(template, variant, context.user.signature)) {
      if (normalise(regionText).indexOf(normalise(field.value)) < 0) missing.push({ sv: field.label.sv.toLowerCase(), en: field.label.en.toLowerCase() });
    }
    for (const literal of required.literals) {
      if (regionText.toLowerCase().indexOf(literal.toLowerCase()) < 0) missing.push({ sv: literal, en: literal });
    }

    const other = organisationMissing ? otherOrganisation(regionText, required.organisationName) : undefined;
    const bounded = (htmlRegion ?? textRegion).source !== "tail";
    const isSignatureLine = (line: string) =>
      (!!required.organisationName && mentionsOrganisation(line, required.organisationName)) ||
      (displayName !== undefined && mentionsPersonName(line, displayName)) ||
      mentionsPhoneNumber(line) ||
      otherOrganisation(line, required.organisationName) !== undefined;
    const looksLikeSignature = bounded || fromFirstLine(regionText, isSignatureLine) !== undefined;
    if (other) {
      report("wrongOrganisation", { found: other, expected: required.organisationName as string });
    } else if (missing.length > 0 && !looksLikeSignature && (organisationMissing || !required.organisationName)) {
      report("missing", undefined, false);
    } else if (missing.length > 0) {
      report("incomplete", { missing: listOf(missing) });
    }

    // What the kommun forbids, in the signature only: without a greeting or a signature element,
    // only when the last lines hold one, and emoji only from its first line on (a smiley in the
    // message itself is the writer's business).
    if (!looksLikeSignature) return;
    const forbidden = new Set(template.forbidden);
    const plainRegion = message.body.text.slice(textRegion.start, textRegion.end);
    if (forbidden.has("images") || forbidden.has("logos") || forbidden.has("handwrittenSignature")) {
      const images = htmlRegion ? findImages(htmlRegion.tags) : [];
      if (images.length > 0 || findTextImagePlaceholder(plainRegion) >= 0) report("image");
    }
    if (forbidden.has("emoji")) {
      const signatureOnly = (text: string) => (bounded ? text : (fromFirstLine(text, isSignatureLine) ?? ""));
      if (findEmoji(signatureOnly(regionText)) >= 0 || findEmoji(signatureOnly(plainRegion)) >= 0) report("emoji");
    }
    if (forbidden.has("colouredBackground") && htmlRegion) {
      if (findColouredBackgrounds([...htmlRegion.enclosing, ...htmlRegion.tags]).length > 0) report("background");
    }
  },
});
