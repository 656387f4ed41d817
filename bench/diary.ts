/**
 * The diary advisor against the labelled corpus written blind to it
 * (test/fixtures/diary-corpus: dev/ for development; heldout/, heldout2/ and
 * heldout3/ measured here only), beside a keyword baseline. `npm run bench -- --only=diary`.
 * heldout/ (its one wrong deadline) and heldout2/ – heldout5/ (their misses)
 * were looked into on 2026-12-01, each after its first run; heldout6/ after
 * its second (the request model was rewritten in between, without reading
 * it); heldout7/ – heldout15/ after their first runs; heldout16/ was written
 * blind after the last of those fixes and is not read.
 *
 * Measured per split: register-or-ask recall on mail that must be registered
 * (target ≥ 98 %), ringa mail called "register" (≤ 5 %), urgent requests found
 * (≥ 95 %) and false alarms (≤ 2 %), case-number precision, recall and F1
 * (≥ 0.95), deadlines exactly right (all), and the time per message (< 20 ms).
 * Prints no message content: file names, counts, rates and times.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEml } from "../src/cli/eml";
import { adviseMail } from "../src/cli/advise";
import { loadBuiltinProfile, type DiaryAdviceData, type MailMessage, type Profile } from "../src/core";

const CORPUS = resolve(__dirname, "..", "test", "fixtures", "diary-corpus");

interface Label {
  readonly profile: string;
  readonly truth: "register" | "ringa" | "unclear";
  readonly urgent: boolean;
  readonly documentType: string | null;
  readonly caseNumbers: readonly { readonly text: string; readonly field: "subject" | "body" }[];
  readonly deadline: { readonly kind: string; readonly due: string | null };
}

interface Prediction {
  readonly verdict: "register" | "ask-registrar" | "not-needed";
  readonly urgent: boolean;
  readonly documentType: string | null;
  readonly caseNumbers: readonly { readonly text: string; readonly field: "subject" | "body" }[];
  readonly deadline: { readonly kind: string; readonly due: string | null };
}

interface Item {
  readonly file: string;
  readonly label: Label;
  readonly message: MailMessage;
  readonly profile: Profile;
}

function pad(s: string | number, n: number): string {
  return String(s).padEnd(n);
}
function pct(x: number, of: number): string {
  return of === 0 ? "-" : `${((100 * x) / of).toFixed(1)} %`;
}

async function load(split: string): Promise<Item[]> {
  const dir = join(CORPUS, split);
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, Label>;
  const files = readdirSync(dir).filter((f) => f.endsWith(".eml")).sort();
  const profiles = new Map<string, Profile>();
  const items: Item[] = [];
  for (const file of files) {
    const label = labels[file];
    if (!label) throw new Error(`${split}/${file} has no label`);
    let profile = profiles.get(label.profile);
    if (!profile) {
      const result = loadBuiltinProfile(label.profile);
      if (!result.ok) throw new Error(`profile ${label.profile} invalid`);
      profile = result.profile;
      profiles.set(label.profile, profile);
    }
    const { message } = await parseEml(readFileSync(join(dir, file)), "read");
    items.push({ file, label, message, profile });
  }
  return items;
}

function firstTo(message: MailMessage): string | undefined {
  return message.recipients.find((r) => r.field === "to")?.address;
}

function postvakt(item: Item): Prediction {
  const mailbox = firstTo(item.message);
  const data = adviseMail(item.message, item.profile, { now: Date.now(), ...(mailbox ? { mailbox } : {}) }) as DiaryAdviceData;
  return {
    verdict: data.registration.verdict,
    urgent: data.registration.urgent,
    documentType: data.registration.documentType,
    caseNumbers: data.caseNumbers,
    deadline: data.deadline,
  };
}

// ---------------------------------------------------------------------------
// The keyword baseline: what a simple mail rule could do with a word list.

const BASELINE_REGISTER = /ansökan|ansöker|överklag|klagomål|anmälan|begär|remiss|beslut|avtal|anbud|synpunkt|medborgarförslag|dnr|diarienummer|personnummer|ärende/i;
const BASELINE_URGENT = /allmän(na)? handling|offentlighetsprincipen|begär(a)? ut|public documents|public access/i;
const BASELINE_CASE = /\b(?:[A-ZÅÄÖ]{1,6}[ /-]?)?\d{4}[/-]\d{1,6}\b/g;

function baseline(item: Item): Prediction {
  const text = `${item.message.subject}\n${item.message.body.text}`;
  const urgent = BASELINE_URGENT.test(text);
  const caseNumbers: { text: string; field: "subject" | "body" }[] = [];
  for (const [field, t] of [["subject", item.message.subject], ["body", item.message.body.text]] as const) {
    const seen = new Set<string>();
    for (const m of t.matchAll(BASELINE_CASE)) {
      if (seen.has(m[0])) continue;
      seen.add(m[0]);
      caseNumbers.push({ text: m[0], field });
    }
  }
  const rule = item.profile.diary?.response ?? { kind: "as-soon-as-possible" as const };
  return {
    verdict: BASELINE_REGISTER.test(text) ? "register" : "not-needed",
    urgent,
    documentType: null,
    caseNumbers,
    // The baseline knows the kommun's rule but not which mail needs no answer or is urgent.
    deadline: { kind: rule.kind, due: null },
  };
}

// ---------------------------------------------------------------------------

interface Scores {
  readonly registerRecall: [number, number];
  readonly ringaRegister: [number, number];
  readonly ringaNotNeeded: [number, number];
  readonly unclearAsk: [number, number];
  readonly urgentRecall: [number, number];
  readonly falseAlarms: [number, number];
  readonly caseNumbers: { tp: number; fp: number; fn: number };
  readonly deadlines: [number, number];
  readonly documentTypes: [number, number];
  readonly confusion: Record<string, number>;
  readonly misses: string[];
}

function score(items: readonly Item[], predict: (item: Item) => Prediction, listMisses: boolean): Scores {
  const s = {
    registerRecall: [0, 0] as [number, number],
    ringaRegister: [0, 0] as [number, number],
    ringaNotNeeded: [0, 0] as [number, number],
    unclearAsk: [0, 0] as [number, number],
    urgentRecall: [0, 0] as [number, number],
    falseAlarms: [0, 0] as [number, number],
    caseNumbers: { tp: 0, fp: 0, fn: 0 },
    deadlines: [0, 0] as [number, number],
    documentTypes: [0, 0] as [number, number],
    confusion: {} as Record<string, number>,
    misses: [] as string[],
  };
  for (const item of items) {
    const p = predict(item);
    const l = item.label;
    const key = `${l.truth} -> ${p.verdict}`;
    s.confusion[key] = (s.confusion[key] ?? 0) + 1;
    const notes: string[] = [];
    if (l.truth === "register") {
      s.registerRecall[1]++;
      if (p.verdict !== "not-needed") s.registerRecall[0]++;
      else notes.push("register called not-needed");
    }
    if (l.truth === "ringa") {
      s.ringaRegister[1]++;
      s.ringaNotNeeded[1]++;
      if (p.verdict === "register") {
        s.ringaRegister[0]++;
        notes.push("ringa called register");
      }
      if (p.verdict === "not-needed") s.ringaNotNeeded[0]++;
    }
    if (l.truth === "unclear") {
      s.unclearAsk[1]++;
      if (p.verdict === "ask-registrar") s.unclearAsk[0]++;
    }
    if (l.urgent) {
      s.urgentRecall[1]++;
      if (p.urgent) s.urgentRecall[0]++;
      else notes.push("urgent request missed");
    } else {
      s.falseAlarms[1]++;
      if (p.urgent) {
        s.falseAlarms[0]++;
        notes.push("false urgent alarm");
      }
    }
    const want = l.caseNumbers.map((c) => `${c.field}:${c.text}`);
    const got = p.caseNumbers.map((c) => `${c.field}:${c.text}`);
    const left = [...want];
    let tp = 0;
    for (const g of got) {
      const i = left.indexOf(g);
      if (i >= 0) {
        left.splice(i, 1);
        tp++;
      }
    }
    s.caseNumbers.tp += tp;
    s.caseNumbers.fp += got.length - tp;
    s.caseNumbers.fn += want.length - tp;
    if (got.length - tp > 0) notes.push(`${got.length - tp} case number(s) too many`);
    if (want.length - tp > 0) notes.push(`${want.length - tp} case number(s) missed`);
    s.deadlines[1]++;
    if (p.deadline.kind === l.deadline.kind && p.deadline.due === l.deadline.due) s.deadlines[0]++;
    else notes.push(`deadline ${p.deadline.kind}/${p.deadline.due}, label ${l.deadline.kind}/${l.deadline.due}`);
    s.documentTypes[1]++;
    if ((l.documentType ?? null) === p.documentType) s.documentTypes[0]++;
    if (listMisses && notes.length > 0) s.misses.push(`${item.file} (${l.truth}${l.urgent ? ", urgent" : ""}): ${notes.join("; ")}`);
  }
  return s;
}

function f1(c: { tp: number; fp: number; fn: number }): { p: number; r: number; f: number } {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function table(title: string, items: readonly Item[], listMisses: boolean): void {
  const ours = score(items, postvakt, listMisses);
  const base = score(items, baseline, false);
  const counts = { register: 0, ringa: 0, unclear: 0, urgent: 0 };
  for (const i of items) {
    counts[i.label.truth]++;
    if (i.label.urgent) counts.urgent++;
  }
  console.log(`\n### ${title}: ${items.length} mails (${counts.register} register, ${counts.ringa} ringa, ${counts.unclear} unclear; ${counts.urgent} urgent requests)\n`);
  console.log(`| ${pad("measure (target)", 52)} | ${pad("Postvakt", 22)} | ${pad("keyword baseline", 22)} |`);
  console.log(`|${"-".repeat(54)}|${"-".repeat(24)}|${"-".repeat(24)}|`);
  const row = (name: string, a: string, b: string) => console.log(`| ${pad(name, 52)} | ${pad(a, 22)} | ${pad(b, 22)} |`);
  const frac = ([x, n]: [number, number]) => `${x}/${n} = ${pct(x, n)}`;
  row("must register: register or ask-registrar (≥ 98 %)", frac(ours.registerRecall), frac(base.registerRecall));
  row("ringa called register (≤ 5 %)", frac(ours.ringaRegister), frac(base.ringaRegister));
  row("ringa called not-needed (higher is better)", frac(ours.ringaNotNeeded), frac(base.ringaNotNeeded));
  row("unclear sent to ask-registrar", frac(ours.unclearAsk), frac(base.unclearAsk));
  row("urgent requests found (≥ 95 %)", frac(ours.urgentRecall), frac(base.urgentRecall));
  row("false urgent alarms (≤ 2 %)", frac(ours.falseAlarms), frac(base.falseAlarms));
  const oc = f1(ours.caseNumbers);
  const bc = f1(base.caseNumbers);
  row("case numbers precision / recall", `${oc.p.toFixed(3)} / ${oc.r.toFixed(3)}`, `${bc.p.toFixed(3)} / ${bc.r.toFixed(3)}`);
  row("case numbers F1 (≥ 0.95)", oc.f.toFixed(3), bc.f.toFixed(3));
  row("deadlines exactly right (all)", frac(ours.deadlines), frac(base.deadlines));
  row("document type right", frac(ours.documentTypes), `${base.documentTypes[0]}/${base.documentTypes[1]} (guesses none)`);
  console.log(`\nConfusion (truth -> verdict), Postvakt: ${Object.entries(ours.confusion).sort().map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  if (ours.misses.length > 0) {
    console.log("Postvakt's misses:");
    for (const m of ours.misses) console.log(`    ${m}`);
  } else if (!listMisses) {
    console.log("(Misses are not listed for the held-out split, so that nobody tunes on it; run with --list-heldout-misses to see which files.)");
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timing(items: readonly Item[]): void {
  // Warm up, then time each message several times; the figure is per message.
  for (const item of items) postvakt(item);
  const perMessage: number[] = [];
  for (const item of items) {
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      postvakt(item);
      runs.push(performance.now() - t);
    }
    perMessage.push(median(runs));
  }
  perMessage.sort((a, b) => a - b);
  const p95 = perMessage[Math.floor(perMessage.length * 0.95)] as number;
  const max = perMessage[perMessage.length - 1] as number;
  const chars = items.map((i) => i.message.body.text.length).sort((a, b) => a - b);
  console.log(
    `\nTime per message (advice, case numbers, deadline, cover note and receipt; ${items.length} mails, median body ${median(chars)} characters): median ${median(perMessage).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms (target < 20 ms)`,
  );
}

/**
 * Each held-out split with what has been done with it: a set whose misses were read measures little now.
 * "never read" marks the ones still blind; the request model must not learn from those (a test checks).
 */
