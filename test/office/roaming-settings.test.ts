/**
 * saveRoamingValue, the one way every feature writes its roaming setting:
 * set or remove, save, and on a refused save the earlier value back in
 * memory, so the pane and the mailbox agree.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { saveRoamingValue } from "../../src/office/roaming-settings";
import { PostvaktError } from "../../src/ports";
import { FakeOffice, installOfficeGlobal, textToHtml } from "../../src/fake-office";

const KEY = "postvakt.absence";
const EARLIER = { v: 1, end: "2026-08-07T17:00:00", via: "graph" };

function mailbox(roaming: Record<string, unknown> = {}) {
  return new FakeOffice({ item: { kind: "compose", subject: "", bodyHtml: textToHtml(""), to: [], cc: [], bcc: [] }, user: { emailAddress: "anna.handlaggare@mjolby.se", displayName: "Anna Handläggare" }, roaming });
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof PostvaktError ? error.kind : "other";
  }
}

describe("saveRoamingValue", () => {
  // officeCall reads Office.AsyncResultStatus.
  let uninstall: () => void;
  beforeEach(() => {
    uninstall = installOfficeGlobal(mailbox());
  });
  afterEach(() => uninstall());

  it("sets and saves a value, and removes it for undefined", async () => {
    const fake = mailbox({ [KEY]: EARLIER });
    await saveRoamingValue(fake.roamingSettings, KEY, { v: 1, end: "2026-12-31T17:00:00", via: "copy" });
    expect(fake.savedRoaming[KEY]).toEqual({ v: 1, end: "2026-12-31T17:00:00", via: "copy" });
    await saveRoamingValue(fake.roamingSettings, KEY, undefined);
    expect(KEY in fake.savedRoaming).toBe(false);
    expect(fake.roamingSettings.get(KEY)).toBeUndefined();
  });

  it("puts the earlier value back in memory when Outlook refuses to save, for a change and for a removal", async () => {
    const fake = mailbox({ [KEY]: EARLIER });
    fake.failNext("roamingSettings.saveAsync");
    expect(await kindOf(saveRoamingValue(fake.roamingSettings, KEY, { v: 1, end: "2026-12-31T17:00:00", via: "copy" }))).toBe("settingsSaveFailed");
    expect(fake.roamingSettings.get(KEY)).toEqual(EARLIER);
    fake.failNext("roamingSettings.saveAsync");
    expect(await kindOf(saveRoamingValue(fake.roamingSettings, KEY, undefined))).toBe("settingsSaveFailed");
    expect(fake.roamingSettings.get(KEY)).toEqual(EARLIER);
    expect(fake.savedRoaming[KEY]).toEqual(EARLIER);
  });

  it("says notOutlook without roaming settings", async () => {
    expect(await kindOf(saveRoamingValue(undefined, KEY, EARLIER))).toBe("notOutlook");
  });
});
