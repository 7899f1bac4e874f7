/**
 * Metrics over a set of segments, where each position's result depends on a total:
 * SEGMENT_MIX (share of the total) and GROWTH_CONTRIBUTION (share of total growth).
 *
 * Totals are taken over the positions that hold numbers. Blanks are ignored (SPEC), and so are
 * positions holding an error: they show their error, the other positions are still computed
 * (SPEC section 2), from the total of what is known.
 */
import { cellError } from "../errors";
import type { CellValue, ResultGrid, ResultValue } from "../values";
import { NUM, finite, toNumber } from "./coerce";
import { numberAt, prepare } from "./elementwise";
import { METRICS_MSG } from "./messages";
import { fillGrid } from "./result-grid";
import { shapeOf, toGrid, type Arg } from "./shape";

/** Each value ÷ the sum of the values; blank in → blank out; a zero sum gives #DIV/0!. */
export function segmentMix(values: Arg): ResultGrid {
  const fn = "SEGMENT_MIX";
  const grid = toGrid(values);
  const shape = shapeOf(grid, fn, "values");
  if ("error" in shape) return [[shape]];
  const { rows, cols } = shape;
  // Two passes over the range (the total, then the shares) rather than a converted copy of it:
  // a finite number needs no reading, anything else is read again in the second pass.
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < cols; c++) {
      const raw = row[c];
      if (typeof raw === "number" && raw - raw === 0) sum += raw;
      else {
        const v = toNumber(raw, fn, "values");
        if (typeof v === "number") sum += v;
      }
    }
  }
  // The total overflowed (no share is right) or is zero.
  const problem = !Number.isFinite(sum) ? NUM : sum === 0 ? cellError("#DIV/0!", METRICS_MSG.sumIsZero(fn, "values")) : undefined;
  const share = (raw: CellValue | undefined): ResultValue => {
    const v = typeof raw === "number" && raw - raw === 0 ? raw : toNumber(raw, fn, "values");
    if (v === null) return "";
    if (typeof v !== "number") return v;
    return problem ?? finite(v / sum);
  };
  return fillGrid(rows, cols, (r, c) => share(grid[r]![c]));
}

/**
 * (current − prior) ÷ Σprior: each segment's contribution to total growth, so the results add up
 * to Σcurrent ÷ Σprior − 1 over the same positions. The sums run over positions where both
 * figures are numbers; a total prior ≤ 0 makes every contribution #N/A (growth from it is not
 * meaningful). A single value is broadcast like any figure argument.
 */
export function growthContribution(current: Arg, prior: Arg): ResultGrid {
  const fn = "GROWTH_CONTRIBUTION";
  const p = prepare(fn, ["current", "prior"], [current, prior]);
  if ("error" in p) return [[p]];
  const { rows, cols } = p.shape;
  // Two passes (the total prior, then the contributions), reading the arguments in each.
  let priorSum = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const a = numberAt(p, 0, r, c);
      const b = numberAt(p, 1, r, c);
      if (typeof a === "number" && typeof b === "number") priorSum += b;
    }
  }
  const baseError = !Number.isFinite(priorSum)
    ? NUM
    : priorSum <= 0
      ? cellError("#N/A", METRICS_MSG.totalGrowthBase(fn))
      : undefined;
  return fillGrid(rows, cols, (r, c): ResultValue => {
    const a = numberAt(p, 0, r, c);
    const b = numberAt(p, 1, r, c);
    if (a !== null && typeof a !== "number") return a;
    if (b !== null && typeof b !== "number") return b;
    if (a === null || b === null) return "";
    return baseError ?? finite((a - b) / priorSum);
  });
}
