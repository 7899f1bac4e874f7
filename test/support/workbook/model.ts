/**
 * The workbook state behind the proxies: plain objects the fake mutates at sync time.
 * Cell contents live in the HyperFormula engine (see engine.ts); everything else a workbook
 * holds — formats, merges, tables, charts, names, custom XML — lives here.
 */
import type { Rect } from "./address";

export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export type AxisGroup = "Primary" | "Secondary";

export interface BorderModel {
  style: string;
  color: string;
  weight: string;
}

/** Formatting of one cell; absent keys mean Excel's defaults. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  fillColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Record<string, BorderModel>;
}

/** Per-cell data that is not content. */
export interface CellMeta {
  numberFormat?: string;
  style?: CellStyle;
  /** Text entered with a leading apostrophe ('=1+1 stays text; the apostrophe is not part of the value). */
  quotePrefix?: boolean;
}

export interface SheetModel {
  readonly id: string;
  /** The HyperFormula sheet id mirroring this sheet. */
  hfId: number;
  name: string;
  visibility: SheetVisibility;
  tabColor: string;
  protected: boolean;
  protectionOptions: Record<string, boolean>;
  protectionPassword: string | null;
  /** Keys "r,c" of cells holding a value or a formula (spill results excluded). */
  content: Set<string>;
  meta: Map<string, CellMeta>;
  /** Column widths and row heights in points, where not the default. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: Rect[];
  charts: ChartModel[];
  frozen: { rows: number; columns: number };
  /** How the sheet prints (page-layout.ts). */
  pageLayout: PageLayoutModel;
}

/** Worksheet.pageLayout (ExcelApi 1.9) and the sheet's manual row breaks. Margins in points. */
export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Absolute A1 without the sheet ("$A$1:$M$80"), or null. */
  printArea: string | null;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /** 0-based rows with a manual page break above them, ascending. */
  rowBreaks: number[];
}

export interface TableModel {
  readonly id: string;
  readonly legacyId: string;
  name: string;
  sheet: SheetModel;
  /** The whole table: header row (when shown), body, total row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showFilterButton: boolean;
  style: string;
  /** Stable column ids, left to right. */
  columnIds: number[];
  nextColumnId: number;
}

/** Where a series' names, values or categories come from. */
export type SeriesSource =
  | { readonly kind: "range"; readonly sheet: SheetModel; readonly rect: Rect }
  | { readonly kind: "list"; readonly values: readonly (number | string)[] };

export interface SeriesModel {
  name: string;
  /** The cell the name was taken from, when it came from the sheet. */
  nameSource: SeriesSource | null;
  values: SeriesSource | null;
  categories: SeriesSource | null;
  chartType: string;
  axisGroup: AxisGroup;
  hasDataLabels: boolean;
}

export interface AxisModel {
  visible: boolean;
  title: string;
  titleVisible: boolean;
  numberFormat: string;
  minimum: number | null;
  maximum: number | null;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  chartType: string;
  sheet: SheetModel;
  left: number;
  top: number;
  width: number;
  height: number;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  series: SeriesModel[];
  axes: { category: AxisModel; value: AxisModel; secondaryCategory: AxisModel; secondaryValue: AxisModel };
}

export interface NamedItemModel {
  name: string;
  /** "=Sheet1!$A$1:$B$4", "=42", "=\"text\"". */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface XmlPartModel {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NamedItemModel[];
  xmlParts: XmlPartModel[];
  /** workbook.settings: key → JSON text of the value. */
  settings: Map<string, string>;
  /** Office.context.document.settings (the common API), for installFakeOffice. */
  documentSettings: Map<string, string>;
  activeSheet: SheetModel | null;
  selection: { sheet: SheetModel; rect: Rect } | null;
  /**
   * What the person has selected besides `selection` (which stays the active cell's area):
   * several areas picked with Ctrl (`areas`, first is `selection.rect`), or a chart or shape
   * (then the cells stay as they were, but no range is selected). Null: one area of cells.
   */
  selectionExtra: { readonly areas: readonly Rect[] } | { readonly object: "chart" | "shape"; readonly name: string } | null;
  calculationMode: CalculationMode;
  /** Workbook structure protection (blocks adding, deleting, renaming, moving sheets). */
  protected: boolean;
  /** Counters behind the generated ids and default names. */
  counters: { id: number; sheet: number; table: number; chart: number };
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11 = 64 px
export const DEFAULT_ROW_HEIGHT = 15; // points: 20 px
export const DEFAULT_CHART_SIZE = { width: 360, height: 216 }; // points: Excel's 5 in × 3 in
export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

export function emptyWorkbook(): WorkbookModel {
  return {
    sheets: [],
    tables: [],
    names: [],
    xmlParts: [],
    settings: new Map(),
    documentSettings: new Map(),
    activeSheet: null,
    selection: null,
    selectionExtra: null,
    calculationMode: "Automatic",
    protected: false,
    counters: { id: 0, sheet: 0, table: 0, chart: 0 },
  };
}

/** A GUID-shaped id like Excel's "{00000001-0001-0000-0000-000000000000}", deterministic per workbook. */
export function nextGuid(model: WorkbookModel, kind: number): string {
  model.counters.id += 1;
  const n = model.counters.id.toString(16).toUpperCase().padStart(8, "0");
  const k = kind.toString(16).toUpperCase().padStart(4, "0");
  return `{${n}-${k}-0000-0000-000000000000}`;
}

export function newAxis(): AxisModel {
  return { visible: true, title: "", titleVisible: false, numberFormat: "General", minimum: null, maximum: null };
}
