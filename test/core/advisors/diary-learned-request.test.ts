/**
 * How the advisor uses the model's second opinion (classify.ts): only where
 * the rules find no request, with a reason that says it is the wording, and
 * never for mail the rules already rule out (newsletters, auto-replies, a
 * colleague's own ask). The model is replaced here so the wiring is tested
 * whatever the weights; the weights are measured in the benchmark.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const seen = { request: false, calls: 0 };
vi.mock("../../../src/core/advisors/diary/request-model", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../src/core/advisors/diary/request-model")>();
  return {
    ...actual,
    modelSeesRequest: () => {
      seen.calls++;
      return seen.request;
    },
  };
});

const { diaryAdvice, mail } = await import("./helpers");

const citizen = (body: string, headers: Record<string, string> = {}, from = "eva.ek@gmail.com") => mail({ from, to: ["kommun@sjobo.se"], subject: "Hamnen", body, headers });
const QUIET = "Hej! Jag skriver om hamnens historia och allt ni har från 1950-talet vore guld värt. /Eva";

beforeEach(() => {
  seen.request = false;
  seen.calls = 0;
});

describe("the model's second opinion", () => {
  it("makes mail the rules pass by urgent, saying that it is the wording", () => {
    seen.request = true;
    const r = diaryAdvice(citizen(QUIET)).data.registration;
    expect(r).toMatchObject({ verdict: "register", urgent: true, documentType: "begäran om allmän handling" });
    expect(r.reasons[0]?.text.sv).toBe("Ordvalet liknar en begäran om att få ta del av allmänna handlingar – läs och bedöm");
  });

  it("says nothing when it sees no request", () => {
    expect(diaryAdvice(citizen(QUIET)).data.registration.urgent).toBe(false);
    expect(seen.calls).toBe(1);
  });

  it("is not asked when the rules have found the request, and their reason stands", () => {
    seen.request = true;
    const r = diaryAdvice(citizen("Hej, kan jag få en kopia av hamnavtalet? /Eva")).data.registration;
    expect(seen.calls).toBe(0);
    expect(r.reasons[0]?.text.sv).toBe("Är en begäran om att få ta del av allmänna handlingar");
  });

  it("cannot make a newsletter, an automatic reply or a colleague's own ask urgent", () => {
    seen.request = true;
    expect(diaryAdvice(citizen(QUIET, { "list-unsubscribe": "<https://x.se/av>" })).data.registration.urgent).toBe(false);
    expect(diaryAdvice(citizen(QUIET, { "auto-submitted": "auto-replied" })).data.registration.urgent).toBe(false);
    expect(diaryAdvice(citizen(QUIET, {}, "kollega@sjobo.se")).data.registration.urgent).toBe(false);
  });
});
