import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  SIGNATURE_SETTINGS_KEY,
  loadSignatureDetails,
  prefillDetails,
  saveSignatureDetails,
  splitDisplayName,
} from "../../src/office/signature-settings";
import { PostvaktError } from "../../src/ports";
import { FakeOffice, installOfficeGlobal, textToHtml } from "../../src/fake-office";

function mailbox(roaming: Record<string, unknown> = {}, user = { emailAddress: "anna.handlaggare@mjolby.se", displayName: "Anna Handläggare" }) {
  return new FakeOffice({ item: { kind: "compose", subject: "", bodyHtml: textToHtml(""), to: [], cc: [], bcc: [] }, user, roaming });
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof PostvaktError ? error.kind : "other";
  }
}

describe("the prefill from Outlook", () => {
  it.each([
    ["Anna Handläggare", { givenName: "Anna", surname: "Handläggare" }],
    ["Andersson, Anna-Karin", { givenName: "Anna-Karin", surname: "Andersson" }],
    ["Per Erik Lind (Miljöförvaltningen)", { givenName: "Per Erik", surname: "Lind" }],
    ["Registrator", { givenName: "Registrator" }],
    ["anna@mjolby.se", {}],
    ["", {}],
  ])("splits %j", (name, expected) => {
    expect(splitDisplayName(name)).toEqual(expected);
  });

  it("falls back on a first.last address when there is no display name", () => {
    expect(prefillDetails({ emailAddress: "lisa.berg@mjolby.se" })).toEqual({ givenName: "Lisa", surname: "Berg" });
    expect(prefillDetails({ emailAddress: "registrator@mjolby.se" })).toEqual({});
    expect(prefillDetails(undefined)).toEqual({});
  });
});

describe("signature details in roaming settings", () => {
  // officeCall reads Office.AsyncResultStatus; the settings themselves are passed in.
  let uninstallGlobal: () => void;
  beforeEach(() => {
    uninstallGlobal = installOfficeGlobal(mailbox());
  });
  afterEach(() => uninstallGlobal());

  it("gives the prefill when nothing is stored", () => {
    const fake = mailbox();
    expect(loadSignatureDetails(fake.roamingSettings, fake.mailbox.userProfile)).toEqual({ source: "prefill", details: { givenName: "Anna", surname: "Handläggare" } });
  });

  it("saves with a version and reads back what was saved, across a reload", async () => {
    const fake = mailbox({ "other.setting": { keep: true } });
    const details = { givenName: "Anna", surname: "Handläggare", title: "  Inspektör ", phone: "0142-850 00", includeMobile: false, mobile: "" };
    await saveSignatureDetails(fake.roamingSettings, details);
    expect(fake.calls).toContain("roamingSettings.saveAsync");
    expect(fake.savedRoaming[SIGNATURE_SETTINGS_KEY]).toEqual({
      version: 1,
      details: { givenName: "Anna", surname: "Handläggare", title: "Inspektör", phone: "0142-850 00", includeMobile: false },
    });
    expect(fake.savedRoaming["other.setting"]).toEqual({ keep: true });
    // A new task pane loads what was saved.
    const reopened = mailbox(fake.savedRoaming);
    expect(loadSignatureDetails(reopened.roamingSettings, reopened.mailbox.userProfile)).toEqual({
      source: "saved",
      details: { givenName: "Anna", surname: "Handläggare", title: "Inspektör", phone: "0142-850 00", includeMobile: false },
    });
  });

  it.each([
    ["text that is not JSON", "{oops"],
    ["a number", 42],
    ["no version", { details: { givenName: "X" } }],
    ["a field that is not text", { version: 1, details: { givenName: ["X"] } }],
    ["details that are a list", { version: 1, details: ["X"] }],
  ])("reports a corrupt value (%s), falls back on the prefill and leaves the value and other settings alone", (_what, value) => {
    const fake = mailbox({ [SIGNATURE_SETTINGS_KEY]: value, "other.setting": 1 });
    const loaded = loadSignatureDetails(fake.roamingSettings, fake.mailbox.userProfile);
    expect(loaded).toEqual({ source: "prefill", details: { givenName: "Anna", surname: "Handläggare" }, problem: "corrupt" });
    expect(fake.savedRoaming[SIGNATURE_SETTINGS_KEY]).toEqual(value);
    expect(fake.savedRoaming["other.setting"]).toBe(1);
  });

  it("reads a value stored as JSON text", () => {
    const fake = mailbox({ [SIGNATURE_SETTINGS_KEY]: JSON.stringify({ version: 1, details: { title: "Inspektör" } }) });
    expect(loadSignatureDetails(fake.roamingSettings, undefined)).toEqual({ source: "saved", details: { title: "Inspektör" } });
  });

  it("shows what it understands of a newer version's value, and says so", () => {
    const fake = mailbox({ [SIGNATURE_SETTINGS_KEY]: { version: 2, details: { title: "Inspektör", pronouns: "hon" } } });
    expect(loadSignatureDetails(fake.roamingSettings, fake.mailbox.userProfile)).toEqual({
      source: "prefill",
      details: { givenName: "Anna", surname: "Handläggare", title: "Inspektör" },
      problem: "newerVersion",
    });
  });

  it("refuses details too large for Outlook's 32 KB before touching anything", async () => {
    const fake = mailbox();
    const huge = { givenName: "A".repeat(9000) };
    expect(await failureOf(saveSignatureDetails(fake.roamingSettings, huge))).toBe("settingsTooLarge");
    expect(fake.calls).not.toContain("roamingSettings.saveAsync");
    expect(loadSignatureDetails(fake.roamingSettings, undefined).source).toBe("prefill");
  });

  it("turns Outlook's 9019 (the add-in's settings over 32 KB) into saveFailed, keeping the earlier value in memory", async () => {
    const earlier = { version: 1, details: { givenName: "Anna" } };
    const fake = mailbox({ [SIGNATURE_SETTINGS_KEY]: earlier, "someone.else": "x".repeat(32 * 1024 - 60) });
    expect(await failureOf(saveSignatureDetails(fake.roamingSettings, { givenName: "Anna", title: "Inspektör med en lång titel" }))).toBe("settingsSaveFailed");
    expect(fake.roamingSettings.get(SIGNATURE_SETTINGS_KEY)).toEqual(earlier);
    expect(fake.savedRoaming[SIGNATURE_SETTINGS_KEY]).toEqual(earlier);
  });

  it("removes a value that was never there when the save fails", async () => {
    const fake = mailbox();
    fake.failNext("roamingSettings.saveAsync");
    expect(await failureOf(saveSignatureDetails(fake.roamingSettings, { givenName: "Anna" }))).toBe("settingsSaveFailed");
    expect(fake.roamingSettings.get(SIGNATURE_SETTINGS_KEY)).toBeUndefined();
  });

  it("says notOutlook without roaming settings", async () => {
    expect(await failureOf(saveSignatureDetails(undefined, { givenName: "Anna" }))).toBe("notOutlook");
  });

  it("works through Office.context as the task pane uses it", async () => {
    const fake = mailbox();
    uninstallGlobal();
    const uninstall = installOfficeGlobal(fake);
    try {
      await saveSignatureDetails(Office.context.roamingSettings, { givenName: "Lisa" });
      expect(loadSignatureDetails(Office.context.roamingSettings, Office.context.mailbox.userProfile)).toEqual({ source: "saved", details: { givenName: "Lisa" } });
    } finally {
      uninstall();
      uninstallGlobal = installOfficeGlobal(mailbox());
    }
  });
});
