/**
 * Where the writer's signature is: the part of the body after their own
 * closing greeting ("Med vänlig hälsning"), or failing that the last lines
 * before the quoted history of a reply or forward. Works on the plain text
 * and, without a DOM, on the HTML body.
 */
import { findQuotedHistory } from "../text/quoted";
import { decodeCharacterReferences, isTagStart, readTag, scanHtml, type ScannedTag } from "./html-scan";

/** How the region was found: an explicit signature element, the greeting, or the last lines. */
export type RegionSource = "container" | "greeting" | "tail";

export interface TextRegion {
  /** [start, end) in the text; end is where the writer's own text ends. */
  readonly start: number;
  readonly end: number;
  readonly source: RegionSource;
  /** With source "greeting": where the greeting's line ends (the name lines start after it). */
  readonly greetingEnd?: number;
}

/** Without a greeting, the signature is looked for in this many last non-empty lines. */
export const TAIL_LINES = 10;

/** Only this much of the writer's own HTML (before quoted history) is read: a signature sits at its end. */
export const HTML_WINDOW = 200_000;

/**
 * Where the quoted history below a reply or forward starts in plain text (the
 * length when there is none). Quoted lines in the middle of the writer's own
 * text (inline answers) do not end it; only history that runs to the end does.
 */
export function quotedHistoryStart(text: string): number {
  // Beyond TEXT_HISTORY_LIMIT the writer's own text is taken to run on: nobody writes megabytes
  // above a reply, and this keeps a 10 MB body from costing a full history scan.
  const searched = text.length > TEXT_HISTORY_LIMIT ? text.slice(0, TEXT_HISTORY_LIMIT) : text;
  const trailing = findQuotedHistory(searched).filter((range) => range.end >= searched.length);
  return trailing.length > 0 ? (trailing[0] as { start: number }).start : text.length;
}

/** Quoted history is looked for in this much of a plain-text body. */
export const TEXT_HISTORY_LIMIT = 1_000_000;

const COMMON_GREETINGS =
  "med vänlig(?:a)? hälsning(?:ar)?|vänlig(?:a)? hälsning(?:ar)?|bästa hälsningar|hälsningar|hälsning|mvh|best regards|kind regards|regards|best wishes";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function greetingPattern(greeting: string | undefined): RegExp {
  const own = greeting ? `${escapeRegExp(greeting.trim())}|` : "";
  return new RegExp(`^[ \\t\\u00a0]*(?:${own}${COMMON_GREETINGS})(?![A-Za-zÅÄÖåäöÉé])`, "gim");
}

/** Start of the last closing greeting before `end`, or -1. */
export function lastGreeting(text: string, end: number, greeting?: string): number {
  const pattern = greetingPattern(greeting);
  let found = -1;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
    found = m.index;
    if (pattern.lastIndex === m.index) pattern.lastIndex++;
  }
  return found;
}

/** The end of the line holding `at` (after its newline), at most `limit`. */
function lineEnd(text: string, at: number, limit: number): number {
  const newline = text.indexOf("\n", at);
  return newline < 0 || newline >= limit ? limit : newline + 1;
}

/** Start of the `count`-th non-empty line counted back from `end`. */
function tailStart(text: string, end: number, count: number): number {
  let seen = 0;
  let lineEnd = end;
  let start = end;
  while (lineEnd > 0 && seen < count) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    if (text.slice(lineStart, lineEnd).trim()) {
      seen++;
      start = lineStart;
    }
    lineEnd = lineStart - 1;
  }
  return seen === 0 ? end : start;
}

/** The signature region of a plain-text body. */
export function locateSignatureInText(text: string, greeting?: string): TextRegion {
  const end = quotedHistoryStart(text);
  const greetingAt = lastGreeting(text, end, greeting);
  if (greetingAt >= 0) return { start: greetingAt, end, source: "greeting", greetingEnd: lineEnd(text, greetingAt, end) };
  return { start: tailStart(text, end, TAIL_LINES), end, source: "tail" };
}

// ---------------------------------------------------------------- HTML

export interface HtmlRegion {
  /** [start, end) in the HTML source. */
  readonly start: number;
  readonly end: number;
  readonly source: RegionSource;
  /** With source "greeting": the HTML offset where the greeting's line ends. */
  readonly greetingEnd?: number;
  /** The region's visible text, one line per block. */
  readonly text: string;
  /** Start tags inside the region. */
  readonly tags: readonly ScannedTag[];
  /** Elements still open where the region starts (a table or div wrapping the signature). */
  readonly enclosing: readonly ScannedTag[];
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "div", "dl", "dt", "dd", "fieldset", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "tbody", "td", "th", "thead", "tfoot", "tr", "ul", "br",
]);
const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const IGNORED_CONTAINERS = new Set(["html", "head", "body"]);

