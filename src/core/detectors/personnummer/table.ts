/**
 * The column a number stands in, when it stands in a pasted table: the header
 * cell above it says what the whole column is ("Personnummer", "Telefon",
 * "Bokningsnr", "OCR").
 *
 * Tables come as text in five shapes, all read the same way: cells separated
 * by tabs (a paste from Excel or from an HTML table), by "|", by ";" or ","
 * (CSV), or aligned with runs of spaces (reports from older systems), plus a
 * single column of values under a heading line ("Telefon:\n070…\n070…").
 * From the number's line the reader walks up through rows of the same shape,
 * past rule lines ("-----", "|---|"), to the first row that reads as a header
 * (words, no long numbers). The result for a row is remembered, so the next
 * row stops at it and a table of any length is read once: linear.
 */
import { classifyLabelPhrase, PHONE_TYPE_HEADERS, type LabelKind } from "./labels";

type Shape = "\t" | "|" | ";" | "," | "  " | "bare";

interface Cell {
  readonly text: string;
  /** Offsets within the line. */
  readonly from: number;
  readonly to: number;
}

interface Header {
  readonly shape: Shape;
  readonly cells: readonly Cell[];
}

/** How far up a header is looked for before the table is taken to have none. */
const MAX_LINES_UP = 400;
const MAX_CHARS_UP = 40_000;

/** A rule line under a header: "-----", "=====", "|---|---|", "+----+". */
const RULE_LINE = /^[ \t>|+:=_-]*[-=_]{3,}[ \t>|+:=_-]*$/;
/** Quoting in front of a line of quoted history. */
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;
/** A heading line over a single column: a few words, no digits, maybe a colon. */
const HEADING = /^[A-Za-zÅÄÖåäöÉéÜü][^0-9\n]{0,46}$/;
/** A bullet or dash in front of a value in a list. */
const BULLET = /^[-*•·]\s+/;

function splitCells(line: string, shape: Shape): Cell[] {
  const cells: Cell[] = [];
  if (shape === "  ") {
    const re = /\S+(?: \S+)*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) cells.push({ text: m[0], from: m.index, to: m.index + m[0].length });
    return cells;
  }
  if (shape === "bare") return [{ text: line.trim(), from: 0, to: line.length }];
  let from = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '"' && (shape === ";" || shape === ",")) quoted = !quoted;
    if (i === line.length || (ch === shape && !quoted)) {
      cells.push({ text: line.slice(from, i).trim(), from, to: i });
      from = i + 1;
    }
  }
  return cells;
}

/**
 * Which shape of row a line is, judged from its own characters. A CSV row has
 * at least two commas and one not followed by a space; prose puts a space
 * after every comma.
 */
function shapeOf(line: string): Shape | undefined {
  if (line.indexOf("\t") >= 0) return "\t";
  if (line.indexOf("|") >= 0) return "|";
  if (line.indexOf(";") >= 0) return ";";
  if (/\S {2,}\S/.test(line)) return "  ";
  const comma = line.indexOf(",");
  if (comma >= 0 && line.indexOf(",", comma + 1) >= 0 && /,[^ ]/.test(line)) return ",";
  return undefined;
}

/** Words and no long numbers: "Namn  Personnummer  Telefon", "Bokningsnr;Datum;Belopp". */
function headerCells(line: string, shape: Shape): Cell[] | undefined {
  if (/[0-9]{5}/.test(line)) return undefined;
  const cells = splitCells(line, shape);
  if (cells.some((c) => c.text.length > 40)) return undefined;
  const worded = cells.filter((c) => /[A-Za-zÅÄÖåäö]{2}/.test(c.text) && !/[0-9]{3}/.test(c.text));
  if (shape === "bare") return HEADING.test(line.trim()) ? cells : undefined;
  const nonEmpty = cells.filter((c) => c.text !== "").length;
  return worded.length >= 2 && worded.length >= nonEmpty - 1 ? cells : undefined;
}

