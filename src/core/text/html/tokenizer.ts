/**
 * The HTML tokenizer of the WHATWG HTML standard (section 13.2.5), without a
 * DOM: Postvakt's one reader of HTML markup. It turns a string into text
 * runs, decoded characters, start and end tags and "markup that shows
 * nothing" (comments, doctypes, bogus comments), each with its source
 * offsets, and hands them to a sink.
 *
 * It follows the standard's states where they decide what is text and
 * where a tag or comment ends: tag open and tag name; the attribute name and
 * value states (an unquoted value or a name may hold quotes: `title=don't`);
 * self-closing; end tags and the "</>" that is dropped; markup declarations:
 * comments with their abrupt "<!-->" and "<!--->" and the "--!>" ending,
 * doctypes (which end at the first ">", quoted identifiers or not), bogus
 * comments ("<?...>", "</ x>", "<!x>", and "<![CDATA[" in HTML content);
 * CDATA sections where the sink says the parser is in foreign content
 * (SVG, MathML); RCDATA, RAWTEXT, script data with its escaped and
 * double-escaped states, and PLAINTEXT, switched to by the sink's answer to a
 * start tag, as the tree builder does; the character-reference states
 * through ./entities. An unterminated tag at the end of the input is
 * dropped, as the standard says.
 *
 * Input preprocessing is left to the sink: carriage returns are whitespace
 * here as the LF they become; NUL is passed on ("\0" in data, where the tree
 * builder drops it, U+FFFD elsewhere).
 *
 * Every step consumes input, and every search (indexOf) starts where the
 * previous one stopped, so a run is linear in the input's length.
 */
import { decodeReferenceAt } from "./entities";

/** A start tag. Names are ASCII-lowercased; attribute values are decoded. */
export interface StartTag {
  readonly name: string;
  /** Lower-cased names (the first of duplicates wins), decoded values; no prototype, so any name is safe to look up. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Written as <x ... />. */
  readonly selfClosing: boolean;
  /** [start, end) in the source: from "<" to after ">". */
  readonly start: number;
  readonly end: number;
}

/** The content models a start tag can switch the tokenizer to (the tree builder's choice). */
export type ContentModel = "rcdata" | "rawtext" | "script" | "plaintext";

export interface TokenSink {
  /** Source text [start, end) that is characters as written: no references, no NUL. */
  text(start: number, end: number): void;
  /** Characters that differ from their source [start, end): a character reference, or a NUL ("\0" in data, "\ufffd" elsewhere). */
  decoded(start: number, end: number, value: string): void;
  /** A start tag; the answer switches the tokenizer (RCDATA after <title>, ...), as the tree builder would. */
  startTag(tag: StartTag): ContentModel | undefined | void;
  endTag(name: string, start: number, end: number): void;
  /** Markup that shows nothing: comments, doctypes, bogus comments, "</>", an unterminated tag at the end. */
  markup?(start: number, end: number): void;
  /** Asked at "<![CDATA[": whether the current node is foreign (SVG, MathML), where it opens a CDATA section. */
  inForeignContent?(): boolean;
}

const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const AMP = 38;
const SQUOTE = 39;
const DASH = 45;
const SLASH = 47;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const QUESTION = 63;

function isWhitespace(code: number): boolean {
  return code === SPACE || code === LF || code === TAB || code === FF || code === CR;
}

function isAsciiAlpha(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
}

/** ASCII lower case, NUL as U+FFFD (tag and attribute names). */
function normaliseName(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code === 0) {
      let out = "";
      for (let k = 0; k < raw.length; k++) {
        const c = raw.charCodeAt(k);
        out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c === 0 ? "\ufffd" : raw.charAt(k);
      }
      return out;
    }
  }
  return raw;
}

/** An attribute value as the standard reads it: CR LF and CR as LF, NUL as U+FFFD, then references decoded. */
function attributeValue(raw: string): string {
  let value = raw;
  if (value.indexOf("\r") >= 0) value = value.replace(/\r\n?/g, "\n");
  if (value.indexOf("\0") >= 0) value = value.replace(/\0/g, "\ufffd");
  return value.indexOf("&") >= 0 ? decodeCharacterReferencesInAttribute(value) : value;
}

