/**
 * A small HTML tag scanner for the signature check: no DOM (the send-time
 * runtime has none), one pass, linear time, and tolerant of the odd HTML mail
 * clients produce (unclosed tags, stray "<", unterminated quotes or comments).
 *
 * It reports tags with their lower-cased name and attributes, and text runs
 * with their offsets; it does not build a tree. Each step either consumes
 * input or stops, and every search (indexOf, a sticky regex) starts where the
 * previous one ended, so the whole scan is O(n).
 */

export interface ScannedTag {
  readonly type: "tag";
  /** "open" for <x ...> and <x/>, "close" for </x>. */
  readonly kind: "open" | "close";
  /** Lower-cased, namespaces kept: "img", "v:imagedata". */
  readonly name: string;
  /** Attribute names lower-cased; values with the common character references decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Written as <x ... />. */
  readonly selfClosing: boolean;
  readonly start: number;
  readonly end: number;
}

export interface ScannedText {
  readonly type: "text";
  readonly start: number;
  readonly end: number;
}

export type ScannedToken = ScannedTag | ScannedText;

/** Elements whose content is not markup (and, for the check, not visible text). */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  auml: "ä",
  Auml: "Ä",
  ouml: "ö",
  Ouml: "Ö",
  aring: "å",
  Aring: "Å",
  eacute: "é",
  Eacute: "É",
};

/** Decodes &amp; &#228; &#xE4; and a few named references; anything else stays as written. */
export function decodeCharacterReferences(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, (whole, ref: string) => {
    if (ref.charAt(0) === "#") {
      const code = ref.charAt(1) === "x" || ref.charAt(1) === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.prototype.hasOwnProperty.call(NAMED_REFERENCES, ref) ? (NAMED_REFERENCES[ref] as string) : whole;
  });
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether html[at] starts a start or end tag ("<a", "</a"). */
export function isTagStart(html: string, at: number): boolean {
  if (html.charCodeAt(at) !== 60) return false;
  const next = html.charCodeAt(at + 1);
  return isLetter(next) || (next === 47 && isLetter(html.charCodeAt(at + 2)));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9:_-]*/y;
const ATTRIBUTE_NAME = /[^\s"'>/=]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;

/** Reads one tag starting at `lt` (which holds "<" followed by a letter or "/letter"). */
export function readTag(html: string, lt: number): ScannedTag {
  if (!isTagStart(html, lt)) throw new RangeError("readTag: no tag at this offset");
  const closing = html.charCodeAt(lt + 1) === 47; // "/"
  TAG_NAME.lastIndex = closing ? lt + 2 : lt + 1;
  const nameMatch = TAG_NAME.exec(html) as RegExpExecArray; // the caller checked a letter is there
  const name = nameMatch[0].toLowerCase();
  const attributes: Record<string, string> = {};
  let i = TAG_NAME.lastIndex;
  const n = html.length;
  while (i < n) {
    const code = html.charCodeAt(i);
    if (code === 62) {
      const selfClosing = html.charCodeAt(i - 1) === 47;
      return { type: "tag", kind: closing ? "close" : "open", name, attributes, selfClosing, start: lt, end: i + 1 }; // ">"
    }
    if (isSpace(code) || code === 47) {
      i++;
      continue;
    }
    ATTRIBUTE_NAME.lastIndex = i;
    const attr = ATTRIBUTE_NAME.exec(html);
    if (!attr) {
      i++; // a stray quote or "="
      continue;
    }
    const attrName = attr[0].toLowerCase();
    i = ATTRIBUTE_NAME.lastIndex;
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = "";
    if (html.charCodeAt(i) === 61) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const quote = html.charAt(i);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close < 0 ? n : close;
        value = html.slice(i + 1, stop);
        i = close < 0 ? n : close + 1;
      } else {
        UNQUOTED_VALUE.lastIndex = i;
        UNQUOTED_VALUE.exec(html);
        value = html.slice(i, UNQUOTED_VALUE.lastIndex);
        i = UNQUOTED_VALUE.lastIndex;
      }
    }
    if (!closing && !Object.prototype.hasOwnProperty.call(attributes, attrName)) attributes[attrName] = decodeCharacterReferences(value);
  }
  return { type: "tag", kind: closing ? "close" : "open", name, attributes, selfClosing: false, start: lt, end: n };
}

/** Finds "</name" case-insensitively from `from`; -1 when absent. */
function findRawTextEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}(?=[\\s/>]|$)`, "ig");
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? match.index : -1;
}

/**
 * Calls `visit` for each tag and text run in document order. Comments,
 * doctypes, processing instructions and raw-text content (script, style) are
 * skipped. A `visit` that returns false stops the scan. `startAt` begins the
 * scan at the first "<" from there (for reading only the end of a huge body).
 */
export function scanHtml(html: string, visit: (token: ScannedToken) => boolean | void, startAt = 0): void {
  const n = html.length;
  let i = 0;
  if (startAt > 0) {
    const lt = html.indexOf("<", startAt);
    i = lt < 0 ? n : lt;
  }
  let textStart = i;
  const flushText = (end: number): boolean => {
    if (end > textStart) return visit({ type: "text", start: textStart, end }) !== false;
    return true;
  };
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    let skipTo = -1;
    let tag: ScannedTag | undefined;
    if (next === 33) {
      // "<!": a comment runs to "-->", anything else (doctype, <![if ...]>) to ">".
      if (html.startsWith("<!--", lt)) {
        const close = html.indexOf("-->", lt + 4);
        skipTo = close < 0 ? n : close + 3;
      } else {
        const close = html.indexOf(">", lt + 2);
        skipTo = close < 0 ? n : close + 1;
      }
    } else if (next === 63) {
      const close = html.indexOf(">", lt + 2);
      skipTo = close < 0 ? n : close + 1;
    } else if (isLetter(next) || (next === 47 && isLetter(html.charCodeAt(lt + 2)))) {
      tag = readTag(html, lt);
    } else {
      i = lt + 1; // a "<" that starts nothing: it is text
      continue;
    }
    if (!flushText(lt)) return;
    if (tag) {
      if (visit(tag) === false) return;
      skipTo = tag.end;
      if (tag.kind === "open" && RAW_TEXT.has(tag.name)) {
        const close = findRawTextEnd(html, tag.name, tag.end);
        skipTo = close < 0 ? n : close;
      }
    }
    i = skipTo;
    textStart = skipTo;
  }
  flushText(n);
}