/** Where quoted history starts in HTML: the reply/forward header Outlook, OWA and others write, or a cited blockquote. */
function isQuoteStart(tag: ScannedTag): boolean {
  if (tag.kind !== "open") return false;
  // A cited message (Apple Mail, Thunderbird, Gmail), not an indent the writer made.
  if (tag.name === "blockquote") return (tag.attributes.type ?? "").toLowerCase() === "cite" || /quote/i.test(tag.attributes.class ?? "");
  const id = (tag.attributes.id ?? "").toLowerCase();
  if (/^(?:x_)?(?:divrplyfwdmsg|appendonsend|stopspelling|mail-editor-reference-message-container)$/.test(id)) return true;
  if (/(?:^|\s)(?:gmail_quote|moz-cite-prefix)(?:\s|$)/.test(tag.attributes.class ?? "")) return true;
  // Word's reply header: a div with a thin grey rule on top.
  const style = (tag.attributes.style ?? "").toLowerCase().replace(/\s+/g, "");
  return tag.name === "div" && (style.indexOf("border-top:solid#e1e1e1") >= 0 || style.indexOf("border-top:solid#b5c4df") >= 0);
}

/** An element Outlook or Word uses to hold the signature it inserted. */
function isSignatureContainer(tag: ScannedTag): boolean {
  if (tag.kind !== "open") return false;
  const id = (tag.attributes.id ?? "").toLowerCase();
  return /^(?:x_)?signature$/.test(id) || (tag.name === "a" && (tag.attributes.name ?? "") === "_MailAutoSig");
}

/**
 * Text that occurs in every quote marker isQuoteStart accepts. A native search
 * for it finds the candidates; only their tags are read, so a 10 MB body costs
 * one regex pass rather than a full tag scan.
 */
const QUOTE_CANDIDATE = /<blockquote|divrplyfwdmsg|appendonsend|stopspelling|mail-editor-reference-message-container|gmail_quote|moz-cite-prefix|border-top:\s*solid\s*#(?:e1e1e1|b5c4df)/gi;

/** How far back from a candidate its tag's "<" is looked for. */
const TAG_LOOKBACK = 2000;

function htmlQuoteStart(html: string): number {
  QUOTE_CANDIDATE.lastIndex = 0;
  let floor = 0; // nothing before this can start a tag not yet read: keeps the look-backs linear overall
  for (let m = QUOTE_CANDIDATE.exec(html); m; m = QUOTE_CANDIDATE.exec(html)) {
    let lt = m.index;
    const stop = Math.max(floor, m.index - TAG_LOOKBACK);
    while (lt > stop && html.charCodeAt(lt) !== 60) lt--;
    floor = m.index;
    if (!isTagStart(html, lt)) continue;
    const tag = readTag(html, lt);
    if (tag.end > m.index && isQuoteStart(tag)) return tag.start;
    // Candidates inside this same tag were just judged with it.
    if (tag.end > QUOTE_CANDIDATE.lastIndex) QUOTE_CANDIDATE.lastIndex = tag.end;
    floor = Math.max(floor, tag.end);
  }
  return html.length;
}

interface Projection {
  readonly text: string;
  /** offsets[i] is the HTML offset of text[i]. */
  readonly offsets: readonly number[];
  /** Start tags in the window, with the length of the text before each. */
  readonly tags: readonly { readonly tag: ScannedTag; readonly textIndex: number }[];
}

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/y;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}

/** Visible text of html[from, to) with an offset map; whitespace collapsed, a newline per block. */
function project(html: string, from: number, to: number): Projection {
  const chars: string[] = [];
  const offsets: number[] = [];
  const tags: { tag: ScannedTag; textIndex: number }[] = [];
  let last = "\n"; // as if a line had just ended: no leading space or newline
  const emit = (ch: string, at: number) => {
    chars.push(ch);
    for (let k = 0; k < ch.length; k++) offsets.push(at);
    last = ch.charAt(ch.length - 1);
  };
  const newline = (at: number) => {
    if (last === "\n") return;
    if (last === " ") {
      chars.pop();
      offsets.pop();
    }
    emit("\n", at);
  };
  const space = (at: number) => {
    if (last !== " " && last !== "\n") emit(" ", at);
  };
  scanHtml(
    html,
    (token) => {
      if (token.start >= to) return false;
      if (token.type === "tag") {
        if (token.kind === "open") tags.push({ tag: token, textIndex: offsets.length });
        if (token.name === "br" && token.kind === "open") emit("\n", token.start);
        else if (BLOCK_TAGS.has(token.name)) newline(token.start);
        return true;
      }
      const end = Math.min(token.end, to);
      for (let i = token.start; i < end; ) {
        const code = html.charCodeAt(i);
        if (code === 38) {
          REFERENCE.lastIndex = i;
          const ref = REFERENCE.exec(html);
          if (ref && REFERENCE.lastIndex <= end) {
            const decoded = decodeCharacterReferences(ref[0]);
            if (decoded === "\u00a0") space(i);
            else emit(decoded, i);
            i = REFERENCE.lastIndex;
            continue;
          }
        }
        if (isWhitespace(code)) space(i);
        else emit(html.charAt(i), i);
        i++;
      }
      return true;
    },
    from,
  );
  return { text: chars.join(""), offsets, tags };
}