function decodeCharacterReferencesInAttribute(value: string): string {
  let out = "";
  let pos = 0;
  for (let amp = value.indexOf("&"); amp >= 0; ) {
    const reference = decodeReferenceAt(value, amp, value.length, true);
    if (reference) {
      out += value.slice(pos, amp) + reference.value;
      pos = amp + reference.length;
      amp = value.indexOf("&", pos);
    } else {
      amp = value.indexOf("&", amp + 1);
    }
  }
  return out + value.slice(pos);
}

/** Script data sub-states (the standard's "script data escaped" family). */
const SCRIPT = 0;
const ESCAPED = 1;
const ESCAPED_DASH = 2;
const ESCAPED_DASH_DASH = 3;
const DOUBLE_ESCAPED = 4;
const DOUBLE_ESCAPED_DASH = 5;
const DOUBLE_ESCAPED_DASH_DASH = 6;

/** Comment sub-states after "<!--". */
const COMMENT = 0;
const COMMENT_END_DASH = 1;
const COMMENT_END = 2;
const COMMENT_END_BANG = 3;

class Tokenizer {
  private model: ContentModel | "data" = "data";
  /** The element whose RCDATA, RAWTEXT or script data is being read. */
  private rawName = "";

  constructor(
    private readonly html: string,
    /** Where the input ends for this run (the end of file). */
    private readonly end: number,
    private readonly sink: TokenSink,
  ) {}

  private at(index: number): number {
    return index < this.end ? this.html.charCodeAt(index) : -1;
  }

  run(from: number): void {
    let pos = from;
    while (pos < this.end) {
      switch (this.model) {
        case "data":
          pos = this.data(pos);
          break;
        case "rcdata":
          pos = this.rawText(pos, true);
          break;
        case "rawtext":
          pos = this.rawText(pos, false);
          break;
        case "script":
          pos = this.scriptData(pos);
          break;
        default:
          this.emitRaw(pos, this.end);
          pos = this.end;
      }
    }
  }

  /** Data state: text up to the next "<", "&" or NUL, then that. */
  private data(pos: number): number {
    const { html, end } = this;
    let i = pos;
    while (i < end) {
      const code = html.charCodeAt(i);
      if (code === LT || code === AMP || code === 0) break;
      i++;
    }
    if (i > pos) this.sink.text(pos, i);
    if (i >= end) return end;
    const code = html.charCodeAt(i);
    if (code === AMP) return this.reference(i);
    if (code === 0) {
      this.sink.decoded(i, i + 1, "\0");
      return i + 1;
    }
    return this.tagOpen(i);
  }

  /** A character reference at `amp` in text, or the "&" as text. */
  private reference(amp: number): number {
    const reference = decodeReferenceAt(this.html, amp, this.end, false);
    if (!reference) {
      this.sink.text(amp, amp + 1);
      return amp + 1;
    }
    this.sink.decoded(amp, amp + reference.length, reference.value);
    return amp + reference.length;
  }

  /** Tag open state, at "<". */
  private tagOpen(lt: number): number {
    const next = this.at(lt + 1);
    if (next === BANG) return this.markupDeclaration(lt);
    if (next === SLASH) return this.endTagOpen(lt);
    if (isAsciiAlpha(next)) return this.startTag(lt);
    if (next === QUESTION) return this.bogusComment(lt, lt + 1);
    this.sink.text(lt, lt + 1); // "<" that starts nothing is text
    return lt + 1;
  }

  private endTagOpen(lt: number): number {
    const next = this.at(lt + 2);
    if (isAsciiAlpha(next)) {
      const end = readTag(this.html, lt, this.end, false);
      if (end.tag === undefined) return this.unterminated(lt);
      this.sink.endTag(end.tag.name, lt, end.end);
      return end.end;
    }
    if (next === GT) {
      this.markup(lt, lt + 3); // "</>" is dropped
      return lt + 3;
    }
    if (next < 0) {
      this.sink.text(lt, this.end); // "</" at the end is text
      return this.end;
    }
    return this.bogusComment(lt, lt + 2);
  }

