/**
 * A plan's chart as Excelize chart options: the same chart "Load template" builds with
 * Office.js (src/excel/apply-template.ts addChart) — type, title, series and their ranges,
 * per-series type, the secondary axis, the value axis format, name and position — driven by
 * the ChartPlan alone, so it follows whatever layout core plans.
 *
 * Series whose type and axis differ from the chart's first series become Excelize "combo"
 * charts (the capex/D&A ratio: a line on the secondary axis over the columns).
 */
import type { Chart, ChartSeries, ChartType } from "excelize-wasm";
import { cellAddress, columnLetters, parseRect, type CellRect } from "../core/template/a1";
import type { ChartPlan, ChartSeriesPlan, PlanChartType } from "../core/chart/types";
import type { TemplatePlan } from "../core/template/types";

/**
 * Series colours: the Office theme's accents in order, as Excel gives a new chart's series —
 * explicit, so the chart looks the same whatever theme the file carries (exceljs writes the
 * 2007 theme, whose accents are other colours).
 */
export const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"] as const;

/** Excelize's chart type ids for the plan's Excel chart types. */
export type ChartTypeIds = Readonly<Record<PlanChartType, ChartType>>;

/**
 * How Excelize measures the sheet in pixels when it turns a chart's size into its cell anchor
 * (which is what Excel and LibreOffice position the chart by). Its model is not Excel's: a
 * sized column is width × 8 pixels, an unsized one 64, a 15-point row 18 pixels
 * (4 / 3.4 per point). Sizing the chart in Excelize's own
 * pixels lands the anchor on the plan's rectangle exactly (a test reads the anchor back).
 */
export interface SheetPixels {
  col(col: number): number;
  row(row: number): number;
}

/** "'Sheet name'!$A$1:$A$3": a sheet-qualified absolute reference, as chart parts store them. */
export function sheetRef(sheet: string, a1: string): string {
  const rect = parseRect(a1);
  if (!rect) throw new Error(`chart range is not A1: ${a1}`);
  const abs = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const range = rect.rowCount === 1 && rect.colCount === 1 ? abs(rect.row, rect.col) : `${abs(rect.row, rect.col)}:${abs(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1)}`;
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

/**
 * The cell that holds a series' name, so the legend follows the sheet: a text cell equal to
 * the name, looked for first where a reader sees it — above a column of values, left of a row
 * of values — then anywhere. null when no cell holds it (the name is then written as text).
 */
export function seriesNameCell(plan: TemplatePlan, s: ChartSeriesPlan): string | null {
  const values = parseRect(s.values);
  const is = (r: number, c: number) => {
    const cell = plan.cells[r]?.[c];
    return cell?.kind === "text" && cell.text === s.name;
  };
  if (values) {
    if (values.colCount === 1) for (let r = values.row - 1; r >= 0; r--) if (is(r, values.col)) return cellAddress(r, values.col);
    if (values.rowCount === 1) for (let c = values.col - 1; c >= 0; c--) if (is(values.row, c)) return cellAddress(values.row, c);
  }
  for (let r = 0; r < plan.cells.length; r++) for (let c = 0; c < (plan.cells[r]?.length ?? 0); c++) if (is(r, c)) return cellAddress(r, c);
  return null;
}

/** The chart's size in (Excelize's) pixels: the plan's cell rectangle. */
export function chartSizePx(position: CellRect, px: SheetPixels): { Width: number; Height: number } {
  let Width = 0;
  let Height = 0;
  for (let c = position.col; c < position.col + position.colCount; c++) Width += px.col(c);
  for (let r = position.row; r < position.row + position.rowCount; r++) Height += px.row(r);
  return { Width, Height };
}

export interface ExcelizeChart {
  /** Top-left cell of the chart. */
  readonly cell: string;
  readonly chart: Chart;
  readonly combos: readonly Chart[];
  /** Series names no cell holds: Excelize writes names as references, so these are patched to text (after-excelize.ts). */
  readonly literalNames: ReadonlyMap<string, string>;
}

/**
 * The Excelize options for one planned chart on `sheet`. `literalKey(i)` gives the placeholder
 * written for series i's name when no cell holds it.
 */
export function excelizeChart(
  plan: TemplatePlan,
  chart: ChartPlan,
  sheet: string,
  ids: ChartTypeIds,
  px: SheetPixels,
  literalKey: (series: number) => string,
): ExcelizeChart {
  const literalNames = new Map<string, string>();
  const categories = sheetRef(sheet, chart.categories);
  const seriesOf = (s: ChartSeriesPlan, i: number): ChartSeries => {
    const cell = seriesNameCell(plan, s);
    let name: string;
    if (cell) name = sheetRef(sheet, cell);
    else {
      name = literalKey(i);
      literalNames.set(name, s.name);
    }
    const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
    const fill = { Type: "pattern", Pattern: 1, Color: [color] };
    // A line keeps its markers: with missing periods (blank, shown as gaps) a lone point would
    // otherwise not show at all.
    const look: Partial<ChartSeries> =
      s.chartType === "Line" ? { Fill: fill, Line: { Width: 2.25 }, Marker: { Symbol: "circle", Size: 6, Fill: fill, Border: { Fill: fill } } } : { Fill: fill };
    return { Name: name, Categories: categories, Values: sheetRef(sheet, s.values), ...look };
  };
  const indexed = chart.series.map((s, i) => ({ s, i }));
  const main = indexed.filter(({ s }) => s.chartType === chart.type && s.axis === "Primary");
  const rest = indexed.filter(({ s }) => !(s.chartType === chart.type && s.axis === "Primary"));
  // One combo per (type, axis) group, in the order the series come.
  const groups = new Map<string, { type: PlanChartType; secondary: boolean; series: ChartSeries[] }>();
  for (const { s, i } of rest) {
    const key = `${s.chartType}|${s.axis}`;
    const g = groups.get(key) ?? { type: s.chartType, secondary: s.axis === "Secondary", series: [] };
    g.series.push(seriesOf(s, i));
    groups.set(key, g);
  }
  const common = { VaryColors: false, ShowBlanksAs: "gap" } as const;
  // Excelize's default axis labels are a pale grey that prints faintly: Excel's dark grey instead.
  const axisFont = { Color: "#595959", Size: 9 };
  const p = chart.position;
  return {
    cell: cellAddress(p.row, p.col),
    chart: {
      Type: ids[chart.type],
      Series: main.map(({ s, i }) => seriesOf(s, i)),
      Title: { Paragraph: [{ Text: chart.title }] },
      Legend: { Position: "bottom" },
      Format: { Name: chart.name, AltText: chart.title, PrintObject: true, Positioning: "twoCell" },
      Dimension: chartSizePx(p, px),
      XAxis: { Font: axisFont },
      YAxis: { MajorGridLines: true, Font: axisFont, ...(chart.valueFormat ? { NumFmt: { CustomNumFmt: chart.valueFormat, SourceLinked: false } } : {}) },
      ...common,
    },
    combos: [...groups.values()].map((g) => ({
      Type: ids[g.type],
      Series: g.series,
      YAxis: { Font: axisFont, ...(g.secondary ? { Secondary: true } : {}) },
      ...common,
    })),
    literalNames,
  };
}
