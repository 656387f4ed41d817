/** Loads the labelled corpus: strips the ⟦ ⟧ markers and keeps where they stood as gold spans. */
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
}

export const CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus");

export function parseLabelled(labelled: string): { text: string; gold: GoldSpan[] } {
  let text = "";
  const gold: GoldSpan[] = [];
  let open = -1;
  for (const ch of labelled) {
    if (ch === "⟦") open = text.length;
    else if (ch === "⟧") {
      gold.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, gold };
}

export function loadCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, ...parseLabelled(readFileSync(join(dir, name), "utf8")) }));
}