/** At most this many enclosing elements are kept (the nearest ones). */
const MAX_ENCLOSING = 20;

/**
 * The elements still open at `at`: a stack kept in amortised O(1) per tag
 * (a count per name says whether a closing tag has anything to close).
 */
function openElementsAt(html: string, from: number, at: number): ScannedTag[] {
  const stack: ScannedTag[] = [];
  const counts = new Map<string, number>();
  scanHtml(
    html,
    (token) => {
      if (token.start >= at) return false;
      if (token.type !== "tag") return true;
      if (token.kind === "open") {
        if (!VOID_TAGS.has(token.name) && !token.selfClosing && !IGNORED_CONTAINERS.has(token.name)) {
          stack.push(token);
          counts.set(token.name, (counts.get(token.name) ?? 0) + 1);
        }
      } else if ((counts.get(token.name) ?? 0) > 0) {
        for (let top = stack.pop(); top; top = stack.pop()) {
          counts.set(top.name, (counts.get(top.name) as number) - 1);
          if (top.name === token.name) break;
        }
      }
      return true;
    },
    from,
  );
  return stack.slice(-MAX_ENCLOSING);
}

/**
 * Moves a region start back over the start tags that open right before it
 * ("<div><p class=MsoNormal>Med vänlig hälsning"), so a replacement takes
 * the greeting's elements with it instead of leaving them empty.
 */
function includeOpeningTags(html: string, tags: Projection["tags"], start: number): number {
  let at = start;
  for (let k = tags.length - 1; k >= 0; k--) {
    const tag = (tags[k] as Projection["tags"][number]).tag;
    if (tag.end > at) continue;
    if (html.slice(tag.end, at).trim() !== "" || VOID_TAGS.has(tag.name) || IGNORED_CONTAINERS.has(tag.name)) break;
    at = tag.start;
  }
  return at;
}

function withoutTrailingSpace(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charAt(end - 1) === "\n" || text.charAt(end - 1) === " ")) end--;
  return text.slice(0, end);
}

/** The signature region of an HTML body, with the tags and text inside it. */
export function locateSignatureInHtml(html: string, greeting?: string): HtmlRegion {
  const end = htmlQuoteStart(html);
  const from = Math.max(0, end - HTML_WINDOW);
  const projection = project(html, from, end);
  const { text, offsets, tags } = projection;

  let textStart = -1;
  let source: RegionSource = "tail";
  let htmlStart = end;
  let greetingEnd: number | undefined;
  const container = tags.filter((t) => isSignatureContainer(t.tag)).pop();
  if (container) {
    source = "container";
    textStart = container.textIndex;
    htmlStart = container.tag.start;
  } else {
    const greetingAt = lastGreeting(text, text.length, greeting);
    if (greetingAt >= 0) {
      source = "greeting";
      textStart = greetingAt;
      const after = lineEnd(text, greetingAt, text.length);
      // Start the part after the greeting at a start tag, so a replacement leaves well-formed HTML behind.
      const newlineAt = text.charAt(after - 1) === "\n" ? (offsets[after - 1] as number) : end;
      const nextTag = tags.find((entry) => entry.tag.start >= newlineAt);
      greetingEnd = nextTag && nextTag.tag.start < end ? nextTag.tag.start : newlineAt;
    } else {
      textStart = tailStart(text, text.length, TAIL_LINES);
    }
    htmlStart = textStart < offsets.length ? (offsets[textStart] as number) : end;
    if (source === "greeting") htmlStart = includeOpeningTags(html, tags, htmlStart);
  }
  const inside = tags.filter((entry) => entry.tag.start >= htmlStart).map((entry) => entry.tag);
  const enclosing = openElementsAt(html, from, htmlStart);
  return {
    start: htmlStart,
    end,
    source,
    ...(greetingEnd !== undefined ? { greetingEnd } : {}),
    text: withoutTrailingSpace(text.slice(Math.max(0, textStart))),
    tags: inside,
    enclosing,
  };
}
