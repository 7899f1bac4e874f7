/**
 * The CAPCYCLE custom functions as Excel sees them: one JSDoc wrapper per function of the
 * function table (src/core/functions/table.ts), which declares everything else. The JSDoc texts
 * are the table's English texts word for word: custom-functions-metadata generates
 * functions.json from them (and injects the CustomFunctions.associate calls);
 * test/functions/metadata.test.ts holds the two equal. Each wrapper hands its arguments to
 * invoke.ts, which converts them as the table declares, calls the core function and converts
 * the result back. Adding a function: one table entry, one wrapper here.
 *
 * Figure parameters are `unknown[][]` (JSON type any, dimensionality matrix): Excel then passes
 * numbers, text, booleans, blanks and (with allowErrorForDataTypeAny) errors unconverted, so the
 * SPEC's per-position rules apply. Option parameters are scalar `unknown`. Results are `unknown`
 * / `unknown[][]` (type any) because a position may hold a number, text or an error.
 * No top-level code touches Office: this module loads before, and without, Office.
 * The data functions (DATA … FIELDS) return promises: they await the dataset chunk
 * (dataset-link.ts), so registration never waits for the seed data.
 */
import { callDataGrid, callDataScalar, callGrid, callScalar } from "./invoke";

/**
 * Capex ÷ depreciation and amortization, both as magnitudes. Above 1 the asset base grows. Works element by element on ranges.
 * @customfunction CAPEX_DA_RATIO
 * @param capex Capital expenditure: a value or a range (either sign).
 * @param depreciation_amortization Depreciation and amortization: a value or a range of the same shape.
 * @returns The ratio at each position.
 */
export function capexDaRatioFn(capex: unknown[][], depreciation_amortization: unknown[][]): unknown[][] {
  return callGrid("CAPEX_DA_RATIO", [capex, depreciation_amortization]);
}

/**
 * Growth rate current ÷ prior − 1, as a decimal. A prior of 0 or less gives #N/A.
 * @customfunction SEGMENT_GROWTH
 * @param current Current-period values: a value or a range.
 * @param prior Prior-period values: a value or a range of the same shape.
 * @returns The growth rate at each position.
 */
export function segmentGrowthFn(current: unknown[][], prior: unknown[][]): unknown[][] {
  return callGrid("SEGMENT_GROWTH", [current, prior]);
}

/**
 * Each value's share of the total of the values; blanks are ignored.
 * @customfunction SEGMENT_MIX
 * @param values Segment values: a range.
 * @returns Each value's share, same shape as values.
 */
export function segmentMixFn(values: unknown[][]): unknown[][] {
  return callGrid("SEGMENT_MIX", [values]);
}

/**
 * Each segment's contribution to total growth: (current − prior) ÷ total prior. The results add up to total growth.
 * @customfunction GROWTH_CONTRIBUTION
 * @param current Current-period segment values: a range.
 * @param prior Prior-period segment values: a range of the same shape.
 * @returns Each segment's contribution.
 */
export function growthContributionFn(current: unknown[][], prior: unknown[][]): unknown[][] {
  return callGrid("GROWTH_CONTRIBUTION", [current, prior]);
}

/**
 * Compound annual growth rate (last ÷ first)^(1 ÷ years) − 1, as Excel's RRI. Years of 0 or less give #NUM!.
 * @customfunction CAGR
 * @param first First (starting) value: a value or a range.
 * @param last Last (ending) value: a value or a range.
 * @param years Number of years between first and last.
 * @returns The CAGR at each position.
 */
export function cagrFn(first: unknown[][], last: unknown[][], years: unknown[][]): unknown[][] {
  return callGrid("CAGR", [first, last, years]);
}

/**
 * Capex intensity: capex (as a magnitude) ÷ revenue.
 * @customfunction CAPEX_INTENSITY
 * @param capex Capital expenditure: a value or a range (either sign).
 * @param revenue Revenue: a value or a range of the same shape.
 * @returns The intensity at each position.
 */
export function capexIntensityFn(capex: unknown[][], revenue: unknown[][]): unknown[][] {
  return callGrid("CAPEX_INTENSITY", [capex, revenue]);
}

