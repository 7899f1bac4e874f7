/**
 * The analytic functions behind CAPCYCLE.*: pure, Office-free, errors as values. Figure
 * arguments take a single value or a grid; results are grids of the same shape (or one value
 * for HHI, TOP_SHARE and CYCLE_PHASE). The element-by-element ones run as the function table
 * (src/core/functions/table.ts) declares them, so a typed call here and a CAPCYCLE formula
 * take the same path.
 */
import { metricDecl, type MetricName } from "../functions/table";
import type { ResultGrid } from "../values";
import type { Arg } from "./shape";

function grid(name: MetricName, args: readonly (Arg | undefined)[]): ResultGrid {
  const result = metricDecl(name).run(args);
  if (!Array.isArray(result)) throw new Error(`${name} returned one value where the table declares a grid`);
  return result;
}

export const capexDaRatio = (capex: Arg, da: Arg): ResultGrid => grid("CAPEX_DA_RATIO", [capex, da]);
export const capexIntensity = (capex: Arg, revenue: Arg): ResultGrid => grid("CAPEX_INTENSITY", [capex, revenue]);
export const netInvestment = (capex: Arg, da: Arg): ResultGrid => grid("NET_INVESTMENT", [capex, da]);
export const freeCashFlow = (ocf: Arg, capex: Arg): ResultGrid => grid("FREE_CASH_FLOW", [ocf, capex]);
export const cashConversion = (ocf: Arg, netProfit: Arg): ResultGrid => grid("CASH_CONVERSION", [ocf, netProfit]);
export const rdCapitalization = (capitalized: Arg, total: Arg): ResultGrid => grid("RD_CAPITALIZATION", [capitalized, total]);
/** `days` omitted (undefined) or blank → 365; use 181 for a half year. */
export const receivableDays = (receivables: Arg, revenue: Arg, days?: Arg): ResultGrid => grid("RECEIVABLE_DAYS", [receivables, revenue, days]);
export const goodwillToEquity = (goodwill: Arg, equity: Arg): ResultGrid => grid("GOODWILL_TO_EQUITY", [goodwill, equity]);
export const segmentGrowth = (current: Arg, prior: Arg): ResultGrid => grid("SEGMENT_GROWTH", [current, prior]);
export const cagr = (first: Arg, last: Arg, years: Arg): ResultGrid => grid("CAGR", [first, last, years]);

export { DEFAULT_RECEIVABLE_DAYS } from "./quality";
export { segmentMix, growthContribution } from "./segments";
export { hhi, topShare, SHARE_SUM_TOLERANCE } from "./concentration";
export { CYCLE_PHASE_LABELS } from "./messages";
export { cyclePhase, classifyCyclePhase, DEFAULT_HIGH, DEFAULT_LOW, type CyclePhase } from "./cycle-phase";
export { parseNumericText, toNumber } from "./coerce";
export type { Arg, Shape } from "./shape";
