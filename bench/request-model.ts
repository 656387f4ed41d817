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
import { findQuotedHistory, loadBuiltinProfile, type DiaryAdviceData, type MailMessage, type Profile } from "../src/core";

const CORPUS = resolve(__dirname, "..", "test", "fixtures", "diary-corpus");
/** The sets whose misses have been read. */
const READ_SETS = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"];

interface Mail {
  readonly set: string;
  readonly urgent: boolean;
  readonly rules: boolean;
  readonly features: readonly string[];
}

function ownText(body: string): string {
  let out = "";
  let at = 0;
  for (const r of findQuotedHistory(body)) {
    out += body.slice(at, r.start);
    at = r.end;
  }
  return out + body.slice(at);
}

/** Words and neighbouring word pairs, lower case; a feature once per mail. */
function featuresOf(message: MailMessage): string[] {
  const words = `${message.subject} . ${ownText(message.body.text)}`.toLowerCase().match(/[a-zåäöéü]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i] as string);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
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
    out.push({ set, urgent: label.urgent, rules: data.registration.urgent, features: featuresOf(message) });
  }
  return out;
}

interface Model {
  readonly weights: Map<string, number>;
  readonly bias: number;
}

/** Plain logistic regression, L2-regularised, by gradient steps over the training mails in order. */
function train(mails: readonly Mail[]): Model {
  const counts = new Map<string, number>();
  for (const m of mails) for (const f of m.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map<string, number>();
  let bias = 0;
  const rate = 0.2;
  const l2 = 0.001;
  for (let pass = 0; pass < 40; pass++) {
    for (const m of mails) {
      const known = m.features.filter((f) => (counts.get(f) ?? 0) >= 2);
      const z = bias + known.reduce((sum, f) => sum + (weights.get(f) ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const error = (m.urgent ? 1 : 0) - p;
      bias += rate * error;
      for (const f of known) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (error - l2 * w));
      }
    }
  }
  return { weights, bias };
}

function probability(model: Model, mail: Mail): number {
  const z = model.bias + mail.features.reduce((sum, f) => sum + (model.weights.get(f) ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

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
    if (!fresh || READ_SETS.includes(fresh)) throw new Error("--fresh needs a set that is not among the read ones");
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
  console.log(`\nIn all: ${line("rules", total.rules)}; ${line("model", total.model)}; ${line("rules or model", total.either)}.`);
}

void main();
