/**
 * The second pass over the package exceljs wrote: Excelize opens it and adds what makes it a
 * deliverable — the plan's native charts, frozen panes at the labels, the print setup (fit to
 * one page wide, the label column and the period row repeated on every page, the print area,
 * page numbers in the footer) and a defined name per table. Everything comes from the plan
 * (sheet-setup.ts, chart-options.ts); Excelize keeps every part it does not touch (cells,
 * cached results, tables) byte for byte.
 */
import { cellAddress, columnLetters } from "../core/template/a1";
import { excelizeChart, type ChartTypeIds, type SheetPixels } from "./chart-options";
import { loadExcelize, type Excelize } from "./excelize";
import { sheetSetupOf, type SheetSetup } from "./sheet-setup";
import type { PlannedSheet } from "./workbook";

export interface Deliverable {
  readonly bytes: Uint8Array;
  /** Per sheet, in order. */
  readonly setups: readonly SheetSetup[];
  /** Placeholder written as a series name → the name as text (patched by after-excelize.ts). */
  readonly literalNames: ReadonlyMap<string, string>;
}

function check(what: string, r: { error: string | null }): void {
  if (r.error) throw new Error(`Excelize ${what}: ${r.error}`);
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function chartTypeIds(x: Excelize): ChartTypeIds {
  return { ColumnClustered: x.Col, BarClustered: x.Bar, Line: x.Line };
}

/** Adds charts, panes, print setup and names to `xlsx`, whose sheets were written from `sheets`' plans. */
export async function makeDeliverable(xlsx: Uint8Array, sheets: readonly PlannedSheet[]): Promise<Deliverable> {
  const x = await loadExcelize();
  const f = x.OpenReader(xlsx);
  if ((f as unknown as { error?: string | null }).error) throw new Error(`Excelize could not open the package: ${(f as unknown as { error: string }).error}`);
  const ids = chartTypeIds(x);
  const literalNames = new Map<string, string>();
  const setups = sheets.map(({ plan, sheet, tableNames }, si) => {
    const setup = sheetSetupOf(plan, tableNames);
    const px: SheetPixels = {
      col: (c) => {
        if (c >= plan.columnWidths.length) return 64; // a column the plan does not size
        const w = f.GetColWidth(sheet, columnLetters(c));
        check("GetColWidth", w);
        return Math.round(w.width * 8);
      },
      row: (r) => {
        const h = f.GetRowHeight(sheet, r + 1);
        check("GetRowHeight", h);
        return Math.ceil((4 / 3.4) * h.height);
      },
    };
    plan.charts.forEach((c, ci) => {
      const ch = excelizeChart(plan, c, sheet, ids, px, (n) => `CapCycleSeriesName_${si}_${ci}_${n}`);
      for (const [k, v] of ch.literalNames) literalNames.set(k, v);
      check(`AddChart ${c.name}`, f.AddChart(sheet, ch.cell, ch.chart, ...ch.combos));
    });

    const { rows, cols } = setup.freeze;
    if (rows > 0 || cols > 0) {
      const topLeft = cellAddress(rows, cols);
      const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
      check("SetPanes", f.SetPanes(sheet, { Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: topLeft, ActivePane: pane, Selection: [{ SQRef: topLeft, ActiveCell: topLeft, Pane: pane }] }));
    }

    // Fit to the plan's pages wide (one), as many tall as it takes (0 = automatic).
    check("SetSheetProps", f.SetSheetProps(sheet, { FitToPage: true }));
    check("SetPageLayout", f.SetPageLayout(sheet, { Size: setup.paperCode, Orientation: setup.orientation, FitToWidth: setup.fitToWidth, FitToHeight: setup.fitToHeight }));
    const m = setup.margins;
    check("SetPageMargins", f.SetPageMargins(sheet, { Left: m.left, Right: m.right, Top: m.top, Bottom: m.bottom, Header: m.header, Footer: m.footer }));
    // The plan's page breaks, every one of them (a row break above the row; none across: one page wide).
    for (const r of setup.rowBreaks) check("InsertPageBreak", f.InsertPageBreak(sheet, cellAddress(r, 0)));
    // Footer: the sheet's name left, "page / pages" right (Excel's header/footer codes).
    check("SetHeaderFooter", f.SetHeaderFooter(sheet, { OddFooter: "&L&A&R&P / &N" }));

    const q = quoted(sheet);
    const a = setup.printArea;
    check(
      "Print_Area",
      f.SetDefinedName({ Name: "_xlnm.Print_Area", Scope: sheet, RefersTo: `${q}!$${columnLetters(a.col)}$${a.row + 1}:$${columnLetters(a.col + a.colCount - 1)}$${a.row + a.rowCount}` }),
    );
    const titles: string[] = [];
    if (setup.titleCols) titles.push(`${q}!$${columnLetters(setup.titleCols.first)}:$${columnLetters(setup.titleCols.last)}`);
    if (setup.titleRows) titles.push(`${q}!$${setup.titleRows.first + 1}:$${setup.titleRows.last + 1}`);
    if (titles.length > 0) check("Print_Titles", f.SetDefinedName({ Name: "_xlnm.Print_Titles", Scope: sheet, RefersTo: titles.join(",") }));
    for (const n of setup.names) {
      const r = n.rect;
      const ref = `${q}!$${columnLetters(r.col)}$${r.row + 1}:$${columnLetters(r.col + r.colCount - 1)}$${r.row + r.rowCount}`;
      check(`name ${n.name}`, f.SetDefinedName({ Name: n.name, RefersTo: ref }));
    }
    return setup;
  });

  const out = f.WriteToBuffer();
  check("WriteToBuffer", out);
  return { bytes: new Uint8Array(out.buffer as ArrayBuffer), setups, literalNames };
}
