/**
 * What a reader sees of an HTML body, without a DOM: the visible text, with
 * a map from every text character back to the source characters it came
 * from, and the start tags with where they fall in that text. html -> text,
 * masking inside HTML and the signature check all read HTML through this.
 *
 * On top of ./tokenizer it keeps the little of the standard's tree
 * construction that decides what is shown:
 * - Hidden: comments and other markup, the content of <script>, <style>,
 *   <title>, <template>, <noscript> (scripting on, as in parse5 and
 *   browsers), <iframe>, <noembed>, <noframes>, and of SVG/MathML
 *   <script>/<style>/<title>. Everything else is shown, wherever it stands:
 *   after an unclosed <head>, inside a stray <head> or <xml> (a browser moves
 *   such text into the body or never treats the element as special).
 * - Raw text that is shown: <textarea> (RCDATA), <xmp> (RAWTEXT) and
 *   everything after <plaintext>, with its whitespace kept.
 * - Foreign content (SVG, MathML): CDATA sections are text; <style>,
 *   <title>, <script> there do not switch to raw text; HTML elements such as
 *   <p> or <div> break out of it.
 * - Whitespace collapses as in normal flow (runs to one space, none at a
 *   line's start or end) except in <pre>, <listing>, <textarea>, <xmp>,
 *   <plaintext>; block elements start a new line, <br> is one; table cells
 *   are separated by a space. U+00A0 is kept as it is.
 * Text is in source order (a browser moves text misplaced in a table before
 * the table; for finding and masking numbers, source order is what counts).
 */
import { tokenize, type ContentModel, type StartTag, type TokenSink } from "./tokenizer";

export interface ProjectedTag {
  readonly tag: StartTag;
  /** The length of the visible text before the tag. */
  readonly textIndex: number;
}

export interface ProjectedEndTag {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly textIndex: number;
}

export interface HtmlProjection {
  /** The visible text. */
  readonly text: string;
  /**
   * For text index i, the source range [sourceStart[i], sourceEnd[i]) it
   * came from: one character, a whole character reference, or (for a line
   * break or cell separator inserted for a tag) the empty range at the tag's "<".
   */
  readonly sourceStart: Int32Array;
  readonly sourceEnd: Int32Array;
  /** Start tags outside hidden content, in order (with `tags: true`). */
  readonly tags: readonly ProjectedTag[];
  /** End tags, in order (with `tags: true`). */
  readonly endTags: readonly ProjectedEndTag[];
}

export interface ProjectionOptions {
  /** Read html[from, to) only (from the first "<" at or after `from`). */
  readonly from?: number;
  readonly to?: number;
  /** Collect the tags (the signature check needs them; masking does not). */
  readonly tags?: boolean;
}

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary", "table",
  "tbody", "tfoot", "thead", "tr", "ul", "xmp",
]);

/** Raw-text elements: content model, and whether a reader sees the content. */
const RAW = new Map<string, readonly [ContentModel, boolean]>([
  ["title", ["rcdata", false]],
  ["textarea", ["rcdata", true]],
  ["style", ["rawtext", false]],
  ["xmp", ["rawtext", true]],
  ["iframe", ["rawtext", false]],
  ["noembed", ["rawtext", false]],
  ["noframes", ["rawtext", false]],
  ["noscript", ["rawtext", false]],
  ["script", ["script", false]],
  ["plaintext", ["plaintext", true]],
]);

/** HTML elements that end foreign content (the standard's "in foreign content" breakout list). */
const BREAKOUT = new Set([
  "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4",
  "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
  "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
]);

/** Foreign elements whose content is HTML again (HTML and MathML text integration points). */
const INTEGRATION = new Set(["foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"]);
const FOREIGN_HIDDEN = new Set(["script", "style", "title"]);

/** Elements that never have content (their start tag opens nothing). */
const VOID = new Set([
  "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta",
  "param", "source", "track", "wbr",
]);

interface ForeignElement {
  readonly name: string;
  /** Its content is parsed as HTML (an integration point). */
  readonly html: boolean;
  readonly hidden: boolean;
}

const LF = 10;

function isWhitespace(code: number): boolean {
  return code === 32 || code === LF || code === 9 || code === 12 || code === 13;
}

function isBreakout(tag: StartTag): boolean {
  if (BREAKOUT.has(tag.name)) return true;
  if (tag.name !== "font") return false;
  const a = tag.attributes;
  return "color" in a || "face" in a || "size" in a;
}

function isIntegrationPoint(tag: StartTag): boolean {
  if (INTEGRATION.has(tag.name)) return true;
  if (tag.name !== "annotation-xml") return false;
  const encoding = (tag.attributes.encoding ?? "").toLowerCase();
  return encoding === "text/html" || encoding === "application/xhtml+xml";
}

