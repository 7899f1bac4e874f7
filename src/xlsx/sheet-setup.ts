/**
 * What makes the exported sheet a deliverable besides its cells — frozen panes, the print
 * setup and the defined names — as the plan gives them (core/template/build.ts sheetSetup: the
 * layout decides them for every adapter), in the form the Excelize pass writes. Nothing here
 * knows where a company's tables are.
 */
import { columnIndex, parseRect, type CellRect } from "../core/template/a1";
import type { TableRole, TemplatePlan } from "../core/template/types";

/** Paper sizes as Excel numbers them (ECMA-376 §18.3.1.63). */
export const PAPER_CODES = { A4: 9 } as const;

export interface SheetSetup {
  /** Rows above and columns left of the frozen panes (0 = none frozen that way). */
  readonly freeze: { readonly rows: number; readonly cols: number };
  /** Everything printed: every used cell and every chart. */
  readonly printArea: CellRect;
  /** 0-based rows and columns repeated on every printed page (null: none). */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  readonly titleCols: { readonly first: number; readonly last: number } | null;
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  readonly paperCode: number;
  /** Inches. */
  readonly margins: TemplatePlan["setup"]["margins"];
  /** 0-based first rows of the pages after the first (manual breaks above them). */
  readonly rowBreaks: readonly number[];
  /** One defined name per table (its header and body), beside the table's own name. */
  readonly names: readonly { readonly name: string; readonly rect: CellRect }[];
}

/**
 * The defined name of a table's range: the table's name with "_Range" (the plan's names are
 * made from the tables' base names; the adapter renames them alike when it makes a table's name
 * unique).
 */
export function rangeNameOf(tableName: string): string {
  return `${tableName}_Range`;
}

function rect(a1: string, what: string): CellRect {
  const r = parseRect(a1);
  if (!r) throw new Error(`plan ${what} is not A1: ${a1}`);
  return r;
}

/** "12:12" → rows 11..11; "A:B" → columns 0..1. */
function span(text: string | undefined, kind: "rows" | "cols"): { first: number; last: number } | null {
  if (!text) return null;
  const [a = "", b = a] = text.split(":");
  const index = (s: string) => (kind === "rows" ? Number(s.replace(/\$/g, "")) - 1 : columnIndex(s.replace(/\$/g, "")));
  const first = index(a);
  const last = index(b);
  if (!(first >= 0 && last >= first)) throw new Error(`plan print titles are not ${kind}: ${text}`);
  return { first, last };
}

export function sheetSetupOf(plan: TemplatePlan, tableNames: ReadonlyMap<TableRole, string>): SheetSetup {
  const s = plan.setup;
  return {
    freeze: { rows: s.freeze.rows, cols: s.freeze.columns },
    printArea: rect(s.printArea, "print area"),
    titleRows: span(s.printTitleRows, "rows"),
    titleCols: span(s.printTitleColumns, "cols"),
    orientation: s.orientation,
    fitToWidth: s.fitToWidth,
    fitToHeight: s.fitToHeight,
    paperCode: PAPER_CODES[s.paperSize],
    margins: s.margins,
    rowBreaks: s.rowBreaks,
    names: plan.names.flatMap((n) => {
      const table = tableNames.get(n.table);
      return table ? [{ name: rangeNameOf(table), rect: rect(n.range, "name range") }] : [];
    }),
  };
}
