/**
 * Applies a template plan to the workbook in at most 3 round trips, whatever its size:
 *
 *   sync 1  read    sheet names, table and defined names, workbook protection
 *           → unique sheet and table names (core), or a reason to stop
 *   sync 2  write   (calculation suspended) add the sheet; number formats, then values and
 *                   formulas, as one 2-D block per section (blocks.ts); fonts and widths;
 *                   tables over the written cells; charts; frozen panes and the page setup
 *                   (sheet-setup.ts); the binding record; activate
 *   sync 3  verify  recalculate (dependants may be stale after a suspended write; never in manual
 *                   calculation mode, where it would refresh the person's other sheets), then read the
 *                   phase cell and the new sheet's values (formula errors are counted)
 *           — or, if sync 2 failed, delete the partial sheet instead.
 *
 * Text cells get number format "@" before their value is written, so Excel stores them as
 * typed: "=x", "+1%", "-38.87%", "@name" and "2024" stay text (docs/excel.md, "Text stays text").
 * Office.js batches are not transactional: operations before a failing one have taken effect.
 * Everything this writes lives on the new sheet except the binding record, which is queued last
 * and so only exists when everything before it succeeded; deleting the sheet undoes the rest.
 */
import type { Localized } from "../core/errors";
import { bindingDocumentFor } from "../core/chart/bindings";
import { serializeBindings } from "../core/chart/binding-xml";
import { columnLetters, rectAddress, type CellRect } from "../core/template/a1";
import { planBands } from "../core/template/blocks";
import { uniqueSheetName } from "../core/template/sheet-name";
import { uniqueTableName } from "../core/template/table-name";
import type { PlanCell, TemplatePlan } from "../core/template/types";
import { errorLocation, reasonOf, runSafely } from "./batch";
import { queueChart, uniqueNotes } from "./chart-writer";
import { phaseFromPlan } from "./plan-phase";
import { hasExcelApi } from "./env";
import { EXCEL_MSG } from "./messages";
import { queueSheetSetup } from "./sheet-setup";
import type { ExcelEnv, ExcelRun, IsSetSupported, LoadProgress, LoadTemplateResult, Outcome } from "./types";

/** The plan's alignments as Office.js names them (Excel.HorizontalAlignment, Excel.VerticalAlignment). */
const HORIZONTAL_ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL_ALIGNMENT = { top: "Top", center: "Center", bottom: "Bottom" } as const;

export interface ApplyOptions {
  readonly isSetSupported?: IsSetSupported;
  /** Activate the new sheet (default true). */
  readonly activate?: boolean;
  readonly onProgress?: (p: LoadProgress) => void;
}

function formulaOf(c: PlanCell): string | number {
  switch (c.kind) {
    case "text":
      return c.text;
    case "number":
      return c.value;
    case "formula":
      return c.formula;
    case "blank":
      return "";
  }
}

function formatOf(c: PlanCell): string {
  switch (c.kind) {
    case "text":
      return "@";
    case "number":
    case "formula":
      return c.format;
    case "blank":
      return c.format ?? "General";
  }
}

/**
 * The cells written, as 2-D blocks Office.js takes (formats first, then formulas): one block
 * per band of the plan (header, each section), so the count is fixed whatever the size.
 */
export function planBlocks(plan: TemplatePlan): { rect: CellRect; address: string; numberFormat: string[][]; formulas: (string | number)[][] }[] {
  // The header (the cycle phase) refers to the financials: written last, so that with
  // calculation suspended its formula is entered after the cells it reads.
  const bands = planBands(plan.cells);
  return [...bands.slice(1), ...bands.slice(0, 1)].map((rect) => {
    const rows = plan.cells.slice(rect.row, rect.row + rect.rowCount).map((r) => r.slice(rect.col, rect.col + rect.colCount));
    return { rect, address: rectAddress(rect), numberFormat: rows.map((r) => r.map(formatOf)), formulas: rows.map((r) => r.map(formulaOf)) };
  });
}

/** Error values as Excel shows them in `values`. */
export const EXCEL_ERROR = /^#(DIV\/0!|N\/A|VALUE!|NAME\?|REF!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/;

