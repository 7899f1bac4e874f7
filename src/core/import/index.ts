/**
 * Import of the analyst's own data (SPEC §10): parse a file or a range, preview the mapping and
 * what will and will not be imported, apply all or nothing, store as a custom XML part, and
 * register with the dataset. Pure TypeScript: no Office.js, no DOM. The parsers (papaparse,
 * read-excel-file) load on the first parse through dynamic import().
 *
 * For a command line: `const src = await parseImportFile(bytes, name); const p = buildPreview(src, getDataset());
 * const r = applyImport(p, EMPTY_IMPORTED); registerImported(r.data)`.
 */
export { parseImportFile, parseCsvText, parseRange } from "./parse-file";
export { buildPreview, autoMapping, IMPORTED_GROUP } from "./preview";
export { applyImport, removeImported, type ApplyResult } from "./apply";
export { serializeImported, parseImported, IMPORT_NAMESPACE } from "./store-xml";
export { importedGroup } from "./to-seed";
export { registerImported } from "./register";
export { readPeriod, readUnit } from "./spellings";
export { DA_PART } from "./headers";
export { MAX_ROWS } from "./limits";
export * from "./types";
