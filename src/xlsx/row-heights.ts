/**
 * Heights for rows whose text wraps. In Excel, writing a long text into a wrapped cell (what
 * "Load template" does) grows its row; a file carries no such growth unless it stores the
 * height, and LibreOffice then draws the lines of a wrapped label over the rows below it.
 * Estimated from the characters as they print, not as the plan sizes columns (grid.ts counts
 * 6.5 points a character to be safe, so a text it capped at a column's width often still fits
 * on one line): Calibri 11 averages about 5.5 points a character and CJK glyphs are 11 points
 * (two units of displayWidth), with about 5 points of cell padding.
 */
import { parseRect, type CellRect } from "../core/template/a1";
import { displayWidth } from "../core/template/grid";
import type { TemplatePlan } from "../core/template/types";

/** One line of Calibri 11 (Excel's default row height), and of the CJK font that stands in for it. */
const LINE_PT = 15;
const CJK_LINE_PT = 16;
const CHAR_PT = 5.5;
const PADDING_PT = 5;
const DEFAULT_COL_PT = 48;

const hasCjk = (s: string) => displayWidth(s) > [...s].length;

/** Lines a text takes in a wrapped cell `widthPt` wide (its own line breaks included). */
export function wrappedLines(text: string, widthPt: number): number {
  const room = Math.max(1, widthPt - PADDING_PT);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((displayWidth(part) * CHAR_PT) / room)), 0);
}

/** 0-based row → height in points, for rows where some wrapped text needs more than one line. */
export function wrappedRowHeights(plan: TemplatePlan): Map<number, number> {
  const wrapped: CellRect[] = plan.formats.flatMap((f) => (f.wrap ? [parseRect(f.range)].filter((r): r is CellRect => r !== null) : []));
  const out = new Map<number, number>();
  for (const rect of wrapped)
    for (let r = rect.row; r < rect.row + rect.rowCount; r++)
      for (let c = rect.col; c < rect.col + rect.colCount; c++) {
        const cell = plan.cells[r]?.[c];
        if (cell?.kind !== "text") continue;
        const lines = wrappedLines(cell.text, plan.columnWidths[c] ?? DEFAULT_COL_PT);
        if (lines < 2) continue;
        const height = lines * (hasCjk(cell.text) ? CJK_LINE_PT : LINE_PT);
        out.set(r, Math.max(out.get(r) ?? 0, height));
      }
  return out;
}
