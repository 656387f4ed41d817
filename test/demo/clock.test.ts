/**
 * The demo clock (demo/clock.ts): `?now=` is Stockholm wall time, summer or
 * winter; the clock runs on from it; Dates built from a value are untouched;
 * anything that is not a date and time leaves the real clock standing.
 */
import { describe, expect, it } from "vitest";
import { installDemoClock, parseDemoNow } from "../../demo/clock";

describe("parseDemoNow", () => {
  it("reads Stockholm wall time, in winter (UTC+1) and summer (UTC+2)", () => {
    expect(parseDemoNow("2026-12-05T20:00")).toBe(Date.parse("2026-12-05T19:00:00Z"));
    expect(parseDemoNow("2026-07-04T10:30")).toBe(Date.parse("2026-07-04T08:30:00Z"));
  });

  it("refuses what is not a date and a time", () => {
    for (const bad of [null, "", "2026-02-30T10:00", "2026-12-05", "2026-12-05T24:00", "igår", "2026-12-05T20:00Z"]) expect(parseDemoNow(bad)).toBeUndefined();
  });
});

describe("installDemoClock", () => {
  it("moves Date.now and new Date() to the chosen moment and lets the clock run", async () => {
    const target = { Date } as unknown as typeof globalThis;
    expect(installDemoClock("?now=2026-12-05T20:00&profile=sjobo", target)).toBe(true);
    const first = target.Date.now();
    expect(first - Date.parse("2026-12-05T19:00:00Z")).toBeLessThan(1000);
    expect(Math.abs(new target.Date().getTime() - first)).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(target.Date.now()).toBeGreaterThan(first);
    expect(new target.Date(0).getTime()).toBe(0);
    expect(new target.Date("2026-01-01T00:00:00Z").toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(new target.Date() instanceof Date).toBe(true);
  });

  it("changes nothing without a valid now", () => {
    const target = { Date } as unknown as typeof globalThis;
    expect(installDemoClock("?profile=sjobo", target)).toBe(false);
    expect(installDemoClock("?now=nonsense", target)).toBe(false);
    expect(target.Date).toBe(Date);
  });
});
