/**
 * Random tag soup for the reference test against parse5: a seeded
 * generator (same seed, same documents) of what mail clients and careless
 * hands write. Elements with every content model (head, xml, script, style,
 * title, textarea, xmp, noscript, iframe, template, plaintext, table, p, br,
 * div, pre, SVG), attributes quoted, unquoted and with quotes inside,
 * comments with every ending, doctypes, CDATA, bogus comments, character
 * references named (with and without ";", legacy and not), numeric (leading
 * zeros, out of range, C1, no digits), stray "<" and "&", digits, Swedish
 * text, odd whitespace and NUL.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const WORDS = [
  "Hej", "Anna", "Pnr", "781121-2393", "19781121", "2393", "950331-2382", "Med vänlig hälsning", "åäö", "ÅÄÖ", "Öxelösund",
  "kommun", "0701234567", "070-123 45 67", "x", "a", "b", "1", "12", "-", "–", ":", ".", ",", "'", '"', "=", "`", "/", "?",
];
const WHITESPACE = [" ", " ", "  ", "\n", "\t", "\r\n", "\r", "\f", " \n "];

const NAMED_REFERENCES = [
  "&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&copy;", "&auml;", "&ouml;", "&aring;", "&Auml;", "&eacute;", "&ndash;",
  "&mdash;", "&hellip;", "&euro;", "&dash;", "&NonBreakingSpace;", "&hyphen;", "&NotEqualTilde;", "&notin;", "&not;",
  "&apos;", "&lang;", "&frac12;", "&bogus;", "&ampx;", "&Amp;",
  // Without ";": legacy names decode, others stay text; "&notin" is "&not" + "in".
  "&nbsp", "&amp", "&lt", "&copy", "&auml", "&not", "&notin", "&dash", "&AMP", "&frac12", "&ouml2", "&nbspx", "&copy=",
];
const NUMERIC_REFERENCES = [
  "&#55;", "&#0055;", "&#0000000055;", "&#55", "&#x37;", "&#X2D", "&#x0032", "&#150;", "&#128;", "&#159", "&#0;", "&#xD800;",
  "&#x110000;", "&#99999999999;", "&#;", "&#x;", "&#", "&#13;", "&#10;", "&#9;", "&#32;", "&#160;", "&#x1F600;", "&#65;b",
];

const ELEMENTS = [
  "p", "p", "div", "div", "span", "span", "b", "i", "a", "br", "table", "tr", "td", "th", "tbody", "ul", "li", "h1", "pre",
  "blockquote", "font", "o:p", "img", "head", "body", "html", "xml", "title", "style", "script", "textarea", "xmp",
  "noscript", "iframe", "template", "noembed", "noframes", "listing", "center", "hr", "meta", "link", "base", "svg",
];

const ATTRIBUTE_NAMES = ["class", "style", "title", "href", "id", "src", "data-x", "don't", 'a"b', "=x", "x<y", "CLASS", "bgcolor"];
const ATTRIBUTE_VALUES = ["x", "a b", "don't", 'say "hi"', "a>b", "<p>", "&amp;", "&copy=1", "&notit;", "&nbsp", "781121-2393", "", "=", "`"];

function text(random: Random): string {
  let out = "";
  const n = 1 + Math.floor(random() * 4);
  for (let k = 0; k < n; k++) {
    out += pick(random, WORDS);
    if (random() < 0.7) out += pick(random, WHITESPACE);
  }
  return out;
}

function attribute(random: Random): string {
  const name = pick(random, ATTRIBUTE_NAMES);
  const value = pick(random, ATTRIBUTE_VALUES);
  const r = random();
  if (r < 0.15) return name;
  if (r < 0.45) return `${name}="${value.replace(/"/g, "'")}"`;
  if (r < 0.65) return `${name}='${value.replace(/'/g, '"')}'`;
  if (r < 0.75) return `${name} = "${value.replace(/"/g, "")}"`;
  return `${name}=${value.replace(/[\s>]/g, "") || "v"}`;
}

function startTag(random: Random, name: string): string {
  const tagName = random() < 0.2 ? name.toUpperCase() : name;
  let attributes = "";
  const n = random() < 0.5 ? 0 : Math.floor(random() * 3) + 1;
  for (let k = 0; k < n; k++) attributes += (random() < 0.9 ? " " : random() < 0.5 ? "\n" : "") + attribute(random);
  const close = random() < 0.1 ? " />" : random() < 0.05 ? "/>" : ">";
  return `<${tagName}${attributes}${close}`;
}

function endTag(random: Random, name: string): string {
  const r = random();
  if (r < 0.05) return `</${name} class="a>b">`;
  if (r < 0.1) return `</${name.toUpperCase()} >`;
  if (r < 0.12) return `</${name}/>`;
  return `</${name}>`;
}

const COMMENTS = [
  "<!-- x -->", "<!---->", "<!-->", "<!--->", "<!-- a --!>", "<!-- a -- b -->", "<!-- <!-- nested -->", "<!--!>", "<!-- x --->",
  "<!-- a --!- b -->", "<!--a-->", "<!-- 781121-2393 -->", "<!--[if gte mso 9]><xml><o:x>1</o:x></xml><![endif]-->",
  "<![if !vml]>", "<![endif]>",
];
const MARKUP = [
  "<!DOCTYPE html>", '<!doctype html PUBLIC "-//W3C//DTD x>y" "z">', "<!DOCTYPE>", "<![CDATA[ x ]]>", "<![CDATA[ a > b ]]>",
  '<?xml version="1.0"?>', "<?php x ?>", "<!x>", "<!>", "</>", "</ x>", "</3>", "<3", "a < b", "<", "&", "&&", "& x", "&;",
  "<a", "<\u00e5>", "</\u00e5>",
];

/** Content for a raw-text element, with the near misses that end or do not end it. */
function rawContent(random: Random, name: string): string {
  const tricks = [
    text(random),
    `</${name}x>`,
    `</${name.slice(0, 2)}`,
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<!-- <script> x </script> -->",
    "<b>x</b>",
    "&amp;",
    "&#55",
    "\u0000",
    "<",
  ];
  let out = "";
  const n = 1 + Math.floor(random() * 4);
  for (let k = 0; k < n; k++) out += pick(random, tricks);
  return out;
}

