/**
 * Makes imported data visible to the dataset (functions, templates, pane): one call after an
 * import is applied and after a workbook with imported data is opened.
 */
import { setImportedGroups } from "../dataset/imported";
import { importedGroup } from "./to-seed";
import type { ImportedData } from "./types";

export function registerImported(data: ImportedData): void {
  setImportedGroups(data.entities.length > 0 ? [importedGroup(data)] : []);
}
