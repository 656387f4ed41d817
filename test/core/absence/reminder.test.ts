import { describe, expect, it } from "vitest";
import { absenceReminder, replyAnswersNow, wallInstant } from "../../../src/core";
import { at } from "./helpers";

const end = at("2026-08-07 23:59");
const after = Date.parse("2026-08-10T07:30:00+02:00");
const during = Date.parse("2026-08-05T12:00:00+02:00");

describe("the reminder to switch the reply off", () => {
  it("says nothing during the absence, or without one", () => {
    expect(absenceReminder({ end, via: "graph" }, { status: "alwaysEnabled" }, during)).toBe("none");
    expect(absenceReminder(undefined, { status: "alwaysEnabled" }, after)).toBe("none");
  });

  it("offers to switch off a reply still on after the absence", () => {
    expect(absenceReminder({ end, via: "manual" }, { status: "alwaysEnabled" }, after)).toBe("replyStillOn");
    expect(absenceReminder({ end, via: "graph" }, { status: "scheduled", scheduledEnd: { dateTime: "2026-08-14T17:00:00.0000000", timeZone: "W. Europe Standard Time" } }, after)).toBe("replyStillOn");
  });

  it("stays quiet when the reply is off or its schedule has ended", () => {
    expect(absenceReminder({ end, via: "graph" }, { status: "disabled" }, after)).toBe("none");
    expect(absenceReminder({ end, via: "graph" }, { status: "scheduled", scheduledEnd: { dateTime: "2026-08-07T21:59:00.0000000", timeZone: "UTC" } }, after)).toBe("none");
  });

  it("asks the user to check where Postvakt cannot see the reply", () => {
    expect(absenceReminder({ end, via: "manual" }, undefined, after)).toBe("checkReply");
  });

  it("reads Graph's UTC times as UTC and the mailbox's wall clock as Swedish time", () => {
    const utc = { status: "scheduled" as const, scheduledEnd: { dateTime: "2026-08-07T21:59:00.0000000", timeZone: "UTC" } };
    expect(replyAnswersNow(utc, Date.parse("2026-08-07T21:58:00Z"))).toBe(true);
    expect(replyAnswersNow(utc, Date.parse("2026-08-07T21:59:00Z"))).toBe(false);
    expect(wallInstant(end)).toBe(Date.parse("2026-08-07T23:59:00+02:00"));
  });
});
