/**
 * Metrics over a set of segments, where each position's result depends on a total:
 * SEGMENT_MIX (share of the total) and GROWTH_CONTRIBUTION (share of total growth).
 *
 * Totals are taken over the positions that hold numbers. Blanks are ignored (SPEC), and so are
 * positions holding an error: they show their error, the other positions are still computed
 * (SPEC section 2), from the total of what is known.
 */
import { cellError, type CellError } from "../errors";
import type { ResultGrid, ResultValue } from "../values";
import { DIV0, NUM, finite, toNumber } from "./coerce";
import { numberAt, prepare } from "./elementwise";
import { metricMessages } from "./messages";
import { shapeOf, toGrid, type Arg } from "./shape";

/** Each value ÷ the sum of the values; blank in → blank out; a zero sum gives #DIV/0!. */
export function segmentMix(values: Arg): ResultGrid {
  const fn = "SEGMENT_MIX";
  const grid = toGrid(values);
  const shape = shapeOf(grid, fn, "values");
  if ("error" in shape) return [[shape]];
  const read = grid.map((row) => row.map((v) => toNumber(v, fn, "values")));
  let sum = 0;
  for (const row of read) for (const v of row) if (typeof v === "number") sum += v;
  return read.map((row) =>
    row.map((v): ResultValue => {
      if (v === null) return "";
      if (typeof v !== "number") return v;
      if (!Number.isFinite(sum)) return NUM; // the total overflowed: no share is right
      return sum === 0 ? DIV0 : finite(v / sum);
    }),
  );
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
  const cur: (number | null | CellError)[][] = [];
  const pri: (number | null | CellError)[][] = [];
  let priorSum = 0;
  for (let r = 0; r < rows; r++) {
    cur.push([]);
    pri.push([]);
    for (let c = 0; c < cols; c++) {
      const a = numberAt(p, 0, r, c);
      const b = numberAt(p, 1, r, c);
      cur[r]!.push(a);
      pri[r]!.push(b);
      if (typeof a === "number" && typeof b === "number") priorSum += b;
    }
  }
  const baseError = !Number.isFinite(priorSum)
    ? NUM
    : priorSum <= 0
      ? cellError("#N/A", metricMessages.totalGrowthBase(fn))
      : undefined;
  const out: ResultGrid = [];
  for (let r = 0; r < rows; r++) {
    const row: ResultValue[] = [];
    for (let c = 0; c < cols; c++) {
      const a = cur[r]![c]!;
      const b = pri[r]![c]!;
      if (a !== null && typeof a !== "number") row.push(a);
      else if (b !== null && typeof b !== "number") row.push(b);
      else if (a === null || b === null) row.push("");
      else row.push(baseError ?? finite((a - b) / priorSum));
    }
    out.push(row);
  }
  return out;
}
