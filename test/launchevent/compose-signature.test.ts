/**
 * The signature part of onNewMessageComposeHandler, run from the BUILT
 * dist/launchevent.js in a bare vm context (the fake Office of src/fake-office). The build bakes
 * in the "default" profile: a full signature for new mail and a short one
 * (name and title, phone) for replies and forwards.
 */
import { describe, expect, it } from "vitest";
import defaultProfile from "../../src/core/profiles/builtin/default.json";
import { normaliseSignatureDetails, renderSignature, type SignatureTemplate } from "../../src/core";
import { SIGNATURE_SETTINGS_KEY } from "../../src/office/signature-settings";
import { FakeOffice, composeItem, type FakeOfficeOptions } from "../../src/fake-office";
import { loadLaunchEvents } from "../../src/fake-office/node-vm-launchevent";

const COMPOSE = "onNewMessageComposeHandler";
const template = defaultProfile.signature as SignatureTemplate;

const saved = {
  givenName: "Anna",
  surname: "Handläggare",
  title: "Miljöinspektör",
  department: "Samhällsbyggnadsförvaltningen",
  phone: "0142-850 00",
};
const roaming = { [SIGNATURE_SETTINGS_KEY]: { version: 1, details: saved } };

interface ComposeOptions extends Omit<FakeOfficeOptions, "item"> {
  composeType?: "newMail" | "reply" | "forward";
  bodyType?: "html" | "text";
}

/** A new compose item in classic Outlook, dist/launchevent.js loaded. */
function outlook({ composeType, bodyType, ...options }: ComposeOptions, body = "") {
  const office = new FakeOffice({ ...options, item: composeItem({ body, to: [], ...(composeType ? { composeType } : {}), ...(bodyType ? { bodyType } : {}) }) });
  loadLaunchEvents(office);
  return office;
}

describe("onNewMessageComposeHandler sets the kommun's signature", () => {
  it("sets the full signature once on a new message, as HTML, and completes once", async () => {
    const o = outlook({ roaming });
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.signatureSets).toHaveLength(1);
    const set = o.signatureSets[0]!;
    expect(set.coercionType).toBe("html");
    expect(set.data).toBe(renderSignature(template, normaliseSignatureDetails(saved), { variant: "full" }).html);
    expect(set.data).toContain("Samhällsbyggnadsförvaltningen");
  });

  it.each(["reply", "forward"] as const)("sets the short variant on a %s", async (composeType) => {
    const o = outlook({ roaming, composeType }, "\n\nFrån: extern@foretag.se\nSkickat: i går\nHej!");
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.signatureSets).toHaveLength(1);
    const data = o.signatureSets[0]!.data;
    expect(data).toBe(renderSignature(template, normaliseSignatureDetails(saved), { variant: "short" }).html);
    // The short variant of the default profile leaves the förvaltning out.
    expect(data).not.toContain("Samhällsbyggnadsförvaltningen");
    expect(data).toContain("Anna Handläggare, Miljöinspektör");
  });

  it("sets plain text on a plain-text message", async () => {
    const o = outlook({ roaming, bodyType: "text" });
    await o.launchEvents.fire(COMPOSE);
    expect(o.signatureSets).toHaveLength(1);
    expect(o.signatureSets[0]).toEqual({ data: renderSignature(template, normaliseSignatureDetails(saved)).text, coercionType: "text" });
  });

  it("does not set it again when the body already holds it (a draft opened again)", async () => {
    const text = renderSignature(template, normaliseSignatureDetails(saved)).text;
    const o = outlook({ roaming }, `Hej Lisa,\n\nhär kommer protokollet.\n\n${text}`);
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.signatureSets).toEqual([]);
    expect(o.calls).not.toContain("body.setSignatureAsync");
  });

  it("prefills the name from Outlook when nothing is saved", async () => {
    const o = outlook({ user: { emailAddress: "handlaggare@mjolby.se", displayName: "Berg, Lisa" } });
    await o.launchEvents.fire(COMPOSE);
    expect(o.signatureSets).toHaveLength(1);
    expect(o.signatureSets[0]!.data).toContain("Lisa Berg");
  });

  it("sets nothing, and completes once, when nothing is saved and Outlook gives no name", async () => {
    const o = outlook({ user: { emailAddress: "registrator@mjolby.se", displayName: null } });
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.calls).not.toContain("body.setSignatureAsync");
  });

  it("leaves Outlook's own signature alone when the user has it on", async () => {
    const o = outlook({ roaming, clientSignature: true });
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.calls).toContain("isClientSignatureEnabledAsync");
    expect(o.signatureSets).toEqual([]);
  });

  it("reads a corrupt stored value as no value: the prefill is used, nothing breaks", async () => {
    const o = outlook({ roaming: { [SIGNATURE_SETTINGS_KEY]: "{not json" }, user: { emailAddress: "handlaggare@mjolby.se", displayName: "Anna Handläggare" } });
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.signatureSets).toHaveLength(1);
    expect(o.signatureSets[0]!.data).toContain("Anna Handläggare");
    expect(o.signatureSets[0]!.data).not.toContain("Miljöinspektör");
  });

  it("still completes exactly once when setSignatureAsync fails", async () => {
    const o = outlook({ roaming, faults: { "body.setSignatureAsync": "fail" } });
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.calls).toContain("body.setSignatureAsync");
  });

  it("still completes exactly once when setSignatureAsync throws", async () => {
    const o = outlook({ roaming, faults: { "body.setSignatureAsync": "throw" } });
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
  });

  it("does nothing on a client without Mailbox 1.10", async () => {
    const o = outlook({ roaming, mailboxVersion: "1.9" });
    const event = await o.launchEvents.fire(COMPOSE);
    expect(event.calls).toHaveLength(1);
    expect(o.signatureSets).toEqual([]);
  });
});
