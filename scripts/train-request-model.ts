/**
 * Writes the request model the diary advisor ships
 * (src/core/advisors/diary/request-model.json): trained on every read corpus
 * set, as scripts/request-model-training.ts says. `npx tsx scripts/train-request-model.ts`.
 * Run it again only when a set has been read and joins READ_SETS; then measure
 * on a fresh set written blind (docs/diary.md, "Figures").
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEml } from "../src/cli/eml";
import { requestFeatures } from "../src/core/advisors/diary/request-model";
import { READ_SETS, trainRequestModel, type TrainingMail } from "./request-model-training";

const CORPUS = resolve(__dirname, "..", "test", "fixtures", "diary-corpus");
const OUT = resolve(__dirname, "..", "src", "core", "advisors", "diary", "request-model.json");

/** The shipped file's content, trained afresh from the read sets (the tests check the committed file is exactly this). */
export async function trainedRequestModelJson(): Promise<{ about: string; bias: number; features: string[]; weights: number[] }> {
  const mails: TrainingMail[] = [];
  for (const set of READ_SETS) {
    const dir = join(CORPUS, set);
    const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, { urgent: boolean }>;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".eml")).sort()) {
      const { message } = await parseEml(readFileSync(join(dir, file)), "read");
      mails.push({ urgent: labels[file]!.urgent, features: requestFeatures(message.subject, message.body.text) });
    }
  }
  const model = trainRequestModel(mails);
  // Weights that are all but zero change no probability worth the bytes; features sorted so a retrain diffs cleanly.
  const kept = [...model.weights].filter(([, w]) => Math.abs(w) >= 1e-4).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    about: `Written by scripts/train-request-model.ts from ${READ_SETS.join(", ")} (${mails.length} mails, ${mails.filter((m) => m.urgent).length} requests). Do not edit.`,
    bias: Number(model.bias.toPrecision(6)),
    features: kept.map(([f]) => f),
    weights: kept.map(([, w]) => Number(w.toPrecision(4))),
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(__filename)) {
  void trainedRequestModelJson().then((json) => {
    writeFileSync(OUT, `${JSON.stringify(json)}\n`);
    console.log(`${json.features.length} features; ${Math.round(JSON.stringify(json).length / 1024)} KiB`);
  });
}
