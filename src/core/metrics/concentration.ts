/**
 * Market concentration from market shares given as decimals (35% = 0.35). Blanks are ignored;
 * an error among the shares is the result (one number cannot be right without every share).
 * Shares must not be negative and must not add up to more than 1 (a small tolerance absorbs
 * floating-point sums such as 0.1 + 0.2 + 0.7).
 */
import { cellError, type CellError } from "../errors";
import type { ResultValue } from "../values";
import { NUM, finite, toNumber } from "./coerce";
import { METRICS_MSG } from "./messages";
import { shapeOf, toGrid, type Arg } from "./shape";
import { numberOption } from "./single";

/** Shares may add up to 1 + this before they are rejected. */
export const SHARE_SUM_TOLERANCE = 1e-9;

/** The numbers among `shares` in reading order, or the first problem found. */
export function readShares(shares: Arg, fn: string): number[] | CellError {
  const grid = toGrid(shares);
  const shape = shapeOf(grid, fn, "shares");
  if ("error" in shape) return shape;
  const values: number[] = [];
  let sum = 0;
  for (let r = 0; r < shape.rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < shape.cols; c++) {
      const raw = row[c];
      // x - x === 0 only for finite numbers: those need no reading.
      const v = typeof raw === "number" && raw - raw === 0 ? raw : toNumber(raw, fn, "shares");
      if (v === null) continue;
      if (typeof v !== "number") return v;
      if (v < 0) return cellError("#VALUE!", METRICS_MSG.negativeShare(fn, v));
      values.push(v);
      sum += v;
    }
  }
  if (values.length === 0) return cellError("#N/A", METRICS_MSG.noShares(fn));
  if (!Number.isFinite(sum)) return NUM;
  if (sum > 1 + SHARE_SUM_TOLERANCE) return cellError("#VALUE!", METRICS_MSG.sharesOverOne(fn, sum));
  return values;
}

/** Herfindahl–Hirschman index on the 0–10,000 scale: Σ(100 × share)². */
export function hhiCore(shares: readonly number[]): number {
  let total = 0;
  for (const s of shares) total += 100 * s * (100 * s);
  return total;
}

/**
 * Sum of the n largest shares (CR-n); with fewer than n shares, the sum of them all. The largest
 * are added first. A typed array sorts numbers without a comparator call per comparison.
 */
export function topShareCore(shares: readonly number[], n: number): number {
  const sorted = Float64Array.from(shares).sort(); // ascending: the largest at the end
  const last = sorted.length - 1;
  let total = 0;
  for (let k = 0; k < Math.min(n, sorted.length); k++) total += sorted[last - k]!;
  return total;
}

export function hhi(shares: Arg): ResultValue {
  const values = readShares(shares, "HHI");
  if (!Array.isArray(values)) return values;
  return finite(hhiCore(values));
}

/** n must be a whole number ≥ 1 (else #NUM!, as Excel's LARGE); a blank n is #VALUE!. */
export function topShare(shares: Arg, n: Arg | undefined): ResultValue {
  const fn = "TOP_SHARE";
  const values = readShares(shares, fn);
  if (!Array.isArray(values)) return values;
  const count = numberOption(n, fn, "n");
  if (typeof count !== "number") return count;
  if (count < 1 || !Number.isInteger(count)) return cellError("#NUM!", METRICS_MSG.wholeNumber(fn, "n"));
  return finite(topShareCore(values, count));
}
