import { describe, expect, it } from "vitest";
import { readStartTagAt, tokenize, type ContentModel, type StartTag } from "../../../../src/core/text/html/tokenizer";

type Event = string;

/** The tokens as short strings: "<p class=x>", "</p>", "text:…", "markup:…". RCDATA/RAWTEXT after the tags the tree builder names. */
function events(html: string): Event[] {
  const out: Event[] = [];
  const models: Record<string, ContentModel> = { title: "rcdata", textarea: "rcdata", style: "rawtext", xmp: "rawtext", script: "script", plaintext: "plaintext" };
  tokenize(html, {
    text: (start, end) => {
      const last = out[out.length - 1];
      if (last?.startsWith("text:")) out[out.length - 1] = last + html.slice(start, end);
      else out.push(`text:${html.slice(start, end)}`);
    },
    decoded: (_start, _end, value) => {
      const last = out[out.length - 1];
      if (last?.startsWith("text:")) out[out.length - 1] = last + value;
      else out.push(`text:${value}`);
    },
    startTag: (tag: StartTag) => {
      const attributes = Object.keys(tag.attributes).map((name) => `${name}=${tag.attributes[name]}`);
      out.push(`<${[tag.name, ...attributes].join(" ")}${tag.selfClosing ? "/" : ""}>`);
      return models[tag.name];
    },
    endTag: (name) => {
      out.push(`</${name}>`);
    },
    markup: (start, end) => {
      out.push(`markup:${html.slice(start, end)}`);
    },
  });
  return out;
}

const tagsOf = (html: string) => events(html).filter((e) => /^<[^/]/.test(e));

describe("the tokenizer: tags and attributes", () => {
  it.each([
    [`<P Class=x STYLE='color:red' title="a &amp; b">Hej</p>`, ["<p class=x style=color:red title=a & b>", "text:Hej", "</p>"]],
    ["<span title=don't>x</span>", ["<span title=don't>", "text:x", "</span>"]],
    [`<font face=Arial" size=2>x`, [`<font face=Arial" size=2>`, "text:x"]],
    ["<span don't>x</span>", ["<span don't=>", "text:x", "</span>"]],
    [`<a href=x=y>`, ["<a href=x=y>"]],
    [`<a =b>`, ["<a =b=>"]],
    [`<a b="1"c='2'>`, ["<a b=1 c=2>"]],
    [`<a b=1 b=2 B=3>`, ["<a b=1>"]],
    [`<img src="x" / alt=>`, ["<img src=x alt=>"]],
    ["<br/>", ["<br/>"]],
    ["<a/b>", ["<a b=>"]],
    [`<div title="a>b">x`, ["<div title=a>b>", "text:x"]],
    ["<a href='?a=1&copy=2&amp=3&notit;'>", ["<a href=?a=1&copy=2&amp=3&notit;>"]],
    // In a value, a legacy name without ";" before a letter, digit or "=" stays as written.
    ["<a title='&copy &notit &not'>", ["<a title=© &notit ¬>"]],
    ["<a title='a\r\nb\rc'>", ["<a title=a\nb\nc>"]],
    ["<p __proto__=2 constructor=1>", ["<p __proto__=2 constructor=1>"]],
    ["<_x>", ["text:<_x>"]],
  ])("%j", (html, expected) => expect(events(html)).toEqual(expected));

  it("reads end tags with attributes, and drops </>", () => {
    expect(events(`a</p class="x>y">b</>c`)).toEqual(["text:a", "</p>", "text:b", "markup:</>", "text:c"]);
  });

  it("treats a '<' that starts nothing as text", () => {
    expect(events("a < b <3 <")).toEqual(["text:a < b <3 <"]);
  });

  it("drops a tag the input ends inside (eof-in-tag), as a browser does", () => {
    expect(events("x <img src='x>")).toEqual(["text:x ", "markup:<img src='x>"]);
    expect(events("x <div")).toEqual(["text:x ", "markup:<div"]);
    expect(events('x <p a="')).toEqual(["text:x ", 'markup:<p a="']);
  });

  it("reads one start tag on its own", () => {
    const html = `<p><div id="divRplyFwdMsg" class=x>`;
    expect(readStartTagAt(html, 3).tag).toMatchObject({ name: "div", attributes: { id: "divRplyFwdMsg", class: "x" }, start: 3, end: html.length });
    expect(readStartTagAt("<div title='x", 0)).toEqual({ tag: undefined, end: 13 });
  });
});

