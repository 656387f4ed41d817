/**
 * Send-time benchmark (issue 4): time from the OnMessageSend event to
 * `event.completed`, loading dist/launchevent.js included, in a fresh bare
 * vm context each run, as Outlook's JavaScript-only runtime loads it.
 *
 *   npx webpack --mode production   # builds dist/launchevent.js
 *   npx tsx bench/send-time.ts      # prints the table (and --json for one JSON line)
 *
 * Target: under 200 ms for the typical message on the reference machine.
 * The fake Office (src/fake-office) answers every call on the next turn of
 * the event loop (setImmediate), so the figures are Postvakt's own cost: loading, reading
 * through the adapter, the core's rules, and the dialog text. Outlook's own
 * round trips to its host come on top and are not ours to measure here.
 */
import { statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { FakeOffice, composeItem, makeEvent, type MessageSketch } from "../src/fake-office";
import { DIST_LAUNCHEVENT, loadLaunchEvents } from "../src/fake-office/node-vm-launchevent";

/** One of Skatteverket's published test personnummer (not a real person). */
const TEST_PERSONNUMMER = "850101-2382";

const PARAGRAPH =
  "Hej! Här kommer underlaget inför mötet den 14 mars om skolskjutsar och elevhälsa. " +
  "Ring mig gärna på 0142-850 00 eller skriv om något är oklart; ärendet har diarienummer KS 2024/118. " +
  "Vi behöver besked senast fredag så att vi hinner boka lokal och skicka ut kallelsen. Vänliga hälsningar, Anna\n";

function body(bytes: number, withNumberAt?: number): string {
  let text = "";
  while (text.length < bytes) text += PARAGRAPH;
  text = text.slice(0, bytes);
  if (withNumberAt === undefined) return text;
  const at = Math.floor(text.length * withNumberAt);
  return `${text.slice(0, at)} Eleven har personnummer ${TEST_PERSONNUMMER}. ${text.slice(at)}`;
}

function recipients(count: number, externalEvery: number): string[] {
  return Array.from({ length: count }, (_, i) => (i % externalEvery === externalEvery - 1 ? `kontakt${i}@foretag${i}.se` : `kollega${i}@mjolby.se`));
}

interface Scenario {
  readonly name: string;
  readonly message: MessageSketch;
  readonly runs: number;
  readonly expectAllow: boolean;
}

const SCENARIOS: readonly Scenario[] = [
  { name: "typical, clean (5 KB, 3 recipients)", message: { subject: "Möte", body: body(5 * 1024), to: recipients(3, 3) }, runs: 40, expectAllow: true },
  {
    name: "typical, personnummer to external (5 KB, 3 recipients)",
    message: { subject: "Ärende", body: body(5 * 1024, 0.5), to: recipients(3, 3) },
    runs: 40,
    expectAllow: false,
  },
  { name: "large, clean (1 MB, 200 recipients)", message: { subject: "Protokoll", body: body(1024 * 1024), to: recipients(200, 4) }, runs: 10, expectAllow: true },
  {
    name: "large, personnummer to external (1 MB, 200 recipients)",
    message: { subject: "Protokoll", body: body(1024 * 1024, 0.9), to: recipients(200, 4) },
    runs: 10,
    expectAllow: false,
  },
];

interface Timing {
  readonly load: number;
  readonly total: number;
}

/** One run: a fresh context, load the file, fire OnMessageSend, wait for event.completed. */
async function runOnce(message: MessageSketch, expectAllow: boolean): Promise<Timing> {
  const item = composeItem(message); // the simulated mailbox's own setup is not Postvakt's cost
  const start = performance.now();
  const office = new FakeOffice({ item, mailboxVersion: "1.15", displayLanguage: "sv-SE" });
  loadLaunchEvents(office);
  const loaded = performance.now();
  const handler = office.launchEvents.handlers.get("onMessageSendHandler");
  if (!handler) throw new Error("onMessageSendHandler is not registered by dist/launchevent.js");
  const options = await new Promise<Record<string, unknown> | undefined>((resolve) => {
    const event = makeEvent("onMessageSendHandler");
    const completed = event.completed.bind(event);
    event.completed = (o) => {
      completed(o);
      resolve(o);
    };
    handler(event);
  });
  const end = performance.now();
  if (options?.allowEvent !== expectAllow) throw new Error(`unexpected verdict: allowEvent ${String(options?.allowEvent)}`);
  return { load: loaded - start, total: end - start };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const bytes = statSync(DIST_LAUNCHEVENT).size;
  const rows: Record<string, unknown>[] = [];
  for (const scenario of SCENARIOS) {
    const timings: Timing[] = [];
    for (let i = 0; i < scenario.runs; i++) timings.push(await runOnce(scenario.message, scenario.expectAllow));
    const first = timings[0]!;
    const totals = timings.map((t) => t.total).sort((a, b) => a - b);
    const loads = timings.map((t) => t.load).sort((a, b) => a - b);
    rows.push({
      scenario: scenario.name,
      runs: scenario.runs,
      first: first.total,
      median: percentile(totals, 50),
      p95: percentile(totals, 95),
      max: totals[totals.length - 1],
      medianLoad: percentile(loads, 50),
    });
  }

  const machine = `${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ")}`;
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ bundleBytes: bytes, node: process.version, machine, rows }));
    return;
  }
  console.log(`dist/launchevent.js: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB); Node ${process.version}; ${machine}`);
  console.log("Event → event.completed, loading included (fresh vm context per run):\n");
  console.log("| scenario | runs | first run | median | p95 | max | of which loading (median) |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${String(r.scenario)} | ${String(r.runs)} | ${ms(r.first as number)} | ${ms(r.median as number)} | ${ms(r.p95 as number)} | ${ms(r.max as number)} | ${ms(r.medianLoad as number)} |`,
    );
  }
  const typical = rows[0]!;
  const verdict = (typical.p95 as number) < 200 ? "within" : "OVER";
  console.log(`\nTarget: typical message under 200 ms — p95 ${ms(typical.p95 as number)}, ${verdict} target.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
