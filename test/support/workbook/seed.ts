/**
 * Arranging a workbook for a test directly, without proxies, syncs or counters:
 *   fake.seed.sheet("Model", { A1: "Period", B1: "Capex", A2: "'2024", B2: 12.5, C2: "=B2*2" });
 *   fake.seed.sheet("Data", [["Period", "Capex"], ["'2023", 10]], { at: "B2" });
 *   fake.seed.table("Data", "B2:C3", { name: "Financials" });
 *   fake.seed.chart("Data", { type: "ColumnClustered", source: "B2:C3", name: "Capex" });
 * Cell input is read as if typed (the same rules as range.values): "=…" is a formula, "'…" text.
 * Seeding goes through the same model operations as the API, so the same rules apply.
 */
import { parseAddress, rect, type Rect } from "./address";
import { setStyle, writeContent, writeNumberFormat } from "./cells";
import { addChart, chartType, setPosition } from "./chart-ops";
import { addXmlPart } from "./custom-xml";
import type { FakeHost } from "./host";
import type { AxisGroup, CalculationMode, CellStyle, SeriesSource, SheetModel } from "./model";
import { addName } from "./names";
import { resolveAddress } from "./range-target";
import { addSheet, findSheet } from "./sheet-ops";
import { addTable, renameTable, setShowTotals } from "./table-ops";

export type SeedValue = number | string | boolean | null;

