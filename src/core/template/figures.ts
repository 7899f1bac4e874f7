/**
 * Helpers over a template's figures: which ones go into the calculation tables, their
 * display values, and the keys recorded for "sources of the selected cell".
 */
import type { TemplateField, TemplateFigure } from "./input";
import { exponentOf, shiftDecimal } from "../dataset/numbers";
import { MONEY_UNITS, type MoneyUnitId } from "./options";

/**
 * Figures that feed tables: actual figures only. Forecasts, targets and estimates are listed
 * in the sources table with their basis but never mixed into a column of actuals (a growth
 * formula comparing a target with an actual would mislead).
 */
export function isActual(f: TemplateFigure): boolean {
  return f.basis === undefined || f.basis === "actual";
}

/**
 * The value as the table shows it: money in the chosen unit (by moving the decimal point, so
 * 2,260,827,099.47 元 is 22.6082709947 亿, not 22.608270994699996); everything else as stored.
 */
export function displayValue(f: TemplateFigure, field: TemplateField | undefined, unit: MoneyUnitId): number {
  return field?.kind === "money" ? shiftDecimal(f.value, -exponentOf(MONEY_UNITS[unit].factor)) : f.value;
}

/** Column key separating currencies: a USD figure never shares a column with CNY ones. */
export function currencyOf(f: TemplateFigure): string {
  return f.currency && f.currency !== "CNY" ? f.currency : "";
}

export function figureKey(entity: string, field: string, period: string, segment?: string): string {
  return `${entity}|${field}|${period}|${segment ?? ""}`;
}

/** Makes header texts unique within a table by appending " (2)", " (3)". */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const k = h.toUpperCase();
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

/** Quotes a text literal for a formula. */
export function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