  private startTag(lt: number): number {
    const read = readTag(this.html, lt, this.end, true);
    if (read.tag === undefined) return this.unterminated(lt);
    const model = this.sink.startTag(read.tag);
    if (model) {
      this.model = model;
      this.rawName = read.tag.name;
    }
    return read.end;
  }

  /** End of input inside a tag: the tag is dropped (eof-in-tag). */
  private unterminated(lt: number): number {
    this.markup(lt, this.end);
    return this.end;
  }

  private markup(start: number, end: number): void {
    if (this.sink.markup) this.sink.markup(start, end);
  }

  /** Bogus comment: from `lt` to the first ">" after `from`. */
  private bogusComment(lt: number, from: number): number {
    const gt = this.html.indexOf(">", from);
    const stop = gt < 0 || gt >= this.end ? this.end : gt + 1;
    this.markup(lt, stop);
    return stop;
  }

  /** Markup declaration open state, at "<!". */
  private markupDeclaration(lt: number): number {
    const { html, end } = this;
    const p = lt + 2;
    if (this.at(p) === DASH && this.at(p + 1) === DASH) return this.comment(lt, p + 2);
    if (p + 7 <= end) {
      const word = html.slice(p, p + 7);
      if (word.toLowerCase() === "doctype") return this.bogusComment(lt, p + 7); // every DOCTYPE state ends at ">"
      if (word === "[CDATA[") {
        if (this.sink.inForeignContent && this.sink.inForeignContent()) return this.cdata(lt, p + 7);
        return this.bogusComment(lt, p); // cdata-in-html-content
      }
    }
    return this.bogusComment(lt, p); // incorrectly-opened-comment
  }

  /**
   * A comment from just after "<!--". The comment-less-than-sign states only
   * report nested comments; they never move where a comment ends, so they
   * are not tracked.
   */
  private comment(lt: number, from: number): number {
    const { html, end } = this;
    let i = from;
    let state = COMMENT;
    // Comment start and comment start dash states: "<!-->" and "<!--->" end at once.
    if (this.at(i) === GT) return this.commentEnd(lt, i + 1);
    if (this.at(i) === DASH) {
      const next = this.at(i + 1);
      if (next === GT) return this.commentEnd(lt, i + 2);
      if (next === DASH) {
        state = COMMENT_END;
        i += 2;
      } else {
        i += 1;
      }
    }
    while (i < end) {
      if (state === COMMENT) {
        const dash = html.indexOf("-", i);
        if (dash < 0 || dash >= end) break;
        i = dash + 1;
        state = COMMENT_END_DASH;
        continue;
      }
      const code = html.charCodeAt(i);
      if (state === COMMENT_END_DASH) {
        state = code === DASH ? COMMENT_END : COMMENT;
      } else if (state === COMMENT_END) {
        if (code === GT) return this.commentEnd(lt, i + 1);
        state = code === BANG ? COMMENT_END_BANG : code === DASH ? COMMENT_END : COMMENT;
      } else {
        // Comment end bang: "--!>" ends the comment (incorrectly-closed-comment).
        if (code === GT) return this.commentEnd(lt, i + 1);
        state = code === DASH ? COMMENT_END_DASH : COMMENT;
      }
      i++;
    }
    return this.commentEnd(lt, end); // eof-in-comment
  }

  private commentEnd(lt: number, stop: number): number {
    this.markup(lt, stop);
    return stop;
  }

  /** CDATA section (foreign content only): its content is text up to "]]>". */
  private cdata(lt: number, from: number): number {
    this.markup(lt, from);
    const close = this.html.indexOf("]]>", from);
    if (close < 0 || close + 3 > this.end) {
      this.emitRaw(from, this.end);
      return this.end;
    }
    this.emitRaw(from, close);
    this.markup(close, close + 3);
    return close + 3;
  }

