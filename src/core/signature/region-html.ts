/**
 * Where the writer's signature is in the HTML body, with the tags and text
 * inside it: a signature element Outlook or Word wrote, the writer's closing
 * greeting, or the last lines before the quoted history. Read with the one
 * HTML projection (src/core/text/html).
 */
import { projectHtml, type ProjectedTag } from "../text/html/projection";
import type { StartTag } from "../text/html/tokenizer";
import { htmlQuotedHistoryStart } from "../text/quoted";
import { HTML_WINDOW, TAIL_LINES, lastGreeting, lineEnd, tailStart, type RegionSource } from "./region";

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
  readonly tags: readonly StartTag[];
  /** Elements still open where the region starts (a table or div wrapping the signature). */
  readonly enclosing: readonly StartTag[];
}

const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const IGNORED_CONTAINERS = new Set(["html", "head", "body"]);

/** An element Outlook or Word uses to hold the signature it inserted. */
function isSignatureContainer(tag: StartTag): boolean {
  const id = (tag.attributes.id ?? "").toLowerCase();
  return /^(?:x_)?signature$/.test(id) || (tag.name === "a" && (tag.attributes.name ?? "") === "_MailAutoSig");
}

/** At most this many enclosing elements are kept (the nearest ones). */
const MAX_ENCLOSING = 20;

/**
 * The elements still open at `at`: a stack kept in amortised O(1) per tag
 * (a count per name says whether a closing tag has anything to close),
 * from the projection's start and end tags in source order.
 */
function openElementsAt(tags: readonly ProjectedTag[], endTags: readonly { readonly name: string; readonly start: number }[], at: number): StartTag[] {
  const stack: StartTag[] = [];
  const counts = new Map<string, number>();
  let e = 0;
  const close = (name: string): void => {
    if ((counts.get(name) ?? 0) === 0) return;
    for (let top = stack.pop(); top; top = stack.pop()) {
      counts.set(top.name, (counts.get(top.name) as number) - 1);
      if (top.name === name) break;
    }
  };
  for (const { tag } of tags) {
    if (tag.start >= at) break;
    for (; e < endTags.length && (endTags[e] as { start: number }).start < tag.start; e++) close((endTags[e] as { name: string }).name);
    if (!VOID_TAGS.has(tag.name) && !tag.selfClosing && !IGNORED_CONTAINERS.has(tag.name)) {
      stack.push(tag);
      counts.set(tag.name, (counts.get(tag.name) ?? 0) + 1);
    }
  }
  for (; e < endTags.length && (endTags[e] as { start: number }).start < at; e++) close((endTags[e] as { name: string }).name);
  return stack.slice(-MAX_ENCLOSING);
}

/**
 * Moves a region start back over the start tags that open right before it
 * ("<div><p class=MsoNormal>Med vänlig hälsning"), so a replacement takes
 * the greeting's elements with it instead of leaving them empty.
 */
function includeOpeningTags(html: string, tags: readonly ProjectedTag[], start: number): number {
  let at = start;
  for (let k = tags.length - 1; k >= 0; k--) {
    const tag = (tags[k] as ProjectedTag).tag;
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
  const end = htmlQuotedHistoryStart(html);
  const from = Math.max(0, end - HTML_WINDOW);
  const projection = projectHtml(html, { from, to: end, tags: true });
  const { tags } = projection;
  const offsets = projection.sourceStart;
  // A no-break space reads as a space here ("Med&nbsp;vänlig&nbsp;hälsning" is a greeting); same length, same offsets.
  const text = projection.text.replace(/\u00a0/g, " ");

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
  const enclosing = openElementsAt(tags, projection.endTags, htmlStart);
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
