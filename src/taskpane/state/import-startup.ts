/**
 * At start-up in Excel: the workbook's imported data, registered so the functions and views see
 * it. Its own small chunk (the custom XML reader and the seed-group conversion only; no parser).
 */
import { registerImported } from "../../core/import/register";
import { readImportedData } from "../../excel/import-store";
import type { ExcelEnv } from "../../excel/types";

export async function loadStoredImports(env?: ExcelEnv): Promise<void> {
  const r = await readImportedData(env);
  if (r.ok && r.data.entities.length > 0) registerImported(r.data);
}
