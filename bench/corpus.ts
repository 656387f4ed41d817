/**
 * Loads the labelled corpora: strips the markers and keeps where they stood.
 *
 * - ⟦ ⟧ wraps a real identity number: a gold span.
 * - ⟪ ⟫ marks a typo (a mistyped number after a personnummer label, check digit fails): neither gold nor trap.
 * - ⦅class:…⦆ (the look-alike corpus) marks a deliberate look-alike trap of a named class; the class
 *   name and its colon belong to the marker, the rest is message text. Unmarked numbers are traps too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
}

/** A marked look-alike: "otherlabel", "url", "logstamp" … */
export interface TrapSpan extends GoldSpan {
  readonly trapClass: string;
}

export interface CorpusDocument {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldSpan[];
  /** ⟪ ⟫ spans: findings here count neither as true nor as false positives. */
  readonly typos: readonly GoldSpan[];
  /** ⦅class:…⦆ spans (empty in corpora without them): findings here are false positives, counted per class. */
  readonly traps: readonly TrapSpan[];
}

export const CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus");
export const HELDOUT_CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus-heldout");
/** Written blind to the detector: numbers that only look like personnummer (its README gives the grammar). */
export const LOOKALIKE_CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus-lookalike");
export const LOOKALIKE2_CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus-lookalike2");
export const LOOKALIKE3_CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus-lookalike3");
export const LOOKALIKE4_CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus-lookalike4");
export const LOOKALIKE5_CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus-lookalike5");
/** The public test lists (test/fixtures/external/README.md gives origin and licence). */
export const EXTERNAL_DIR = join(__dirname, "..", "test", "fixtures", "external");

const TRAP_CLASS = /^[a-z]+:/;

export function parseLabelled(labelled: string): { text: string; gold: GoldSpan[]; typos: GoldSpan[]; traps: TrapSpan[] } {
  let text = "";
  const gold: GoldSpan[] = [];
  const typos: GoldSpan[] = [];
  const traps: TrapSpan[] = [];
  let open = -1;
  let trapOpen = -1;
  let trapClass = "";
  let i = 0;
  while (i < labelled.length) {
    const ch = labelled[i] as string;
    if (ch === "⟦" || ch === "⟪") {
      open = text.length;
    } else if (ch === "⟧" || ch === "⟫") {
      if (open < 0) throw new Error(`unbalanced ${ch} at ${i}`);
      (ch === "⟧" ? gold : typos).push({ start: open, end: text.length });
      open = -1;
    } else if (ch === "⦅") {
      const m = TRAP_CLASS.exec(labelled.slice(i + 1, i + 40));
      if (!m) throw new Error(`a trap marker without a class at ${i}`);
      trapOpen = text.length;
      trapClass = m[0].slice(0, -1);
      i += 1 + m[0].length;
      continue;
    } else if (ch === "⦆") {
      if (trapOpen < 0) throw new Error(`unbalanced ⦆ at ${i}`);
      traps.push({ start: trapOpen, end: text.length, trapClass });
      trapOpen = -1;
    } else {
      text += ch;
    }
    i++;
  }
  if (open >= 0 || trapOpen >= 0) throw new Error("a marker is not closed");
  return { text, gold, typos, traps };
}

export function loadCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, ...parseLabelled(readFileSync(join(dir, name), "utf8")) }));
}
