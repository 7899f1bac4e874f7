/**
 * Where charts go: to the right of everything used, one empty column apart, stacked with
 * one empty row between them. Computed from the used rectangle, so a chart never covers a
 * used cell.
 */
import type { CellRect } from "../template/a1";

/** Chart size in cells: about 480 × 288 points at the default 64 × 20 point cells... widths vary, so this is approximate. */
export const CHART_COLS = 8;
export const CHART_ROWS = 16;

/** The rectangle of the `index`-th chart beside `used` (used = the rectangle of used cells). */
export function chartSlot(used: CellRect, index: number, size: { rows: number; cols: number } = { rows: CHART_ROWS, cols: CHART_COLS }): CellRect {
  return {
    row: used.row + index * (size.rows + 1),
    col: used.col + used.colCount + 1,
    rowCount: size.rows,
    colCount: size.cols,
  };
}