/** Longer lines are not table rows (and reading them per number would cost too much). */
const MAX_ROW = 4000;
/** A line of digits, spaces and number punctuation only: a value alone on its line. */
const VALUE_LINE = /^[-*•·]?[\s0-9+()./-]*[0-9][\s0-9+()./-]*[,;.]?$/;

interface RowLine {
  readonly lineStart: number;
  readonly prefix: number;
  readonly content: string;
  readonly shape: Shape | undefined;
  /** Separators counted so far, up to `countedTo` (offsets within content), for the cell index. */
  countedTo: number;
  count: number;
  quoted: boolean;
  /** Cells of a comma-separated row, counted once. */
  commaCells?: number;
  /** Cells of a space-aligned row, split once. */
  spaceCells?: Cell[];
}

export class TableReader {
  /** The last row resolved: its line start, its shape and the header found for it (null: none). */
  private rowLine = -1;
  private rowShape: Shape | undefined;
  private rowHeader: Header | null = null;
  /** The line of the last number asked about. */
  private row: RowLine | undefined;

  constructor(private readonly text: string) {}

  private rowAt(lineStart: number, lineEnd: number): RowLine {
    if (this.row && this.row.lineStart === lineStart) return this.row;
    const line = this.text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const prefix = (QUOTE_PREFIX.exec(line) as RegExpExecArray)[0].length;
    const content = line.slice(prefix);
    this.row = { lineStart, prefix, content, shape: shapeOf(content), countedTo: 0, count: 0, quoted: false };
    return this.row;
  }

  /** How many separators stand before `at` in the row (outside CSV quotes), counting on from the last call. */
  private cellIndex(row: RowLine, shape: Shape, at: number): number {
    if (at < row.countedTo) {
      row.countedTo = 0;
      row.count = 0;
      row.quoted = false;
    }
    const content = row.content;
    for (let i = row.countedTo; i < at; i++) {
      const ch = content[i];
      if (ch === '"' && (shape === ";" || shape === ",")) row.quoted = !row.quoted;
      else if (ch === shape && !row.quoted) row.count++;
    }
    row.countedTo = at;
    return row.count;
  }

  /**
   * The kind named by the header of the column that holds [start, end) on
   * the line [lineStart, lineEnd), and where the number's own cell starts
   * (for labels inside the cell); undefined when the number is not in a
   * table with a header.
   */
  column(start: number, end: number, lineStart: number, lineEnd: number): { readonly kind: LabelKind; readonly cellStart: number } | undefined {
    if (lineEnd - lineStart > MAX_ROW) return undefined;
    const row = this.rowAt(lineStart, lineEnd);
    const { prefix, content } = row;
    let shape = row.shape;
    if (shape === undefined || shape === ",") {
      // A value alone on its line is a row of a one-column table.
      if (content.length <= 48 && content.replace(BULLET, "").replace(/[,;.]$/, "").trim() === this.text.slice(start, end)) shape = "bare";
      else if (shape === undefined) return undefined;
    }
    const header = this.headerFor(lineStart, shape);
    if (!header) return undefined;
    const at = start - lineStart - prefix;
    let cell: Cell | undefined;
    let cellStart = lineStart + prefix;
    if (shape === "bare") {
      cell = header.cells[0];
    } else if (shape === "  ") {
      // A row with as many cells as the header is read by position in the row (typed tables are not
      // always aligned); otherwise by the header cell the value stands under (a report with empty cells).
      row.spaceCells ??= splitCells(content, "  ");
      const index = row.spaceCells.findIndex((c) => c.from <= at && at < c.to);
      cell = row.spaceCells.length === header.cells.length && index >= 0 ? header.cells[index] : bestOverlap(header.cells, at, at + (end - start));
      const from = Math.max(0, at - 200);
      const lastRun = content.slice(from, at).lastIndexOf("  ");
      if (lastRun >= 0) cellStart = lineStart + prefix + from + lastRun + 2;
    } else {
      // CSV without tabs or bars must have exactly the header's cells, or commas in prose would pass for a table.
      if (shape === ",") {
        row.commaCells ??= splitCells(content, shape).length;
        if (row.commaCells !== header.cells.length) return undefined;
      }
      cell = header.cells[this.cellIndex(row, shape, at)];
      const from = Math.max(0, at - 200);
      const sep = content.slice(from, at).lastIndexOf(shape);
      cellStart = lineStart + prefix + (sep >= 0 ? from + sep + 1 : 0);
    }
    if (!cell) return { kind: "none", cellStart };
    let kind = classifyLabelPhrase(cell.text);
    // "Arbete", "Hem", "Privat" next to a Telefon or Mobil column are telephones too.
    if (kind === "none" && PHONE_TYPE_HEADERS.test(cell.text.replace(/[:.]$/, "")) && header.cells.some((c) => classifyLabelPhrase(c.text) === "phone")) kind = "phone";
    return { kind, cellStart };
  }

