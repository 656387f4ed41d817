import { describe, expect, it } from "vitest";
import { createMailMessage, validateProfile, type DelayDeliveryAction, type MailMessage } from "../../../src/core";
import { profile } from "../helpers";
import { officeHoursRule } from "../../../src/core/rules/officeHours";
import { ruleTester, runRule, type RuleCase } from "./rule-tester";

const at = (iso: string) => Date.parse(iso);
function message(options: { mode?: "compose" | "read"; delayedUntil?: string } = {}): MailMessage {
  return createMailMessage({
    mode: options.mode ?? "compose",
    subject: "Protokoll",
    body: { text: "Här är protokollet." },
    recipients: [{ field: "to", address: "kollega@sjobo.se" }],
    ...(options.delayedUntil ? { delayedUntil: at(options.delayedUntil) } : {}),
  });
}
/** A Sjöbo compose message checked at `iso` (Stockholm time with its offset). */
const when = (iso: string, extra: Partial<RuleCase> = {}): Pick<RuleCase, "message" | "profile" | "lint"> => ({
  message: message(),
  profile: "sjobo",
  lint: { now: at(iso) },
  ...extra,
});

// 2026: Monday 15 June; midsommarafton Friday 19 June; summer time until Sunday 25 October.
ruleTester(officeHoursRule, {
  valid: [
    { name: "07:00 on a Monday, the first minute inside", ...when("2026-06-15T07:00:00+02:00") },
    { name: "18:00:59 on a Monday, the last minute inside", ...when("2026-06-15T18:00:59+02:00") },
    { name: "17:59 on a Friday", ...when("2026-06-12T17:59:00+02:00") },
    { name: "noon on trettondagsafton, a working day", ...when("2026-01-05T12:00:00+01:00") },
    { name: "no instant given: nothing to say", message: message(), profile: "sjobo" },
    { name: "a Saturday, for a service that works evenings and weekends", ...when("2026-06-13T10:00:00+02:00"), setting: { options: { exemptEveningAndWeekendWork: true } } },
    { name: "reading a message on a Saturday", ...when("2026-06-13T10:00:00+02:00", { message: message({ mode: "read" }) }) },
    { name: "written on a Saturday, delivery delayed to Monday 08:00", ...when("2026-06-13T10:00:00+02:00", { message: message({ delayedUntil: "2026-06-15T08:00:00+02:00" }) }) },
    { name: "a delivery time the writer chose, even outside office hours", ...when("2026-06-13T10:00:00+02:00", { message: message({ delayedUntil: "2026-06-13T11:00:00+02:00" }) }) },
    { name: "16:30 with office hours 08:00-16:30", ...when("2026-06-15T16:30:00+02:00"), setting: { options: { start: "08:00", end: "16:30" } } },
  ],
  invalid: [
    {
      name: "06:59 on a Monday",
      ...when("2026-06-15T06:59:00+02:00"),
      errors: [{ messageId: "outside", severity: "warning", text: "Klockan är 06.59, utanför kontorstid (vardagar 07.00–18.00). Spara meddelandet som utkast och skicka det i dag kl. 07.00" }],
    },
    { name: "18:01 on a Monday", ...when("2026-06-15T18:01:00+02:00"), errors: [{ messageId: "outside", text: "Klockan är 18.01" }] },
    { name: "a Saturday", ...when("2026-06-13T10:00:00+02:00"), errors: [{ messageId: "outside", text: "Det är lördag 13 juni, utanför kontorstid" }] },
    { name: "a Sunday evening", ...when("2026-06-14T21:30:00+02:00"), errors: [{ messageId: "outside", text: "skicka det i morgon kl. 07.00" }] },
    { name: "midsommarafton", ...when("2026-06-19T10:00:00+02:00"), errors: [{ messageId: "outside", text: "Det är midsommarafton" }] },
    { name: "Thursday evening before midsommarafton: next is Monday", ...when("2026-06-18T18:30:00+02:00"), errors: [{ messageId: "outside", text: "skicka det måndag 22 juni kl. 07.00" }] },
    { name: "16:31 with office hours 08:00-16:30", ...when("2026-06-15T16:31:00+02:00"), setting: { options: { start: "08:00", end: "16:30" } }, errors: [{ messageId: "outside", text: "(vardagar 08.00–16.30)" }] },
    {
      name: "a delivery time that has already passed (the message would go at once)",
      ...when("2026-06-13T10:00:00+02:00", { message: message({ delayedUntil: "2026-06-13T09:00:00+02:00" }) }),
      errors: [{ messageId: "outside", text: "Det är lördag 13 juni" }],
    },
    { name: "a note where the kommun wants one", ...when("2026-06-13T10:00:00+02:00"), setting: "info", errors: [{ messageId: "outside", severity: "info" }] },
    {
      name: "in English",
      ...when("2026-06-13T10:00:00+02:00"),
      lint: { now: at("2026-06-13T10:00:00+02:00"), locale: "en" },
      errors: [{ messageId: "outside", text: "It is Saturday 13 June, outside office hours (working days 07:00–18:00). Save the message as a draft and send it on Monday 15 June at 07:00" }],
    },
  ],
});