export interface SeedCellObject {
  value?: SeedValue;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export type SeedCell = SeedValue | SeedCellObject;

export interface SeedSheetOptions {
  /** Top-left cell for a 2-D array of cells (default A1). */
  at?: string;
  protected?: boolean;
  activate?: boolean;
  /** Column widths in points by letter: { A: 120 }. */
  columnWidths?: Record<string, number>;
}

export interface SeedSeries {
  name?: string;
  /** "Sheet1!B2:B6" (or an address on the chart's sheet), or a literal list. */
  values: string | (number | string)[];
  categories?: string | (number | string)[];
  chartType?: string;
  axisGroup?: AxisGroup;
}

export interface SeedChart {
  type: string;
  /** Source range on the chart's sheet (or "Other!A1:C5"), as for charts.add. */
  source?: string;
  seriesBy?: "Auto" | "Columns" | "Rows";
  /** Replaces the series derived from `source`. */
  series?: SeedSeries[];
  name?: string;
  title?: string;
  /** Points, or the cells to span (as setPosition). */
  position?: { left: number; top: number; width: number; height: number } | { from: string; to?: string };
}

export interface Seeder {
  sheet(name: string, cells?: Record<string, SeedCell> | SeedCell[][], options?: SeedSheetOptions): string;
  table(sheet: string, address: string, options?: { name?: string; showTotals?: boolean; style?: string }): string;
  chart(sheet: string, chart: SeedChart): string;
  name(name: string, formula: string): void;
  customXmlPart(xml: string): string;
  setting(key: string, value: unknown): void;
  documentSetting(key: string, value: unknown): void;
  select(address: string): void;
  protect(sheet: string, password?: string): void;
  protectWorkbook(): void;
  calculationMode(mode: CalculationMode): void;
}

function sheetOrThrow(host: FakeHost, name: string): SheetModel {
  const sheet = findSheet(host, name);
  if (!sheet) throw new Error(`seed: no sheet "${name}"`);
  return sheet;
}

function seedCell(host: FakeHost, sheet: SheetModel, at: Rect, cell: SeedCell): void {
  const location = "seed";
  if (cell === null || typeof cell !== "object") {
    writeContent(host, sheet, at, [[cell]], location);
    return;
  }
  if (cell.numberFormat !== undefined) writeNumberFormat(host, sheet, at, [[cell.numberFormat]], location);
  if (cell.style) setStyle(sheet, at, cell.style, location);
  const content = cell.formula ?? cell.value;
  if (content !== undefined) writeContent(host, sheet, at, [[content]], location);
}

/**
 * A 2-D seed: each cell's number format and style first (no formula engine involved), then all
 * contents as one block write — one HyperFormula batch, not one recalculation per cell
 * (350 × 110 formulas: ~1.5 s of CPU instead of ~4 s). Missing cells of ragged rows and null
 * cells are left unchanged.
 */
function seedGrid(host: FakeHost, sheet: SheetModel, origin: Rect, cells: SeedCell[][]): void {
  const cols = cells.reduce((max, row) => Math.max(max, row.length), 0);
  if (cols === 0) return;
  const content = cells.map((row, i) =>
    Array.from({ length: cols }, (_, j): SeedValue => {
      const cell = row[j];
      if (cell === undefined || cell === null || typeof cell !== "object") return cell ?? null;
      const at = rect(origin.r0 + i, origin.c0 + j, 1, 1);
      if (cell.numberFormat !== undefined) writeNumberFormat(host, sheet, at, [[cell.numberFormat]], "seed");
      if (cell.style) setStyle(sheet, at, cell.style, "seed");
      return cell.formula ?? cell.value ?? null;
    }),
  );
  writeContent(host, sheet, rect(origin.r0, origin.c0, cells.length, cols), content, "seed");
}

function source(host: FakeHost, sheet: SheetModel, value: string | (number | string)[]): SeriesSource {
  if (Array.isArray(value)) return { kind: "list", values: value };
  const target = resolveAddress(host, sheet, value, "seed", true);
  return { kind: "range", sheet: target.sheet, rect: target.rect };
}

export function createSeeder(host: FakeHost): Seeder {
  return {
    sheet(name, cells, options = {}) {
      const sheet = findSheet(host, name) ?? addSheet(host, name, "seed");
      if (Array.isArray(cells)) {
        const origin = parseAddress(options.at ?? "A1")?.rect ?? rect(0, 0, 1, 1);
        seedGrid(host, sheet, origin, cells);
      } else if (cells) {
        for (const [address, cell] of Object.entries(cells)) {
          const at = parseAddress(address);
          if (!at) throw new Error(`seed: bad address "${address}"`);
          seedCell(host, sheet, at.rect, cell);
        }
      }
      for (const [letters, width] of Object.entries(options.columnWidths ?? {})) {
        const col = parseAddress(`${letters}1`);
        if (!col) throw new Error(`seed: bad column "${letters}"`);
        sheet.columnWidths.set(col.rect.c0, width);
      }
      if (options.activate) host.model.activeSheet = sheet;
      if (options.protected) sheet.protected = true;
      return sheet.name;
    },
    table(sheetName, address, options = {}) {
      const sheet = sheetOrThrow(host, sheetName);
      const table = addTable(host, sheet, resolveAddress(host, sheet, address, "seed").rect, true, "seed");
      if (options.name) renameTable(host, table, options.name, "seed");
      if (options.style) table.style = options.style;
      if (options.showTotals) setShowTotals(host, table, true, "seed");
      return table.name;
    },
    chart(sheetName, spec) {
      const sheet = sheetOrThrow(host, sheetName);
      const from = spec.source ? resolveAddress(host, sheet, spec.source, "seed", true) : { sheet, rect: rect(0, 0, 1, 1) };
      const chart = addChart(host, sheet, spec.type, from, spec.seriesBy ?? "Auto", "seed");
      if (spec.series) {
        chart.series = spec.series.map((s, i) => ({
          name: s.name ?? `Series${i + 1}`,
          nameSource: null,
          values: source(host, sheet, s.values),
          categories: s.categories === undefined ? null : source(host, sheet, s.categories),
          chartType: s.chartType === undefined ? chart.chartType : chartType(s.chartType, "seed"),
          axisGroup: s.axisGroup ?? "Primary",
          hasDataLabels: false,
        }));
      }
      if (spec.name) chart.name = spec.name;
      if (spec.title !== undefined) chart.title = { text: spec.title, visible: true };
      const position = spec.position;
      if (position && "from" in position) {
        const start = resolveAddress(host, sheet, position.from, "seed");
        setPosition(chart, start, position.to ? resolveAddress(host, sheet, position.to, "seed") : null, "seed");
      } else if (position) {
        Object.assign(chart, position);
      }
      return chart.name;
    },
    name(name, formula) {
      addName(host, name, formula, "", "seed");
    },
    customXmlPart(xml) {
      return addXmlPart(host, xml, "seed").id;
    },
    setting(key, value) {
      host.model.settings.set(key, JSON.stringify(value));
    },
    documentSetting(key, value) {
      host.model.documentSettings.set(key, JSON.stringify(value));
    },
    select(address) {
      const target = resolveAddress(host, host.model.activeSheet, address, "seed", true);
      host.model.selection = target;
      host.model.selectionExtra = null;
      host.model.activeSheet = target.sheet;
    },
    protect(sheetName, password) {
      const sheet = sheetOrThrow(host, sheetName);
      sheet.protected = true;
      sheet.protectionPassword = password ?? null;
    },
    protectWorkbook() {
      host.model.protected = true;
    },
    calculationMode(mode) {
      host.model.calculationMode = mode;
      if (mode === "Manual") host.freezeCalculation();
      else host.thawCalculation();
    },
  };
}
