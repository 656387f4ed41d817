/**
 * What the kommuner forbid in a signature, found in its text: emoji and
 * smileys, and images as Outlook's plain text shows them. What the HTML tags
 * show (images, coloured backgrounds) is inspect-html.ts.
 */

/**
 * Pictographic emoji (faces, hands, hearts, objects, flags) and the classic
 * text smileys ":-)", ";)", ":D", "<3". Symbols people use as labels, such as
 * ☎ and ✉, are not counted.
 */
const EMOJI = /[\u{1F300}-\u{1F5FF}\u{1F600}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{1F1E6}-\u{1F1FF}\u2639\u263A\u2764\u2705\u2728\u274C\u2B50]/u;
const TEXT_SMILEY = /(^|[\s(])(?:[:;]-?[)(DPp]|<3|\^_\^)(?=$|[\s.,!?)])/m;

/** Offset of the first emoji or smiley in the text, or -1. */
export function findEmoji(text: string): number {
  const emoji = EMOJI.exec(text);
  const smiley = TEXT_SMILEY.exec(text);
  const smileyAt = smiley ? smiley.index + (smiley[1] as string).length : -1;
  if (!emoji) return smileyAt;
  return smileyAt >= 0 ? Math.min(emoji.index, smileyAt) : emoji.index;
}

/** "[cid:image001.png@01D9...]": how Outlook shows an inline image in a plain-text body. */
export function findTextImagePlaceholder(text: string): number {
  const match = /\[cid:[^\]\s]{1,200}\]/.exec(text);
  return match ? match.index : -1;
}
