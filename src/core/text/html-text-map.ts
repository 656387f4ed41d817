/**
 * The visible text of an HTML string, without a DOM, with a map from every
 * text character back to the source characters it came from. Both the
 * html -> text conversion and in-place masking use it, so they read the same
 * text a user sees: entities decoded, whitespace collapsed as a browser
 * does, block elements and <br> as line breaks, script/style/title/comments
 * skipped. One pass, no regex over the whole input.
 */

export interface HtmlTextMap {
  readonly text: string;
  /** For text index i: the source range it came from; -1 for inserted line breaks. */
  readonly sourceStart: Int32Array;
  readonly sourceEnd: Int32Array;
}

const BLOCK = new Set([
  "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "pre", "hr", "section", "article", "header", "footer", "dl", "dt", "dd", "address", "body", "html",
]);
const CELL = new Set(["td", "th"]);
const SKIP_CONTENT = new Set(["script", "style", "title", "head", "xml"]);

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "\u2013", mdash: "\u2014",
  shy: "\u00ad", hyphen: "\u2010", auml: "ä", Auml: "Ä", ouml: "ö", Ouml: "Ö", aring: "å", Aring: "Å",
  eacute: "é", Eacute: "É", uuml: "ü", Uuml: "Ü", sect: "§", copy: "©", laquo: "«", raquo: "»",
  rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201d", ldquo: "\u201c", bull: "•", hellip: "…", euro: "€",
};

/** Decodes one entity at `at` ("&amp;", "&#45;", "&#x2D;"); undefined when it is none. */
export function decodeEntityAt(html: string, at: number): { readonly text: string; readonly length: number } | undefined {
  const semi = html.indexOf(";", at + 1);
  if (semi < 0 || semi - at > 10) return undefined;
  const body = html.slice(at + 1, semi);
  let text: string | undefined;
  if (body.startsWith("#x") || body.startsWith("#X")) {
    const code = parseInt(body.slice(2), 16);
    text = /^[0-9a-fA-F]+$/.test(body.slice(2)) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  } else if (body.startsWith("#")) {
    const code = parseInt(body.slice(1), 10);
    text = /^\d+$/.test(body.slice(1)) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  } else {
    text = Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : undefined;
  }
  return text === undefined ? undefined : { text, length: semi - at + 1 };
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f";
}

/** Where the tag starting at `at` ends (index after ">"), honouring quoted attribute values. */
function tagEnd(html: string, at: number): number {
  let quote = "";
  for (let i = at + 1; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return i + 1;
    }
  }
  return html.length;
}

function tagName(tag: string): { readonly name: string; readonly closing: boolean } {
  const m = /^<\s*(\/?)\s*([A-Za-z][A-Za-z0-9:-]*)/.exec(tag);
  return m ? { name: (m[2] as string).toLowerCase(), closing: m[1] === "/" } : { name: "", closing: false };
}

export function htmlTextMap(html: string): HtmlTextMap {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1; // source index of a collapsed whitespace run not yet written
  let preDepth = 0;

  const emit = (ch: string, from: number, to: number): void => {
    chars.push(ch);
    starts.push(from);
    ends.push(to);
  };
  const lineBreak = (): void => {
    pendingSpace = -1;
    if (chars.length > 0 && chars[chars.length - 1] !== "\n") emit("\n", -1, -1);
  };

  let lower: string | undefined; // computed once, only if a skipped element needs it
  let i = 0;
  while (i < html.length) {
    const ch = html[i] as string;
    if (ch === "<") {
      if (html.startsWith("<!--", i)) {
        const close = html.indexOf("-->", i + 4);
        i = close < 0 ? html.length : close + 3;
        continue;
      }
      if (/^<[!?/A-Za-z]/.test(html.slice(i, i + 2))) {
        const end = tagEnd(html, i);
        const { name, closing } = tagName(html.slice(i, Math.min(end, i + 64)));
        i = end;
        if (!closing && SKIP_CONTENT.has(name)) {
          lower ??= html.toLowerCase();
          const close = lower.indexOf(`</${name}`, i);
          i = close < 0 ? html.length : tagEnd(html, close);
          continue;
        }
        if (name === "pre") preDepth += closing ? -1 : 1;
        if (BLOCK.has(name)) lineBreak();
        else if (CELL.has(name) && !closing) {
          if (chars.length > 0 && chars[chars.length - 1] !== "\n") pendingSpace = i - 1;
        }
        continue;
      }
    }
    if (preDepth <= 0 && isSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (pendingSpace >= 0) {
      if (chars.length > 0 && chars[chars.length - 1] !== "\n") emit(" ", pendingSpace, pendingSpace + 1);
      pendingSpace = -1;
    }
    if (ch === "&") {
      const entity = decodeEntityAt(html, i);
      if (entity) {
        for (let k = 0; k < entity.text.length; k++) emit(entity.text[k] as string, i, i + entity.length);
        i += entity.length;
        continue;
      }
    }
    emit(ch, i, i + 1);
    i++;
  }
  return { text: chars.join(""), sourceStart: Int32Array.from(starts), sourceEnd: Int32Array.from(ends) };
}
