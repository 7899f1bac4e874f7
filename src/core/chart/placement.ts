/**
 * Where a template's charts go (placeBand): side by side in a band of empty rows under their
 * table. rowExtents says how far each row of a plan reaches — text overflowing into empty
 * cells included — so tests can check that no chart covers a used cell or a text.
 */
import type { CellRect } from "../template/a1";
import { displayWidth } from "../template/grid";
import type { PlanCell } from "../template/types";

/** Chart size in cells: about 480 × 288 points at the default 64 × 20 point cells... widths vary, so this is approximate. */
export const CHART_COLS = 8;
export const CHART_ROWS = 16;

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