export const SPLITS: readonly { readonly split: string; readonly about: string }[] = [
  { split: "heldout", about: "its one wrong deadline was looked into on 2026-12-01; measured here only" },
  { split: "heldout2", about: "written blind after that; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout3", about: "written blind after those fixes; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout4", about: "written blind after those fixes; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout5", about: "written blind, focused on requests for documents; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout6", about: "written blind, focused on requests for documents; measured twice, then its misses were read and fixed on 2026-12-01" },
  { split: "heldout7", about: "written blind after those fixes, focused on requests for documents; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout8", about: "written blind after those fixes, 50 mails focused on requests for documents; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout9", about: "written blind after those fixes, 50 mails, 20 requests in as many styles; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout10", about: "written blind after those fixes, 60 mails: 24 requests, 24 look-alikes; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout11", about: "written blind after those fixes, 60 mails: 24 requests, 24 look-alikes; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout12", about: "written blind after those fixes, 60 mails: 20 requests, 20 official-looking ringa mails, 20 ordinary; its first run's misses were read and fixed on 2026-12-01" },
  { split: "heldout13", about: "written blind after those fixes, 60 mails: 20 requests in 20 voices, 20 ringa look-alikes, 20 ordinary; its first run's misses were read and fixed on 2026-12-01, and it joined the model's training sets" },
  { split: "heldout14", about: "written blind after those fixes and the model, 60 mails: 20 requests in 20 voices, 20 ringa look-alikes, 20 ordinary; its first run's misses were read and fixed on 2026-12-01, and it joined the model's training sets" },
  { split: "heldout15", about: "written blind after those fixes, 60 mails weighted to look-alikes: 15 requests, 30 close look-alikes, 15 ordinary; its first run's misses were read and fixed on 2026-12-01, and it joined the model's training sets" },
  { split: "heldout16", about: "written blind after the last fixes, 60 mails: 18 requests, 24 ringa mails and look-alikes, 18 ordinary; never read" },
];

export async function diaryBench(): Promise<void> {
  console.log("\n## 6. Diary advisor: incoming mail written blind to the advisor (test/fixtures/diary-corpus)");
  const listMisses = process.argv.includes("--list-heldout-misses");
  const dev = await load("dev");
  table("dev (used in development and the unit tests)", dev, true);
  const all = [...dev];
  for (const { split, about } of SPLITS) {
    const items = await load(split);
    table(`${split} (${about})`, items, listMisses);
    all.push(...items);
  }
  timing(all);
}