/**
 * Net investment: capex minus depreciation and amortization, both as magnitudes.
 * @customfunction NET_INVESTMENT
 * @param capex Capital expenditure: a value or a range (either sign).
 * @param depreciation_amortization Depreciation and amortization: a value or a range of the same shape.
 * @returns The net investment at each position.
 */
export function netInvestmentFn(capex: unknown[][], depreciation_amortization: unknown[][]): unknown[][] {
  return callGrid("NET_INVESTMENT", [capex, depreciation_amortization]);
}

/**
 * Cash conversion: operating cash flow ÷ net profit.
 * @customfunction CASH_CONVERSION
 * @param operating_cash_flow Operating cash flow: a value or a range.
 * @param net_profit Net profit: a value or a range of the same shape.
 * @returns The ratio at each position.
 */
export function cashConversionFn(operating_cash_flow: unknown[][], net_profit: unknown[][]): unknown[][] {
  return callGrid("CASH_CONVERSION", [operating_cash_flow, net_profit]);
}

/**
 * Free cash flow: operating cash flow minus capex (as a magnitude).
 * @customfunction FREE_CASH_FLOW
 * @param operating_cash_flow Operating cash flow: a value or a range.
 * @param capex Capital expenditure: a value or a range of the same shape (either sign).
 * @returns The free cash flow at each position.
 */
export function freeCashFlowFn(operating_cash_flow: unknown[][], capex: unknown[][]): unknown[][] {
  return callGrid("FREE_CASH_FLOW", [operating_cash_flow, capex]);
}

/**
 * Share of R&D capitalized: capitalized R&D ÷ total R&D.
 * @customfunction RD_CAPITALIZATION
 * @param capitalized Capitalized R&D: a value or a range.
 * @param total Total R&D spending: a value or a range of the same shape.
 * @returns The share at each position.
 */
export function rdCapitalizationFn(capitalized: unknown[][], total: unknown[][]): unknown[][] {
  return callGrid("RD_CAPITALIZATION", [capitalized, total]);
}

/**
 * Days sales outstanding: receivables ÷ revenue × days.
 * @customfunction RECEIVABLE_DAYS
 * @param receivables Accounts receivable: a value or a range.
 * @param revenue Revenue of the period: a value or a range of the same shape.
 * @param days Days in the period; 365 if omitted (use 181 for a half year).
 * @returns The days at each position.
 */
export function receivableDaysFn(receivables: unknown[][], revenue: unknown[][], days?: unknown[][]): unknown[][] {
  return callGrid("RECEIVABLE_DAYS", [receivables, revenue, days]);
}

/**
 * Goodwill ÷ shareholders' equity.
 * @customfunction GOODWILL_TO_EQUITY
 * @param goodwill Goodwill: a value or a range.
 * @param equity Shareholders' equity: a value or a range of the same shape.
 * @returns The ratio at each position.
 */
export function goodwillToEquityFn(goodwill: unknown[][], equity: unknown[][]): unknown[][] {
  return callGrid("GOODWILL_TO_EQUITY", [goodwill, equity]);
}

/**
 * Herfindahl-Hirschman index on the 0-10,000 scale from market shares given as decimals; blanks are ignored.
 * @customfunction HHI
 * @param shares Market shares as decimals (35% = 0.35): a range adding up to at most 1.
 * @returns The index.
 */
export function hhiFn(shares: unknown[][]): unknown {
  return callScalar("HHI", [shares]);
}

/**
 * Concentration ratio CR-n: the sum of the n largest market shares.
 * @customfunction TOP_SHARE
 * @param shares Market shares as decimals (35% = 0.35): a range adding up to at most 1.
 * @param n How many of the largest shares to add (a whole number, 1 or more).
 * @returns The sum of the n largest shares.
 */
export function topShareFn(shares: unknown[][], n: unknown): unknown {
  return callScalar("TOP_SHARE", [shares, n]);
}

