/**
 * What makes the exported sheet a deliverable besides its cells — frozen panes, the print
 * setup and the defined names — computed in this one place from the plan's tables and charts,
 * never from a company's known positions (the layout may move every table).
 *
 * The anchor is the financials table (else the first table): its header row is the period row
 * (or field row) analysts read values against, its first column the labels. Panes freeze just
 * below and right of them; print titles repeat them on every page.
 */
import { rowExtents } from "../core/chart/placement";
import type { CellRect } from "../core/template/a1";
import type { PlanTable, TableRole, TemplatePlan } from "../core/template/types";

/** A4, the paper analysts in China (and most of the world) print on. */
export const PAPER = { excelCode: 9, widthIn: 8.27, heightIn: 11.69 } as const;

/** Margins in inches: narrow, so the width goes to the columns; room for the footer. */
export const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 } as const;

/** Excel's default column width in points (8.43 characters of Calibri 11), for unsized columns. */
const DEFAULT_COL_PT = 48;

export interface SheetSetup {
  /** Rows above and columns left of the frozen panes (0 = none frozen that way). */
  readonly freeze: { readonly rows: number; readonly cols: number };
  /** Everything printed: every used cell (text running on included) and every chart. */
  readonly printArea: CellRect;
  /** 0-based row and column repeated on every printed page (null: none). */
  readonly titleRow: number | null;
  readonly titleCol: number | null;
  /** Portrait unless the print area is wider than a portrait page (it would print smaller). */
  readonly orientation: "portrait" | "landscape";
  /** Scale that fitting the print area's width to one page implies (1 = full size). */
  readonly widthScale: number;
  /** One defined name per table (its header and body), beside the table's own name. */
  readonly names: readonly { readonly name: string; readonly rect: CellRect }[];
}

/** The table analysts read the sheet by: financials if present, else the first one. */
export function anchorTable(plan: TemplatePlan): PlanTable | undefined {
  return plan.tables.find((t) => t.role === "financials") ?? plan.tables[0];
}

/** The printable width of a page in points for an orientation. */
export function printableWidthPt(orientation: "portrait" | "landscape"): number {
  const paper = orientation === "portrait" ? PAPER.widthIn : PAPER.heightIn;
  return (paper - MARGINS.left - MARGINS.right) * 72;
}

/** The used rectangle from A1: cells with content (text as far as it shows) and charts. */
export function usedRect(plan: TemplatePlan): CellRect {
  const extents = rowExtents(plan.cells, plan.columnWidths);
  let rows = 0;
  let cols = 0;
  extents.forEach((reach, r) => {
    if (reach > 0) rows = r + 1;
    cols = Math.max(cols, reach);
  });
  for (const c of plan.charts) {
    rows = Math.max(rows, c.position.row + c.position.rowCount);
    cols = Math.max(cols, c.position.col + c.position.colCount);
  }
  return { row: 0, col: 0, rowCount: Math.max(rows, 1), colCount: Math.max(cols, 1) };
}

/** Width in points of columns [from, from + count). */
export function columnsWidthPt(widths: readonly number[], from: number, count: number): number {
  let w = 0;
  for (let c = from; c < from + count; c++) w += widths[c] ?? DEFAULT_COL_PT;
  return w;
}

/**
 * The defined name of a table's range: the table's name with "_Range". Excel forbids a name
 * equal to a table's; readers that do not know Excel tables (LibreOffice's name list, older
 * tools, other sheets' formulas) still find every table by it.
 */
export function rangeNameOf(tableName: string): string {
  return `${tableName}_Range`;
}

export function sheetSetupOf(plan: TemplatePlan, tableNames: ReadonlyMap<TableRole, string>): SheetSetup {
  const anchor = anchorTable(plan);
  const printArea = usedRect(plan);
  const width = columnsWidthPt(plan.columnWidths, printArea.col, printArea.colCount);
  const orientation = width > printableWidthPt("portrait") ? "landscape" : "portrait";
  const names = plan.tables.flatMap((t) => {
    const table = tableNames.get(t.role);
    return table ? [{ name: rangeNameOf(table), rect: t.rect }] : [];
  });
  return {
    freeze: anchor ? { rows: anchor.rect.row + 1, cols: anchor.rect.col + 1 } : { rows: 0, cols: 0 },
    printArea,
    titleRow: anchor ? anchor.rect.row : null,
    titleCol: anchor ? anchor.rect.col : null,
    orientation,
    widthScale: Math.min(1, printableWidthPt(orientation) / width),
    names,
  };
}
