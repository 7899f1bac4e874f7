/**
 * Where a template's charts go: stacked (one empty row between them) one empty column to the
 * right of the cells beside them, as high up the sheet as they can sit while starting within
 * MAX_CHART_COL — so a wide financials table does not push them off screen: they then start
 * below it, beside the narrow tables further down. Computed from how far each row reaches
 * (text overflowing into empty cells included), so a chart covers no used cell and no text.
 */
import type { CellRect } from "../template/a1";
import { displayWidth } from "../template/grid";
import type { PlanCell } from "../template/types";

/** Chart size in cells: about 480 × 288 points at the default 64 × 20 point cells... widths vary, so this is approximate. */
export const CHART_COLS = 8;
export const CHART_ROWS = 16;

/** The left edge a chart may start at and still be on screen beside the tables (0-based: column AE). */
export const MAX_CHART_COL = 30;

/** Excel's default column width in points, for columns the plan does not size. */
const DEFAULT_WIDTH = 48;

const empty = (c: PlanCell | undefined) => c === undefined || c.kind === "blank";

/**
 * How many columns each row reaches: its last non-empty cell, or further where a text runs on
 * into the empty cells to its right (Excel shows it there) — except in `wrapped` rectangles,
 * whose text wraps in its cell. Text width is estimated as the column widths are (6.5 points
 * per character, CJK double).
 */
export function rowExtents(cells: readonly (readonly PlanCell[])[], widths: readonly number[], wrapped: readonly CellRect[] = []): number[] {
  const widthOf = (c: number) => widths[c] ?? DEFAULT_WIDTH;
  const wraps = (r: number, c: number) => wrapped.some((w) => r >= w.row && r < w.row + w.rowCount && c >= w.col && c < w.col + w.colCount);
  return cells.map((row, r) => {
    let reach = 0;
    row.forEach((cell, c) => {
      if (empty(cell)) return;
      let end = c + 1;
      if (cell.kind === "text" && !wraps(r, c)) {
        let room = widthOf(c);
        const needed = displayWidth(cell.text) * 6.5 + 10;
        while (room < needed && empty(row[end])) room += widthOf(end++);
      }
      reach = Math.max(reach, end);
    });
    return reach;
  });
}

/**
 * Positions of `count` charts stacked beside rows reaching `extents`: the first start row at
 * which the whole stack fits starting within `maxCol`, one empty column right of every row
 * it spans. Rows past the grid reach nothing, so such a row always exists.
 */
export function placeCharts(
  extents: readonly number[],
  count: number,
  size: { rows: number; cols: number } = { rows: CHART_ROWS, cols: CHART_COLS },
  maxCol: number = MAX_CHART_COL,
): CellRect[] {
  if (count <= 0) return [];
  const height = count * size.rows + (count - 1);
  const colFrom = (start: number): number => {
    let reach = 0;
    for (let r = start; r < Math.min(extents.length, start + height); r++) reach = Math.max(reach, extents[r]!);
    return reach + 1;
  };
  let row = 0;
  while (row < extents.length && colFrom(row) > maxCol) row++;
  const col = colFrom(row);
  return Array.from({ length: count }, (_, i) => ({ row: row + i * (size.rows + 1), col, rowCount: size.rows, colCount: size.cols }));
}

/** Width a template chart aims for, in points (about 6 inches: readable at 100% and on a printed page). */
export const BAND_CHART_WIDTH = 440;

/**
 * Charts side by side in a band of empty rows starting at `row`: each from the column the
 * previous one ended at, spanning enough columns (at `widths`, default width beyond them) to
 * reach BAND_CHART_WIDTH points (or four fifths of it, ending at the last used column). The band's rows hold nothing, so the charts cover no cell.
 */
export function placeBand(row: number, count: number, widths: readonly number[], rows: number = CHART_ROWS): CellRect[] {
  const out: CellRect[] = [];
  let col = 0;
  for (let i = 0; i < count; i++) {
    let w = 0;
    let n = 0;
    // At the sheet's last used column, four fifths of the width will do: the printed page
    // then stays as wide as the tables.
    while (w < BAND_CHART_WIDTH && !(col + n >= widths.length && w >= 0.8 * BAND_CHART_WIDTH)) w += widths[col + n++] ?? DEFAULT_WIDTH;
    out.push({ row, col, rowCount: rows, colCount: n });
    col += n;
  }
  return out;
}
