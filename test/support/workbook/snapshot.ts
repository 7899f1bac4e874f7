/**
 * A deep, plain-data copy of everything in the workbook — for "identical to before" and
 * "nothing outside the new sheet changed" assertions — and a diff that names what changed.
 * Cells are keyed by A1 address and list only non-default content and formats.
 */
import { cellKey, columnLetters, formatRect, parseKey, rect } from "./address";
import { metaAt, numberFormatAt } from "./cells";
import { chartAnchor, seriesName, sourceString } from "./chart-ops";
import type { ExcelValue } from "./engine";
import type { FakeHost } from "./host";
import type { CalculationMode, CellStyle, PageLayoutModel, SheetModel } from "./model";
import { nameFormula } from "./names";
import { bodyRect } from "./table-ops";

export interface CellSnapshot {
  value: ExcelValue;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  /** Entered with a leading apostrophe. */
  quotePrefix?: true;
  /** Filled by another cell's spilled array. */
  spilled?: true;
}

export interface SeriesSnapshot {
  name: string;
  chartType: string;
  axisGroup: string;
  values: string;
  categories: string;
}

export interface ChartSnapshot {
  id: string;
  name: string;
  chartType: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The cells under the chart's corners. */
  anchor: { from: string; to: string };
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  series: SeriesSnapshot[];
  axes: Record<string, { visible: boolean; title: string; numberFormat: string; minimum: number | null; maximum: number | null }>;
}

export interface SheetSnapshot {
  id: string;
  position: number;
  visibility: string;
  tabColor: string;
  protected: boolean;
  frozen: { rows: number; columns: number };
  pageLayout: PageLayoutModel;
  cells: Record<string, CellSnapshot>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  merges: string[];
  charts: ChartSnapshot[];
}

export interface TableSnapshot {
  id: string;
  sheet: string;
  address: string;
  dataBody: string;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface WorkbookSnapshot {
  sheetOrder: string[];
  activeSheet: string | null;
  selection: string | null;
  calculationMode: CalculationMode;
  protected: boolean;
  sheets: Record<string, SheetSnapshot>;
  tables: Record<string, TableSnapshot>;
  names: Record<string, { formula: string; comment: string; visible: boolean }>;
  customXmlParts: { id: string; namespaceUri: string; xml: string }[];
  settings: Record<string, unknown>;
  documentSettings: Record<string, unknown>;
}

function cellsOf(host: FakeHost, sheet: SheetModel): Record<string, CellSnapshot> {
  const keys = new Set<string>([...sheet.content, ...sheet.meta.keys()]);
  for (const key of sheet.content) {
    const [r, c] = parseKey(key);
    const spill = host.engine.spillExtent(sheet.hfId, r, c);
    if (!spill) continue;
    for (let dr = 0; dr < spill.rows; dr++) for (let dc = 0; dc < spill.cols; dc++) keys.add(cellKey(r + dr, c + dc));
  }
  const sorted = [...keys].map(parseKey).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Record<string, CellSnapshot> = {};
  for (const [r, c] of sorted) out[formatRect(rect(r, c, 1, 1))] = cellSnapshot(host, sheet, r, c);
  return out;
}

/** One cell as the snapshot records it ({ value: "" } for an empty, unformatted cell). */
export function cellSnapshot(host: FakeHost, sheet: SheetModel, r: number, c: number): CellSnapshot {
  const cell: CellSnapshot = { value: host.shownValue(sheet, r, c) };
  const formula = host.engine.formula(sheet.hfId, r, c);
  if (formula !== undefined) cell.formula = formula;
  const meta = metaAt(sheet, r, c);
  if (meta?.numberFormat !== undefined) cell.numberFormat = numberFormatAt(sheet, r, c);
  if (meta?.style) cell.style = JSON.parse(JSON.stringify(meta.style)) as CellStyle;
  if (meta?.quotePrefix) cell.quotePrefix = true;
  if (!sheet.content.has(cellKey(r, c)) && host.engine.isSpillChild(sheet.hfId, r, c)) cell.spilled = true;
  return cell;
}

export function takeSnapshot(host: FakeHost): WorkbookSnapshot {
  const model = host.model;
  const sheets: Record<string, SheetSnapshot> = {};
  model.sheets.forEach((sheet, position) => {
    sheets[sheet.name] = {
      id: sheet.id,
      position,
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      protected: sheet.protected,
      frozen: { ...sheet.frozen },
      pageLayout: structuredClone(sheet.pageLayout),
      cells: cellsOf(host, sheet),
      columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetters(c), w])),
      rowHeights: Object.fromEntries([...sheet.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])),
      merges: sheet.merges.map((m) => formatRect(m)).sort(),
      charts: sheet.charts.map((chart) => ({
        id: chart.id,
        name: chart.name,
        chartType: chart.chartType,
        left: chart.left,
        top: chart.top,
        width: chart.width,
        height: chart.height,
        anchor: chartAnchor(chart),
        title: { ...chart.title },
        legend: { ...chart.legend },
        series: chart.series.map((s) => ({
          name: seriesName(host, s),
          chartType: s.chartType,
          axisGroup: s.axisGroup,
          values: sourceString(host, s.values),
          categories: sourceString(host, s.categories),
        })),
        axes: Object.fromEntries(
          Object.entries(chart.axes).map(([k, a]) => [k, { visible: a.visible, title: a.title, numberFormat: a.numberFormat, minimum: a.minimum, maximum: a.maximum }]),
        ),
      })),
    };
  });
  const tables: Record<string, TableSnapshot> = {};
  for (const t of model.tables) {
    tables[t.name] = {
      id: t.id,
      sheet: t.sheet.name,
      address: formatRect(t.rect),
      dataBody: formatRect(bodyRect(t)),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
    };
  }
  const parse = (m: Map<string, string>) => Object.fromEntries([...m].map(([k, v]) => [k, JSON.parse(v) as unknown]));
  return {
    sheetOrder: model.sheets.map((s) => s.name),
    activeSheet: model.activeSheet?.name ?? null,
    selection: model.selection ? `${model.selection.sheet.name}!${formatRect(model.selection.rect)}` : null,
    calculationMode: model.calculationMode,
    protected: model.protected,
    sheets,
    tables,
    names: Object.fromEntries(model.names.map((n) => [n.name, { formula: nameFormula(host, n), comment: n.comment, visible: n.visible }])),
    customXmlParts: model.xmlParts.map((p) => ({ ...p })),
    settings: parse(model.settings),
    documentSettings: parse(model.documentSettings),
  };
}

/**
 * Paths that differ between two snapshots, e.g. `sheets.Model.cells.B2.value: 1 → 2`,
 * `sheets.Aier (300015): added`. Empty when the workbooks are identical.
 */
export function diffSnapshots(before: unknown, after: unknown, path = ""): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after)) {
    return [`${path}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`];
  }
  const out: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const sub = path ? `${path}.${key}` : key;
    if (!(key in before)) out.push(`${sub}: added`);
    else if (!(key in after)) out.push(`${sub}: removed`);
    else out.push(...diffSnapshots(before[key], after[key], sub));
  }
  return out;
}
