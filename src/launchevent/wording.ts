/** Small text helpers for the send dialog (counts and lists are the core's: src/core/i18n/count.ts). */

/** Cuts text to at most `max` characters at a word boundary, ending in "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return "";
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** Escapes the characters Markdown would read as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]#<>|~]/g, (ch) => `\\${ch}`);
}
