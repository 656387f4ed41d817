/**
 * Putting the signature into the compose item through the Office service,
 * against the fake Office (setSignatureAsync's documented behaviour on
 * Mailbox 1.10+, the body fallback below it), with real findings from the
 * signature check for the "replace" fixes.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  actionOfType,
  lint,
  loadBuiltinProfile,
  renderSignature,
  type InsertSignatureAction,
  type Profile,
  type SignatureDetails,
  type SignatureTemplate,
} from "../../src/core";
import { createOfficeService } from "../../src/office/service";
import { withSignatureInText } from "../../src/office/signature";
import { createOfficeSignatureService } from "../../src/office/signature-service";
import { PostvaktError, type FailureKind, type InsertRequest } from "../../src/ports";
import { FakeOffice, htmlToText, installOfficeGlobal, textToHtml, type ComposeState } from "../../src/fake-office";

const ANNA: SignatureDetails = { givenName: "Anna", surname: "Andersson", title: "Bygglovshandläggare", department: "Sektor samhällsbyggnad", phone: "0303-33 00 00" };

function profile(id: string): Profile {
  const result = loadBuiltinProfile(id);
  if (!result.ok) throw new Error(id);
  return result.profile;
}
const template = (id: string) => profile(id).signature as SignatureTemplate;

let fake: FakeOffice;
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function setUp(patch: Partial<ComposeState> = {}, mailboxVersion = "1.13", clientSignature = false) {
  uninstall?.();
  fake = new FakeOffice({
    item: { kind: "compose", subject: "Bygglov", bodyHtml: textToHtml("Hej!\nDitt ärende är mottaget."), to: [{ emailAddress: "medborgare@gmail.com" }], cc: [], bcc: [], ...patch },
    user: { emailAddress: "anna.andersson@ale.se", displayName: "Anna Andersson" },
    mailboxVersion,
    clientSignature,
  });
  uninstall = installOfficeGlobal(fake);
  return createOfficeSignatureService(undefined);
}

function bodyText(): string {
  return htmlToText((fake.state as ComposeState).bodyHtml);
}

function request(id: string, details: SignatureDetails = ANNA, extra: Partial<InsertRequest> = {}): InsertRequest {
  const t = template(id);
  return { signature: renderSignature(t, details), ...(t.greeting ? { greeting: t.greeting } : {}), ...extra };
}

async function failureOf(promise: Promise<unknown>): Promise<FailureKind | "resolved" | "other"> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof PostvaktError ? error.kind : "other";
  }
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe("inserting with setSignatureAsync (Mailbox 1.10+)", () => {
  it("sets the signature as HTML once; a second insert finds it already there", async () => {
    const service = setUp();
    expect(await service.insert(request("ale"))).toBe("inserted");
    expect(fake.calls).toContain("body.setSignatureAsync");
    expect((fake.state as ComposeState).bodyHtml).toContain('<div id="Signature">');
    expect(bodyText()).toContain("Anna Andersson, Bygglovshandläggare");
    expect(bodyText()).toMatch(/^Hej!\nDitt ärende är mottaget\./);

    const setsBefore = fake.calls.filter((c) => c === "body.setSignatureAsync").length;
    expect(await service.insert(request("ale"))).toBe("alreadyPresent");
    expect(fake.calls.filter((c) => c === "body.setSignatureAsync").length).toBe(setsBefore);
    expect(count(bodyText(), "Ale kommun")).toBe(1);
  });

  it("replaces its own earlier signature rather than adding a second", async () => {
    const service = setUp();
    await service.insert(request("ale"));
    await service.insert(request("ale", { ...ANNA, title: "Enhetschef" }));
    expect(count(bodyText(), "Ale kommun")).toBe(1);
    expect(bodyText()).toContain("Anna Andersson, Enhetschef");
    expect(bodyText()).not.toContain("Bygglovshandläggare");
  });

  it("puts it above the quoted history of a reply", async () => {
    const history = '<div id="divRplyFwdMsg"><b>Från:</b> medborgare@gmail.com</div><div>Min fråga om bygglov</div>';
    const service = setUp({ bodyHtml: `<html><body><div>Hej!</div>${history}</body></html>`, composeType: "reply" });
    await service.insert(request("ale"));
    const text = bodyText();
    expect(text.indexOf("Ale kommun")).toBeLessThan(text.indexOf("Min fråga om bygglov"));
    expect((fake.state as ComposeState).bodyHtml).toContain(history);
  });

  it("sets plain text on a plain-text body", async () => {
    const service = setUp({ bodyType: "text" });
    expect(await service.insert(request("ale"))).toBe("inserted");
    expect(bodyText()).toContain("Telefon: 0303-33 00 00");
    expect((fake.state as ComposeState).bodyHtml).not.toContain("font-family");
  });

  it("says noComposeItem on a message being read", async () => {
    const service = setUp();
    fake.selectItem({ kind: "read", subject: "x", bodyHtml: textToHtml("x"), from: { emailAddress: "a@b.se" }, to: [], cc: [] });
    expect(service.canInsert()).toBe(false);
    expect(await failureOf(service.insert(request("ale")))).toBe("noComposeItem");
  });

  it("turns an Office failure into insertFailed", async () => {
    const service = setUp();
    fake.failNext("body.setSignatureAsync");
    expect(await failureOf(service.insert(request("ale")))).toBe("signatureFailed");
  });
});

describe("inserting without setSignatureAsync (before Mailbox 1.10)", () => {
  it("adds it at the end of the writer's own HTML, above the history, keeping the rest byte for byte", async () => {
    const own = "<div>Hej!</div><div>Se bifogat.</div>";
    const history = '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Från:</b> x@y.se</div><div>Gammal text</div>';
    const service = setUp({ bodyHtml: `<html><head><meta charset="utf-8"></head><body>${own}${history}</body></html>` }, "1.9");
    expect(await service.insert(request("ale"))).toBe("inserted");
    expect(fake.calls).not.toContain("body.setSignatureAsync");
    const html = (fake.state as ComposeState).bodyHtml;
    expect(html).toBe(`<html><head><meta charset="utf-8"></head><body>${own}${renderSignature(template("ale"), ANNA).html}${history}</body></html>`);
  });

  it("adds it before </body> when there is no history", async () => {
    const service = setUp({}, "1.9");
    await service.insert(request("ale"));
    expect((fake.state as ComposeState).bodyHtml).toMatch(/Ditt ärende är mottaget\.<\/div><div>\n<div>Med vänlig hälsning<\/div>[\s\S]*<\/div><\/body><\/html>$/);
  });

  it("adds it above a plain-text reply's history", () => {
    const text = "Hej!\n\nFrån: x@y.se\nSkickat: i går\nÄmne: Fråga\n\nGammal text";
    const out = withSignatureInText(text, "Med vänlig hälsning\n\nAnna Andersson", "Med vänlig hälsning");
    expect(out).toBe("Hej!\n\nMed vänlig hälsning\n\nAnna Andersson\n\nFrån: x@y.se\nSkickat: i går\nÄmne: Fråga\n\nGammal text");
  });

  it("does not add it twice", async () => {
    const service = setUp({}, "1.9");
    await service.insert(request("ale"));
    expect(await service.insert(request("ale"))).toBe("alreadyPresent");
    expect(count(bodyText(), "Ale kommun")).toBe(1);
  });
});

describe("replacing a signature the check found wrong", () => {
  async function replaceFixFor(bodyHtml: string, id = "ale"): Promise<{ fix: InsertSignatureAction; checked: { text: string; html?: string } }> {
    setUp({ bodyHtml });
    const message = await createOfficeService().readItem();
    const fix = lint(message, profile(id), { locale: "sv" }).findings.map((f) => actionOfType(f.actions, "insertSignature")).find((a) => a !== undefined);
    if (!fix) throw new Error("expected a signature finding");
    return { fix, checked: { text: message.body.text, ...(message.body.html !== undefined ? { html: message.body.html } : {}) } };
  }

  const wrong = "<html><body><div>Hej!</div><div>Ditt ärende är mottaget.</div><div>Med vänlig hälsning</div><div>Anna Andersson</div><div>Lerums kommun</div></body></html>";

  it("puts the kommun's signature where the wrong one was, keeping the message", async () => {
    const { fix, checked } = await replaceFixFor(wrong);
    expect(fix.mode).toBe("replace");
    const service = createOfficeSignatureService(undefined);
    const outcome = await service.insert(request("ale", ANNA, { replace: { textRange: fix.textRange, htmlRange: fix.htmlRange, checkedText: checked.text, checkedHtml: checked.html } }));
    expect(outcome).toBe("replaced");
    const text = bodyText();
    expect(text).not.toContain("Lerums kommun");
    expect(count(text, "Ale kommun")).toBe(1);
    expect(count(text, "Med vänlig hälsning")).toBe(1);
    expect(text).toMatch(/^Hej!\nDitt ärende är mottaget\./);
  });

  it("refuses, as signatureStale, when the user has typed over the old signature since the check", async () => {
    const { fix, checked } = await replaceFixFor(wrong);
    fake.editCompose({ bodyHtml: wrong.replace("Lerums kommun", "Lerums kommun, Hej då") });
    const service = createOfficeSignatureService(undefined);
    expect(await failureOf(service.insert(request("ale", ANNA, { replace: { textRange: fix.textRange, htmlRange: fix.htmlRange, checkedText: checked.text, checkedHtml: checked.html } })))).toBe("signatureStale");
    expect((fake.state as ComposeState).bodyHtml).toContain("Hej då");
  });
});

describe("Outlook's own signature", () => {
  it("is reported, and switched off only when asked", async () => {
    const service = setUp({}, "1.13", true);
    expect(await service.clientSignatureEnabled()).toBe(true);
    expect(fake.calls).not.toContain("disableClientSignatureAsync");
    await service.disableClientSignature();
    expect(fake.calls).toContain("disableClientSignatureAsync");
    expect(await service.clientSignatureEnabled()).toBe(false);
  });

  it("is unknown before Mailbox 1.10, and switching it off says clientSignatureFailed", async () => {
    const service = setUp({}, "1.9", true);
    expect(await service.clientSignatureEnabled()).toBeUndefined();
    expect(await failureOf(service.disableClientSignature())).toBe("clientSignatureFailed");
  });
});
