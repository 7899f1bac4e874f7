/**
 * Charts on the model. Series are derived from the source range the way Excel does for
 * `charts.add(type, range, seriesBy)`: "Auto" puts series in columns when the range has at least
 * as many rows as columns; a blank top-left cell, or a text-only first row/column, makes that
 * row the series names / that column the categories; a single line whose first cell is blank
 * loses that cell to the series name. (So numeric years in the first column become a series,
 * as in Excel.) Series bound to a whole column of a table's data body follow the table when it
 * grows (table-ops.ts); other series keep their ranges.
 */
import { formatRect, lastCol, lastRow, rect, type Rect } from "./address";
import { assertEditable, columnAt, columnLeft, rowAt, rowTop, textAt, valueAt } from "./cells";
import { officeError } from "./errors";
import type { FakeHost } from "./host";
import { DEFAULT_CHART_SIZE, newAxis, nextGuid, type AxisGroup, type ChartModel, type SeriesModel, type SeriesSource, type SheetModel } from "./model";
import { quoteSheetName } from "./address";
import type { RangeTarget } from "./range-target";

/** Every chart type Excel accepts (Excel.ChartType without "Invalid"). */
export const CHART_TYPES: readonly `${Excel.ChartType}`[] = [
  "ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100",
  "LineStacked", "LineStacked100", "LineMarkers", "LineMarkersStacked", "LineMarkersStacked100", "PieOfPie",
  "PieExploded", "BarOfPie", "XYScatterSmooth", "XYScatterSmoothNoMarkers", "XYScatterLines",
  "XYScatterLinesNoMarkers", "AreaStacked", "AreaStacked100", "DoughnutExploded", "RadarMarkers", "RadarFilled",
  "Surface", "SurfaceWireframe", "SurfaceTopView", "SurfaceTopViewWireframe", "Bubble", "Bubble3DEffect",
  "StockHLC", "StockOHLC", "StockVHLC", "StockVOHLC", "CylinderColClustered", "CylinderColStacked",
  "CylinderColStacked100", "CylinderBarClustered", "CylinderBarStacked", "CylinderBarStacked100", "CylinderCol",
  "ConeColClustered", "ConeColStacked", "ConeColStacked100", "ConeBarClustered", "ConeBarStacked",
  "ConeBarStacked100", "ConeCol", "PyramidColClustered", "PyramidColStacked", "PyramidColStacked100",
  "PyramidBarClustered", "PyramidBarStacked", "PyramidBarStacked100", "PyramidCol", "Line", "Pie", "XYScatter",
  "Area", "Doughnut", "Radar", "Histogram", "Boxwhisker", "Pareto", "RegionMap", "Treemap", "Waterfall",
  "Sunburst", "Funnel",
];

export function chartType(value: unknown, location: string): string {
  if (typeof value === "string" && (CHART_TYPES as readonly string[]).includes(value)) return value;
  throw officeError("InvalidArgument", `${JSON.stringify(value)} is not an Excel chart type.`, location);
}

function isText(host: FakeHost, sheet: SheetModel, r: number, c: number): boolean {
  return typeof valueAt(host, sheet, r, c) === "string" && valueAt(host, sheet, r, c) !== "";
}

function isBlank(host: FakeHost, sheet: SheetModel, r: number, c: number): boolean {
  return valueAt(host, sheet, r, c) === "";
}

/** True when every non-blank cell in the strip is text, and at least one is. */
function textStrip(host: FakeHost, sheet: SheetModel, cells: [number, number][]): boolean {
  const nonBlank = cells.filter(([r, c]) => !isBlank(host, sheet, r, c));
  return nonBlank.length > 0 && nonBlank.every(([r, c]) => isText(host, sheet, r, c));
}

