/**
 * Applies an "editBody" action (text edits on the plain body) to the body Outlook
 * holds. Edits are ranges in the Text coercion of the body. In an HTML body,
 * a "mask" action goes through the core's maskIdentityNumbersInHtml (markup kept
 * byte for byte, numbers split across tags handled), limited to the numbers
 * the action names; other edits replace the same characters inside text nodes.
 * Either way formatting, links and images survive. A mask that leaves an
 * occurrence of the number behind is written (it is still an improvement)
 * and reported as "maskPartial", never as done.
 */
import { asciiDigits, maskIdentityNumbersInHtml, personnummerDetector, type EditBodyAction, type MailMessage, type NumberFinder, type TextEdit } from "../core";
import { PostvaktError } from "../ports";

/** A replacement of one exact string, derived from an edit and the text it was made for. */
export interface Replacement {
  readonly find: string;
  readonly replace: string;
}

/**
 * Checks that the body still reads the same at every edit's range and returns
 * the edited text. Throws PostvaktError("maskStale") when the user has typed
 * over a range since the check.
 */
export function applyTextEdits(checkedText: string, currentText: string, edits: readonly TextEdit[]): string {
  for (const edit of edits) {
    const { start, end } = edit.range;
    if (end > currentText.length || currentText.slice(start, end) !== checkedText.slice(start, end)) throw new PostvaktError("maskStale");
  }
  let out = currentText;
  for (const edit of [...edits].sort((a, b) => b.range.start - a.range.start)) {
    out = out.slice(0, edit.range.start) + edit.text + out.slice(edit.range.end);
  }
  return out;
}

export function replacementsOf(action: Pick<EditBodyAction, "edits">, checkedText: string): Replacement[] {
  return action.edits.map((edit) => ({ find: checkedText.slice(edit.range.start, edit.range.end), replace: edit.text }));
}

/** Outlook writes non-breaking spaces where the Text coercion has plain ones. */
function looseIndex(haystack: string, needle: string): { index: number; length: number } | undefined {
  const normalised = haystack.replace(/\u00a0/g, " ");
  const index = normalised.indexOf(needle.replace(/\u00a0/g, " "));
  return index < 0 ? undefined : { index, length: needle.length };
}

/**
 * Replaces each `find` string inside the HTML's text nodes (every occurrence)
 * and returns the new HTML. Throws PostvaktError("maskNotFound") when a number
 * is split across elements and cannot be found in one text node.
 */
export function replaceInHtml(html: string, replacements: readonly Replacement[]): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);
  for (const { find, replace } of replacements) {
    if (find === "") continue;
    let found = false;
    for (const node of textNodes) {
      let value = node.data;
      for (let hit = looseIndex(value, find); hit; hit = looseIndex(value, find)) {
        value = value.slice(0, hit.index) + replace + value.slice(hit.index + hit.length);
        found = true;
      }
      if (value !== node.data) node.data = value;
    }
    if (!found) throw new PostvaktError("maskNotFound");
  }
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? "";
  return doctype + doc.documentElement.outerHTML;
}

/** The digits of a number however it is written (full-width digits and invisible characters included). */
const digitsOf = asciiDigits;

/** The identity numbers an action is about, found in a text (every occurrence, in whatever written form). */
function numbersOf(raws: readonly string[]): NumberFinder {
  const wanted = new Set(raws.map(digitsOf));
  return (text) => personnummerDetector.detect(text).filter((m) => wanted.has(digitsOf(text.slice(m.start, m.end))));
}

export interface MaskedHtml {
  readonly html: string;
  /** Occurrences of the action's numbers the reader still sees after masking: 0 when the mask is complete. */
  readonly leftOver: number;
}

/**
 * Masks the action's identity numbers in the HTML. PostvaktError("maskNotFound")
 * when none is found there. `shownText` is the body as Outlook shows it:
 * where it holds more occurrences than could be masked in the HTML, the
 * difference is left over and the caller says so.
 */
export function maskInHtml(html: string, shownText: string, replacements: readonly Replacement[]): MaskedHtml {
  const find = numbersOf(replacements.map((r) => r.find));
  const result = maskIdentityNumbersInHtml(html, find);
  if (result.masked === 0) throw new PostvaktError("maskNotFound");
  const shown = find(shownText).length;
  return { html: result.html, leftOver: Math.max(result.unmasked, shown - result.masked) };
}

export interface FixedBody {
  /** The body after the edits, in the body's own format. */
  readonly body: string;
  /** Occurrences the action should have changed but could not (a partial mask): write the body, then say so. */
  readonly leftOver: number;
}

/** The body after the edits, in the body's own format. */
export function editedBody(
  action: Pick<EditBodyAction, "edits" | "purpose">,
  message: MailMessage,
  current: { readonly type: "text" | "html"; readonly text: string; readonly html?: string },
): FixedBody {
  const text = applyTextEdits(message.body.text, current.text, action.edits);
  if (current.type === "text" || current.html === undefined) return { body: text, leftOver: 0 };
  const replacements = replacementsOf(action, message.body.text);
  if (action.purpose !== "mask") return { body: replaceInHtml(current.html, replacements), leftOver: 0 };
  const masked = maskInHtml(current.html, current.text, replacements);
  return { body: masked.html, leftOver: masked.leftOver };
}
