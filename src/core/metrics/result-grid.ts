/**
 * Building result grids fast, and marking the ones with no error value.
 *
 * The mark: a metric knows while filling a grid whether it holds only finite numbers (never −0)
 * and text ("" for a blank), so it marks the grid, and the custom-functions edge returns a
 * marked grid to Excel as it is instead of scanning every position again. A grid is marked
 * only once complete and is never changed afterwards; an unmarked grid is simply scanned.
 *
 * The rows: a range's result is one array per row, the only allocation a metric over a range
 * cannot avoid. V8 gives each array literal in the code one element kind, which widens for good
 * once the literal has held text or an error; from then on every number it holds is boxed (a
 * second allocation per position). So a row of one number comes from a literal that only ever
 * holds numbers, and any other one-value row from `rowOf`.
 */
import type { ResultGrid, ResultValue } from "../values";

const clean = new WeakSet<ResultGrid>();

/** Marks `grid` as holding no error value and returns it. */
export function markClean(grid: ResultGrid): ResultGrid {
  clean.add(grid);
  return grid;
}

/** True when a metric marked `grid` as holding only finite numbers and text. */
export function isMarkedClean(grid: ResultGrid): boolean {
  return clean.has(grid);
}

/** A result row of one value that may be text or an error (see above). */
export function rowOf(value: ResultValue): ResultValue[] {
  return [value];
}

/**
 * A rows × cols result from a value per position (computed in reading order), marked when it
 * holds no error.
 */
export function fillGrid(rows: number, cols: number, at: (r: number, c: number) => ResultValue): ResultGrid {
  const out: ResultGrid = new Array<ResultValue[]>(rows);
  let errors = 0;
  for (let r = 0; r < rows; r++) {
    if (cols === 1) {
      const v = at(r, 0);
      if (typeof v === "number") out[r] = [v];
      else {
        if (typeof v === "object") errors++;
        out[r] = rowOf(v);
      }
      continue;
    }
    const row: ResultValue[] = new Array<ResultValue>(cols);
    for (let c = 0; c < cols; c++) {
      const v = at(r, c);
      if (typeof v === "object") errors++;
      row[c] = v;
    }
    out[r] = row;
  }
  return errors === 0 ? markClean(out) : out;
}
