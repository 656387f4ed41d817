/**
 * Template + the user's details -> the signature as HTML and plain text.
 *
 * - Every value (the user's and the profile's) is escaped: a title such as
 *   `<img src=x onerror=...>` comes out as text.
 * - Fonts and sizes from the profile, twice: as classes in a <style> block,
 *   because `setSignatureAsync` ignores inline CSS (Microsoft's API notes),
 *   and inline, for the body insertion on older clients and for readers
 *   that drop <style>. No images, no colours.
 * - A part whose field is empty is dropped with its label; a line with nothing
 *   left is dropped.
 * - Lines are cut at MAX_LINE_LENGTH, which keeps the HTML well under
 *   `setSignatureAsync`'s 30,000 characters whatever the input.
 */
import type { ComposeType } from "../model";
import { placeholdersOf, type SignatureField } from "../profiles/signature-fields";
import type { SignatureFont, SignatureLine, SignatureTemplate } from "../profiles/signature-schema";
import { fieldValue, MAX_FIELD_LENGTH, showsMobile, type SignatureDetails } from "./details";

export type SignatureVariant = "full" | "short";

/** Outlook's `body.setSignatureAsync` takes at most this many characters. */
export const SIGNATURE_HTML_LIMIT = 30_000;

/** No real signature line is longer; a longer one is cut (it would be pasted text, not a signature). */
export const MAX_LINE_LENGTH = 300;

export interface RenderedSignature {
  /** Ready for `setSignatureAsync(html, { coercionType: "html" })`. */
  readonly html: string;
  /** The same signature as plain text, lines separated by "\n" (text-mode bodies, previews). */
  readonly text: string;
  readonly variant: SignatureVariant;
  /** The visible lines, greeting first when there is one. */
  readonly lines: readonly string[];
}

export interface RenderOptions {
  /** "full" (default) or "short"; "short" falls back to the full lines when the profile has no short variant. */
  readonly variant?: SignatureVariant;
}

/** The variant a compose type calls for: the short one for replies and forwards, where the profile has one. */
export function variantForCompose(template: Pick<SignatureTemplate, "shortLines">, composeType: ComposeType | undefined): SignatureVariant {
  return (composeType === "reply" || composeType === "forward") && template.shortLines ? "short" : "full";
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => {
    switch (ch) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&#39;";
    }
  });
}

/** Cuts at `max` UTF-16 units without splitting a surrogate pair. */
function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.replace(/\s+$/, ""); // not trimEnd: ES2019, and the send-time runtime may be ES2016
}

/** The part with its fields filled in, or undefined when one of its fields is empty. */
function fillPart(part: string, values: (field: SignatureField) => string): string | undefined {
  for (const name of placeholdersOf(part)) {
    if (!values(name as SignatureField)) return undefined;
  }
  return part.replace(/\{\{\s*([^{}\s]*)\s*\}\}/g, (_whole, name: string) => values(name as SignatureField));
}

/** A template line as visible text, or undefined when nothing of it is left. */
export function renderLine(line: SignatureLine, values: (field: SignatureField) => string): string | undefined {
  const shown: string[] = [];
  for (const part of line.parts) {
    const filled = fillPart(part, values);
    if (filled !== undefined && filled.trim()) shown.push(filled.trim());
  }
  if (shown.length === 0) return undefined;
  return clamp(shown.join(line.separator ?? " "), MAX_LINE_LENGTH);
}

type FontRole = "greeting" | "name" | "details";

/** The CSS declarations of a font; "" when it leaves everything to the mail program. */
function declarations(font: SignatureFont | undefined): string {
  if (!font) return "";
  const rules: string[] = [];
  // The schema allows only letters, digits, spaces, commas, quotes and hyphens; filter again,
  // since this text also goes into a <style> element, where escaping does not apply.
  if (font.family) rules.push(`font-family:${font.family.replace(/[^A-Za-z0-9 ,'"-]/g, "")}`);
  if (font.sizePt !== undefined) rules.push(`font-size:${Number(font.sizePt)}pt`);
  return rules.join(";");
}

const CLASS_PREFIX = "postvakt-signatur-";

/** ` class="…" style="…"` for an element of this role, or "" when the role has no font. */
function fontAttributes(role: FontRole, font: SignatureFont | undefined): string {
  const css = declarations(font);
  return css ? ` class="${CLASS_PREFIX}${role}" style="${escapeHtml(css)}"` : "";
}

/** The <style> block with one rule per role that has a font; "" when none has. */
function styleBlock(fonts: Partial<Record<FontRole, SignatureFont | undefined>>): string {
  const rules = (Object.keys(fonts) as FontRole[])
    .map((role) => [role, declarations(fonts[role])] as const)
    .filter(([, css]) => css !== "")
    .map(([role, css]) => `.${CLASS_PREFIX}${role}{${css}}`);
  return rules.length ? `<style>\n${rules.join("\n")}\n</style>\n` : "";
}

/** The lines of the chosen variant. */
export function templateLines(template: SignatureTemplate, variant: SignatureVariant): readonly SignatureLine[] {
  return variant === "short" && template.shortLines ? template.shortLines : template.lines;
}

/** Renders the profile's signature for these details. Pure and total: never throws. */
export function renderSignature(template: SignatureTemplate, details: SignatureDetails, options: RenderOptions = {}): RenderedSignature {
  const variant: SignatureVariant = options.variant === "short" && template.shortLines ? "short" : "full";
  const mobileShown = showsMobile(template, details);
  const values = (field: SignatureField): string => {
    if (field === "mobile" && !mobileShown) return "";
    return clamp(fieldValue(details, field), MAX_FIELD_LENGTH);
  };
  const fonts = template.fonts ?? {};
  const textLines: string[] = [];
  const htmlLines: string[] = [];
  const roleFonts: Partial<Record<FontRole, SignatureFont | undefined>> = {
    ...(template.greeting ? { greeting: fonts.greeting ?? fonts.details } : {}),
    name: fonts.name,
    details: fonts.details,
  };
  if (template.greeting) {
    const greetingAttributes = fontAttributes("greeting", roleFonts.greeting);
    textLines.push(template.greeting, "");
    htmlLines.push(`<div${greetingAttributes}>${escapeHtml(template.greeting)}</div>`, `<div${greetingAttributes}>&nbsp;</div>`);
  }
  for (const line of templateLines(template, variant)) {
    const text = renderLine(line, values);
    if (text === undefined) continue;
    textLines.push(text);
    const role: FontRole = line.role === "name" ? "name" : "details";
    htmlLines.push(`<div${fontAttributes(role, roleFonts[role])}>${escapeHtml(text)}</div>`);
  }
  return {
    html: `${styleBlock(roleFonts)}<div>\n${htmlLines.join("\n")}\n</div>`,
    text: textLines.join("\n"),
    variant,
    lines: textLines.filter((line) => line !== ""),
  };
}
