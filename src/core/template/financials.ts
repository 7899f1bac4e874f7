/**
 * The financials as analysts read a model: fields down the rows under their statement
 * (income, cash flow, balance sheet, operating data — financial-fields.ts), each followed by
 * its stated year-on-year growth; periods across the columns, oldest at the left, one column
 * group per frequency (annual, half-year, ...: period-axis.ts). Only fields with a figure get a
 * row. Then the capital-cycle metrics as formula rows, each cell referring to the input rows
 * in its own column — so an annual figure is never divided by an interim one — and written
 * only where that column has every input; then computed year-on-year growth, where the prior
 * comparable period is a column of the same group. Every other figure is listed in "Other
 * figures" (other-figures.ts).
 */
import type { Lang } from "../errors";
import { periodDays, priorComparablePeriod } from "../periods";
import { cellAddress, type CellRect } from "./a1";
import { DAYS_FORMAT, formatForKind, moneyFormat, PERCENT_FORMAT, RATIO_FORMAT } from "./formats";
import { currencyOf, displayValue, figureKey, isActual, uniqueHeaders } from "./figures";
import { baseFieldOf, isFinancialField, STATEMENTS } from "./financial-fields";
import { formula, num, SheetGrid } from "./grid";
import type { TemplateField, TemplateFigure, TemplateInput } from "./input";
import { computedGrowthLabel, LABELS } from "./labels";
import { GROWTH_FIELDS, growthFormula, TEMPLATE_METRICS, metricFormula, type MetricFormat } from "./metrics";
import { MONEY_UNITS, type FormulaStyle, type MoneyUnitId } from "./options";
import { panelLayout, writePanelFrame, type PanelLayout, type PanelRowSpec } from "./panel";
import type { Frequency } from "./period-axis";
import { tableNameBase } from "./table-name";

export interface FinancialsLayout {
  readonly panel: PanelLayout;
  /** Table rectangle (header + body). */
  readonly rect: CellRect;
  /** Periods in column order (frequency groups, each oldest first). */
  readonly periods: readonly string[];
  /** Row labels by row id (CNY field rows by field id, metric rows by metric id). */
  readonly labelOf: ReadonlyMap<string, string>;
  /** Is there a whole-company CNY actual figure of `field` for `period`? */
  readonly has: (field: string, period: string) => boolean;
  /** Ids of the metric rows written (metrics, then computed growth). */
  readonly metrics: readonly string[];
  readonly nextRow: number;
}

interface FigureRow {
  readonly id: string;
  readonly field: TemplateField;
  readonly currency: string;
  readonly byPeriod: Map<string, TemplateFigure>;
}

function metricFormatString(f: MetricFormat, unit: MoneyUnitId): string {
  return f === "money" ? moneyFormat(unit) : f === "percent" ? PERCENT_FORMAT : f === "days" ? DAYS_FORMAT : RATIO_FORMAT;
}

/** Monthly periods are point-in-time events, not a span of sales: no receivable days. */
function metricApplies(metricId: string, period: string): boolean {
  return metricId !== "receivable_days" || (!period.includes("M") && periodDays(period) !== null);
}

const sameFrequencyPrior = (p: string, has: (p: string) => boolean): string | null => {
  const prior = priorComparablePeriod(p);
  return prior !== null && has(prior) ? prior : null;
};