/**
 * Capital-cycle phase of the latest period, from the capex/D&A ratio of the last two periods with both figures.
 * @customfunction CYCLE_PHASE
 * @param capex Capital expenditure by period: one row or one column, oldest first.
 * @param depreciation_amortization Depreciation and amortization by period, same shape as capex.
 * @param high Ratio at or above which capex is expansion; 1.5 if omitted.
 * @param low Ratio below which capex is contraction; 1.0 if omitted.
 * @param language Label language: "en" (default) or "zh".
 * @returns The phase label.
 */
export function cyclePhaseFn(capex: unknown[][], depreciation_amortization: unknown[][], high?: unknown, low?: unknown, language?: unknown): unknown {
  return callScalar("CYCLE_PHASE", [capex, depreciation_amortization, high, low, language]);
}

/**
 * One figure from the bundled data; the latest period if period is omitted.
 * @customfunction DATA
 * @param company Company: id, ticker (with or without exchange suffix), English or Chinese name.
 * @param field Field id or Chinese name, e.g. revenue, capex, 营业收入.
 * @param period Period: 2024, FY24, 2025H1, 1H25, 2025中报, 2025Q1, 2025-06-30, 2027E, LTM, FY-1; the latest if omitted.
 * @param unit Unit for money: 亿 (default), 万, 百万 or m, 十亿 or bn, 元; RMB mn, CNY bn.
 * @param segment Segment, e.g. 屈光 or CT; the whole company if omitted.
 * @returns The figure.
 */
export function dataFn(company: unknown, field: unknown, period?: unknown, unit?: unknown, segment?: unknown): Promise<unknown> {
  return callDataScalar("DATA", [company, field, period, unit, segment]);
}

/**
 * A 2-row spill of a field over time: period ids across the top, values below, oldest first; one frequency at a time.
 * @customfunction SERIES
 * @param company Company: id, ticker (with or without exchange suffix), English or Chinese name.
 * @param field Field id or Chinese name, e.g. revenue, capex, 营业收入.
 * @param unit Unit for money: 亿 (default), 万, 百万 or m, 十亿 or bn, 元; RMB mn, CNY bn.
 * @param segment Segment, e.g. 屈光 or CT; the whole company if omitted.
 * @param frequency annual, half-year, quarter, LTM or all; omitted: annual if two or more annual figures, else that of the latest.
 * @returns Period ids and values.
 */
export function seriesFn(company: unknown, field: unknown, unit?: unknown, segment?: unknown, frequency?: unknown): Promise<unknown[][]> {
  return callDataGrid("SERIES", [company, field, unit, segment, frequency]);
}

/**
 * Where a figure comes from: the article (title, date), line and the figure as printed; conflicts, readings and failed cross-checks are listed and marked.
 * @customfunction SOURCE
 * @param company Company: id, ticker (with or without exchange suffix), English or Chinese name.
 * @param field Field id or Chinese name, e.g. revenue, capex, 营业收入.
 * @param period Period: 2024, FY24, 2025H1, 1H25, 2025中报, 2025Q1, 2025-06-30, 2027E, LTM, FY-1; the latest if omitted.
 * @param segment Segment, e.g. 屈光 or CT; the whole company if omitted.
 * @returns The citation text.
 */
export function sourceFn(company: unknown, field: unknown, period?: unknown, segment?: unknown): Promise<unknown> {
  return callDataScalar("SOURCE", [company, field, period, segment]);
}

/**
 * A spill of every company and entity in the bundled data: id, ticker, English name, Chinese name.
 * @customfunction COMPANIES
 * @returns One row per entity.
 */
export function companiesFn(): Promise<unknown[][]> {
  return callDataGrid("COMPANIES", []);
}

/**
 * A spill of the fields available for a company: field id, the periods available and the segment (blank for the whole company).
 * @customfunction FIELDS
 * @param company Company: id, ticker, English or Chinese name.
 * @returns One row per field.
 */
export function fieldsFn(company: unknown): Promise<unknown[][]> {
  return callDataGrid("FIELDS", [company]);
}

// Start-up figure of `npm run bench` (SPEC §8). The build appends the associate calls below this
// line, so the mark waits for the end of this script (a microtask) to come after all of them.
if (typeof performance !== "undefined" && typeof performance.mark === "function")
  void Promise.resolve().then(() => performance.mark("capcycle:functions-registered"));
