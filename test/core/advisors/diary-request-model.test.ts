/**
 * The learned second opinion on requests for documents (request-model.ts):
 * the committed weights are what the training script makes from the read
 * corpus sets and nothing else, scoring is plain and safe with any word, and
 * no set still kept blind is learned from.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import shipped from "../../../src/core/advisors/diary/request-model.json";
import { loadRequestModel, requestFeatures, requestProbabilityOf } from "../../../src/core/advisors/diary/request-model";
import { READ_SETS } from "../../../scripts/request-model-training";
import { trainedRequestModelJson } from "../../../scripts/train-request-model";

const CORPUS = resolve(__dirname, "..", "..", "fixtures", "diary-corpus");

describe("the shipped request model", () => {
  it("is exactly what scripts/train-request-model.ts makes from the read sets (so nobody edits it by hand)", async () => {
    expect(shipped).toEqual(await trainedRequestModelJson());
  });

  it("learns from no set that is still blind", () => {
    for (const set of READ_SETS) {
      const readme = join(CORPUS, set, "README.md");
      if (!existsSync(readme)) continue;
      const text = readFileSync(readme, "utf8");
      // A set's README says "never read" until its first run has been read; then it gains a "No longer blind" section.
      if (/never (?:been )?read/i.test(text)) expect(text, set).toMatch(/No longer blind/);
    }
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