function actionAt(iso: string): DelayDeliveryAction {
  const [finding] = runRule(officeHoursRule, { name: "", message: message(), profile: "sjobo", lint: { now: at(iso) } });
  const action = finding?.actions?.[0];
  if (action?.type !== "delayDelivery") throw new Error("no delayDelivery action");
  return action;
}

describe("officeHours: the action delays delivery to the next working morning", () => {
  it.each([
    ["before 07:00 on a working day: the same morning", "2026-06-15T06:59:00+02:00", "2026-06-15T05:00:00.000Z", "Fördröj till kl. 07.00"],
    ["after 18:00: the next morning", "2026-06-15T18:01:00+02:00", "2026-06-16T05:00:00.000Z", "Fördröj till i morgon kl. 07.00"],
    ["a Saturday: Monday", "2026-06-13T10:00:00+02:00", "2026-06-15T05:00:00.000Z", "Fördröj till mån kl. 07.00"],
    ["midsommarafton: the Monday after", "2026-06-19T10:00:00+02:00", "2026-06-22T05:00:00.000Z", "Fördröj till mån kl. 07.00"],
    ["winter time: 07:00 is 06:00 UTC", "2026-12-05T10:00:00+01:00", "2026-12-07T06:00:00.000Z", "Fördröj till mån kl. 07.00"],
    ["across the spring change of clocks", "2026-03-28T10:00:00+01:00", "2026-03-30T05:00:00.000Z", "Fördröj till mån kl. 07.00"],
    ["julafton: over juldagen, annandag jul and the weekend", "2026-12-24T10:00:00+01:00", "2026-12-28T06:00:00.000Z", "Fördröj till mån kl. 07.00"],
    ["a Sunday evening: Monday, tomorrow", "2026-06-14T21:30:00+02:00", "2026-06-15T05:00:00.000Z", "Fördröj till i morgon kl. 07.00"],
  ])("%s", (_name, now, until, title) => {
    const action = actionAt(now);
    expect(action.until).toBe(until);
    expect(action.title.sv).toBe(title);
    expect(new Date(action.until).getTime()).toBeGreaterThan(at(now));
  });

  it("is satisfied once the delay it proposes is set (the pane checks again after the action)", () => {
    const now = "2026-06-13T10:00:00+02:00";
    const action = actionAt(now);
    const delayed = createMailMessage({ ...message(), delayedUntil: Date.parse(action.until) });
    expect(runRule(officeHoursRule, { name: "", message: delayed, profile: "sjobo", lint: { now: at(now) } })).toEqual([]);
  });

  it("names the day and time in the button's accessible label, in both languages", () => {
    const action = actionAt("2026-06-13T10:00:00+02:00");
    expect(action.label).toEqual({ sv: "Fördröj leveransen till måndag 15 juni kl. 07.00", en: "Delay delivery until Monday 15 June 07:00" });
    expect(action.title.en).toBe("Delay to Mon 07:00");
  });
});

describe("officeHours options in a profile", () => {
  const withOptions = (options: unknown) => {
    const p = JSON.parse(JSON.stringify(profile("sjobo")));
    p.rules.officeHours = { options };
    return validateProfile(p);
  };

  it("takes a time of day for start and end, start before end", () => {
    expect(withOptions({ start: "08:00", end: "16:30" }).ok).toBe(true);
    expect(withOptions({ start: "18:00", end: "07:00" })).toMatchObject({ ok: false, problems: [{ path: "rules.officeHours.options", message: "start must come before end" }] });
    expect(withOptions({ start: "7:00" })).toMatchObject({ ok: false, problems: [{ path: "rules.officeHours.options.start" }] });
  });
});