/** One document of `size` pieces (20-60 by default). */
export function tagSoup(random: Random, size = 20 + Math.floor(random() * 40)): string {
  let out = "";
  const open: string[] = [];
  for (let k = 0; k < size; k++) {
    const r = random();
    if (r < 0.3) {
      out += text(random);
    } else if (r < 0.5) {
      const name = pick(random, ELEMENTS);
      out += startTag(random, name);
      if (name === "title" || name === "style" || name === "script" || name === "textarea" || name === "xmp" || name === "noscript" || name === "iframe" || name === "noembed" || name === "noframes") {
        out += rawContent(random, name);
        if (random() < 0.85) out += endTag(random, name);
      } else if (name === "svg") {
        out += pick(random, ["<title>t</title>", "<![CDATA[ c ]]>", "<text>s</text>", "<foreignObject><p>f</p></foreignObject>", "<style>&amp;</style>", "<p>"]);
        if (random() < 0.7) out += "</svg>";
      } else {
        open.push(name);
      }
    } else if (r < 0.65) {
      const name = open.length > 0 && random() < 0.8 ? (open.pop() as string) : pick(random, ELEMENTS);
      out += endTag(random, name);
    } else if (r < 0.73) {
      out += pick(random, COMMENTS);
    } else if (r < 0.78) {
      out += pick(random, MARKUP);
    } else if (r < 0.88) {
      out += pick(random, NAMED_REFERENCES);
    } else if (r < 0.95) {
      out += pick(random, NUMERIC_REFERENCES);
    } else if (r < 0.955) {
      out += "\u0000";
    } else if (r < 0.957) {
      out += "<plaintext>";
    } else {
      out += pick(random, WHITESPACE);
    }
  }
  // Now and then a document ends inside something: a tag, an attribute value, a comment.
  const r = random();
  if (r < 0.03) out += '<p title="unterminated';
  else if (r < 0.06) out += "<!-- unterminated";
  else if (r < 0.08) out += "<div";
  return out;
}
