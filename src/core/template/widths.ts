/**
 * Column widths and row heights of a template sheet, in points, from its content (the printed
 * pages: print.ts). Text is measured as Excel's default font draws it, roughly: 6.5 points a character,
 * CJK and full-width characters double (displayWidth).
 *
 * - The label column (A) fits the longest label of the tables, up to LABEL_MAX_CHARS — so no
 *   label wraps at 100% zoom except the very longest.
 * - Other columns fit their numbers and period headers; text in the long tables (other
 *   figures, sources) counts only up to TEXT_MAX_CHARS and wraps, so a note does not make a
 *   column of numbers wide — except a wide text column past the period columns (the sources'
 *   note), which may grow to NOTE_MAX_CHARS.
 * - Rows whose wrapped text needs more than one line get a height that shows every line.
 */
import type { CellRect } from "./a1";
import { displayWidth, type SheetGrid } from "./grid";

export const LABEL_MAX_CHARS = 46;
export const TEXT_MAX_CHARS = 14;
/**
 * The sources' note: 52 characters (348 points), so a conflict note takes fewer lines; the
 * printed width grows a little, the sources pages shrink more (Aier: 7 pages, not 9 at 40).
 */
export const NOTE_MAX_CHARS = 52;
export const POINTS_PER_CHAR = 6.5;
/** For wrapping, the average drawn character (widths above are generous so nothing is cut). */
const WRAP_POINTS_PER_CHAR = 5.8;
export const LINE_HEIGHT = 15;
const PADDING = 10;
const MIN_WIDTH = 56;

export const pointsFor = (chars: number) => Math.round(chars * POINTS_PER_CHAR + PADDING);
/** How many characters fit in `width` points: the inverse of pointsFor (at least one). */
export const charsFor = (width: number) => Math.max(1, Math.floor((width - PADDING) / POINTS_PER_CHAR));

/** The width a number shows at: its digits with grouping and two decimals (a formula: a typical ratio or amount). */
function numberChars(value: number | null): number {
  if (value === null) return 8;
  const s = Math.abs(value) >= 1 ? Math.round(Math.abs(value) * 100) / 100 : value;
  return s.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).length + 1;
}

export interface WidthSpec {
  /** Rows whose text runs on into empty cells (header block, titles, source legend): never measured. */
  readonly skipRows: ReadonlySet<number>;
  /** Columns whose text may grow to NOTE_MAX_CHARS. */
  readonly noteColumns: ReadonlySet<number>;
}

export function sheetColumnWidths(grid: SheetGrid, rows: number, cols: number, spec: WidthSpec): number[] {
  const out: number[] = [];
  for (let c = 0; c < cols; c++) {
    const cap = c === 0 ? LABEL_MAX_CHARS : spec.noteColumns.has(c) ? NOTE_MAX_CHARS : TEXT_MAX_CHARS;
    let chars = 0;
    for (let r = 0; r < rows; r++) {
      if (spec.skipRows.has(r)) continue;
      const cell = grid.get(r, c);
      if (!cell) continue;
      const w =
        cell.kind === "text"
          ? Math.min(displayWidth(cell.text), cap)
          : cell.kind === "number"
            ? numberChars(cell.value)
            : cell.kind === "formula"
              ? numberChars(null)
              : 0;
      chars = Math.max(chars, w);
    }
    out.push(Math.max(MIN_WIDTH, pointsFor(chars)));
  }
  return out;
}

/** Lines a text takes in a column of `width` points (word wrap loses a little on each line). */
export function linesIn(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - PADDING) / WRAP_POINTS_PER_CHAR));
  return text.split("\n").reduce((n, part) => {
    const w = displayWidth(part);
    return n + (w <= perLine ? 1 : Math.ceil((w * 1.1) / perLine));
  }, 0);
}

/** Heights of the rows of `wrapped` rectangles whose text needs more than one line. */
export function wrappedRowHeights(grid: SheetGrid, widths: readonly number[], wrapped: readonly CellRect[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const w of wrapped)
    for (let r = w.row; r < w.row + w.rowCount; r++) {
      let lines = 1;
      for (let c = w.col; c < w.col + w.colCount; c++) {
        const cell = grid.get(r, c);
        if (cell?.kind === "text") lines = Math.max(lines, linesIn(cell.text, widths[c] ?? MIN_WIDTH));
      }
      if (lines > 1) out[r] = Math.max(out[r] ?? 0, lines * LINE_HEIGHT);
    }
  return out;
}

/** Default row height in points. */
export const ROW_HEIGHT = 15;
