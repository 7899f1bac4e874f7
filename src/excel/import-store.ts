/**
 * The workbook side of an import (issue 13): reading the selected range for the preview,
 * reading and writing the imported data's custom XML part. Nothing is written before apply;
 * apply writes one part in one request — the new part is added before the old ones are
 * deleted, so a failure leaves the previous data whole (Excel stops a batch at its first error).
 */
import type { Localized } from "../core/errors";
import { IMPORT_NAMESPACE, parseImported, serializeImported } from "../core/import/store-xml";
import { MAX_COLUMNS, MAX_ROWS } from "../core/import/limits";
import { EMPTY_IMPORTED, type ImportedData } from "../core/import/types";
import { runSafely } from "./batch";
import { defaultEnv, hasExcelApi } from "./env";
import { EXCEL_MSG } from "./messages";
import type { ExcelEnv, Outcome } from "./types";

export interface RangeForImport {
  readonly sheet: string;
  /** 0-based top-left of the range on its sheet. */
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly unknown[])[];
  readonly texts: readonly (readonly string[])[];
  readonly address: string;
}

const NEEDS_XML: Localized = EXCEL_MSG.needsApi("bindings", "1.5");

/** The selected range's values and texts (2 requests: its size first, so a whole-column selection is refused before reading). */
export async function readSelectionForImport(env: ExcelEnv = defaultEnv()): Promise<Outcome<{ readonly range: RangeForImport }>> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  return runSafely<{ range: RangeForImport }>(env, async (context, syncs) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address,rowCount,columnCount");
    await syncs.sync();
    if (selected.address.includes(",")) return { ok: false, reason: EXCEL_MSG.importOneArea };
    if (selected.rowCount > MAX_ROWS || selected.columnCount > MAX_COLUMNS) return { ok: false, reason: EXCEL_MSG.importTooBig(selected.rowCount, selected.columnCount) };
    // A selection reaching past the data (whole columns) is cut to the used part.
    const used = selected.getUsedRangeOrNullObject(true);
    used.load("address,values,text,rowIndex,columnIndex,worksheet/name");
    await syncs.sync();
    if (used.isNullObject) return { ok: false, reason: EXCEL_MSG.importEmpty };
    return {
      ok: true,
      range: { sheet: used.worksheet.name, row: used.rowIndex, col: used.columnIndex, values: used.values, texts: used.text, address: used.address },
    };
  });
}

/** The imported data stored in the workbook (empty when none; damaged records dropped and counted). */
export async function readImportedData(env: ExcelEnv = defaultEnv()): Promise<Outcome<{ readonly data: ImportedData; readonly dropped: number }>> {
  if (!hasExcelApi(env, "1.5")) return { ok: true, data: EMPTY_IMPORTED, dropped: 0 };
  return runSafely<{ data: ImportedData; dropped: number }>(env, async (context, syncs) => {
    const parts = context.workbook.customXmlParts.getByNamespace(IMPORT_NAMESPACE);
    parts.load("items/id");
    await syncs.sync();
    if (parts.items.length === 0) return { ok: true, data: EMPTY_IMPORTED, dropped: 0 };
    const xmls = parts.items.map((p) => p.getXml());
    await syncs.sync();
    // One part is written at a time; if an older one survived, the last one is current.
    for (let i = xmls.length - 1; i >= 0; i--) {
      const parsed = parseImported(xmls[i]!.value);
      if (parsed.ok) return { ok: true, data: parsed.data, dropped: parsed.dropped };
    }
    return { ok: true, data: EMPTY_IMPORTED, dropped: xmls.length };
  });
}

/** Replaces the stored imported data with `data` (2 requests). */
export async function writeImportedData(data: ImportedData, env: ExcelEnv = defaultEnv()): Promise<Outcome> {
  if (!hasExcelApi(env, "1.5")) return { ok: false, reason: NEEDS_XML };
  return runSafely(env, async (context, syncs) => {
    const parts = context.workbook.customXmlParts.getByNamespace(IMPORT_NAMESPACE);
    parts.load("items/id");
    await syncs.sync();
    const old = parts.items;
    context.workbook.customXmlParts.add(serializeImported(data));
    for (const p of old) p.delete();
    await syncs.sync();
    return { ok: true };
  });
}

/**
 * After an import: recalculate every formula (Excel keeps custom functions' last results, so a
 * DATA cell naming a company imported just now would show #N/A until then). A request of its
 * own, after the data is stored and registered; its failure loses nothing (the person can press
 * Ctrl+Alt+F9) and is reported as such.
 */
export async function recalculateWorkbook(env: ExcelEnv = defaultEnv()): Promise<Outcome> {
  if (!hasExcelApi(env, "1.1")) return { ok: false, reason: EXCEL_MSG.notInExcel };
  return runSafely(env, async (context, syncs) => {
    context.workbook.application.calculate("Full");
    await syncs.sync();
    return { ok: true };
  });
}
