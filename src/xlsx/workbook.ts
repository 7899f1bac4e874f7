/**
 * A portable template plan as an exceljs workbook: the same sheet "Load template" writes —
 * cells, number formats, fonts, column widths and Excel tables — with every formula's
 * cached result. Charts, panes, print setup and defined names are added by a second pass
 * (deliverable.ts, Excelize: exceljs writes no charts); the chart bindings go into the custom
 * XML part (custom-xml.ts) so "Refresh charts" in Excel re-binds them.
 *
 * Cell rules (as the Office.js adapter, docs/excel.md "Text stays text"):
 * - text → a string cell formatted "@": "=x", "+1%", "@name", "2024" stay text (exceljs never
 *   reads a string as a formula; formulas are written only from formula cells);
 * - blank → an empty cell (its number format only), never 0;
 * - formula → `<f>` without the "=", newer functions `_xlfn.`-prefixed, with its cached result.
 */
import ExcelJS from "exceljs";
import { bindingDocumentFor } from "../core/chart/bindings";
import type { BindingDocument } from "../core/chart/types";
import { isCellError } from "../core/errors";
import { cellAddress, parseRect } from "../core/template/a1";
import { uniqueSheetName } from "../core/template/sheet-name";
import { uniqueTableName } from "../core/template/table-name";
import type { PlanCell, PlanFormat, TableRole, TemplatePlan } from "../core/template/types";
import type { CachedResult } from "./results";
import { pointsToColumnWidth } from "./widths";
import { withXlfnPrefixes } from "./xlfn";

/** One template sheet of the workbook. */
export interface PlannedSheet {
  readonly plan: TemplatePlan;
  /** The sheet's final name (unique in the workbook). */
  readonly sheet: string;
  /** Table role → final table name (unique in the workbook). */
  readonly tableNames: ReadonlyMap<TableRole, string>;
}

export interface PlannedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** One per plan, in order. */
  readonly sheets: readonly PlannedSheet[];
  /** The record the add-in would write for these sheets: every planned chart, every template. */
  readonly bindings: BindingDocument;
}

function cachedValue(r: CachedResult): number | string | boolean | ExcelJS.CellErrorValue {
  return isCellError(r) ? ({ error: r.error } as ExcelJS.CellErrorValue) : r;
}

/** What exceljs stores for a plan cell (null leaves the cell empty). */
function valueOf(c: PlanCell, result: CachedResult | undefined): ExcelJS.CellValue {
  switch (c.kind) {
    case "text":
      return c.text;
    case "number":
      return c.value;
    case "formula": {
      const formula = withXlfnPrefixes(c.formula.replace(/^=/, ""));
      return result === undefined ? { formula } : { formula, result: cachedValue(result) };
    }
    case "blank":
      return null;
  }
}

/** The cell's number format ("@" for text, so text is stored and shown as typed); none for General. */
function numFmtOf(c: PlanCell): string | undefined {
  const f = c.kind === "text" ? "@" : c.format;
  return f && f !== "General" ? f : undefined;
}

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function applyFormat(ws: ExcelJS.Worksheet, f: PlanFormat): void {
  const rect = parseRect(f.range);
  if (!rect) throw new Error(`plan format range is not A1: ${f.range}`);
  for (let r = rect.row; r < rect.row + rect.rowCount; r++)
    for (let c = rect.col; c < rect.col + rect.colCount; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const font: Partial<ExcelJS.Font> = { ...cell.font };
      if (f.bold !== undefined) font.bold = f.bold;
      if (f.italic !== undefined) font.italic = f.italic;
      if (f.fontSize !== undefined) font.size = f.fontSize;
      if (f.fontColor !== undefined) font.color = { argb: argb(f.fontColor) };
      cell.font = font;
      if (f.fill !== undefined) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
      if (f.wrap !== undefined) cell.alignment = { ...cell.alignment, wrapText: f.wrap };
      if (f.align !== undefined) cell.alignment = { ...cell.alignment, horizontal: f.align };
      if (f.valign !== undefined) cell.alignment = { ...cell.alignment, vertical: f.valign === "center" ? "middle" : f.valign };
    }
}

/** Writes one plan as a new sheet of `wb`; sheet and table names are made unique against `taken`. */
function addPlanSheet(
  wb: ExcelJS.Workbook,
  plan: TemplatePlan,
  results: ReadonlyMap<string, CachedResult>,
  taken: { readonly sheets: string[]; readonly tables: string[] },
): PlannedSheet {
  if (plan.style !== "portable") throw new Error("xlsx export writes portable plans only");
  const sheet = uniqueSheetName(plan.sheetName, taken.sheets);
  taken.sheets.push(sheet);
  const ws = wb.addWorksheet(sheet);

  const value = (r: number, c: number): ExcelJS.CellValue => valueOf(plan.cells[r]![c]!, results.get(cellAddress(r, c)));

  // Tables first: exceljs writes a table's header and rows into the cells; the cell pass below
  // then sets every cell (value and format) from the plan.
  const tableNames = new Map<TableRole, string>();
  for (const t of plan.tables) {
    const name = uniqueTableName(t.name, taken.tables);
    taken.tables.push(name);
    tableNames.set(t.role, name);
    const { row, col, rowCount, colCount } = t.rect;
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = row + 1; r < row + rowCount; r++) rows.push(Array.from({ length: colCount }, (_, j) => value(r, col + j)));
    ws.addTable({
      name,
      displayName: name,
      ref: cellAddress(row, col),
      headerRow: true,
      totalsRow: false,
      // Excel's tables.add defaults: banded rows and filter buttons on.
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true, showColumnStripes: false, showFirstColumn: false, showLastColumn: false },
      columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows,
    });
  }

  plan.cells.forEach((rowCells, r) =>
    rowCells.forEach((c, col) => {
      const fmt = numFmtOf(c);
      const v = value(r, col);
      if (fmt === undefined && v === null) return;
      const cell = ws.getCell(r + 1, col + 1);
      if (fmt !== undefined) cell.numFmt = fmt;
      cell.value = v;
    }),
  );
  for (const f of plan.formats) applyFormat(ws, f);
  plan.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = pointsToColumnWidth(w);
  });
  // The plan's heights for rows whose wrapped text needs more than one line (LibreOffice does
  // not re-fit rows on open: without them wrapped labels run over the rows below).
  for (const [r, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(r) + 1).height = height;
  return { plan, sheet, tableNames };
}

/**
 * Builds the workbook: one sheet per plan, in order. `results` holds each plan's cached result
 * of every formula cell (A1 → value); plans must be portable (a live plan would need the add-in
 * to compute: a programming error).
 */
export function plansWorkbook(items: readonly { readonly plan: TemplatePlan; readonly results: ReadonlyMap<string, CachedResult> }[]): PlannedWorkbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CapCycle";
  // Excel recomputes on open; the cached results serve viewers that do not calculate.
  wb.calcProperties.fullCalcOnLoad = true;
  const taken = { sheets: [] as string[], tables: [] as string[] };
  const sheets = items.map(({ plan, results }) => addPlanSheet(wb, plan, results, taken));
  const docs = sheets.map((s) => bindingDocumentFor(s.plan, s.sheet, s.tableNames, s.plan.charts.map((c) => c.name)));
  const bindings: BindingDocument = { version: 1, charts: docs.flatMap((d) => d.charts), templates: docs.flatMap((d) => d.templates) };
  return { workbook: wb, sheets, bindings };
}

/** The workbook of one plan. */
export function planWorkbook(plan: TemplatePlan, results: ReadonlyMap<string, CachedResult>): PlannedWorkbook {
  return plansWorkbook([{ plan, results }]);
}