  /** The header over the row at `lineStart`, walking up through rows of the same shape. */
  private headerFor(rowStart: number, shape: Shape): Header | null {
    if (rowStart === this.rowLine && shape === this.rowShape) return this.rowHeader;
    const text = this.text;
    let header: Header | null = null;
    let lineStart = rowStart;
    for (let k = 0; k < MAX_LINES_UP && lineStart > 0 && rowStart - lineStart < MAX_CHARS_UP; k++) {
      const prevEnd = lineStart - 1;
      const prevStart = text.lastIndexOf("\n", prevEnd - 1) + 1;
      if (prevStart === this.rowLine && shape === this.rowShape) {
        header = this.rowHeader;
        break;
      }
      const raw = text.slice(prevStart, prevEnd).replace(/\r$/, "");
      const line = raw.slice((QUOTE_PREFIX.exec(raw) as RegExpExecArray)[0].length);
      if (line.trim() === "") {
        // One blank line may stand between a header and its first row.
        if (lineStart !== rowStart) break;
        const aboveStart = prevStart > 0 ? text.lastIndexOf("\n", prevStart - 2) + 1 : -1;
        if (aboveStart < 0) break;
        const aboveRaw = text.slice(aboveStart, prevStart - 1).replace(/\r$/, "");
        const above = aboveRaw.slice((QUOTE_PREFIX.exec(aboveRaw) as RegExpExecArray)[0].length);
        const cells = shape !== "bare" && shapeOf(above) === shape ? headerCells(above, shape) : undefined;
        if (cells) header = { shape, cells };
        break;
      }
      if (line.length <= 200 && RULE_LINE.test(line)) {
        lineStart = prevStart;
        continue;
      }
      const cells = shape === "bare" || shapeOf(line) === shape || (shape === "," && line.indexOf(",") >= 0) ? headerCells(line, shape) : undefined;
      if (cells) {
        header = { shape, cells };
        break;
      }
      // A row of the same shape (or, over one column, another value alone on its line): keep walking.
      const sameShape = shape === "bare" ? line.length <= 64 && VALUE_LINE.test(line.trim()) : shapeOf(line) === shape;
      if (!sameShape) break;
      lineStart = prevStart;
    }
    this.rowLine = rowStart;
    this.rowShape = shape;
    this.rowHeader = header;
    return header;
  }
}

/** The header cell over columns [from, to) of a space-aligned row: the one it overlaps most, else the nearest to its left. */
function bestOverlap(cells: readonly Cell[], from: number, to: number): Cell | undefined {
  let best: Cell | undefined;
  let bestOverlapLength = 0;
  for (const c of cells) {
    const overlap = Math.min(to, c.to) - Math.max(from, c.from);
    if (overlap > bestOverlapLength) {
      best = c;
      bestOverlapLength = overlap;
    }
  }
  if (best) return best;
  let left: Cell | undefined;
  for (const c of cells) if (c.from <= from) left = c;
  return left;
}
