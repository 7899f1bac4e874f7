/**
 * Earnings-quality metrics: is profit turning into cash, how much R&D is parked on the balance
 * sheet, how long customers take to pay, how much of equity is goodwill.
 * Kernels over plain numbers; each function is declared (name, parameters, help) in
 * src/core/functions/table.ts, which hands them to elementwise().
 */
import type { CellError } from "../errors";
import { DIV0, NUM } from "./coerce";

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
