/**
 * The financials table: one row per period (oldest first) where a column has a figure, one
 * column per capital-cycle or statement field the company has (FINANCIAL_FIELDS, in the field
 * catalogue's order; values in the chosen unit), then the capital-cycle metrics as formulas
 * where their inputs exist, then year-on-year growth where the prior comparable period is a row.
 * Every other figure is listed in "Other figures" (other-figures.ts).
 */
import type { Lang } from "../errors";
import { comparePeriods, periodDays, priorComparablePeriod } from "../periods";
import { cellAddress, type CellRect } from "./a1";
import { formatForKind, moneyFormat, PERCENT_FORMAT, RATIO_FORMAT, DAYS_FORMAT } from "./formats";
import { currencyOf, displayValue, figureKey, isActual, uniqueHeaders } from "./figures";
import { isFinancialField } from "./financial-fields";
import { blank, formula, num, SheetGrid, text, TEXT_FORMAT } from "./grid";
import type { TemplateField, TemplateFigure, TemplateInput } from "./input";
import { label, LABELS } from "./labels";
import { GROWTH_FIELDS, growthFormula, FINANCIALS_METRIC_COLUMNS, metricFormula, type MetricFormat } from "./metrics";
import type { FormulaStyle, MoneyUnitId } from "./options";
import type { PlanColumn } from "./types";
import { tableNameBase } from "./table-name";

export interface FinancialsLayout {
  /** Table rectangle (header + body). */
  readonly rect: CellRect;
  readonly periods: readonly string[];
  /** Row of the first period. */
  readonly firstRow: number;
  readonly periodCol: number;
  /** CNY figure columns by field id, and metric columns by metric id. */
  readonly colOf: ReadonlyMap<string, number>;
  readonly headerOf: ReadonlyMap<string, string>;
  /** Ids of metrics computed (and of those not, for the missing note). */
  readonly metrics: readonly string[];
  readonly nextRow: number;
}

interface FigureColumn {
  readonly field: TemplateField;
  readonly currency: string;
  readonly byPeriod: Map<string, TemplateFigure>;
}

function metricFormatString(f: MetricFormat, unit: MoneyUnitId): string {
  return f === "money" ? moneyFormat(unit) : f === "percent" ? PERCENT_FORMAT : f === "days" ? DAYS_FORMAT : RATIO_FORMAT;
}

/** A computed column's header; marked "(calc.)" when a stored field already has that name. */
function computedHeader(label: string, taken: readonly { header: string }[], lang: Lang): string {
  const clash = taken.some((c) => c.header.toUpperCase() === label.toUpperCase());
  return clash ? `${label} (${lang === "zh" ? "计算" : "calc."})` : label;
}

