/**
 * What the kommuner forbid in a signature, found in a region's tags and
 * text: images and logos, emoji and smileys, coloured backgrounds.
 */
import type { StartTag } from "../text/html/tokenizer";

export type ImageKind = "inline" | "data" | "linked" | "vector";

const IMAGE_TAGS = new Set(["img", "svg", "picture", "object", "embed", "image", "v:imagedata"]);

function imageKind(source: string): ImageKind {
  const s = source.trim().toLowerCase();
  if (s.startsWith("cid:")) return "inline";
  if (s.startsWith("data:")) return "data";
  return "linked";
}

function styleOf(tag: StartTag): string {
  return (tag.attributes.style ?? "").toLowerCase();
}

/** Every image the tags show: <img>, VML and SVG pictures, CSS and attribute backgrounds. */
export function findImages(tags: readonly StartTag[]): ImageKind[] {
  const found: ImageKind[] = [];
  for (const tag of tags) {
    if (IMAGE_TAGS.has(tag.name) || (tag.name === "input" && (tag.attributes.type ?? "").toLowerCase() === "image")) {
      if (tag.name === "svg") found.push("vector");
      else found.push(imageKind(tag.attributes.src ?? tag.attributes.data ?? tag.attributes["o:href"] ?? tag.attributes.href ?? ""));
      continue;
    }
    if (tag.attributes.background) {
      found.push(imageKind(tag.attributes.background));
      continue;
    }
    const url = /url\(\s*['"]?([^'")]*)/.exec(styleOf(tag));
    if (url) found.push(imageKind(url[1] ?? ""));
  }
  return found;
}

const NEUTRAL_COLOUR = /^(?:none|transparent|inherit|initial|unset|revert|currentcolor|white|window|auto|#fff|#ffffff|#fffffe|rgb\(255,255,255\)|rgba\(255,255,255,[0-9.]+\)|rgba\([0-9]+,[0-9]+,[0-9]+,0(?:\.0*)?\)|hsl\([0-9]+,[0-9]+%,100%\))$/;
/** Words of the `background` shorthand that are not colours. */
const NOT_A_COLOUR = new Set([
  "repeat", "no-repeat", "repeat-x", "repeat-y", "space", "round", "scroll", "fixed", "local", "top", "bottom", "left",
  "right", "center", "cover", "contain", "border-box", "padding-box", "content-box", "!important", "windowtext",
]);

/** Whether a CSS background value paints a colour other than white or nothing. */
export function isColouredBackground(value: string): boolean {
  const compact = value
    .toLowerCase()
    .replace(/url\([^)]*\)?/g, " ")
    .replace(/\(([^)]*)\)/g, (_m, inner: string) => `(${inner.replace(/\s+/g, "")})`)
    .replace(/!important/g, " ");
  for (const token of compact.split(/\s+/)) {
    if (!token || NEUTRAL_COLOUR.test(token) || NOT_A_COLOUR.has(token)) continue;
    if (/^[0-9.]+(?:px|pt|em|%)?$/.test(token) || token === "/") continue;
    if (/^(?:#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla)\(.*\)|[a-z]+)$/.test(token)) return true;
  }
  return false;
}

const BACKGROUND_PROPERTIES = new Set(["background", "background-color", "mso-highlight", "mso-shading"]);

/** Tags that paint a coloured background: bgcolor, background styles, Word highlighting, <mark>. */
export function findColouredBackgrounds(tags: readonly StartTag[]): StartTag[] {
  return tags.filter((tag) => {
    if (tag.name === "mark") return true;
    if (tag.attributes.bgcolor !== undefined && isColouredBackground(tag.attributes.bgcolor)) return true;
    for (const declaration of styleOf(tag).split(";")) {
      const colon = declaration.indexOf(":");
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim();
      if (BACKGROUND_PROPERTIES.has(property) && isColouredBackground(declaration.slice(colon + 1))) return true;
    }
    return false;
  });
}

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