/**
 * Not errors: a cell still waiting for its result. Custom functions answer asynchronously, so
 * right after writing a live template Excel shows #BUSY! in CAPCYCLE cells (support.microsoft.com
 * "How to correct a #BUSY! error"); #GETTING_DATA is the older name of the same state.
 */
export const PENDING_VALUE = /^#(BUSY!|GETTING_DATA)$/;

function progress(opts: ApplyOptions, step: LoadProgress["step"], fraction: number, message: Localized): void {
  try {
    opts.onProgress?.({ step, fraction, message });
  } catch {
    // A failing progress callback must not break the load.
  }
}

/**
 * Writes `plan` as a new sheet. `envOrRun` is the adapter env, or a bare `Excel.run`
 * (requirement sets then come from `options.isSetSupported`, default: all supported).
 */
export async function applyTemplatePlan(
  envOrRun: ExcelEnv | ExcelRun,
  plan: TemplatePlan,
  options: ApplyOptions = {},
): Promise<Outcome<LoadTemplateResult>> {
  const env: ExcelEnv =
    typeof envOrRun === "function" ? { run: envOrRun, isSetSupported: options.isSetSupported ?? (() => true) } : envOrRun;
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  if (!hasExcelApi(env, "1.4")) return { ok: false, reason: EXCEL_MSG.needsApi("templates", "1.4") };
  const canChart = hasExcelApi(env, "1.7");
  const secondaryAxis = hasExcelApi(env, "1.8");
  const canRecord = hasExcelApi(env, "1.5");
  const canSuspend = hasExcelApi(env, "1.6");
  const canSetUp = { freeze: canChart, pageLayout: hasExcelApi(env, "1.9") };

  return runSafely<LoadTemplateResult>(env, async (context, syncs) => {
    const wb = context.workbook;
    // ---- sync 1: what exists
    const sheets = wb.worksheets;
    sheets.load("items/name");
    const tables = wb.tables;
    tables.load("items/name");
    const names = wb.names;
    names.load("items/name");
    const protection = canChart ? wb.protection : undefined;
    protection?.load("protected");
    const active = sheets.getActiveWorksheet();
    active.load("name");
    const app = context.application;
    app.load("calculationMode");
    await syncs.sync();
    progress(options, "check", 0.3, EXCEL_MSG.progressChecked);
    if (protection?.protected) return { ok: false, reason: EXCEL_MSG.workbookProtected };
    // In manual calculation the person decides when the workbook recalculates: formulas compute
    // as they are entered, and recalculating would change what their other sheets show. So the
    // write is neither suspended nor followed by a recalculation then.
    const recalc = canSuspend && app.calculationMode !== ("Manual" as Excel.CalculationMode);

    const sheetName = uniqueSheetName(plan.sheetName, sheets.items.map((s) => s.name));
    const taken = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)];
    const tableNames = new Map<string, string>();
    for (const t of plan.tables) {
      const name = uniqueTableName(t.name, taken);
      taken.push(name);
      tableNames.set(t.role, name);
    }

    // ---- sync 2: write everything
    const notes: Localized[] = [];
    const chartsSkipped: { title: string; reason: Localized }[] = [];
    const built: string[] = [];
    try {
      if (recalc) context.application.suspendApiCalculationUntilNextSync();
      const ws = sheets.add(sheetName);
      for (const block of planBlocks(plan)) {
        const range = ws.getRange(block.address);
        range.numberFormat = block.numberFormat;
        range.formulas = block.formulas;
      }
      for (const f of plan.formats) {
        const format = ws.getRange(f.range).format;
        const font = format.font;
        if (f.bold !== undefined) font.bold = f.bold;
        if (f.italic !== undefined) font.italic = f.italic;
        if (f.fontSize !== undefined) font.size = f.fontSize;
        if (f.fontColor !== undefined) font.color = f.fontColor;
        if (f.fill !== undefined) format.fill.color = f.fill;
        if (f.wrap !== undefined) format.wrapText = f.wrap;
        if (f.align !== undefined) format.horizontalAlignment = HORIZONTAL_ALIGNMENT[f.align];
        if (f.valign !== undefined) format.verticalAlignment = VERTICAL_ALIGNMENT[f.valign];
      }
      plan.columnWidths.forEach((w, c) => {
        ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = w;
      });
      for (const t of plan.tables) {
        const table = ws.tables.add(rectAddress(t.rect), true);
        table.name = tableNames.get(t.role)!;
        table.style = t.style;
      }
      for (const chart of plan.charts) {
        if (!canChart) {
          chartsSkipped.push({ title: chart.title, reason: EXCEL_MSG.needsApi("charts", "1.7") });
          continue;
        }
        notes.push(...queueChart(ws, ws, chart, chart.name, { secondaryAxis }));
        built.push(chart.name);
      }
      notes.push(...queueSheetSetup(ws, plan.setup, canSetUp));
      if (options.activate !== false) ws.activate();
      if (canRecord) {
        // The very last operation: the record exists only if everything before it succeeded
        // (deleting the sheet cannot take a record outside it away again).
        wb.customXmlParts.add(serializeBindings(bindingDocumentFor(plan, sheetName, tableNames, built)));
      } else notes.push(EXCEL_MSG.needsApi("bindings", "1.5"));
      await syncs.sync();
    } catch (error) {
      // Remove the partial sheet (unless the sheet itself could not be added: then there is
      // none, and a sheet by that name would not be ours).
      const reason = reasonOf(error);
      if (errorLocation(error).startsWith("WorksheetCollection.add")) return { ok: false, reason };
      try {
        // Back to the sheet the user was on, then remove ours.
        context.workbook.worksheets.getItem(active.name).activate();
        context.workbook.worksheets.getItem(sheetName).delete();
        await syncs.sync();
      } catch (cleanup) {
        const code = (cleanup as { code?: unknown }).code;
        if (code !== "ItemNotFound") return { ok: false, reason: EXCEL_MSG.partialNotRemoved(sheetName, reason, reasonOf(cleanup)) };
      }
      return { ok: false, reason: EXCEL_MSG.templateFailed(sheetName, reason) };
    }
    progress(options, "write", 0.8, EXCEL_MSG.progressWritten);

    // ---- sync 3: verify (read-only; a failure here leaves a complete sheet)
    let cyclePhase = "";
    let formulaErrors = 0;
    let pending = 0;
    try {
      // With calculation suspended while writing, dependants may be stale: recalculate first.
      if (recalc) context.application.calculate("Recalculate" as Excel.CalculationType);
      const ws = context.workbook.worksheets.getItem(sheetName);
      const phase = ws.getRange(plan.phaseCell);
      phase.load("values");
      const reads = planBands(plan.cells).map((rect) => {
        const range = ws.getRange(rectAddress(rect));
        range.load("values");
        return { rect, range };
      });
      await syncs.sync();
      const v: unknown = phase.values[0]?.[0];
      cyclePhase = typeof v === "string" ? v : "";
      for (const { rect, range } of reads)
        range.values.forEach((row, i) =>
          row.forEach((value, j) => {
            const c = plan.cells[rect.row + i]?.[rect.col + j];
            if (c?.kind !== "formula" || typeof value !== "string") return;
            if (PENDING_VALUE.test(value)) pending++;
            else if (EXCEL_ERROR.test(value)) formulaErrors++;
          }),
        );
      // The functions have not answered yet: show the phase they will give, computed from the plan.
      if (PENDING_VALUE.test(cyclePhase)) {
        cyclePhase = phaseFromPlan(plan) ?? "";
        notes.push(EXCEL_MSG.phaseFromPlan);
      }
      if (pending > 0) notes.push(EXCEL_MSG.functionsPending(pending));
    } catch {
      notes.push(EXCEL_MSG.verifyFailed);
    }
    progress(options, "done", 1, EXCEL_MSG.progressDone);
    return {
      ok: true,
      sheet: sheetName,
      tables: [...tableNames.values()],
      charts: built,
      chartsSkipped,
      notes: uniqueNotes(notes),
      cyclePhase,
      missing: plan.missing,
      formulaErrors,
      functionsPending: pending,
      roundTrips: syncs.count,
      summary: EXCEL_MSG.templateLoaded(sheetName, tableNames.size, built.length),
    };
  });
}