describe("the tokenizer: comments, doctypes, bogus comments", () => {
  it.each([
    ["<!-- x -->y", "<!-- x -->"],
    ["<!---->y", "<!---->"],
    ["<!-->y", "<!-->"],
    ["<!--->y", "<!--->"],
    ["<!-- x --!>y", "<!-- x --!>"],
    ["<!-- x --->y", "<!-- x --->"],
    ["<!-- a -- b -->y", "<!-- a -- b -->"],
    ["<!-- <!-- nested -->y", "<!-- <!-- nested -->"],
    ["<!-- a --!- b -->y", "<!-- a --!- b -->"],
    ["<!--!>y-->y", "<!--!>y-->"],
    ["<!DOCTYPE html>y", "<!DOCTYPE html>"],
    ['<!doctype html SYSTEM "a>b">y', '<!doctype html SYSTEM "a>'],
    ["<![CDATA[ a > b ]]>y", "<![CDATA[ a >"],
    ['<?xml version="1.0 ?>y', '<?xml version="1.0 ?>'],
    ["</ x>y", "</ x>"],
    ["</3>y", "</3>"],
    ["<!x>y", "<!x>"],
    ["<![if !vml]>y", "<![if !vml]>"],
  ])("%j: the markup is %j", (html, markup) => {
    const out = events(html);
    expect(out[0]).toBe(`markup:${markup}`);
    expect(out[out.length - 1]).toMatch(/y$/);
  });

  it("runs an unterminated comment to the end", () => {
    expect(events("a<!-- never closed <img>")).toEqual(["text:a", "markup:<!-- never closed <img>"]);
  });

  it("opens a CDATA section only where the sink says the parser is in foreign content", () => {
    const out: string[] = [];
    tokenize("<![CDATA[ a<b>&amp; ]]>c", {
      text: (s, e) => void out.push("<![CDATA[ a<b>&amp; ]]>c".slice(s, e)),
      decoded: () => undefined,
      startTag: () => undefined,
      endTag: () => undefined,
      inForeignContent: () => true,
    });
    expect(out).toEqual([" a<b>&amp; ", "c"]);
  });
});

describe("the tokenizer: raw text", () => {
  it.each([
    ["<title>a<b>&amp;</title>c", ["<title>", "text:a<b>&", "</title>", "text:c"]],
    ["<textarea><!-- x --></textarea>", ["<textarea>", "text:<!-- x -->", "</textarea>"]],
    ["<style>a</stylex>b</STYLE >c", ["<style>", "text:a</stylex>b", "</style>", "text:c"]],
    ["<style>a</style", ["<style>", "text:a</style"]],
    ["<xmp><b>&amp;</b></xmp>", ["<xmp>", "text:<b>&amp;</b>", "</xmp>"]],
    ["<title>a</title foo='>'>b", ["<title>", "text:a", "</title>", "text:b"]],
    ["<script>a</script>b", ["<script>", "text:a", "</script>", "text:b"]],
    ["<script><!--<script>x</script>y--></script>z", ["<script>", "text:<!--<script>x</script>y-->", "</script>", "text:z"]],
    ["<script><!--x</script>y", ["<script>", "text:<!--x", "</script>", "text:y"]],
    ["<script><!--<script></script></script>y", ["<script>", "text:<!--<script></script>", "</script>", "text:y"]],
    ["<script><!--<scripty></script>y", ["<script>", "text:<!--<scripty>", "</script>", "text:y"]],
    ["<script><!-- --><script></script>y", ["<script>", "text:<!-- --><script>", "</script>", "text:y"]],
    ["<plaintext></plaintext><b>", ["<plaintext>", "text:</plaintext><b>"]],
    ["<title>a\u0000b</title>", ["<title>", "text:a\ufffdb", "</title>"]],
  ])("%j", (html, expected) => expect(events(html)).toEqual(expected));
});

describe("the tokenizer: character references in text", () => {
  it.each([
    ["&nbsp;&nbsp", "\u00a0\u00a0"],
    ["&amp&ampx&ampx;", "&&x&x;"],
    ["&notin;&notit;&notin", "∉¬it;¬in"],
    ["&#55;&#0055&#0000000055;&#x37&#X37;", "77777"],
    ["&#150;&#128;&#x9D;", "–€\u009d"],
    ["&#0;&#xD800;&#x110000;&#99999999999;", "\ufffd\ufffd\ufffd\ufffd"],
    ["&#;&#x;&#&#xg", "&#;&#x;&#&#xg"],
    ["&dash;&NonBreakingSpace;&NotEqualTilde;", "\u2010\u00a0\u2242\u0338"],
    ["&bogus; & x &;", "&bogus; & x &;"],
    ["&#x1F600;", "😀"],
  ])("%j -> %j", (html, text) => expect(events(html)).toEqual([`text:${text}`]));
});

describe("the tokenizer in linear time", () => {
  it.each([
    ["<a ".repeat(100_000)],
    ["<!--".repeat(100_000)],
    ['<p a="'.repeat(100_000)],
    ["<script><!--<script>".repeat(50_000)],
    ["&#".repeat(100_000)],
    ["&amp".repeat(100_000)],
    ["</".repeat(100_000)],
    ["<style>" + "</sty".repeat(100_000)],
  ])("pathological input %#", (html) => {
    const started = performance.now();
    let tags = 0;
    tokenize(html, {
      text: () => undefined,
      decoded: () => undefined,
      startTag: (tag) => {
        tags++;
        return tag.name === "script" ? "script" : tag.name === "style" ? "rawtext" : undefined;
      },
      endTag: () => undefined,
    });
    // A tag the input ends inside is dropped: "<a <a <a ..." is one unterminated tag.
    expect(tags).toBeLessThanOrEqual(2);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("names the tags in a long scan", () => {
    expect(tagsOf(`<!DOCTYPE html><!--<img src=a>--><![if !vml]><style>p{background:red}<img></style><script>"<img>"</script ><b>x</b>`)).toEqual(["<style>", "<script>", "<b>"]);
  });
});
