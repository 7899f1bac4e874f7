/**
 * How the template's sheet is viewed and printed (plan.setup, decided by core for every adapter;
 * the xlsx export writes the same through src/xlsx/sheet-setup.ts): frozen panes, then the page
 * layout and the manual row breaks. Queued in the load's write request — no request of its own.
 * Each part needs its requirement set; without it the part is left out and a note says so.
 */
import type { Localized } from "../core/errors";
import { rectAddress } from "../core/template/a1";
import type { PlanSheetSetup } from "../core/template/types";
import { EXCEL_MSG } from "./messages";

/** Office.js margins are points; the plan's are inches. */
const POINTS_PER_INCH = 72;

const ORIENTATION = { portrait: "Portrait", landscape: "Landscape" } as const;

/** "12:12" → "$12:$12", "A:A" → "$A:$A": print titles as Excel writes them. */
function absolute(span: string): string {
  return span
    .split(":")
    .map((p) => `$${p.replace(/\$/g, "")}`)
    .join(":");
}

export interface SetupSupport {
  /** ExcelApi 1.7: freeze panes. */
  readonly freeze: boolean;
  /** ExcelApi 1.9: page layout and page breaks. */
  readonly pageLayout: boolean;
}

/** Queues the sheet's setup on `ws`; returns notes for what the host cannot do. */
export function queueSheetSetup(ws: Excel.Worksheet, setup: PlanSheetSetup, can: SetupSupport): Localized[] {
  const notes: Localized[] = [];
  const { rows, columns } = setup.freeze;
  if (rows > 0 || columns > 0) {
    if (!can.freeze) notes.push(EXCEL_MSG.freezeLeftOut);
    else if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(rectAddress({ row: 0, col: 0, rowCount: rows, colCount: columns }));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(columns);
  }
  if (!can.pageLayout) {
    notes.push(EXCEL_MSG.pageSetupLeftOut);
    return notes;
  }
  const page = ws.pageLayout;
  page.orientation = ORIENTATION[setup.orientation];
  page.paperSize = setup.paperSize;
  const m = setup.margins;
  page.leftMargin = m.left * POINTS_PER_INCH;
  page.rightMargin = m.right * POINTS_PER_INCH;
  page.topMargin = m.top * POINTS_PER_INCH;
  page.bottomMargin = m.bottom * POINTS_PER_INCH;
  page.headerMargin = m.header * POINTS_PER_INCH;
  page.footerMargin = m.footer * POINTS_PER_INCH;
  // Fit the width; the height is free (0: as many pages as needed), so the planned breaks hold.
  page.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight };
  page.setPrintArea(setup.printArea);
  if (setup.printTitleRows) page.setPrintTitleRows(absolute(setup.printTitleRows));
  if (setup.printTitleColumns) page.setPrintTitleColumns(absolute(setup.printTitleColumns));
  // A break goes above the top-left cell of the range it is given.
  for (const row of setup.rowBreaks) ws.horizontalPageBreaks.add(`A${row + 1}`);
  return notes;
}
