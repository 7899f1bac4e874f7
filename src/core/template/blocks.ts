/**
 * The rectangles a template is written in: one per band of consecutive non-empty rows (the
 * header, then each section), each as wide as its widest row. Writing these instead of the
 * whole used rectangle skips the empty cells to the right of narrow sections (the sources
 * table beside a wide segments table), while the number of writes stays fixed — one block
 * per section, whatever the company's size.
 */
import type { CellRect } from "./a1";
import type { PlanCell } from "./types";

const used = (c: PlanCell | undefined) => c !== undefined && (c.kind !== "blank" || c.format !== undefined);

export function planBands(cells: readonly (readonly PlanCell[])[]): CellRect[] {
  const bands: CellRect[] = [];
  let start = -1;
  let width = 0;
  const close = (end: number) => {
    if (start >= 0) bands.push({ row: start, col: 0, rowCount: end - start, colCount: width });
    start = -1;
    width = 0;
  };
  cells.forEach((row, r) => {
    let last = -1;
    row.forEach((c, i) => {
      if (used(c)) last = i;
    });
    if (last < 0) return close(r);
    if (start < 0) start = r;
    width = Math.max(width, last + 1);
  });
  close(cells.length);
  return bands;
}
