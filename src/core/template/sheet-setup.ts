/**
 * How a template sheet is viewed and printed (plan.setup), from its layout: frozen panes, the
 * printed columns and rows, the print titles, and every page break (print.ts).
 */
import { columnLetters, parseRect, type CellRect } from "./a1";
import type { PanelLayout } from "./panel";
import { pageStarts, PRINT_BODY, PRINT_MARGINS, type KeepTogether } from "./print";
import type { PlanFormat, PlanSheetSetup } from "./types";
import { ROW_HEIGHT } from "./widths";

/**
 * The printed columns: every used column and every chart, and at least a page's width (a narrow
 * sheet prints at full size anyway; its header's notes then have the page's width to run on in).
 */
function printedColumns(widths: readonly number[], charts: readonly CellRect[]): { lastCol: number; width: number } {
  let lastCol = charts.reduce((m, c) => Math.max(m, c.col + c.colCount - 1), widths.length - 1);
  const widthTo = (last: number) => Array.from({ length: last + 1 }, (_, c) => widths[c] ?? DEFAULT_COLUMN_WIDTH).reduce((a, b) => a + b, 0);
  while (widthTo(lastCol) + DEFAULT_COLUMN_WIDTH <= PRINT_BODY.width) lastCol++;
  return { lastCol, width: widthTo(lastCol) };
}

/** Excel's default column width in points, for columns the plan does not size. */
const DEFAULT_COLUMN_WIDTH = 48;

export const printWidth = (widths: readonly number[], charts: readonly CellRect[]) => printedColumns(widths, charts).width;

/**
 * Row heights as printed: the plan's wrapped rows, and rows of a larger font, which Excel makes
 * taller on open (Calibri 14: 18.75 points).
 */
export function printedHeights(heights: Readonly<Record<number, number>>, formats: readonly PlanFormat[]): (row: number) => number {
  const bySize = new Map<number, number>();
  for (const f of formats) {
    const r = f.fontSize ? parseRect(f.range) : null;
    if (r && f.fontSize) for (let i = r.row; i < r.row + r.rowCount; i++) bySize.set(i, Math.max(bySize.get(i) ?? 0, Math.ceil(f.fontSize * 1.34 * 4) / 4));
  }
  return (r) => Math.max(heights[r] ?? ROW_HEIGHT, bySize.get(r) ?? 0);
}

/**
 * Freeze panes below the first period table's header row (the financials', else the segments' or
 * peers') and right of the labels; print the used range and the charts on portrait A4, one page
 * wide, with the page breaks planned (print.ts: no chart band and no table's start cut by a
 * break); repeat that header row only when its table runs past the first page. Every other
 * period table has its header row right above it, and on the pages of other figures and sources
 * a repeated period row would label the wrong columns.
 */
export function sheetSetup(
  rows: number,
  widths: readonly number[],
  height: (row: number) => number,
  charts: readonly CellRect[],
  anchor: PanelLayout | null,
  keep: readonly KeepTogether[],
): PlanSheetSetup {
  const lastRow = charts.reduce((m, c) => Math.max(m, c.row + c.rowCount - 1), rows - 1);
  const { lastCol, width } = printedColumns(widths, charts);
  const pagination = { rows: lastRow + 1, height, width, keep };
  let breaks = pageStarts(pagination);
  const header = anchor ? anchor.headerRow + 1 : 0;
  const repeat = anchor !== null && breaks.length > 0 && breaks[0]! < anchor.nextRow;
  if (repeat) breaks = pageStarts({ ...pagination, titleRows: { first: header - 1, last: header - 1 } });
  return {
    freeze: anchor ? { rows: header, columns: 1 } : { rows: 0, columns: 0 },
    printArea: `A1:${columnLetters(lastCol)}${lastRow + 1}`,
    ...(repeat ? { printTitleRows: `${header}:${header}` } : {}),
    printTitleColumns: "A:A",
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: "A4",
    margins: PRINT_MARGINS,
    rowBreaks: breaks,
  };
}