/** Writes the section at `startRow` (title row, then the table). Null when the entity has no whole-entity financial figures. */
export function buildFinancials(
  grid: SheetGrid,
  input: TemplateInput,
  opts: { lang: Lang; style: FormulaStyle; unit: MoneyUnitId; axisPeriods?: Iterable<string> },
  startRow: number,
): FinancialsLayout | null {
  const { lang, style, unit } = opts;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const byKey = new Map<string, FigureRow>();
  for (const f of input.figures) {
    if (f.segment !== undefined || !isActual(f)) continue;
    const field = fieldById.get(f.field);
    if (!field || !isFinancialField(field)) continue;
    const cur = currencyOf(f);
    const id = cur ? `${f.field}|${cur}` : f.field;
    let r = byKey.get(id);
    if (!r) byKey.set(id, (r = { id, field, currency: cur, byPeriod: new Map() }));
    r.byPeriod.set(f.period, f);
  }
  if (byKey.size === 0) return null;
  const has = (field: string, period: string) => byKey.get(field)?.byPeriod.has(period) ?? false;
  const periods = new Set([...byKey.values()].flatMap((r) => [...r.byPeriod.keys()]));
  const name = (f: TemplateField) => (lang === "zh" ? f.name_zh : f.name_en);

  // Rows: per statement, each field (catalogue order within the statement's list) then its
  // stated growth, other currencies after CNY.
  const specs: PanelRowSpec[] = [];
  const figureRows: FigureRow[] = [];
  const order = new Map(input.fields.map((f, i) => [f.id, i]));
  for (const st of STATEMENTS) {
    const inStatement = [...byKey.values()]
      .filter((r) => st.fields.includes(baseFieldOf(r.field)))
      .sort(
        (a, b) =>
          st.fields.indexOf(baseFieldOf(a.field)) - st.fields.indexOf(baseFieldOf(b.field)) ||
          Number(a.field.id !== baseFieldOf(a.field)) - Number(b.field.id !== baseFieldOf(b.field)) ||
          a.currency.localeCompare(b.currency) ||
          (order.get(a.field.id) ?? 0) - (order.get(b.field.id) ?? 0),
      );
    if (inStatement.length === 0) continue;
    specs.push({ id: `#${st.id}`, label: st.label[lang], heading: true });
    for (const r of inStatement) {
      specs.push({ id: r.id, label: r.currency ? `${name(r.field)} (${r.currency})` : name(r.field), format: formatForKind(r.field.kind, unit) });
      figureRows.push(r);
    }
  }

  // Metric rows: where every input row exists and some column has all inputs.
  const metricCells = new Map<string, string[]>();
  const metricSpecs: PanelRowSpec[] = [];
  for (const m of TEMPLATE_METRICS) {
    const cols = [...periods].filter((p) => m.inputs.every((f) => has(f, p)) && metricApplies(m.id, p));
    if (cols.length === 0) continue;
    metricCells.set(m.id, cols);
    metricSpecs.push({ id: m.id, label: m.label[lang], format: metricFormatString(m.format, unit) });
  }
  for (const field of GROWTH_FIELDS) {
    const f = fieldById.get(field);
    const cols = [...periods].filter((p) => has(field, p) && sameFrequencyPrior(p, (q) => has(field, q)) !== null);
    if (!f || cols.length === 0) continue;
    metricCells.set(`${field}_growth`, cols);
    metricSpecs.push({ id: `${field}_growth`, label: computedGrowthLabel(name(f), lang), format: PERCENT_FORMAT });
  }
  if (metricSpecs.length) specs.push({ id: "#metrics", label: LABELS.capitalCycleMetrics[lang], heading: true }, ...metricSpecs);

  // Labels are unique in the table: a chart's binding finds its rows by label.
  const labels = uniqueHeaders(specs.map((s) => s.label));
  const rows = specs.map((s, i) => ({ ...s, label: labels[i]! }));
  const layout = panelLayout(startRow, rows, [...periods, ...(opts.axisPeriods ?? [])]);
  const at = (rowId: string, period: string) => cellAddress(layout.rowOf.get(rowId)!, layout.axis.colOf.get(period)!);

  for (const r of figureRows) {
    const row = layout.rowOf.get(r.id)!;
    const format = formatForKind(r.field.kind, unit);
    for (const [p, f] of r.byPeriod) {
      const col = layout.axis.colOf.get(p);
      if (col === undefined) continue;
      grid.set(row, col, num(displayValue(f, r.field, unit), format));
      grid.figure(row, col, figureKey(input.entity.id, f.field, p));
    }
  }
  const metrics: string[] = [];
  for (const m of TEMPLATE_METRICS) {
    const cols = metricCells.get(m.id);
    if (!cols) continue;
    metrics.push(m.id);
    const format = metricFormatString(m.format, unit);
    for (const p of cols) {
      const refs = m.inputs.map((f) => at(f, p));
      const extra = m.id === "receivable_days" ? [periodDays(p)!] : [];
      grid.set(layout.rowOf.get(m.id)!, layout.axis.colOf.get(p)!, formula(metricFormula(m, refs, style, extra), format));
    }
  }
  for (const field of GROWTH_FIELDS) {
    const id = `${field}_growth`;
    const cols = metricCells.get(id);
    if (!cols) continue;
    metrics.push(id);
    for (const p of cols) {
      const prior = priorComparablePeriod(p)!;
      grid.set(layout.rowOf.get(id)!, layout.axis.colOf.get(p)!, formula(growthFormula(at(field, p), at(field, prior), style), PERCENT_FORMAT));
    }
  }

  writePanelFrame(grid, layout, {
    title: LABELS.financials[lang],
    labelHeader: MONEY_UNITS[unit][lang],
    lang,
    role: "financials",
    name: tableNameBase(input.entity.id, "Financials"),
    style: "TableStyleMedium2",
  });
  return {
    panel: layout,
    rect: layout.rect,
    periods: layout.axis.periods,
    labelOf: new Map(rows.map((r) => [r.id, r.label])),
    has,
    metrics,
    nextRow: layout.nextRow,
  };
}

/** Periods of a frequency group where both capex and D&A are present, oldest first. */
export function periodsWithBoth(fin: FinancialsLayout, frequency: Frequency): string[] {
  const g = fin.panel.axis.groups.find((x) => x.frequency === frequency);
  return g ? g.periods.filter((p) => fin.has("capex", p) && fin.has("da", p)) : [];
}
