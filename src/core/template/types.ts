/**
 * A template plan: everything "Load template" writes, as plain data. Core builds it
 * (build.ts); an adapter applies it (src/excel via Office.js; an xlsx writer via exceljs).
 * Tests assert on plans; adapters stay thin.
 *
 * Addresses are A1 on the template's own sheet, so formulas never name the sheet and the
 * adapter may rename the sheet (uniqueness) without touching them.
 */
import type { Lang } from "../errors";
import type { ChartPlan, TemplateRecord } from "../chart/types";
import type { CellRect } from "./a1";
import type { FormulaStyle, MoneyUnitId } from "./options";
import type { TemplateEntity } from "./input";

export type { FormulaStyle, MoneyUnitId } from "./options";

/**
 * One cell. Text is always literal: the adapter writes `text` cells so Excel never reads
 * them as formulas, numbers or dates (number format "@" applied before the value; see
 * docs/excel.md "Text stays text").
 */
export type PlanCell =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number; readonly format: string }
  /** `formula` starts with "=" and uses A1 references only. */
  | { readonly kind: "formula"; readonly formula: string; readonly format: string }
  /** A missing figure: left empty (never 0), formatted like its column. */
  | { readonly kind: "blank"; readonly format?: string };

/** Cell styling applied to a range after values (fonts and fills only; never values). */
export interface PlanFormat {
  /** A1 range on the sheet. */
  readonly range: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  /** Horizontal alignment (period headers sit right, over their numbers). Office.js: format.horizontalAlignment "Right". */
  readonly align?: "left" | "center" | "right";
  /**
   * Vertical alignment. Tables sit at the top: a label or note wrapped over two lines then reads
   * beside the first line of its figures, not above them (Excel's default is the bottom).
   * Office.js: format.verticalAlignment "Top".
   */
  readonly valign?: "top" | "center" | "bottom";
}

/** What a table column holds. */
export type ColumnRole = "period" | "label" | "figure" | "metric" | "source";

export interface PlanColumn {
  /** Header text as written in the table (unique within the table). */
  readonly header: string;
  readonly role: ColumnRole;
  /** Field id of figure columns (and the metric id of metric columns). */
  readonly field?: string;
  readonly segment?: string;
  readonly period?: string;
  /** Number format of the body cells ("@" for text). */
  readonly format: string;
}

/** "other": every figure the other tables do not show, one row each (long form). */
export type TableRole = "financials" | "segments" | "peers" | "other" | "sources";

export interface PlanTable {
  readonly role: TableRole;
  /** Base name; the adapter makes it unique in the workbook (uniqueTableName). */
  readonly name: string;
  /** Header row plus body. */
  readonly rect: CellRect;
  readonly columns: readonly PlanColumn[];
  /** Excel table style name. */
  readonly style: string;
}

/**
 * How the sheet is viewed and printed, for the adapters to apply: Office.js (freeze panes via
 * worksheet.freezePanes; page layout where the host supports it) and the xlsx export.
 */
export interface PlanSheetSetup {
  /**
   * Frozen panes: the rows above and the columns left of the scrolling area — below the
   * financials' period header row, right of the label column. {rows: 0, columns: 0}: none.
   */
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** The printed range (A1): every used cell and every chart. */
  readonly printArea: string;
  /** Rows repeated at the top of each printed page ("12:12"), when the period tables run past the first page. */
  readonly printTitleRows?: string;
  /** Columns repeated at the left of each printed page ("A:A": the labels). */
  readonly printTitleColumns?: string;
  readonly orientation: "portrait" | "landscape";
  /** Margins in inches (print.ts PRINT_MARGINS): the page the breaks below are planned for. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  /**
   * Manual page breaks: the first row (0-based) of every page after the first, ascending
   * (print.ts pageStarts). Every page start is planned, so no chart band and no table's title
   * is cut by a break, in whatever application prints the sheet. Excel: a row break above the row.
   */
  readonly rowBreaks: readonly number[];
  /** Fit the printed width to this many pages; height free (0 = as many as needed). */
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  readonly paperSize: "A4";
}

/** A workbook name for a range of the sheet (A1 on the template's own sheet; the adapter adds the sheet). */
export interface PlanDefinedName {
  /** `<table base name>_Range`: Excel forbids a defined name equal to a table's. */
  readonly name: string;
  readonly range: string;
  /** The table it names: when the adapter makes the table's name unique, it renames this alike (`<final table name>_Range`). */
  readonly table: TableRole;
}

export interface TemplatePlan {
  /** Base sheet name (short name + ticker, ≤ 31 characters, sanitized); made unique at apply. */
  readonly sheetName: string;
  readonly entity: TemplateEntity;
  readonly lang: Lang;
  readonly style: FormulaStyle;
  readonly unit: MoneyUnitId;
  /** Dense grid from A1: rows × columns (every row has the same length). */
  readonly cells: readonly (readonly PlanCell[])[];
  /** Column widths in points, one per grid column. */
  readonly columnWidths: readonly number[];
  /**
   * Row heights in points for rows whose wrapped text needs more than one line (0-based row →
   * points); other rows keep the default height. Set so a printout and LibreOffice, which do
   * not re-fit rows on open, show every line.
   */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly setup: PlanSheetSetup;
  /**
   * Defined names, one per table, over the table's range (header and body), beside the table's
   * own name: readers that do not know Excel tables (LibreOffice's name list, other tools) still
   * find every table by it.
   */
  readonly names: readonly PlanDefinedName[];
  readonly formats: readonly PlanFormat[];
  readonly tables: readonly PlanTable[];
  readonly charts: readonly ChartPlan[];
  /** Cell holding the cycle phase (formula, or a text saying why there is none). */
  readonly phaseCell: string;
  /**
   * "Data as of": the latest period of the financials table (the financial statements); for a
   * company without one, the latest period of any actual figure; "" when none. Forecasts,
   * targets and estimates never set it.
   */
  readonly asOf: string;
  /** Capital-cycle fields the company lacks (ids), listed in the sheet's "missing" note. */
  readonly missing: readonly string[];
  /** Cell → figure map and names, recorded in the workbook (sheet name filled in at apply). */
  readonly record: Omit<TemplateRecord, "sheet" | "tables">;
}
