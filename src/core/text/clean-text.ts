/**
 * Text a user typed, made safe to put into a message: control characters,
 * bidirectional overrides and isolates (which can make "moc.evil" read as
 * "evil.com", U+202E), byte-order marks and lone surrogates (half an emoji,
 * which some clients render as garbage or refuse) are removed. Ordinary
 * letters, digits, punctuation, emoji and their joiners stay.
 */

/** C0 and C1 controls except tab and line breaks, which callers collapse themselves. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides, isolates and marks; the Arabic letter mark; BOM. */
const BIDI_AND_BOM = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanUserText(text: string): string {
  return text.replace(CONTROLS, "").replace(BIDI_AND_BOM, "").replace(LONE_SURROGATE, "$1");
}
