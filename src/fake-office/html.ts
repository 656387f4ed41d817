/**
 * The body conversions Outlook does between its Html and Text coercions,
 * roughly: block elements and <br> become line breaks. With a DOM (jsdom,
 * the browser) the HTML is parsed properly; in a bare Node process (the send
 * handler's tests) a small tag scanner stands in.
 */

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as Outlook-like HTML: one <div> per line, blank lines kept. */
export function textToHtml(text: string): string {
  return `<html><head><meta charset="utf-8"></head><body>${textLinesToHtml(text)}</body></html>`;
}

/** Lines of plain text as Outlook's `<div>` lines (no document around them). */
export function textLinesToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<div>${line === "" ? "<br>" : escapeHtml(line)}</div>`)
    .join("");
}

const BLOCKS = new Set(["DIV", "P", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL"]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "HEAD"]);

function hasDom(): boolean {
  return typeof DOMParser === "function";
}

/** HTML to the Text coercion. */
export function htmlToText(html: string): string {
  return hasDom() ? htmlToTextWithDom(html) : htmlToTextWithoutDom(html);
}

function htmlToTextWithDom(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  let out = "";
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? "").replace(/\u00a0/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName;
    if (SKIPPED.has(name)) return;
    if (name === "BR") {
      out += "\n";
      return;
    }
    const block = BLOCKS.has(name);
    if (block && out !== "" && !out.endsWith("\n")) out += "\n";
    node.childNodes.forEach(walk);
    if (block && !out.endsWith("\n")) out += "\n";
  };
  walk(doc.body);
  return out.replace(/\n$/, "");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code).replace(/\u00a0/g, " ") : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The same walk over a token stream, for hosts without a DOM. */
function htmlToTextWithoutDom(html: string): string {
  let out = "";
  let skipping: string | undefined;
  const tags = /<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--[\s\S]*?-->|<![^>]*>/g;
  let last = 0;
  const text = (chunk: string) => {
    if (!skipping) out += decodeEntities(chunk).replace(/\u00a0/g, " ");
  };
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    text(html.slice(last, m.index));
    last = tags.lastIndex;
    const name = m[1]?.toUpperCase();
    if (!name) continue;
    const closing = m[0].startsWith("</");
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (SKIPPED.has(name) && !closing) {
      skipping = name;
      continue;
    }
    if (name === "BR") out += "\n";
    else if (BLOCKS.has(name) && out !== "" && !out.endsWith("\n")) out += "\n";
  }
  text(html.slice(last));
  return out.replace(/\n$/, "");
}

/** Where Outlook puts quoted history in HTML: a signature goes above it. */
const QUOTE_SELECTOR = "#appendonsend, #divRplyFwdMsg, #x_divRplyFwdMsg, blockquote[type=cite]";
const QUOTE_MARKERS = [/<div[^>]*\bid=["']?appendonsend\b/i, /<div[^>]*\bid=["']?(x_)?divRplyFwdMsg\b/i, /<blockquote[^>]*\btype=["']?cite\b/i];

/**
 * The body with `signatureHtml` as its signature (setSignatureAsync's
 * documented behaviour): the content of an existing `<div id="Signature">`
 * is replaced, else such a div is added above quoted history or at the end.
 */
export function withSignature(bodyHtml: string, signatureHtml: string): string {
  return hasDom() ? withSignatureDom(bodyHtml, signatureHtml) : withSignatureWithoutDom(bodyHtml, signatureHtml);
}

function withSignatureDom(bodyHtml: string, signatureHtml: string): string {
  const doc = new DOMParser().parseFromString(bodyHtml, "text/html");
  let holder = doc.getElementById("Signature");
  if (!holder) {
    holder = doc.createElement("div");
    holder.id = "Signature";
    const quote = doc.querySelector(QUOTE_SELECTOR);
    if (quote?.parentNode) quote.parentNode.insertBefore(holder, quote);
    else doc.body.appendChild(holder);
  }
  holder.innerHTML = signatureHtml;
  return `<html>${doc.documentElement.innerHTML}</html>`;
}

function withSignatureWithoutDom(bodyHtml: string, signatureHtml: string): string {
  const open = /<div[^>]*\bid=["']?Signature["'\s>]/i.exec(bodyHtml);
  if (open) {
    const innerStart = bodyHtml.indexOf(">", open.index) + 1;
    const divs = /<div\b[^>]*>|<\/div\s*>/gi;
    divs.lastIndex = innerStart;
    let depth = 1;
    for (let m = divs.exec(bodyHtml); m; m = divs.exec(bodyHtml)) {
      depth += m[0][1] === "/" ? -1 : 1;
      if (depth === 0) return bodyHtml.slice(0, innerStart) + signatureHtml + bodyHtml.slice(m.index);
    }
  }
  const holder = `<div id="Signature">${signatureHtml}</div>`;
  const quote = QUOTE_MARKERS.map((re) => re.exec(bodyHtml)?.index).filter((i): i is number => i !== undefined).sort((a, b) => a - b)[0];
  const at = quote ?? (/<\/body>/i.exec(bodyHtml)?.index ?? bodyHtml.length);
  return bodyHtml.slice(0, at) + holder + bodyHtml.slice(at);
}