/** Series for a source range, per Excel's layout heuristic (see the file header). */
export function seriesFromRange(host: FakeHost, source: RangeTarget, seriesBy: string, type: string): SeriesModel[] {
  const { sheet } = source;
  // Work in "series are columns" orientation; transpose for rows.
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && source.rect.rows >= source.rect.cols);
  const R = source.rect;
  const along = byColumns ? R.rows : R.cols; // points per series (+ header)
  const across = byColumns ? R.cols : R.rows; // series (+ category strip)
  const cell = (i: number, j: number): [number, number] => (byColumns ? [R.r0 + i, R.c0 + j] : [R.r0 + j, R.c0 + i]);
  const cornerBlank = along > 1 && across > 1 && isBlank(host, sheet, ...cell(0, 0));
  const headerStrip = Array.from({ length: across - 1 }, (_, j) => cell(0, j + 1));
  const categoryStrip = Array.from({ length: along - 1 }, (_, i) => cell(i + 1, 0));
  // One line whose first cell is blank: Excel takes that cell as the series name too (the
  // header guess, README "Host behaviours"), so the values start one cell late.
  const lineBlank = across === 1 && along > 1 && isBlank(host, sheet, ...cell(0, 0));
  const hasNames = along > 1 && (cornerBlank || lineBlank || textStrip(host, sheet, across > 1 ? headerStrip : [cell(0, 0)]));
  const hasCategories = across > 1 && (cornerBlank || textStrip(host, sheet, hasNames ? categoryStrip : [cell(0, 0), ...categoryStrip]));
  const first = hasNames ? 1 : 0;
  const points = along - first;
  const stripRect = (j: number, from: number, count: number): Rect => {
    const [r, c] = cell(from, j);
    return byColumns ? rect(r, c, count, 1) : rect(r, c, 1, count);
  };
  const categories: SeriesSource | null = hasCategories && points > 0 ? { kind: "range", sheet, rect: stripRect(0, first, points) } : null;
  const out: SeriesModel[] = [];
  for (let j = hasCategories ? 1 : 0; j < across; j++) {
    const nameCell = cell(0, j);
    const nameSource: SeriesSource | null = hasNames ? { kind: "range", sheet, rect: rect(nameCell[0], nameCell[1], 1, 1) } : null;
    out.push({
      name: hasNames ? textAt(host, sheet, ...nameCell) : `Series${out.length + 1}`,
      nameSource,
      values: points > 0 ? { kind: "range", sheet, rect: stripRect(j, first, points) } : null,
      categories,
      chartType: type,
      axisGroup: "Primary",
      hasDataLabels: false,
    });
  }
  return out;
}

export function addChart(host: FakeHost, sheet: SheetModel, type: unknown, source: RangeTarget, seriesBy: unknown, location: string): ChartModel {
  assertEditable(sheet, location);
  const kind = chartType(type, location);
  const by = seriesBy ?? "Auto";
  if (by !== "Auto" && by !== "Columns" && by !== "Rows") throw officeError("InvalidArgument", `Unknown seriesBy ${JSON.stringify(by)}.`, location);
  host.model.counters.chart += 1;
  const series = seriesFromRange(host, source, by, kind);
  const chart: ChartModel = {
    id: nextGuid(host.model, 4),
    name: `Chart ${host.model.counters.chart}`,
    chartType: kind,
    sheet,
    // Excel drops a new chart in the middle of the window; the fake puts it beside its data.
    left: source.sheet === sheet ? columnLeft(sheet, lastCol(source.rect) + 2) : 0,
    top: source.sheet === sheet ? rowTop(sheet, source.rect.r0) : 0,
    ...DEFAULT_CHART_SIZE,
    title: { text: series.length === 1 ? series[0]!.name : "Chart Title", visible: true },
    legend: { visible: true, position: "Bottom" },
    series,
    axes: { category: newAxis(), value: newAxis(), secondaryCategory: newAxis(), secondaryValue: newAxis() },
  };
  sheet.charts.push(chart);
  return chart;
}

