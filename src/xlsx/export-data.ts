/**
 * The export from the analyst's own file (`--data`): file → import preview → applied and
 * registered (helper "import"'s core pipeline, docs/import.md) → one template plan per
 * imported company (or the one named) → one workbook, a sheet each (plansToXlsx).
 *
 * Policy (docs/export.md): a file that cannot be read, a blocking problem or nothing to import
 * fails with every problem named; cells the preview skips (row and column named) are reported
 * as notes and do not block, as in the pane, where Apply imports the rest.
 */
import type { Lang, Localized } from "../core/errors";
import { getDataset } from "../core/dataset/default-dataset";
import { applyImport, buildPreview, parseImportFile, registerImported } from "../core/import";
import { EMPTY_IMPORTED, type StoredEntity } from "../core/import/types";
import { buildTemplatePlan } from "../core/template/build";
import { templateInputFor } from "../core/template/from-dataset";
import type { MoneyUnitId } from "../core/template/options";
import { compactKey } from "../core/text";
import { plansToXlsx, type ExportedWorkbook } from "./export";
import { EXPORT_MSG } from "./messages";

export interface DataExportOptions {
  readonly lang: Lang;
  readonly unit: MoneyUnitId;
  /** Only this company of the file (entity id, code with or without suffix, or name). */
  readonly company?: string;
}

export type DataExportOutcome =
  | ({ readonly ok: true; readonly companies: readonly StoredEntity[]; readonly notes: readonly Localized[]; readonly conflicts: number } & ExportedWorkbook)
  | { readonly ok: false; readonly reasons: readonly Localized[] };

/** The spellings a company of the file answers to: id, code (with and without suffix), names. */
function spellings(e: StoredEntity): string[] {
  const names = [e.id, e.name_en, e.name_zh, e.short_en, e.short_zh, e.ticker, e.ticker?.replace(/\.[A-Za-z]+$/, "")];
  return names.filter((n): n is string => n !== undefined && n !== "").map(compactKey);
}

function describe(e: StoredEntity): string {
  const name = e.name_zh === e.name_en ? e.name_en : `${e.name_en} / ${e.name_zh}`;
  return `${e.id} (${[e.ticker, name].filter(Boolean).join(" ")})`;
}

export async function exportDataFile(bytes: Uint8Array, fileName: string, options: DataExportOptions): Promise<DataExportOutcome> {
  const source = await parseImportFile(bytes, fileName);
  if (source.failure) return { ok: false, reasons: [source.failure] };
  const preview = buildPreview(source, getDataset());
  const notes = preview.skipped.map((s) => s.message);
  if (preview.blocking.length > 0) return { ok: false, reasons: [...preview.blocking, ...notes] };
  const applied = applyImport(preview, EMPTY_IMPORTED);
  if (!applied.ok) return { ok: false, reasons: [applied.reason, ...notes] };
  const entities = applied.data.entities;
  let chosen = entities;
  if (options.company !== undefined) {
    const key = compactKey(options.company);
    chosen = entities.filter((e) => spellings(e).includes(key));
    if (chosen.length === 0) return { ok: false, reasons: [EXPORT_MSG.notInFile(options.company, fileName, entities.map(describe))] };
  }
  // Only now does the dataset see the file's companies (the same hook the pane uses).
  registerImported(applied.data);
  const ds = getDataset();
  const plans = chosen.map((e) => {
    const input = templateInputFor(ds, e.id);
    if (!input) throw new Error(`imported entity ${e.id} not in the dataset after registerImported`);
    return buildTemplatePlan(input, { lang: options.lang, style: "portable", unit: options.unit });
  });
  const written = await plansToXlsx(plans);
  if (!written.ok) return { ok: false, reasons: [written.reason] };
  return { ok: true, companies: chosen, notes, conflicts: preview.conflicts.length, bytes: written.bytes, sheets: written.sheets };
}
