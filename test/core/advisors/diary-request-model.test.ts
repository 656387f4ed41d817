/**
 * The learned second opinion on requests for documents (request-model.ts):
 * the committed weights are what the training script makes from the read
 * corpus sets and nothing else, scoring is plain and safe with any word, and
 * no set still kept blind is learned from.
 */
import { describe, expect, it } from "vitest";
import shipped from "../../../src/core/advisors/diary/request-model.json";
import { loadRequestModel, requestFeatures, requestProbabilityOf } from "../../../src/core/advisors/diary/request-model";
import { READ_SETS } from "../../../scripts/request-model-training";
import { trainedRequestModelJson } from "../../../scripts/train-request-model";
import { SPLITS } from "../../../bench/diary";


describe("the shipped request model", () => {
  it("is exactly what scripts/train-request-model.ts makes from the read sets (so nobody edits it by hand)", async () => {
    expect(shipped).toEqual(await trainedRequestModelJson());
  });

  it("learns from no set that is still blind (the bench's list says which are)", () => {
    const blind = SPLITS.filter((s) => /never read/.test(s.about)).map((s) => s.split);
    for (const set of READ_SETS) expect(blind, set).not.toContain(set);
    // Every set it learns from is one the bench knows as read, or the development set.
    for (const set of READ_SETS) if (set !== "dev") expect(SPLITS.map((s) => s.split), set).toContain(set);
  });
});

describe("features and scoring", () => {
  it("takes words and neighbouring pairs of the subject and the sender's own text, not the quoted history", () => {
    const features = requestFeatures("Protokoll", "Kan jag få protokollet?\n\n> Hej, här är kallelsen till mötet.");
    expect(features).toEqual(expect.arrayContaining(["protokoll", "kan jag", "få protokollet"]));
    expect(features).not.toContain("kallelsen");
  });

  it("adds the weights it knows to the bias; a word it does not know counts nothing", () => {
    const model = loadRequestModel({ bias: -1, features: ["få", "få se"], weights: [0.5, 1.5] });
    expect(requestProbabilityOf(["få", "få se"], model)).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(requestProbabilityOf(["okänt"], model)).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
  });

  it("reads words that are also names of object properties as words", () => {
    const p = requestProbabilityOf(requestFeatures("constructor", "constructor toString valueOf hasOwnProperty __proto__"));
    expect(Number.isFinite(p)).toBe(true);
    expect(p).toBeLessThan(0.5);
  });
});
