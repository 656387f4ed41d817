import { describe, expect, it } from "vitest";
import { applyTextEdits, editedBody, maskInHtml, replaceInHtml } from "../../src/office/apply-fix";
import { createMailMessage, type EditBodyAction } from "../../src/core";
import { PostvaktError } from "../../src/ports";

function kindOf(run: () => unknown): string {
  try {
    run();
    return "no error";
  } catch (error) {
    return error instanceof PostvaktError ? error.kind : "other";
  }
}

describe("applyTextEdits", () => {
  it("applies edits from the end so earlier ranges stay valid", () => {
    const text = "a 111 b 222";
    const out = applyTextEdits(text, text, [
      { range: { start: 2, end: 5 }, text: "X" },
      { range: { start: 8, end: 11 }, text: "YY" },
    ]);
    expect(out).toBe("a X b YY");
  });

  it("refuses when the text under a range has changed", () => {
    expect(kindOf(() => applyTextEdits("a 111", "a 112", [{ range: { start: 2, end: 5 }, text: "X" }]))).toBe("maskStale");
    expect(kindOf(() => applyTextEdits("a 111", "a 1", [{ range: { start: 2, end: 5 }, text: "X" }]))).toBe("maskStale");
  });
});

describe("replaceInHtml", () => {
  it("replaces inside text nodes, keeping tags, attributes and a non-breaking space", () => {
    const html = '<html><head><style>b{color:red}</style></head><body><p class="x">Tel <b>070&nbsp;123</b> här</p></body></html>';
    const out = replaceInHtml(html, [{ find: "070 123", replace: "070 XXX" }]);
    expect(out).toContain('<p class="x">Tel <b>070 XXX</b> här</p>');
    expect(out).toContain("<style>b{color:red}</style>");
  });

  it("keeps a doctype", () => {
    expect(replaceInHtml("<!DOCTYPE html><html><body>ab</body></html>", [{ find: "a", replace: "c" }])).toMatch(/^<!DOCTYPE html><html>/);
  });

  it("says fixNotFound when the text is split across elements", () => {
    expect(kindOf(() => replaceInHtml("<p>070 <b>123</b></p>", [{ find: "070 123", replace: "X" }]))).toBe("maskNotFound");
  });
});

describe("maskInHtml and fixedBody", () => {
  const PNR = "781121-2393"; // Skatteverket test number
  const fixFor = (text: string): Pick<EditBodyAction, "edits" | "purpose"> => ({ purpose: "mask", edits: [{ range: { start: text.indexOf(PNR), end: text.indexOf(PNR) + PNR.length }, text: "781121-XXXX" }] });

  it("masks every occurrence the reader sees, also after a stray <head> (the old reader skipped it and called one of two done)", () => {
    const html = `<p>Pnr ${PNR}</p><head><p>Igen ${PNR}</p></head>`;
    expect(maskInHtml(html, `Pnr ${PNR}\nIgen ${PNR}`, [{ find: PNR, replace: "781121-XXXX" }])).toEqual({
      html: "<p>Pnr 781121-XXXX</p><head><p>Igen 781121-XXXX</p></head>",
      leftOver: 0,
    });
  });

  it("reports what it could not reach: Outlook shows the number twice, the HTML lets it mask one", () => {
    const text = `Pnr ${PNR}\n${PNR}`;
    const message = createMailMessage({ mode: "compose", body: { text, html: "" } });
    const html = `<p>Pnr ${PNR}</p><noscript>${PNR}</noscript>`;
    const result = editedBody(fixFor(text), message, { type: "html", text, html });
    expect(result).toEqual({ body: `<p>Pnr 781121-XXXX</p><noscript>${PNR}</noscript>`, leftOver: 1 });
  });

  it("says fixNotFound when the number is nowhere a reader sees it", () => {
    expect(kindOf(() => maskInHtml(`<p title="${PNR}">x</p>`, PNR, [{ find: PNR, replace: "X" }]))).toBe("maskNotFound");
  });
});

describe("maskInHtml: numbers written with odd characters", () => {
  const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/-/g, "\uff0d");

  it("masks the number the action names, written in full-width digits, and leaves another one alone", () => {
    const html = `<p>Pnr ${fullWidth("781121-2393")}</p><p>Pnr ${fullWidth("950331-2382")}</p>`;
    const out = maskInHtml(html, `Pnr ${fullWidth("781121-2393")}`, [{ find: fullWidth("781121-2393"), replace: `${fullWidth("781121-")}XXXX` }]);
    expect(out.html).toBe(`<p>Pnr ${fullWidth("781121-")}XXXX</p><p>Pnr ${fullWidth("950331-2382")}</p>`);
  });

  it("masks a number split by a soft hyphen entity", () => {
    expect(maskInHtml("<p>Pnr 781121-23&shy;93</p>", "Pnr 781121-23\u00ad93", [{ find: "781121-23\u00ad93", replace: "781121-XX\u00adXX" }]).html).toBe("<p>Pnr 781121-XX&shy;XX</p>");
  });
});
