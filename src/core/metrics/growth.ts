/**
 * Growth metrics. Rates come back as decimals. A growth rate or CAGR from a base ≤ 0 is #N/A
 * ("not meaningful"); that rule comes before #DIV/0!, so a zero base is #N/A too.
 * Kernels over plain numbers; each function is declared (name, parameters, help) in
 * src/core/functions/table.ts, which hands them to elementwise().
 */
import { cellError, type CellError } from "../errors";
import { notPositive } from "./coerce";
import { METRICS_MSG } from "./messages";

const GROWTH_BASE_NA: CellError = Object.freeze(cellError("#N/A", METRICS_MSG.growthBase("SEGMENT_GROWTH")));
const CAGR_BASE_NA: CellError = Object.freeze(cellError("#N/A", METRICS_MSG.cagrBase("CAGR")));
const CAGR_YEARS: CellError = notPositive("CAGR", "years");
const CAGR_NEGATIVE_LAST: CellError = Object.freeze(cellError("#NUM!", METRICS_MSG.cagrNegativeLast("CAGR")));

/** current ÷ prior − 1. */
export function segmentGrowthCore(current: number, prior: number): number | CellError {
  return prior <= 0 ? GROWTH_BASE_NA : current / prior - 1;
}

/**
 * (last ÷ first)^(1 ÷ years) − 1, which is Excel's RRI(years, first, last). Checks in order:
 * years ≤ 0 → #NUM! (SPEC), first ≤ 0 → #N/A (not meaningful), last < 0 → #NUM! (as RRI:
 * no real root of a negative ratio). last = 0 gives −1: the figure fell to nothing.
 */
export function cagrCore(first: number, last: number, years: number): number | CellError {
  if (years <= 0) return CAGR_YEARS;
  if (first <= 0) return CAGR_BASE_NA;
  if (last < 0) return CAGR_NEGATIVE_LAST;
  return Math.pow(last / first, 1 / years) - 1;
}
