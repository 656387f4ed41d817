/**
 * Loads the labelled corpus: strips the ⟦ ⟧ markers and keeps where they stood as gold spans.
 * ⟪ ⟫ marks a typo (a mistyped number after a personnummer label, check digit fails): neither gold nor trap.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
}

export interface CorpusDocument {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldSpan[];
  /** ⟪ ⟫ spans: findings here count neither as true nor as false positives. */
  readonly typos: readonly GoldSpan[];
}

export const CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus");
export const HELDOUT_CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus-heldout");
/** The public test lists (test/fixtures/external/README.md gives origin and licence). */
export const EXTERNAL_DIR = join(__dirname, "..", "test", "fixtures", "external");

export function parseLabelled(labelled: string): { text: string; gold: GoldSpan[]; typos: GoldSpan[] } {
  let text = "";
  const gold: GoldSpan[] = [];
  const typos: GoldSpan[] = [];
  let open = -1;
  for (const ch of labelled) {
    if (ch === "⟦" || ch === "⟪") open = text.length;
    else if (ch === "⟧" || ch === "⟫") {
      (ch === "⟧" ? gold : typos).push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, gold, typos };
}

export function loadCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, ...parseLabelled(readFileSync(join(dir, name), "utf8")) }));
}