class Projector implements TokenSink {
  private out = "";
  private length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  /** The last character written (LF at the start, so nothing leads with a space). */
  private last = LF;
  /** A collapsed whitespace run (or a cell separator) not yet written: its source range, start -1 when none. */
  private pendingStart = -1;
  private pendingEnd = -1;
  private preDepth = 0;
  private templateDepth = 0;
  /** The raw-text element being read ("" outside one) and whether its content is shown. */
  private raw = "";
  private rawShown = false;
  /** Right after <pre>, <listing> or <textarea>: a first line feed is dropped. */
  private skipNewline = false;
  private readonly foreign: ForeignElement[] = [];
  private foreignHidden = 0;
  /**
   * How many HTML elements of each name are open, roughly (implied end tags
   * are not modelled): in foreign content an end tag for one of them closes
   * the SVG or MathML around it, as the tree builder's "any other end tag" does.
   */
  private readonly openHtml = new Map<string, number>();
  readonly tags: ProjectedTag[] = [];
  readonly endTags: ProjectedEndTag[] = [];

  constructor(
    private readonly html: string,
    private readonly collectTags: boolean,
    capacity: number,
  ) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  result(): HtmlProjection {
    return {
      text: this.out,
      sourceStart: this.starts.subarray(0, this.length),
      sourceEnd: this.ends.subarray(0, this.length),
      tags: this.tags,
      endTags: this.endTags,
    };
  }

  // ------------------------------------------------------------ writing

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Writes `value` (one or more code units), every unit mapped to [start, end). */
  private put(value: string, start: number, end: number): void {
    this.reserve(value.length);
    for (let k = 0; k < value.length; k++) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
    this.out += value;
    this.last = value.charCodeAt(value.length - 1);
  }

  /** Writes html[start, end) as it is. */
  private putSource(start: number, end: number): void {
    this.reserve(end - start);
    const { starts, ends } = this;
    let n = this.length;
    for (let i = start; i < end; i++) {
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    }
    this.length = n;
    this.out += this.html.slice(start, end);
    this.last = this.html.charCodeAt(end - 1);
  }

  private flushSpace(): void {
    if (this.pendingStart < 0) return;
    if (this.last !== LF) this.put(" ", this.pendingStart, this.pendingEnd);
    this.pendingStart = -1;
  }

  private lineBreak(at: number): void {
    this.pendingStart = -1;
    if (this.last !== LF) this.put("\n", at, at);
  }

  private separate(at: number): void {
    if (this.last !== LF && this.pendingStart < 0) {
      this.pendingStart = at;
      this.pendingEnd = at;
    }
  }

  private hidden(): boolean {
    return this.templateDepth > 0 || this.foreignHidden > 0 || (this.raw !== "" && !this.rawShown);
  }

  private preformatted(): boolean {
    return this.preDepth > 0 || (this.raw !== "" && this.rawShown);
  }

  // ------------------------------------------------------------ the sink

