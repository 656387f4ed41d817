/**
 * What the kommuner forbid in a signature, found in the region's HTML tags:
 * images and logos, coloured backgrounds. (Emoji and the plain-text image
 * placeholders are in inspect.ts; the send-time file, which reads no HTML,
 * leaves this module out.)
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
