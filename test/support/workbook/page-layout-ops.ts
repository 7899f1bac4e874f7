/**
 * How a sheet is viewed and printed, on the model: frozen panes, the page layout and manual row
 * breaks. Each rule is Excel's (README "Host behaviours": freeze panes and page layout).
 */
import { MAX_COLUMNS, MAX_ROWS, formatRect, type Rect } from "./address";
import { officeError } from "./errors";
import type { PageLayoutModel, SheetModel } from "./model";
import { finiteNumber } from "./style-values";

/** A new sheet's page: Excel's "Normal" margins (0.7" sides, 0.75" top and bottom, 0.3" header and footer), 100 %, Letter. */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
    rowBreaks: [],
  };
}

/** A count of rows or columns to freeze: a whole number from 0 to the grid's size. */
function count(value: unknown, max: number, location: string): number {
  if (value === undefined) return 1; // Office.js: "Optional number of rows to freeze" — one by default
  const n = finiteNumber(value, location, 0, max - 1);
  if (!Number.isInteger(n)) throw officeError("InvalidArgument", `${n} is not a whole number.`, location);
  return n;
}

export function freezeRows(sheet: SheetModel, value: unknown, location: string): void {
  sheet.frozen = { rows: count(value, MAX_ROWS, location), columns: 0 };
}

export function freezeColumns(sheet: SheetModel, value: unknown, location: string): void {
  sheet.frozen = { rows: 0, columns: count(value, MAX_COLUMNS, location) };
}

/** The rows above and the columns left of the range's bottom-right corner stay in view. */
export function freezeAt(sheet: SheetModel, r: Rect, location: string): void {
  if (r.rows === MAX_ROWS && r.cols === MAX_COLUMNS) throw officeError("InvalidArgument", "The whole sheet cannot be frozen.", location);
  sheet.frozen = { rows: r.rows === MAX_ROWS ? 0 : r.r0 + r.rows, columns: r.cols === MAX_COLUMNS ? 0 : r.c0 + r.cols };
}

export const ORIENTATIONS = ["Portrait", "Landscape"] as const;
/** Excel.PaperType (the ones the fake knows; others are InvalidArgument). */
export const PAPER_TYPES = ["Letter", "LetterSmall", "Legal", "A3", "A4", "A4Small", "A5", "B4", "B5", "Executive"] as const;

/** Margins are points; Excel refuses a negative one (and one past the page: 1584 pt is 22"). */
export function margin(value: unknown, location: string): number {
  return finiteNumber(value, location, 0, 1584);
}

/**
 * PageLayoutZoomOptions: either a scale from 10 to 400 %, or the pages to fit across and down
 * (whole numbers; 0 = as many as needed, "Automatic" in Excel's Page Setup). Both at once, an
 * unknown key or nothing at all is InvalidArgument.
 */
export function zoomOptions(value: unknown, location: string): PageLayoutModel["zoom"] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw officeError("InvalidArgument", "zoom needs PageLayoutZoomOptions.", location);
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v).filter((k) => v[k] !== undefined && v[k] !== null);
  const unknown = keys.filter((k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k));
  if (unknown.length > 0) throw officeError("InvalidArgument", `zoom has no option ${unknown.join(", ")}.`, location);
  const pages = (k: string): number => {
    const n = finiteNumber(v[k], `${location}.${k}`, 0, 32767);
    if (!Number.isInteger(n)) throw officeError("InvalidArgument", `${k} ${n} is not a whole number.`, location);
    return n;
  };
  if (keys.includes("scale")) {
    if (keys.length > 1) throw officeError("InvalidArgument", "zoom takes a scale or pages to fit, not both.", location);
    return { scale: finiteNumber(v.scale, `${location}.scale`, 10, 400) };
  }
  if (keys.length === 0) throw officeError("InvalidArgument", "zoom needs a scale or pages to fit.", location);
  return { horizontalFitToPages: keys.includes("horizontalFitToPages") ? pages("horizontalFitToPages") : 0, verticalFitToPages: keys.includes("verticalFitToPages") ? pages("verticalFitToPages") : 0 };
}

/** Print titles are whole rows ("$12:$12") or whole columns ("$A:$A"), stored as Excel shows them. */
export function printTitles(r: Rect, kind: "rows" | "columns", location: string): string {
  const whole = kind === "rows" ? r.c0 === 0 && r.cols === MAX_COLUMNS : r.r0 === 0 && r.rows === MAX_ROWS;
  if (!whole) throw officeError("InvalidArgument", `Print title ${kind} must be whole ${kind}.`, location);
  return formatRect(r, true);
}

/** A manual break above the range's top row; none can go above row 1. Adding one twice keeps one. */
export function addRowBreak(layout: PageLayoutModel, r: Rect, location: string): void {
  if (r.r0 === 0) throw officeError("InvalidArgument", "A page break cannot go above the first row.", location);
  if (!layout.rowBreaks.includes(r.r0)) layout.rowBreaks = [...layout.rowBreaks, r.r0].sort((a, b) => a - b);
}
