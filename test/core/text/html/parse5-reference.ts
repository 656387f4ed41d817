/**
 * What parse5 (a complete implementation of the HTML standard's parser)
 * says a reader sees, for the reference test: the text nodes outside
 * hidden elements, each with the source range it came from.
 *
 * parse5's default tree adapter merges adjacent text into one node, so a
 * node's range can span foster-parented text from elsewhere in a table.
 * The adapter here never merges: every character token becomes its own node
 * with its own exact range, and the nodes sorted by offset give the visible
 * characters in source order, which is the order our projection keeps.
 */
import { decodeHTML } from "entities";
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from "parse5";
import type { HtmlProjection } from "../../../../src/core/text/html/projection";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
type TextNode = DefaultTreeAdapterMap["textNode"];

const unmerged: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  insertText(parent, text) {
    defaultTreeAdapter.appendChild(parent, defaultTreeAdapter.createTextNode(text));
  },
  insertTextBefore(parent, text, reference) {
    defaultTreeAdapter.insertBefore(parent, defaultTreeAdapter.createTextNode(text), reference);
  },
};

/**
 * Elements whose text a reader does not see: the brief's script, style,
 * template (its content is a separate fragment in parse5 anyway), title and
 * noscript (scripting on), plus iframe, noembed and noframes, whose content
 * is raw text a browser does not render either.
 */
export const HIDDEN_ELEMENTS = new Set(["script", "style", "template", "title", "noscript", "iframe", "noembed", "noframes"]);

/** In SVG and MathML: the elements whose text is not drawn (an SVG <title> is a tooltip). */
export const HIDDEN_FOREIGN_ELEMENTS = new Set(["script", "style", "title"]);

const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

export interface VisibleNode {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The visible text nodes of `html` as parse5 builds them, in source order. */
export function parse5VisibleText(html: string): VisibleNode[] {
  const document = parse(html, { sourceCodeLocationInfo: true, treeAdapter: unmerged });
  const out: VisibleNode[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === "#text") {
      const text = node as TextNode;
      const location = text.sourceCodeLocation;
      if (!location) throw new Error("parse5 gave a text node without a location");
      out.push({ start: location.startOffset, end: location.endOffset, text: text.value });
      return;
    }
    if ("tagName" in node) {
      const element = node as Element;
      const hidden = element.namespaceURI === HTML_NAMESPACE ? HIDDEN_ELEMENTS : HIDDEN_FOREIGN_ELEMENTS;
      if (hidden.has(element.tagName)) return;
    }
    if ("childNodes" in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  return out.sort((a, b) => a.start - b.start);
}

const ASCII_WHITESPACE = /[\t\n\f\r ]/;

/** Non-whitespace characters in order, and for each whether whitespace came before it (since the previous one). */
export function shape(text: string): { readonly chars: string; readonly gapBefore: boolean[] } {
  let chars = "";
  const gapBefore: boolean[] = [];
  let gap = false;
  for (const ch of text) {
    if (ASCII_WHITESPACE.test(ch)) {
      gap = true;
      continue;
    }
    chars += ch;
    for (let k = 0; k < ch.length; k++) gapBefore.push(gap && k === 0);
    gap = false;
  }
  return { chars, gapBefore };
}

export interface Comparison {
  /** Empty when our projection agrees with parse5; otherwise what differs first. */
  readonly problems: string[];
}

function firstDifference(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * Compares our projection of `html` with parse5's visible text:
 * 1. the same non-whitespace characters in the same (source) order;
 * 2. where parse5's text has whitespace between two characters, ours has too
 *    (not before the first: leading whitespace is never shown)
 *    (ours may add line breaks for blocks and spaces between cells, never glue);
 * 3. every non-whitespace character of ours maps to a source range whose
 *    decoded text is that character, inside a text node parse5 shows (a
 *    character reference at least touching one, see above).
 */
export function compareWithParse5(html: string, projection: HtmlProjection): Comparison {
  const problems: string[] = [];
  const nodes = parse5VisibleText(html);
  const theirs = shape(nodes.map((n) => n.text).join(""));
  const ours = shape(projection.text);
  if (theirs.chars !== ours.chars) {
    const at = firstDifference(theirs.chars, ours.chars);
    problems.push(`text differs at ${at}: parse5 ${JSON.stringify(theirs.chars.slice(Math.max(0, at - 20), at + 20))} ours ${JSON.stringify(ours.chars.slice(Math.max(0, at - 20), at + 20))}`);
    return { problems };
  }
  for (let k = 1; k < theirs.gapBefore.length; k++) {
    if (theirs.gapBefore[k] && !ours.gapBefore[k]) {
      problems.push(`parse5 has whitespace before ${JSON.stringify(theirs.chars.slice(Math.max(0, k - 10), k + 10))} at ${k}, ours glues it`);
      break;
    }
  }
  // parse5 ends a text token where the next one is noticed, which after a
  // character reference is past it (" &copy" then ";b"): a node's range is
  // exact only as part of a run of adjacent nodes, so ranges are merged first.
  const shown: { start: number; end: number }[] = [];
  for (const n of nodes) {
    const last = shown[shown.length - 1];
    if (last && n.start <= last.end) last.end = Math.max(last.end, n.end);
    else shown.push({ start: n.start, end: n.end });
  }
  // The source map, one group of text characters with the same source range at a time.
  const { text, sourceStart, sourceEnd } = projection;
  let run = 0;
  for (let i = 0; i < text.length; ) {
    const start = sourceStart[i] as number;
    const end = sourceEnd[i] as number;
    let j = i + 1;
    while (j < text.length && sourceStart[j] === start && sourceEnd[j] === end) j++;
    const group = text.slice(i, j);
    i = j;
    if (/^[\t\n\f\r ]+$/.test(group)) continue;
    const source = html.slice(start, end);
    const decoded = source === "\0" ? "\ufffd" : decodeHTML(source);
    if (end <= start || decoded !== group) {
      problems.push(`text ${JSON.stringify(group)} maps to source ${JSON.stringify(source)} [${start}, ${end})`);
      break;
    }
    while (run < shown.length && (shown[run] as { end: number }).end < start) run++;
    const r = shown[run];
    // A character reference may also just touch a shown run: parse5 can hand its source to a token it then drops.
    const inside = r !== undefined && (end - start > 1 ? r.start <= end && start <= r.end : r.start <= start && end <= r.end);
    if (!inside) {
      problems.push(`text ${JSON.stringify(group)} from [${start}, ${end}) is in no text node parse5 shows`);
      break;
    }
  }
  return { problems };
}
