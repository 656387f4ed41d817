/**
 * How fast HTML is read: the projection (visible text, source map, tags),
 * html -> text and masking, on realistic mail markup from 100 KB to 10 MB
 * and on pathological input. Linear time is the point: MB/s should not
 * fall as the size grows.
 *
 *   npx tsx bench/html-projection.ts
 *
 * Prints sizes and times only (the bodies hold Skatteverket's test numbers).
 */
import { cpus } from "node:os";
import { htmlToText, maskIdentityNumbersInHtml, personnummerDetector, projectHtml } from "../src/core";

const find = (text: string) => personnummerDetector.detect(text);

/** Word/Outlook-style paragraphs: styles, spans, entities, a number now and then. */
const PARAGRAPH =
  "<p class=MsoNormal style='margin:0cm;font-family:\"Calibri\",sans-serif'><span lang=SV>Hej Anna,&nbsp;ärendet gäller " +
  "<b>781121-2393</b> och &quot;bygglov&quot; &amp; tillsyn.<o:p></o:p></span></p>\n" +
  "<table><tr><td style='padding:0'>Kontakt</td><td>0155-123 45</td></tr></table><!-- [if mso] -->\n";

function body(size: number): string {
  return PARAGRAPH.repeat(Math.ceil(size / PARAGRAPH.length)).slice(0, size);
}

/** Median of `runs` timed calls after two warm-up calls, in milliseconds. */
function time(run: () => unknown, runs = 9): number {
  run();
  run();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

function row(label: string, bytes: number, ms: number): void {
  const mbps = bytes / 1e6 / (ms / 1000);
  console.log(`${label.padEnd(46)} ${(bytes / 1e6).toFixed(1).padStart(5)} MB ${ms.toFixed(1).padStart(8)} ms ${mbps.toFixed(0).padStart(6)} MB/s`);
}

console.log(`HTML reading, ${cpus().length} cores, Node ${process.version}; median of 9 runs after 2 warm-ups\n`);
for (const size of [100_000, 1_000_000, 10_000_000]) {
  const html = body(size);
  row("projection (text + map)", size, time(() => projectHtml(html)));
  row("projection with tags", size, time(() => projectHtml(html, { tags: true })));
  row("htmlToText", size, time(() => htmlToText(html)));
  row("masking (projection + detector + rewrite)", size, time(() => maskIdentityNumbersInHtml(html, find), size > 1_000_000 ? 3 : 9));
  console.log("");
}

const MB = 1_000_000;
const pathological: readonly (readonly [string, string])[] = [
  ["unterminated tag '<a <a <a'", "<a ".repeat(MB / 3)],
  ["unterminated attribute values", '<p a="'.repeat(MB / 6)],
  ["comment openers '<!--'", "<!--".repeat(MB / 4)],
  ["escaped script '<script><!--<script>'", "<script><!--<script>".repeat(MB / 20)],
  ["near-miss end tags in <style>", `<style>${"</sty".repeat(MB / 5)}`],
  ["bare ampersands and '&#'", "&#&a&".repeat(MB / 5)],
  ["deep nesting <div>", "<div>".repeat(MB / 5)],
  ["nested <svg>", "<svg>".repeat(MB / 5)],
];
console.log("pathological, 1 MB each:");
for (const [label, html] of pathological) row(`  ${label}`, html.length, time(() => projectHtml(html, { tags: true }), 5));