/** Writes the section at `startRow` (title row, then the table). Null when the entity has no whole-entity financial figures. */
export function buildFinancials(
  grid: SheetGrid,
  input: TemplateInput,
  opts: { lang: Lang; style: FormulaStyle; unit: MoneyUnitId },
  startRow: number,
): FinancialsLayout | null {
  const { lang, style, unit } = opts;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const columns: FigureColumn[] = [];
  const byKey = new Map<string, FigureColumn>();
  for (const f of input.figures) {
    if (f.segment !== undefined || !isActual(f)) continue;
    const field = fieldById.get(f.field);
    if (!field || !isFinancialField(field)) continue;
    const key = `${f.field}|${currencyOf(f)}`;
    let col = byKey.get(key);
    if (!col) byKey.set(key, (col = { field, currency: currencyOf(f), byPeriod: new Map() }));
    col.byPeriod.set(f.period, f);
  }
  if (byKey.size === 0) return null;
  const order = new Map(input.fields.map((f, i) => [f.id, i]));
  columns.push(...[...byKey.values()].sort((a, b) => order.get(a.field.id)! - order.get(b.field.id)! || a.currency.localeCompare(b.currency)));
  const periods = [...new Set(columns.flatMap((c) => [...c.byPeriod.keys()]))].sort(comparePeriods);

  const titleRow = startRow;
  const headerRow = startRow + 1;
  const firstRow = headerRow + 1;
  const rowOf = new Map(periods.map((p, i) => [p, firstRow + i]));
  const colOf = new Map<string, number>();
  const planColumns: { header: string; column: Omit<PlanColumn, "header"> }[] = [];

  // Period column.
  planColumns.push({ header: label("period", lang), column: { role: "period", format: TEXT_FORMAT } });
  periods.forEach((p, i) => grid.set(firstRow + i, 0, text(p)));

  // Figure columns.
  for (const c of columns) {
    const col = planColumns.length;
    const name = lang === "zh" ? c.field.name_zh : c.field.name_en;
    const format = formatForKind(c.field.kind, unit);
    planColumns.push({ header: c.currency ? `${name} (${c.currency})` : name, column: { role: "figure", field: c.field.id, format } });
    if (!c.currency) colOf.set(c.field.id, col);
    periods.forEach((p, i) => {
      const f = c.byPeriod.get(p);
      if (f) {
        grid.set(firstRow + i, col, num(displayValue(f, c.field, unit), format));
        grid.figure(firstRow + i, col, figureKey(input.entity.id, f.field, p));
      } else grid.set(firstRow + i, col, blank(format));
    });
  }

  const present = (field: string, period: string): boolean => {
    const c = byKey.get(`${field}|`);
    return c !== undefined && c.byPeriod.has(period);
  };

  // Metric columns: where every input column exists and at least one row has all inputs.
  const metrics: string[] = [];
  for (const m of FINANCIALS_METRIC_COLUMNS) {
    if (!m.inputs.every((f) => colOf.has(f))) continue;
    const rowsOk = periods.filter((p) => m.inputs.every((f) => present(f, p)) && (m.id !== "receivable_days" || !p.includes("M")));
    if (rowsOk.length === 0) continue;
    const col = planColumns.length;
    const format = metricFormatString(m.format, unit);
    planColumns.push({ header: computedHeader(m.label[lang], planColumns, lang), column: { role: "metric", field: m.id, format } });
    colOf.set(m.id, col);
    metrics.push(m.id);
    periods.forEach((p, i) => {
      const row = firstRow + i;
      const refs = m.inputs.map((f) => cellAddress(row, colOf.get(f)!));
      if (m.id === "receivable_days") {
        // Monthly periods are point-in-time events, not a span of sales: no days figure.
        const days = periodDays(p);
        if (days === null || p.includes("M")) return grid.set(row, col, blank(format));
        return grid.set(row, col, formula(metricFormula(m, refs, style, [days]), format));
      }
      grid.set(row, col, formula(metricFormula(m, refs, style), format));
    });
  }

  // Year-on-year growth where the prior comparable period is also a row.
  for (const field of GROWTH_FIELDS) {
    const src = colOf.get(field);
    if (src === undefined) continue;
    const pairs = periods.filter((p) => {
      const prior = priorComparablePeriod(p);
      return prior !== null && rowOf.has(prior) && present(field, p) && present(field, prior);
    });
    if (pairs.length === 0) continue;
    const col = planColumns.length;
    const f = fieldById.get(field)!;
    const id = `${field}_growth`;
    planColumns.push({
      header: computedHeader(`${lang === "zh" ? f.name_zh : f.name_en} ${LABELS.growth[lang]}`, planColumns, lang),
      column: { role: "metric", field: id, format: PERCENT_FORMAT },
    });
    colOf.set(id, col);
    metrics.push(id);
    periods.forEach((p, i) => {
      const prior = priorComparablePeriod(p);
      const priorRow = prior === null ? undefined : rowOf.get(prior);
      const row = firstRow + i;
      if (priorRow === undefined) return grid.set(row, col, blank(PERCENT_FORMAT));
      grid.set(row, col, formula(growthFormula(cellAddress(row, src), cellAddress(priorRow, src), style), PERCENT_FORMAT));
    });
  }

  const headers = uniqueHeaders(planColumns.map((c) => c.header));
  headers.forEach((h, c) => grid.set(headerRow, c, text(h)));
  const headerOf = new Map<string, string>();
  for (const [key, col] of colOf) headerOf.set(key, headers[col]!);
  headerOf.set("period", headers[0]!);
  grid.set(titleRow, 0, text(label("financials", lang)));
  grid.formats.push({ range: cellAddress(titleRow, 0), bold: true, fontSize: 12 });
  const rect: CellRect = { row: headerRow, col: 0, rowCount: periods.length + 1, colCount: headers.length };
  grid.tables.push({
    role: "financials",
    name: tableNameBase(input.entity.id, "Financials"),
    rect,
    columns: planColumns.map((c, i) => ({ ...c.column, header: headers[i]! })),
    style: "TableStyleMedium2",
  });
  return { rect, periods, firstRow, periodCol: 0, colOf, headerOf, metrics, nextRow: firstRow + periods.length };
}
