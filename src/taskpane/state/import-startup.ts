/**
 * At start-up in Excel: the workbook's imported data, registered so the functions and views see
 * it. Its own small chunk (the custom XML reader and the seed-group conversion only; no parser).
 * DATA cells naming imported companies may have been calculated before the part was read (the
 * functions do not wait for it), so a workbook holding imported data is recalculated once.
 */
import { registerImported } from "../../core/import/register";
import { readImportedData, recalculateWorkbook } from "../../excel/import-store";
import type { ExcelEnv } from "../../excel/types";

export async function loadStoredImports(env?: ExcelEnv): Promise<void> {
  const r = await readImportedData(env);
  if (!r.ok || r.data.entities.length === 0) return;
  registerImported(r.data);
  await recalculateWorkbook(env);
}
