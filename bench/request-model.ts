/**
 * Would a learned model find requests for documents better than the
 * request reader's rules (src/core/advisors/diary/request.ts)? An experiment
 * for the next step, not part of the product: `npx tsx bench/request-model.ts`.
 *
 * A logistic regression over the words and word pairs of a mail's subject and
 * own text (quoted history removed), trained on every read set but one and
 * measured on the one left out, for each read set in turn (leave one set
 * out). Beside it, the rules alone and "rules or model". With
 * `--fresh SET` it trains on every read set and measures on SET, a set
 * nobody has read (heldout13 was measured so on its first run, beside the
 * rules). Prints counts only, no message content.
 *
 * Deterministic: no random order, a fixed number of passes.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEml } from "../src/cli/eml";
import { adviseMail } from "../src/cli/advise";
import { loadBuiltinProfile, type DiaryAdviceData, type Profile } from "../src/core";
import { requestFeatures, requestProbabilityOf, type LoadedRequestModel } from "../src/core/advisors/diary/request-model";
import { READ_SETS, trainRequestModel } from "../scripts/request-model-training";
import { REASONS } from "../src/core/advisors/diary/texts";

const CORPUS = resolve(__dirname, "..", "test", "fixtures", "diary-corpus");

interface Mail {
  readonly set: string;
  readonly urgent: boolean;
  readonly rules: boolean;
  readonly features: readonly string[];
}

async function load(set: string, profiles: Map<string, Profile>): Promise<Mail[]> {
  const dir = join(CORPUS, set);
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, { profile: string; urgent: boolean }>;
  const out: Mail[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".eml")).sort()) {
    const label = labels[file]!;
    let profile = profiles.get(label.profile);
    if (!profile) {
      const loaded = loadBuiltinProfile(label.profile);
      if (!loaded.ok) throw new Error(`profile ${label.profile}`);
      profile = loaded.profile;
      profiles.set(label.profile, profile);
    }
    const { message } = await parseEml(readFileSync(join(dir, file)), "read");
    const mailbox = message.recipients.find((r) => r.field === "to")?.address;
    const data = adviseMail(message, profile, { now: Date.now(), ...(mailbox ? { mailbox } : {}) }) as DiaryAdviceData;
    // The rules alone: the advisor's urgent verdict, unless only the shipped model made it (its reason says so).
    const byModelOnly = data.registration.reasons.some((r) => r.text.sv === REASONS.requestLikely.sv);
    out.push({ set, urgent: label.urgent, rules: data.registration.urgent && !byModelOnly, features: requestFeatures(message.subject, message.body.text) });
  }
  return out;
}

const train = trainRequestModel;
const probability = (model: LoadedRequestModel, mail: Mail) => requestProbabilityOf(mail.features, model);

function rate(found: number, of: number): string {
  return `${found}/${of}`;
}

async function main(): Promise<void> {
  const profiles = new Map<string, Profile>();
  const sets = new Map<string, Mail[]>();
  for (const set of READ_SETS) sets.set(set, await load(set, profiles));
  const freshAt = process.argv.indexOf("--fresh");
  if (freshAt >= 0) {
    const fresh = process.argv[freshAt + 1];
    if (!fresh || (READ_SETS as readonly string[]).includes(fresh)) throw new Error("--fresh needs a set that is not among the read ones");
    const test = await load(fresh, profiles);
    const model = train([...sets.values()].flat());
    const pos = test.filter((m) => m.urgent).length;
    const neg = test.length - pos;
    const score = (says: (m: Mail) => boolean) => `${test.filter((m) => m.urgent && says(m)).length}/${pos} found, ${test.filter((m) => !m.urgent && says(m)).length}/${neg} false alarms`;
    console.log(`${fresh}, trained on every read set: rules ${score((m) => m.rules)}; model ${score((m) => probability(model, m) >= 0.5)}; rules or model ${score((m) => m.rules || probability(model, m) >= 0.5)}.`);
    return;
  }
  const rows: string[] = [];
  const total = { rules: [0, 0, 0, 0], model: [0, 0, 0, 0], either: [0, 0, 0, 0] };
  const add = (acc: number[], tp: number, pos: number, fp: number, neg: number) => {
    acc[0]! += tp;
    acc[1]! += pos;
    acc[2]! += fp;
    acc[3]! += neg;
  };
  for (const [set, test] of sets) {
    const trainingMails = [...sets].filter(([other]) => other !== set).flatMap(([, mails]) => mails);
    const model = train(trainingMails);
    const pos = test.filter((m) => m.urgent).length;
    const neg = test.length - pos;
    const score = (says: (m: Mail) => boolean) => [test.filter((m) => m.urgent && says(m)).length, test.filter((m) => !m.urgent && says(m)).length] as const;
    const [rTp, rFp] = score((m) => m.rules);
    const [mTp, mFp] = score((m) => probability(model, m) >= 0.5);
    const [eTp, eFp] = score((m) => m.rules || probability(model, m) >= 0.5);
    add(total.rules, rTp, pos, rFp, neg);
    add(total.model, mTp, pos, mFp, neg);
    add(total.either, eTp, pos, eFp, neg);
    rows.push(`| ${set} | ${rate(rTp, pos)} / ${rate(rFp, neg)} | ${rate(mTp, pos)} / ${rate(mFp, neg)} | ${rate(eTp, pos)} / ${rate(eFp, neg)} |`);
  }
  console.log("Requests for documents, leave one read set out (found / false alarms). The rules were fixed on these very sets, so their column flatters them; the model's has never seen the set it is measured on.\n");
  console.log("| set left out | rules | model | rules or model |");
  console.log("|---|---:|---:|---:|");
  for (const row of rows) console.log(row);
  const line = (name: string, a: number[]) => `${name} ${a[0]}/${a[1]} found, ${a[2]}/${a[3]} false alarms`;
  // How the threshold trades requests found for false alarms, each set scored by a model that never saw it.
  const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
  const sweep = thresholds.map(() => [0, 0, 0, 0]);
  const alone = thresholds.map(() => [0, 0, 0, 0]);
  for (const [set, test] of sets) {
    const model = train([...sets].filter(([other]) => other !== set).flatMap(([, mails]) => mails));
    const pos = test.filter((m) => m.urgent).length;
    thresholds.forEach((t, i) => {
      const says = (m: Mail) => m.rules || probability(model, m) >= t;
      add(sweep[i]!, test.filter((m) => m.urgent && says(m)).length, pos, test.filter((m) => !m.urgent && says(m)).length, test.length - pos);
      const modelSays = (m: Mail) => probability(model, m) >= t;
      add(alone[i]!, test.filter((m) => m.urgent && modelSays(m)).length, pos, test.filter((m) => !m.urgent && modelSays(m)).length, test.length - pos);
    });
  }
  // The rules were fixed on these sets, so "rules or model" flatters; the model alone is the fair column.
  console.log("\nBy threshold (leave one set out): model alone | rules or model");
  thresholds.forEach((t, i) => console.log(`  ${t.toFixed(1)}: ${line("", alone[i]!).trim()} | ${line("", sweep[i]!).trim()}`));
  console.log(`\nIn all: ${line("rules", total.rules)}; ${line("model", total.model)}; ${line("rules or model", total.either)}.`);
}

void main();