  text(start: number, end: number): void {
    if (this.hidden()) {
      this.skipNewline = false;
      return;
    }
    const { html } = this;
    let i = start;
    if (this.skipNewline) {
      // The line feed right after <pre>, <listing> or <textarea> is not content (CR LF and CR count as one).
      this.skipNewline = false;
      const first = html.charCodeAt(i);
      if (first === 13) {
        i++;
        if (i < end && html.charCodeAt(i) === LF) i++;
      } else if (first === LF) {
        i++;
      }
      if (i >= end) return;
    }
    if (this.preformatted()) {
      this.flushSpace();
      // Keep every character; CR LF and a lone CR are one line feed.
      let run = i;
      for (; i < end; i++) {
        if (html.charCodeAt(i) !== 13) continue;
        if (i > run) this.putSource(run, i);
        if (i + 1 < end && html.charCodeAt(i + 1) === LF) {
          run = i + 1;
        } else {
          this.put("\n", i, i + 1);
          run = i + 1;
        }
      }
      if (end > run) this.putSource(run, end);
      return;
    }
    while (i < end) {
      if (isWhitespace(html.charCodeAt(i))) {
        if (this.pendingStart < 0) {
          this.pendingStart = i;
          this.pendingEnd = i + 1;
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && !isWhitespace(html.charCodeAt(j))) j++;
      this.flushSpace();
      this.putSource(i, j);
      i = j;
    }
  }

  decoded(start: number, end: number, value: string): void {
    const skip = this.skipNewline;
    this.skipNewline = false;
    if (this.hidden()) return;
    let shown = value;
    if (value === "\0") {
      if (!this.inForeignContent()) return; // the tree builder drops NUL in HTML content
      shown = "\ufffd";
    }
    if (skip && shown === "\n") return;
    if (!this.preformatted() && shown.length === 1 && isWhitespace(shown.charCodeAt(0))) {
      if (this.pendingStart < 0) {
        this.pendingStart = start;
        this.pendingEnd = end;
      }
      return;
    }
    this.flushSpace();
    this.put(shown, start, end);
  }

  inForeignContent(): boolean {
    const top = this.foreign[this.foreign.length - 1];
    return top !== undefined && !top.html;
  }

  private pushForeign(tag: StartTag): void {
    const hidden = FOREIGN_HIDDEN.has(tag.name);
    this.foreign.push({ name: tag.name, html: isIntegrationPoint(tag), hidden });
    if (hidden) this.foreignHidden++;
  }

  /** Pops foreign elements down to and including index `k`. */
  private popForeign(k: number): void {
    while (this.foreign.length > k) {
      const element = this.foreign.pop() as ForeignElement;
      if (element.hidden) this.foreignHidden--;
    }
  }

  /** Pops foreign elements until an integration point (or HTML) is current. */
  private breakOut(): void {
    let k = this.foreign.length;
    while (k > 0 && !(this.foreign[k - 1] as ForeignElement).html) k--;
    this.popForeign(k);
  }

  private record(tag: StartTag): void {
    if (this.collectTags && this.templateDepth === 0) this.tags.push({ tag, textIndex: this.length });
  }

  startTag(tag: StartTag): ContentModel | undefined {
    this.skipNewline = false;
    if (this.inForeignContent()) {
      if (!isBreakout(tag)) {
        this.record(tag);
        if (!tag.selfClosing) this.pushForeign(tag);
        return undefined;
      }
      this.breakOut();
    }
    this.record(tag);
    const { name } = tag;
    if (!VOID.has(name)) this.openHtml.set(name, (this.openHtml.get(name) ?? 0) + 1);
    if (name === "svg" || name === "math") {
      if (!tag.selfClosing) this.foreign.push({ name, html: false, hidden: false });
      return undefined;
    }
    if (name === "template") {
      this.templateDepth++;
      return undefined;
    }
    const raw = RAW.get(name);
    if (raw) {
      this.raw = name;
      this.rawShown = raw[1];
    }
    const model = raw ? raw[0] : undefined;
    if (this.hidden()) return model;
    if (name === "br") {
      this.pendingStart = -1;
      this.put("\n", tag.start, tag.start);
    } else if (name === "td" || name === "th" || name === "textarea") {
      this.separate(tag.start);
    } else if (BLOCK.has(name)) {
      this.lineBreak(tag.start);
    }
    if (name === "pre" || name === "listing") this.preDepth++;
    if (name === "pre" || name === "listing" || name === "textarea") this.skipNewline = true;
    return model;
  }

  endTag(name: string, start: number, end: number): void {
    this.skipNewline = false;
    if (this.collectTags) this.endTags.push({ name, start, end, textIndex: this.length });
    if (this.foreign.length > 0 && this.raw === "") {
      if (this.inForeignContent() && (name === "br" || name === "p")) {
        this.breakOut();
      } else {
        for (let k = this.foreign.length - 1; k >= 0; k--) {
          if ((this.foreign[k] as ForeignElement).name === name) {
            this.popForeign(k);
            return;
          }
        }
        if (this.inForeignContent()) {
          // </html> and </body> only change the insertion mode; they pop nothing.
          if ((this.openHtml.get(name) ?? 0) === 0 || name === "html" || name === "body") return;
          this.breakOut();
        }
      }
    }
    const open = this.openHtml.get(name) ?? 0;
    if (open > 0) this.openHtml.set(name, open - 1);
    if (this.raw !== "") {
      // In raw text the tokenizer reports only the end tag that closes it.
      if (this.raw === "textarea") this.separate(start);
      else if (BLOCK.has(this.raw)) this.lineBreak(start);
      this.raw = "";
      return;
    }
    if (name === "template") {
      if (this.templateDepth > 0) this.templateDepth--;
      return;
    }
    if (this.hidden()) return;
    if (name === "br") {
      // </br> is read as <br>.
      this.pendingStart = -1;
      this.put("\n", start, start);
    } else if (BLOCK.has(name)) {
      this.lineBreak(start);
      if ((name === "pre" || name === "listing") && this.preDepth > 0) this.preDepth--;
    }
  }
}

/** The visible text of `html`, with its source map and (optionally) tags. Linear time. */
export function projectHtml(html: string, options: ProjectionOptions = {}): HtmlProjection {
  const from = options.from ?? 0;
  const to = Math.min(options.to ?? html.length, html.length);
  const projector = new Projector(html, options.tags === true, Math.min(to - from, 1 << 16));
  tokenize(html, projector, from, to);
  return projector.result();
}
