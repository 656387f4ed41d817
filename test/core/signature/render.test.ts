import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_LINE_LENGTH, SIGNATURE_HTML_LIMIT, normaliseSignatureDetails, renderSignature, variantForCompose, type SignatureTemplate } from "../../../src/core";
import { ANNA, KOMMUN_IDS, template } from "./fixtures";

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), "utf8").replace(/\n$/, "");

describe("golden signatures per kommun profile", () => {
  const cases = KOMMUN_IDS.flatMap((id) => (template(id).shortLines ? [[id, "full"], [id, "short"]] : [[id, "full"]]) as [string, "full" | "short"][]);
  it.each(cases)("%s (%s) matches its HTML and text", (id, variant) => {
    const rendered = renderSignature(template(id), normaliseSignatureDetails(ANNA), { variant });
    expect(rendered.variant).toBe(variant);
    expect(rendered.html).toBe(golden(`${id}.${variant}.html`));
    expect(rendered.text).toBe(golden(`${id}.${variant}.txt`));
  });

  it("follows Ale's model: greeting, name and title, unit, förvaltning, Ale kommun, phones, web", () => {
    expect(renderSignature(template("ale"), normaliseSignatureDetails(ANNA)).lines).toEqual([
      "Med vänlig hälsning",
      "Anna Andersson, Bygglovshandläggare",
      "Plan & bygg, Samhällsbyggnadsförvaltningen, Ale kommun",
      "Telefon: 0303-33 00 00, Mobil: 070-123 45 67",
      "www.ale.se",
    ]);
  });

  it("gives Oxelösund Arial, 11 pt for the name and 9 pt for the rest", () => {
    const { html } = renderSignature(template("oxelosund"), ANNA);
    // As classes in a <style> block (setSignatureAsync ignores inline CSS) and inline (older clients' body insertion).
    expect(html).toMatch(/^<style>\n\.postvakt-signatur-name\{font-family:Arial;font-size:11pt\}\n\.postvakt-signatur-details\{font-family:Arial;font-size:9pt\}\n<\/style>/);
    expect(html).toContain('<div class="postvakt-signatur-name" style="font-family:Arial;font-size:11pt">Anna Andersson</div>');
    expect(html.match(/class="postvakt-signatur-details" style="font-family:Arial;font-size:9pt"/g)).toHaveLength(7);
  });

  it("puts Sjöbo's function number before the personal one and leaves the mobile out unless asked", () => {
    const text = renderSignature(template("sjobo"), ANNA).text;
    expect(text.indexOf("0416-270 00")).toBeLessThan(text.indexOf("+46 303 33 00 00"));
    expect(text).not.toContain("070");
    expect(renderSignature(template("sjobo"), { ...ANNA, includeMobile: true }).text).toContain("Mobil: 0701234567");
  });

  it("always names the kommun in Sorsele's footer", () => {
    expect(renderSignature(template("sorsele"), { givenName: "Per", surname: "Persson", phone: "0952-140 00" }).lines).toContain("Sorsele kommun");
  });
});

describe("rendering", () => {
  it("escapes every user-supplied value", () => {
    const hostile = { ...ANNA, title: "<img src=x onerror=alert(1)>", unit: `"quoted" & 'single'` };
    const { html, text } = renderSignature(template("ale"), hostile);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&quot;quoted&quot; &amp; &#39;single&#39;");
    expect(text).toContain("<img src=x onerror=alert(1)>");
  });

  it("drops a missing field with its label and separator", () => {
    const { text, html } = renderSignature(template("ale"), { givenName: "Anna", surname: "Andersson", title: "Chef", department: "KS", phone: "0303-33 00 00" });
    expect(text).toContain("Telefon: 0303-33 00 00\nwww.ale.se");
    expect(text).toContain("\nKS, Ale kommun\n");
    expect(text).not.toMatch(/Mobil|Fax|, ,|,\n|^, /m);
    expect(html).not.toMatch(/Mobil|Fax/);
  });

  it("drops a line whose every field is empty, and a line of white space", () => {
    const lines = renderSignature(template("oxelosund"), { givenName: "Anna", surname: "Andersson", title: "  ", phone: "0155-123 45" }).lines;
    expect(lines).toEqual(["Anna Andersson", "Oxelösunds kommun", "Telefon 0155-123 45"]);
  });

  it("has no images and no colours, and a <style> block only where the kommun sets fonts", () => {
    for (const id of KOMMUN_IDS) {
      const { html } = renderSignature(template(id), ANNA);
      expect(html).not.toMatch(/<img|color|background/i);
      expect(html.startsWith("<style>"), id).toBe(template(id).fonts !== undefined);
    }
  });

  it("keeps a font family from breaking out of the <style> block", () => {
    const hostile: SignatureTemplate = { ...template("oxelosund"), fonts: { name: { family: "Arial}</style><script>x()</script>" } } };
    const { html } = renderSignature(hostile, ANNA);
    expect(html).not.toContain("</style><script>");
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it("stays under setSignatureAsync's 30,000 characters whatever the input", () => {
    const huge = "<&\"'>".repeat(5000);
    const details = Object.fromEntries(Object.keys(ANNA).map((k) => [k, huge]));
    const crowded: SignatureTemplate = {
      greeting: "G".repeat(60),
      lines: Array.from({ length: 12 }, () => ({ parts: ["{{title}}{{unit}}{{department}}{{title}}{{unit}}{{department}}{{title}}"], role: "name" as const })),
      required: [],
      forbidden: [],
      mobile: "include",
      fonts: { name: { family: "Arial, Helvetica, sans-serif", sizePt: 11 } },
    };
    const { html, lines } = renderSignature(crowded, details);
    expect(html.length).toBeLessThan(SIGNATURE_HTML_LIMIT);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
  });

  it("cuts a long line without splitting an emoji's surrogate pair", () => {
    const t: SignatureTemplate = { lines: [{ parts: ["{{title}}", "{{unit}}", "{{department}}", "{{phone}}"] }], required: [], forbidden: [], mobile: "include" };
    const value = "x".repeat(99) + "😀";
    const [line] = renderSignature(t, { title: value, unit: value, department: value, phone: value }).lines;
    expect(line!.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
    const last = line!.charCodeAt(line!.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });

  it("falls back to the full signature where the profile has no short one", () => {
    expect(renderSignature(template("oxelosund"), ANNA, { variant: "short" }).variant).toBe("full");
  });

  it("chooses the short variant for replies and forwards only", () => {
    expect(variantForCompose(template("sjobo"), "reply")).toBe("short");
    expect(variantForCompose(template("sjobo"), "forward")).toBe("short");
    expect(variantForCompose(template("sjobo"), "new")).toBe("full");
    expect(variantForCompose(template("ale"), "reply")).toBe("full");
  });

  it("shows the mobile by policy: include, optional (opt out) and discouraged (opt in)", () => {
    const withMobile = (id: string, includeMobile?: boolean) =>
      renderSignature(template(id), { ...ANNA, ...(includeMobile === undefined ? {} : { includeMobile }) }).text.includes("0701234567");
    expect(withMobile("ale")).toBe(true);
    expect(withMobile("ale", false)).toBe(true);
    expect(withMobile("mjolby")).toBe(true);
    expect(withMobile("mjolby", false)).toBe(false);
    expect(withMobile("sorsele")).toBe(false);
    expect(withMobile("sorsele", true)).toBe(true);
  });
});
