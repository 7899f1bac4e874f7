/**
 * The active cell for the pane: reading it (with the figures behind it), writing a formula
 * into it, activating a sheet, and following selection changes.
 */
import { BINDINGS_NAMESPACE, parseBindings } from "../core/chart/binding-xml";
import { figureRefsInFormula } from "../core/template/formula-refs";
import { parseRangeAddress } from "../core/chart/source-address";
import { cellAddress } from "../core/template/a1";
import { runSafely } from "./batch";
import { hasExcelApi } from "./env";
import { EXCEL_MSG } from "./messages";
import type { ActiveCellInfo, ExcelEnv, FigureRef, Outcome, Unsubscribe } from "./types";


/** The active cell (ExcelApi 1.7), else the top-left cell of the selection. */
function activeCell(context: Excel.RequestContext, env: ExcelEnv): Excel.Range {
  return hasExcelApi(env, "1.7") ? context.workbook.getActiveCell() : context.workbook.getSelectedRange().getCell(0, 0);
}

export async function insertFormulaWith(env: ExcelEnv, formula: string): Promise<Outcome<{ readonly address: string }>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  if (typeof formula !== "string" || !formula.trim().startsWith("=")) return { ok: false, reason: EXCEL_MSG.notAFormula };
  return runSafely<{ address: string }>(env, async (context, syncs) => {
    const cell = activeCell(context, env);
    cell.formulas = [[formula.trim()]];
    cell.load("address");
    await syncs.sync();
    return { ok: true, address: cell.address };
  });
}

export async function readActiveCellWith(env: ExcelEnv): Promise<Outcome<{ readonly cell: ActiveCellInfo }>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  return runSafely<{ cell: ActiveCellInfo }>(env, async (context, syncs) => {
    const cell = activeCell(context, env);
    cell.load("address,values,formulas");
    const parts = hasExcelApi(env, "1.5") ? context.workbook.customXmlParts.getByNamespace(BINDINGS_NAMESPACE) : undefined;
    parts?.load("items/id");
    await syncs.sync();
    const parsed = parseRangeAddress(cell.address);
    const sheet = parsed?.sheet ?? "";
    const raw: unknown = cell.formulas[0]?.[0];
    const formula = typeof raw === "string" && raw.startsWith("=") ? raw : "";
    const value: unknown = cell.values[0]?.[0];
    const figures: FigureRef[] = figureRefsInFormula(formula);
    // Template sheets: the record maps cells to figure keys (one more round trip, only if we have records).
    if (parts && parts.items.length > 0 && parsed) {
      const xmls = parts.items.map((p) => p.getXml());
      await syncs.sync();
      const a1 = cellAddress(parsed.rect.row, parsed.rect.col);
      for (const x of xmls) {
        const doc = parseBindings(x.value);
        if (!doc.ok) continue;
        for (const t of doc.doc.templates) {
          if (t.sheet !== sheet) continue;
          const k = t.cells[a1];
          if (!k) continue;
          const [company, field, period, segment] = k.split("|");
          if (company && field) figures.push({ company, field, ...(period ? { period } : {}), ...(segment ? { segment } : {}) });
        }
      }
    }
    return {
      ok: true,
      cell: {
        address: cell.address,
        sheet,
        value: typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null,
        formula,
        figures,
      },
    };
  }, { retryInCellEdit: true });
}

export async function activateSheetWith(env: ExcelEnv, name: string): Promise<Outcome> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  return runSafely<object>(env, async (context, syncs) => {
    context.workbook.worksheets.getItem(name).activate();
    try {
      await syncs.sync();
    } catch (error) {
      if ((error as { code?: unknown }).code === "ItemNotFound") return { ok: false, reason: EXCEL_MSG.sheetNotFound(name) };
      throw error;
    }
    return { ok: true };
  });
}

export async function onSelectionChangedWith(env: ExcelEnv, handler: () => void): Promise<Outcome<{ readonly unsubscribe: Unsubscribe }>> {
  // The docs list workbook.onSelectionChanged in ExcelApi 1.2, but the client library itself
  // refuses it below 1.3 (ApiNotFound), so 1.3 is what a host must have.
  if (!hasExcelApi(env, "1.3")) return { ok: false, reason: EXCEL_MSG.needsApi("selectionEvents", "1.3") };
  return runSafely<{ unsubscribe: Unsubscribe }>(env, async (context, syncs) => {
    // A host can claim ExcelApi 1.3 and still lack the event object (older or partial
    // hosts): say so plainly rather than fail on `undefined.add`.
    const events: Partial<Excel.Workbook["onSelectionChanged"]> | undefined = context.workbook.onSelectionChanged;
    if (!events || typeof events.add !== "function") return { ok: false, reason: EXCEL_MSG.needsApi("selectionEvents", "1.3") };
    // Excel wants a handler that returns a promise; the pane's handler is synchronous.
    const registration = events.add(() => {
      try {
        handler();
      } catch {
        // The pane's handler must not break Excel's event loop.
      }
      return Promise.resolve();
    });
    await syncs.sync();
    let removed = false;
    const unsubscribe: Unsubscribe = async () => {
      if (removed) return;
      removed = true;
      try {
        registration.remove();
        await registration.context.sync();
      } catch {
        // Already gone (the document closed): nothing to undo.
      }
    };
    return { ok: true, unsubscribe };
  });
}