  /** Whether "</" at `lt` opens the appropriate end tag: the raw element's name, then whitespace, "/" or ">". */
  private isAppropriateEndTag(lt: number): boolean {
    const name = this.rawName;
    for (let k = 0; k < name.length; k++) {
      const code = this.at(lt + 2 + k);
      if (!isAsciiAlpha(code) || (code | 0x20) !== name.charCodeAt(k)) return false;
    }
    const after = this.at(lt + 2 + name.length);
    return isWhitespace(after) || after === SLASH || after === GT;
  }

  /** Reads the appropriate end tag at `lt` and returns to the data state. */
  private closeRaw(lt: number): number {
    const read = readTag(this.html, lt, this.end, false);
    if (read.tag === undefined) return this.unterminated(lt);
    this.model = "data";
    this.sink.endTag(this.rawName, lt, read.end);
    return read.end;
  }

  /** RCDATA (references decoded) and RAWTEXT: text up to the appropriate end tag. */
  private rawText(pos: number, rcdata: boolean): number {
    let search = pos;
    for (;;) {
      const lt = this.html.indexOf("</", search);
      if (lt < 0 || lt + 2 > this.end) {
        this.emitContent(pos, this.end, rcdata);
        return this.end;
      }
      if (this.isAppropriateEndTag(lt)) {
        this.emitContent(pos, lt, rcdata);
        return this.closeRaw(lt);
      }
      search = lt + 2;
    }
  }

  /** Script data and its escaped states, up to the "</script" that ends it. */
  private scriptData(pos: number): number {
    const { html, end } = this;
    let state = SCRIPT;
    let i = pos;
    while (i < end) {
      if (state === SCRIPT || state === ESCAPED || state === DOUBLE_ESCAPED) {
        // Only "<" (and "-" once escaped) changes anything: jump to it.
        const lt = html.indexOf("<", i);
        const dash = state === SCRIPT ? -1 : html.indexOf("-", i);
        let next = lt < 0 || lt >= end ? end : lt;
        if (dash >= 0 && dash < next) next = dash;
        if (next >= end) break;
        i = next;
      }
      const code = html.charCodeAt(i);
      switch (state) {
        case SCRIPT:
          // code is "<"
          if (this.at(i + 1) === SLASH) {
            if (this.isAppropriateEndTag(i)) return this.finishScript(pos, i);
            i += 2;
          } else if (this.at(i + 1) === BANG && this.at(i + 2) === DASH && this.at(i + 3) === DASH) {
            state = ESCAPED_DASH_DASH;
            i += 4;
          } else {
            i += 1;
          }
          continue;
        case ESCAPED:
        case ESCAPED_DASH:
        case ESCAPED_DASH_DASH:
          if (code === DASH) {
            state = state === ESCAPED ? ESCAPED_DASH : ESCAPED_DASH_DASH;
            i++;
            continue;
          }
          if (code === GT && state === ESCAPED_DASH_DASH) {
            state = SCRIPT;
            i++;
            continue;
          }
          if (code !== LT) {
            state = ESCAPED;
            i++;
            continue;
          }
          // Script data escaped less-than sign state.
          if (this.at(i + 1) === SLASH) {
            if (this.isAppropriateEndTag(i)) return this.finishScript(pos, i);
            state = ESCAPED;
            i += 2;
          } else if (isAsciiAlpha(this.at(i + 1))) {
            // Double escape start: "<script" followed by whitespace, "/" or ">".
            let j = i + 1;
            while (isAsciiAlpha(this.at(j))) j++;
            const delimiter = this.at(j);
            if (isWhitespace(delimiter) || delimiter === SLASH || delimiter === GT) {
              state = html.slice(i + 1, j).toLowerCase() === "script" ? DOUBLE_ESCAPED : ESCAPED;
              i = j + 1;
            } else {
              state = ESCAPED;
              i = j;
            }
          } else {
            state = ESCAPED;
            i += 1;
          }
          continue;
        default:
          // DOUBLE_ESCAPED, DOUBLE_ESCAPED_DASH, DOUBLE_ESCAPED_DASH_DASH
          if (code === DASH) {
            state = state === DOUBLE_ESCAPED ? DOUBLE_ESCAPED_DASH : DOUBLE_ESCAPED_DASH_DASH;
            i++;
            continue;
          }
          if (code === GT && state === DOUBLE_ESCAPED_DASH_DASH) {
            state = SCRIPT;
            i++;
            continue;
          }
          if (code !== LT) {
            state = DOUBLE_ESCAPED;
            i++;
            continue;
          }
          // Double escaped less-than sign, then double escape end: "</script" and a delimiter.
          if (this.at(i + 1) === SLASH) {
            let j = i + 2;
            while (isAsciiAlpha(this.at(j))) j++;
            const delimiter = this.at(j);
            if (isWhitespace(delimiter) || delimiter === SLASH || delimiter === GT) {
              state = html.slice(i + 2, j).toLowerCase() === "script" ? ESCAPED : DOUBLE_ESCAPED;
              i = j + 1;
            } else {
              state = DOUBLE_ESCAPED;
              i = j;
            }
          } else {
            state = DOUBLE_ESCAPED;
            i += 1;
          }
          continue;
      }
    }
    this.emitRaw(pos, end);
    return end;
  }

