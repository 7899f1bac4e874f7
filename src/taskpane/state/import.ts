/**
 * The Import view's state, kept outside React so switching tabs keeps the preview: the source
 * read (a file or the selected range), the mapping as the person edited it, what the workbook
 * already stores, and the last action's outcome. The parsers load on the first import
 * (parse-file.ts imports them dynamically); the view itself is a lazy chunk.
 */
import { useSyncExternalStore } from "react";
import type { Localized } from "../../core/errors";
import { applyImport, removeImported } from "../../core/import/apply";
import { parseImportFile, parseRange } from "../../core/import/parse-file";
import { registerImported } from "../../core/import/register";
import { EMPTY_IMPORTED, type ImportedData, type ImportMapping, type ImportPreview, type ParsedSource } from "../../core/import/types";
import { readImportedData, readSelectionForImport, recalculateWorkbook, writeImportedData } from "../../excel/import-store";
import type { ExcelEnv } from "../../excel/types";
import { unexpectedReason } from "./operation";

export interface ImportResult {
  readonly figures: number;
  readonly replaced: number;
  readonly companies: readonly { readonly id: string; readonly name: string }[];
  /** True when stored in the workbook; false outside Excel (this session only). */
  readonly stored: boolean;
  /** False when Excel did not recalculate: existing formulas need Ctrl+Alt+F9. */
  readonly recalculated: boolean;
}

export interface ImportState {
  readonly source: ParsedSource | null;
  /** The mapping as edited; undefined → the one found in the source. */
  readonly mapping?: ImportMapping;
  readonly busy: "reading" | "applying" | null;
  readonly outcome?: { readonly ok: true; readonly result: ImportResult } | { readonly ok: false; readonly reason: Localized };
  /** What the workbook stores (read at start-up and after each apply). */
  readonly stored: ImportedData;
}

const INITIAL: ImportState = { source: null, busy: null, stored: EMPTY_IMPORTED };

let state: ImportState = INITIAL;
const listeners = new Set<() => void>();

function set(next: Partial<ImportState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export const importStore = {
  get: (): ImportState => state,
  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  /** For tests: back to the empty state. */
  reset(): void {
    state = INITIAL;
    for (const l of listeners) l();
  },
  setMapping(mapping: ImportMapping): void {
    set({ mapping });
  },
  clear(): void {
    const { mapping: _m, outcome: _o, ...rest } = state;
    state = { ...rest, source: null };
    for (const l of listeners) l();
  },
};

export function useImportState(): ImportState {
  return useSyncExternalStore(importStore.subscribe, importStore.get, importStore.get);
}

function startReading(): boolean {
  if (state.busy) return false;
  const { outcome: _o, mapping: _m, ...rest } = state;
  state = { ...rest, busy: "reading", source: null };
  for (const l of listeners) l();
  return true;
}

/** Reads a picked file (CSV or xlsx) into the preview. */
export async function importFile(file: { readonly name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void> {
  if (!startReading()) return;
  try {
    const source = await parseImportFile(await file.arrayBuffer(), file.name);
    set({ source, busy: null });
  } catch (e) {
    set({ busy: null, outcome: { ok: false, reason: unexpectedReason(e) } });
  }
}

/** Reads the selected range of the workbook into the preview. */
export async function importSelection(env?: ExcelEnv): Promise<void> {
  if (!startReading()) return;
  try {
    const read = await readSelectionForImport(env);
    if (!read.ok) return set({ busy: null, outcome: { ok: false, reason: read.reason } });
    const r = read.range;
    set({ source: parseRange(r.sheet, { row: r.row, col: r.col }, r.values, r.texts), busy: null });
  } catch (e) {
    set({ busy: null, outcome: { ok: false, reason: unexpectedReason(e) } });
  }
}

/**
 * The imported data a change starts from: in Excel, read again from the workbook (the truth: another
 * pane or an undo may have changed it); outside Excel, this session's.
 */
function storedNow(inExcel: boolean, env?: ExcelEnv): ReturnType<typeof readImportedData> {
  return inExcel ? readImportedData(env) : Promise.resolve({ ok: true as const, data: state.stored, dropped: 0 });
}

/**
 * Applies the preview: all of its figures or nothing. In Excel the stored data is read again
 * (the workbook is the truth), merged, written as one part, then registered; outside Excel the
 * figures are registered for this session only (there is no workbook to store them in).
 */
export async function applyPreview(preview: ImportPreview, inExcel: boolean, env?: ExcelEnv): Promise<void> {
  if (state.busy) return;
  set({ busy: "applying" });
  try {
    const base = await storedNow(inExcel, env);
    if (!base.ok) return set({ busy: null, outcome: { ok: false, reason: base.reason } });
    const r = applyImport(preview, base.data);
    if (!r.ok) return set({ busy: null, outcome: { ok: false, reason: r.reason } });
    if (inExcel) {
      const w = await writeImportedData(r.data, env);
      if (!w.ok) return set({ busy: null, outcome: { ok: false, reason: w.reason } });
    }
    registerImported(r.data);
    // Formulas already naming the imported companies pick them up (best effort: see recalculateWorkbook).
    const recalculated = inExcel ? (await recalculateWorkbook(env)).ok : true;
    const names = new Map(r.data.entities.map((e) => [e.id, e.name_zh]));
    const { mapping: _m, ...withoutMapping } = state;
    state = withoutMapping;
    set({
      busy: null,
      stored: r.data,
      source: null,
      outcome: {
        ok: true,
        result: { figures: r.added, replaced: r.replaced, companies: r.companies.map((id) => ({ id, name: names.get(id) ?? id })), stored: inExcel, recalculated },
      },
    });
  } catch (e) {
    set({ busy: null, outcome: { ok: false, reason: unexpectedReason(e) } });
  }
}

/** Removes an imported company and its figures (in Excel from the workbook's part too). */
export async function removeCompany(entityId: string, inExcel: boolean, env?: ExcelEnv): Promise<void> {
  if (state.busy) return;
  set({ busy: "applying" });
  try {
    const base = await storedNow(inExcel, env);
    if (!base.ok) return set({ busy: null, outcome: { ok: false, reason: base.reason } });
    const next = removeImported(base.data, entityId);
    if (inExcel) {
      const w = await writeImportedData(next, env);
      if (!w.ok) return set({ busy: null, outcome: { ok: false, reason: w.reason } });
    }
    registerImported(next);
    if (inExcel) await recalculateWorkbook(env);
    const { outcome: _o, ...rest } = state;
    state = rest;
    set({ busy: null, stored: next });
  } catch (e) {
    set({ busy: null, outcome: { ok: false, reason: unexpectedReason(e) } });
  }
}
