/**
 * Earnings-quality metrics: is profit turning into cash, how much R&D is parked on the balance
 * sheet, how long customers take to pay, how much of equity is goodwill.
 */
import type { CellError } from "../errors";
import type { ResultGrid } from "../values";
import { DIV0, NUM } from "./coerce";
import { elementwise, type ElementwiseSpec } from "./elementwise";
import type { Arg } from "./shape";

/** Operating cash flow ÷ net profit. */
export function cashConversionCore(ocf: number, netProfit: number): number | CellError {
  return netProfit === 0 ? DIV0 : ocf / netProfit;
}

/** Capitalized R&D ÷ total R&D. */
export function rdCapitalizationCore(capitalized: number, total: number): number | CellError {
  return total === 0 ? DIV0 : capitalized / total;
}

/** Receivables ÷ revenue × days; a period of 0 or fewer days is #NUM!. */
export function receivableDaysCore(receivables: number, revenue: number, days: number): number | CellError {
  if (days <= 0) return NUM;
  return revenue === 0 ? DIV0 : (receivables / revenue) * days;
}

/** Goodwill ÷ equity. */
export function goodwillToEquityCore(goodwill: number, equity: number): number | CellError {
  return equity === 0 ? DIV0 : goodwill / equity;
}

/** Days in the period when `days` is omitted or blank: a fiscal year. */
export const DEFAULT_RECEIVABLE_DAYS = 365;

export const CASH_CONVERSION: ElementwiseSpec = {
  name: "CASH_CONVERSION",
  params: ["operating_cash_flow", "net_profit"],
  kernel: cashConversionCore,
};
export const RD_CAPITALIZATION: ElementwiseSpec = {
  name: "RD_CAPITALIZATION",
  params: ["capitalized", "total"],
  kernel: rdCapitalizationCore,
};
export const RECEIVABLE_DAYS: ElementwiseSpec = {
  name: "RECEIVABLE_DAYS",
  params: ["receivables", "revenue", "days"],
  kernel: receivableDaysCore,
  blankAs: [undefined, undefined, DEFAULT_RECEIVABLE_DAYS],
};
export const GOODWILL_TO_EQUITY: ElementwiseSpec = {
  name: "GOODWILL_TO_EQUITY",
  params: ["goodwill", "equity"],
  kernel: goodwillToEquityCore,
};

export const cashConversion = (ocf: Arg, netProfit: Arg): ResultGrid => elementwise(CASH_CONVERSION, [ocf, netProfit]);
export const rdCapitalization = (capitalized: Arg, total: Arg): ResultGrid =>
  elementwise(RD_CAPITALIZATION, [capitalized, total]);
/** `days` omitted (undefined) or blank → 365; use 181 for a half year. */
export const receivableDays = (receivables: Arg, revenue: Arg, days?: Arg): ResultGrid =>
  elementwise(RECEIVABLE_DAYS, [receivables, revenue, days]);
export const goodwillToEquity = (goodwill: Arg, equity: Arg): ResultGrid =>
  elementwise(GOODWILL_TO_EQUITY, [goodwill, equity]);