  private finishScript(pos: number, lt: number): number {
    this.emitRaw(pos, lt);
    return this.closeRaw(lt);
  }

  /** RCDATA or RAWTEXT content. */
  private emitContent(start: number, stop: number, rcdata: boolean): void {
    if (!rcdata) {
      this.emitRaw(start, stop);
      return;
    }
    const { html } = this;
    let run = start;
    let i = start;
    while (i < stop) {
      const code = html.charCodeAt(i);
      if (code !== AMP && code !== 0) {
        i++;
        continue;
      }
      if (i > run) this.sink.text(run, i);
      if (code === 0) {
        this.sink.decoded(i, i + 1, "\ufffd");
        i++;
      } else {
        const reference = decodeReferenceAt(html, i, stop, false);
        if (reference) {
          this.sink.decoded(i, i + reference.length, reference.value);
          i += reference.length;
        } else {
          this.sink.text(i, i + 1);
          i++;
        }
      }
      run = i;
    }
    if (stop > run) this.sink.text(run, stop);
  }

  /** Text without references; NUL becomes U+FFFD. */
  private emitRaw(start: number, stop: number): void {
    let i = start;
    while (i < stop) {
      const nul = this.html.indexOf("\0", i);
      if (nul < 0 || nul >= stop) break;
      if (nul > i) this.sink.text(i, nul);
      this.sink.decoded(nul, nul + 1, "\ufffd");
      i = nul + 1;
    }
    if (stop > i) this.sink.text(i, stop);
  }
}

export interface ReadTag {
  /** The tag, or undefined when the input ends inside it (such a tag is dropped). */
  readonly tag: StartTag | undefined;
  /** Where reading stopped: after ">", or the end of the input. */
  readonly end: number;
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);

/** A tag the input ends inside. */
const UNTERMINATED = (end: number): ReadTag => ({ tag: undefined, end });

/** Adds an attribute unless one of that name came first (the standard drops duplicates). */
function addAttribute(attributes: Record<string, string> | undefined, name: string, value: string): Record<string, string> {
  const to = attributes ?? (Object.create(null) as Record<string, string>);
  if (!(name in to)) to[name] = value;
  return to;
}

/**
 * Reads the tag at `lt` ("<" then a letter, or "</" then a letter) through
 * the tag name, attribute and self-closing states, up to `end`.
 * `withAttributes: false` skips building the attributes (end tags have none).
 * No closures: this runs once per tag.
 */
