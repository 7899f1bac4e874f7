/**
 * Earnings-quality metrics: is profit turning into cash, how much R&D is parked on the balance
 * sheet, how long customers take to pay, how much of equity is goodwill.
 * Kernels over plain numbers; each function is declared (name, parameters, help) in
 * src/core/functions/table.ts, which hands them to elementwise().
 */
import type { CellError } from "../errors";
import { divByZero, notPositive } from "./coerce";

const NET_PROFIT_ZERO = divByZero("CASH_CONVERSION", "net_profit");
const TOTAL_ZERO = divByZero("RD_CAPITALIZATION", "total");
const DAYS_NOT_POSITIVE = notPositive("RECEIVABLE_DAYS", "days");
const REVENUE_ZERO = divByZero("RECEIVABLE_DAYS", "revenue");
const EQUITY_ZERO = divByZero("GOODWILL_TO_EQUITY", "equity");

/** Operating cash flow ÷ net profit. */
export function cashConversionCore(ocf: number, netProfit: number): number | CellError {
  return netProfit === 0 ? NET_PROFIT_ZERO : ocf / netProfit;
}

/** Capitalized R&D ÷ total R&D. */
export function rdCapitalizationCore(capitalized: number, total: number): number | CellError {
  return total === 0 ? TOTAL_ZERO : capitalized / total;
}

/** Receivables ÷ revenue × days; a period of 0 or fewer days is #NUM!. */
export function receivableDaysCore(receivables: number, revenue: number, days: number): number | CellError {
  if (days <= 0) return DAYS_NOT_POSITIVE;
  return revenue === 0 ? REVENUE_ZERO : (receivables / revenue) * days;
}

/** Goodwill ÷ equity. */
export function goodwillToEquityCore(goodwill: number, equity: number): number | CellError {
  return equity === 0 ? EQUITY_ZERO : goodwill / equity;
}

/** Days in the period when `days` is omitted or blank: a fiscal year. */
export const DEFAULT_RECEIVABLE_DAYS = 365;
