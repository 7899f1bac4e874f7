/**
 * Chart bindings: made from a template plan once its sheet and table names are final, and
 * re-applied at refresh — every series re-bound to its table column's current data range,
 * so rows added to the table appear in the chart.
 */
import type { Localized } from "../errors";
import { rectAddress, type CellRect } from "../template/a1";
import type { TemplatePlan } from "../template/types";
import { normalizePeriodArg } from "../periods";
import { frequencyOfHeader } from "../template/period-axis";

/** A header cell's period id ("FY2024" → "2024"), or null. */
function headerPeriod(h: unknown): string | null {
  return typeof h === "string" || typeof h === "number" ? normalizePeriodArg(h) : null;
}
import { REBIND_REASONS } from "./messages";
import type { BindingDocument, ChartBinding, ChartPlan, SeriesRow } from "./types";

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
    series: chart.series.map((s) => ({
      name: s.name,
      column: s.column ?? s.row?.label ?? s.name,
      ...(s.row ? { row: s.row } : {}),
      chartType: s.chartType,
      axis: s.axis,
    })),
    ...(chart.seriesBy ? { seriesBy: chart.seriesBy } : {}),
    ...(chart.frequency ? { frequency: chart.frequency } : {}),
    ...(chart.firstPeriod ? { firstPeriod: chart.firstPeriod } : {}),
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

/** What refresh reads of a table: its header texts, data-body rectangle and (model layout) first-column labels. */
export interface TableExtent {
  readonly headers: readonly string[];
  readonly body: CellRect | null;
  /**
   * The body's first-column values, top to bottom. Charts by rows find their rows by these;
   * without them a row is taken at its recorded place in the body.
   */
  readonly labels?: readonly unknown[];
}

export type RebindResult = { ok: true; categories: string; series: readonly { name: string; values: string }[] } | { ok: false; reason: Localized };

/** A header or label cell as Excel reports it (text, a number such as 2024, or empty) equals `b`, case-insensitively. */
const same = (a: unknown, b: string) => (typeof a === "string" || typeof a === "number" ? String(a) : "").trim().toUpperCase() === b.trim().toUpperCase();

/** Where each series and the categories read from, given the table's current header and body. */
export function rebindRanges(binding: ChartBinding, table: TableExtent): RebindResult {
  if (!table.body || table.body.rowCount === 0) return { ok: false, reason: REBIND_REASONS.empty(binding.table) };
  return binding.seriesBy === "rows" ? rebindRows(binding, table, table.body) : rebindColumns(binding, table, table.body);
}

/** Records written before the model layout: series are columns, found by header. */
function rebindColumns(binding: ChartBinding, table: TableExtent, body: CellRect): RebindResult {
  const colRange = (header: string): string | null => {
    const i = table.headers.findIndex((h) => same(h, header));
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

/**
 * The columns a chart by rows reads: the run of header cells of its frequency, from its recorded
 * first period (else the group's first header) to the group's end — so a period the person added
 * at the end of the group, or typed right of the table for the last group, is included. Without
 * a recorded frequency: every column after the labels.
 */
export function periodColumns(headers: readonly unknown[], frequency: string | undefined, firstPeriod?: string): { first: number; count: number } | null {
  if (!frequency) return headers.length > 1 ? { first: 1, count: headers.length - 1 } : null;
  const recorded = firstPeriod === undefined ? -1 : headers.findIndex((h, i) => i > 0 && frequencyOfHeader(h) === frequency && headerPeriod(h) === firstPeriod);
  const first = recorded >= 0 ? recorded : headers.findIndex((h, i) => i > 0 && frequencyOfHeader(h) === frequency);
  if (first < 0) return null;
  let end = first;
  while (end + 1 < headers.length && frequencyOfHeader(headers[end + 1]) === frequency) end++;
  return { first, count: end - first + 1 };
}

/** Body row of a series by rows: by label (after its section heading), else its recorded place. */
export function findSeriesRow(row: SeriesRow, labels: readonly unknown[] | undefined, rowCount: number): number | null {
  if (!labels) return row.index < rowCount ? row.index : null;
  const from = row.section === undefined ? 0 : labels.findIndex((l) => same(l, row.section!));
  if (from < 0) return null;
  for (let i = from; i < labels.length; i++) if (same(labels[i], row.label)) return i;
  return null;
}

function rebindRows(binding: ChartBinding, table: TableExtent, body: CellRect): RebindResult {
  const cols = periodColumns(table.headers, binding.frequency, binding.firstPeriod);
  if (!cols) return { ok: false, reason: REBIND_REASONS.periods(binding.table) };
  const headerRow = body.row - 1;
  const categories = rectAddress({ row: headerRow, col: body.col + cols.first, rowCount: 1, colCount: cols.count });
  const series: { name: string; values: string }[] = [];
  for (const s of binding.series) {
    const at = s.row ? findSeriesRow(s.row, table.labels, body.rowCount) : null;
    if (at === null) return { ok: false, reason: REBIND_REASONS.row(binding.table, s.row?.label ?? s.column) };
    series.push({ name: s.name, values: rectAddress({ row: body.row + at, col: body.col + cols.first, rowCount: 1, colCount: cols.count }) });
  }
  return { ok: true, categories, series };
}
