/**
 * The analytic functions behind CAPCYCLE.*: pure, Office-free, errors as values. Figure
 * arguments take a single value or a grid; results are grids of the same shape (or one value
 * for HHI, TOP_SHARE and CYCLE_PHASE).
 */
export { capexDaRatio, capexIntensity, netInvestment, freeCashFlow } from "./capital";
export { cashConversion, rdCapitalization, receivableDays, goodwillToEquity, DEFAULT_RECEIVABLE_DAYS } from "./quality";
export { segmentGrowth, cagr } from "./growth";
export { segmentMix, growthContribution } from "./segments";
export { hhi, topShare, SHARE_SUM_TOLERANCE } from "./concentration";
export { cyclePhase, classifyCyclePhase, CYCLE_PHASE_LABELS, DEFAULT_HIGH, DEFAULT_LOW, type CyclePhase } from "./cycle-phase";
export { parseNumericText, toNumber } from "./coerce";
export { METRICS, METRIC_NAMES, predictShape, type MetricEntry, type MetricName } from "./table";
export type { Arg, Shape } from "./shape";
