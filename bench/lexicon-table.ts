/**
 * Generates the lexicon table in docs/detection.md from the data
 * (src/core/lexicon/sensitive-content.json), between the markers
 * <!-- lexicon-table:start --> and <!-- lexicon-table:end -->.
 *
 *   npx tsx bench/lexicon-table.ts          # rewrites the table in docs/detection.md
 *   npx tsx bench/lexicon-table.ts --print  # prints it instead
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LEXICON_CATEGORY_LABELS, SENSITIVE_LEXICON } from "../src/core/lexicon";

const escape = (s: string): string => s.replace(/\|/g, "\\|");

export function lexiconTable(): string {
  const rows = SENSITIVE_LEXICON.map((e) => {
    const terms = [...(e.terms ?? []), ...(e.patterns ?? []).map((p) => `/${p}/`)].map((t) => `\`${escape(t)}\``).join(", ");
    const forms = [e.inflection && e.inflection !== "none" ? `böjs (${e.inflection})` : "", e.compound && e.compound !== "none" ? `sammansättning (${e.compound})` : "", e.caseSensitive ? "versaler" : ""].filter(Boolean).join(", ");
    return `| ${e.id} | ${LEXICON_CATEGORY_LABELS[e.category].sv} | ${e.strength === "strong" ? "stark" : "måttlig"} | ${terms} | ${forms || "–"} | ${escape(e.note)} | ${escape(e.legal)} |`;
  });
  return ["| id | kategori | styrka | termer | former | varför | lagrum |", "|---|---|---|---|---|---|---|", ...rows].join("\n");
}

const runDirectly = (process.argv[1] ?? "").replace(/\\/g, "/").endsWith("bench/lexicon-table.ts");
if (runDirectly && process.argv.includes("--print")) {
  console.log(lexiconTable());
} else if (runDirectly) {
  const path = join(__dirname, "..", "docs", "detection.md");
  const doc = readFileSync(path, "utf8");
  const start = "<!-- lexicon-table:start -->";
  const end = "<!-- lexicon-table:end -->";
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error("docs/detection.md has no lexicon-table markers");
  writeFileSync(path, `${doc.slice(0, a + start.length)}\n${lexiconTable()}\n${doc.slice(b)}`);
  console.log(`Updated the lexicon table in ${path} (${SENSITIVE_LEXICON.length} entries).`);
}
