/**
 * Chart bindings: made from a template plan once its sheet and table names are final, and
 * re-applied at refresh — every series re-bound to its table column's current data range,
 * so rows added to the table appear in the chart.
 */
import type { Localized } from "../errors";
import { rectAddress, type CellRect } from "../template/a1";
import type { TemplatePlan } from "../template/types";
import type { BindingDocument, ChartBinding, ChartPlan } from "./types";

export function bindingId(sheet: string, chart: string): string {
  return `${sheet}|${chart}`;
}

/** The binding of one planned chart, bound to `table` (its final name) on `sheet`. */
export function bindingFor(chart: ChartPlan, sheet: string, table: string): ChartBinding {
  return {
    id: bindingId(sheet, chart.name),
    kind: chart.kind,
    sheet,
    chart: chart.name,
    title: chart.title,
    type: chart.type,
    table,
    categoryColumn: chart.categoryColumn ?? "",
    series: chart.series.map((s) => ({ name: s.name, column: s.column ?? s.name, chartType: s.chartType, axis: s.axis })),
    position: rectAddress(chart.position),
    ...(chart.valueFormat ? { valueFormat: chart.valueFormat } : {}),
  };
}

/** The record one template writes: its charts' bindings and its cell → figure map. */
export function bindingDocumentFor(plan: TemplatePlan, sheet: string, tableNames: ReadonlyMap<string, string>, builtCharts: readonly string[]): BindingDocument {
  const charts = plan.charts
    .filter((c) => builtCharts.includes(c.name) && c.tableRole !== undefined && tableNames.has(c.tableRole))
    .map((c) => bindingFor(c, sheet, tableNames.get(c.tableRole!)!));
  return {
    version: 1,
    charts,
    templates: [{ ...plan.record, sheet, tables: [...tableNames.values()] }],
  };
}

export const REBIND_REASONS = {
  column: (table: string, column: string): Localized => ({
    en: `Column "${column}" is no longer in table ${table}.`,
    zh: `表格 ${table} 中已没有“${column}”列。`,
  }),
  empty: (table: string): Localized => ({ en: `Table ${table} has no data rows.`, zh: `表格 ${table} 没有数据行。` }),
} as const;

/** Where each series and the categories read from, given the table's current header and body. */
export function rebindRanges(
  binding: ChartBinding,
  table: { readonly headers: readonly string[]; readonly body: CellRect | null },
): { ok: true; categories: string; series: readonly { name: string; values: string }[] } | { ok: false; reason: Localized } {
  if (!table.body || table.body.rowCount === 0) return { ok: false, reason: REBIND_REASONS.empty(binding.table) };
  const body = table.body;
  const colRange = (header: string): string | null => {
    const i = table.headers.findIndex((h) => h.trim().toUpperCase() === header.trim().toUpperCase());
    if (i < 0) return null;
    return rectAddress({ row: body.row, col: body.col + i, rowCount: body.rowCount, colCount: 1 });
  };
  const categories = colRange(binding.categoryColumn);
  if (!categories) return { ok: false, reason: REBIND_REASONS.column(binding.table, binding.categoryColumn) };
  const series: { name: string; values: string }[] = [];
  for (const s of binding.series) {
    const values = colRange(s.column);
    if (!values) return { ok: false, reason: REBIND_REASONS.column(binding.table, s.column) };
    series.push({ name: s.name, values });
  }
  return { ok: true, categories, series };
}