export function readTag(html: string, lt: number, end: number, withAttributes: boolean): ReadTag {
  const closing = html.charCodeAt(lt + 1) === SLASH;
  let p = closing ? lt + 2 : lt + 1;
  const nameStart = p;
  while (p < end) {
    const code = html.charCodeAt(p);
    if (isWhitespace(code) || code === SLASH || code === GT) break;
    p++;
  }
  if (p >= end) return UNTERMINATED(end);
  const name = normaliseName(html.slice(nameStart, p));
  let attributes: Record<string, string> | undefined;
  let selfClosing = false;
  let stop = -1;
  while (stop < 0) {
    // Before attribute name.
    while (p < end && isWhitespace(html.charCodeAt(p))) p++;
    if (p >= end) return UNTERMINATED(end);
    let code = html.charCodeAt(p);
    if (code === GT) {
      stop = p + 1;
      break;
    }
    if (code === SLASH) {
      // Self-closing start tag state.
      p++;
      if (p >= end) return UNTERMINATED(end);
      if (html.charCodeAt(p) === GT) {
        selfClosing = true;
        stop = p + 1;
      }
      continue; // otherwise unexpected-solidus-in-tag: reconsume in before attribute name
    }
    // Attribute name: the first character may be "=" (and quotes or "<" anywhere).
    const attributeStart = p;
    p++;
    while (p < end) {
      code = html.charCodeAt(p);
      if (isWhitespace(code) || code === SLASH || code === GT || code === EQUALS) break;
      p++;
    }
    const attributeEnd = p;
    // After attribute name.
    while (p < end && isWhitespace(html.charCodeAt(p))) p++;
    if (p >= end) return UNTERMINATED(end);
    let valueStart = p;
    let valueEnd = p;
    if (html.charCodeAt(p) === EQUALS) {
      // Before attribute value.
      p++;
      while (p < end && isWhitespace(html.charCodeAt(p))) p++;
      if (p >= end) return UNTERMINATED(end);
      code = html.charCodeAt(p);
      if (code === DQUOTE || code === SQUOTE) {
        const close = html.indexOf(code === DQUOTE ? '"' : "'", p + 1);
        if (close < 0 || close >= end) return UNTERMINATED(end);
        valueStart = p + 1;
        valueEnd = close;
        p = close + 1; // after attribute value (quoted): anything else is reconsumed before the next name
      } else if (code === GT) {
        stop = p + 1; // missing-attribute-value
      } else {
        // Attribute value (unquoted): up to whitespace or ">"; quotes, "<", "=" and "`" are characters.
        valueStart = p;
        while (p < end) {
          code = html.charCodeAt(p);
          if (isWhitespace(code) || code === GT) break;
          p++;
        }
        if (p >= end) return UNTERMINATED(end);
        valueEnd = p;
      }
    }
    // Otherwise "/", ">" or the next attribute's name follows: no value.
    if (withAttributes) {
      const value = valueEnd > valueStart ? attributeValue(html.slice(valueStart, valueEnd)) : "";
      attributes = addAttribute(attributes, normaliseName(html.slice(attributeStart, attributeEnd)), value);
    }
  }
  return { tag: { name, attributes: attributes ?? NO_ATTRIBUTES, selfClosing, start: lt, end: stop }, end: stop };
}

/**
 * Runs the tokenizer over html[from, to) with `to` as the end of the input.
 * With `from` > 0 (reading only the end of a huge body), it starts at the
 * first "<" from there in the data state.
 */
export function tokenize(html: string, sink: TokenSink, from = 0, to = html.length): void {
  const end = Math.min(to, html.length);
  let start = 0;
  if (from > 0) {
    const lt = html.indexOf("<", from);
    start = lt < 0 || lt >= end ? end : lt;
  }
  new Tokenizer(html, end, sink).run(start);
}

/**
 * The start tag at `lt` (which must hold "<" and a letter), read on its own
 * (for a tag found by a search): undefined `tag` when it never ends.
 */
export function readStartTagAt(html: string, lt: number): ReadTag {
  if (html.charCodeAt(lt) !== LT || !isAsciiAlpha(html.charCodeAt(lt + 1))) return { tag: undefined, end: lt };
  return readTag(html, lt, html.length, true);
}