/** chart.setData: series rebuilt from the range; per-series type and axis kept by position. */
export function setChartData(host: FakeHost, chart: ChartModel, source: RangeTarget, seriesBy: unknown, location: string): void {
  assertEditable(chart.sheet, location);
  const by = seriesBy ?? "Auto";
  if (by !== "Auto" && by !== "Columns" && by !== "Rows") throw officeError("InvalidArgument", undefined, location);
  const next = seriesFromRange(host, source, by, chart.chartType);
  next.forEach((s, i) => {
    const old = chart.series[i];
    if (old) {
      s.chartType = old.chartType;
      s.axisGroup = old.axisGroup;
    }
  });
  chart.series = next;
}

export function setPosition(chart: ChartModel, start: RangeTarget, end: RangeTarget | null, location: string): void {
  assertEditable(chart.sheet, location);
  if (start.sheet !== chart.sheet || (end && end.sheet !== chart.sheet)) {
    throw officeError("InvalidArgument", "The cells must be on the chart's worksheet.", location);
  }
  chart.left = columnLeft(chart.sheet, start.rect.c0);
  chart.top = rowTop(chart.sheet, start.rect.r0);
  if (end) {
    const right = columnLeft(chart.sheet, lastCol(end.rect) + 1);
    const bottom = rowTop(chart.sheet, lastRow(end.rect) + 1);
    if (right <= chart.left || bottom <= chart.top) throw officeError("InvalidArgument", "The end cell must be below and right of the start cell.", location);
    chart.width = right - chart.left;
    chart.height = bottom - chart.top;
  }
}

/** The cells under a chart's top-left and bottom-right corners ("E2", "L17"). */
export function chartAnchor(chart: ChartModel): { from: string; to: string } {
  const c0 = columnAt(chart.sheet, chart.left);
  const r0 = rowAt(chart.sheet, chart.top);
  const c1 = columnAt(chart.sheet, chart.left + chart.width - 0.01);
  const r1 = rowAt(chart.sheet, chart.top + chart.height - 0.01);
  return { from: formatRect(rect(r0, c0, 1, 1)), to: formatRect(rect(r1, c1, 1, 1)) };
}

/** The cells a chart covers, for overlap checks. */
export function chartCells(chart: ChartModel): Rect {
  const c0 = columnAt(chart.sheet, chart.left);
  const r0 = rowAt(chart.sheet, chart.top);
  const c1 = columnAt(chart.sheet, chart.left + chart.width - 0.01);
  const r1 = rowAt(chart.sheet, chart.top + chart.height - 0.01);
  return rect(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
}

/** "=Sheet1!$B$2:$B$6" for a range, "={1,2,3}" for a literal list, "" when unset; "=#REF!" when the sheet is gone. */
export function sourceString(host: FakeHost, source: SeriesSource | null): string {
  if (!source) return "";
  if (source.kind === "list") return `={${source.values.map((v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(",")}}`;
  if (!host.isAlive(source.sheet)) return "=#REF!";
  return `=${quoteSheetName(source.sheet.name)}!${formatRect(source.rect, true)}`;
}

export function sourceType(host: FakeHost, source: SeriesSource | null): string {
  if (!source) return "Unknown";
  if (source.kind === "list") return "List";
  return host.isAlive(source.sheet) ? "LocalRange" : "Unknown";
}

export function sourceValues(host: FakeHost, source: SeriesSource | null): string[] {
  if (!source) return [];
  if (source.kind === "list") return source.values.map(String);
  if (!host.isAlive(source.sheet)) return [];
  const out: string[] = [];
  for (let r = source.rect.r0; r <= lastRow(source.rect); r++) {
    for (let c = source.rect.c0; c <= lastCol(source.rect); c++) out.push(textAt(host, source.sheet, r, c));
  }
  return out;
}

/** A series' name: live from its cell when it came from the sheet. */
export function seriesName(host: FakeHost, series: SeriesModel): string {
  const src = series.nameSource;
  if (src && src.kind === "range" && host.isAlive(src.sheet)) return textAt(host, src.sheet, src.rect.r0, src.rect.c0);
  return series.name;
}

export function axisGroup(value: unknown, location: string): AxisGroup {
  if (value === "Primary" || value === "Secondary") return value;
  throw officeError("InvalidArgument", `${JSON.stringify(value)} is not Primary or Secondary.`, location);
}
