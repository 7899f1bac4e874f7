/**
 * The Excel side of CapCycle, as the task pane and the ribbon command use it. This is the
 * only public entry into src/excel: the pane imports from here and nowhere else.
 *
 * Every function:
 * - resolves to an `Outcome` ({ ok: true, ... } | { ok: false, reason }) and never rejects;
 * - takes an optional `env` ({ run, isSetSupported }) — omitted, it uses the global
 *   `Excel.run` and `Office.context.requirements.isSetSupported` (see `defaultEnv`), so tests
 *   pass the in-memory workbook and the pane passes nothing;
 * - checks the requirement sets it needs at run time and says which one is missing.
 *
 * Round trips (context.sync): loadTemplate ≤ 3, previewRefresh ≤ 3, applyRefresh ≤ 3,
 * refreshChartsCommand ≤ 3, whatever the company's size or the number of charts.
 */
import type { Lang, Localized } from "../core/errors";
import type {
  ActiveCellInfo,
  ExcelEnv,
  HostCapabilities,
  LoadProgress,
  LoadTemplateOptions,
  LoadTemplateResult,
  Outcome,
  RefreshChoices,
  RefreshPreview,
  RefreshResult,
  Unsubscribe,
} from "./types";
import { defaultEnv, hostCapabilitiesFor } from "./env";
import { loadTemplateWith } from "./load-template";
import { previewRefreshWith, applyRefreshWith, refreshRecordedWith } from "./refresh";
import { chartFromSelectionWith, type ChartFromSelectionResult } from "./chart-from-selection";
import { activateSheetWith, insertFormulaWith, onSelectionChangedWith, readActiveCellWith } from "./active-cell";
import { snapshotSheetWith, type SnapshotOptions, type SnapshotResult } from "./snapshot";

export type * from "./types";
export type { ChartFromSelectionResult } from "./chart-from-selection";
export type { SnapshotOptions, SnapshotResult } from "./snapshot";
export { defaultEnv } from "./env";
export { onPaneVisibilityChanged } from "./pane-visibility";
export { applyTemplatePlan } from "./apply-template";

/**
 * "Load template": builds the company's template plan from the bundled data and writes it
 * as a new sheet (unique name), with tables, formulas, charts and the binding record.
 * `onProgress` is called between round trips. On any failure the partial sheet is removed
 * and `reason` says why; no other sheet or cell is touched.
 */
export function loadTemplate(
  options: LoadTemplateOptions,
  onProgress?: (progress: LoadProgress) => void,
  env?: ExcelEnv,
): Promise<Outcome<LoadTemplateResult>> {
  return loadTemplateWith(env ?? defaultEnv(), options, onProgress);
}

/**
 * "Refresh charts", step 1: reads the recorded bindings and every chart, and returns what
 * applying would do per chart (re-bind, rebuild a missing one, roll a user's chart forward,
 * or skip with the reason). Changes nothing.
 */
export function previewRefresh(env?: ExcelEnv): Promise<Outcome<{ readonly preview: RefreshPreview }>> {
  return previewRefreshWith(env ?? defaultEnv());
}

/**
 * "Refresh charts", step 2: applies a preview. Recorded charts are re-bound without asking;
 * rebuilds and roll-forwards happen only for the ids in `choices`. Each chart is re-checked
 * first: one that changed since the preview, or cannot be read, is skipped with the reason.
 * Never deletes a chart.
 */
export function applyRefresh(preview: RefreshPreview, choices: RefreshChoices, env?: ExcelEnv): Promise<Outcome<RefreshResult>> {
  return applyRefreshWith(env ?? defaultEnv(), preview, choices);
}

/**
 * The ribbon's "Refresh charts": one pass that reads the workbook once and re-binds the
 * recorded charts (≤ 3 round trips whatever the number of charts). Missing charts are
 * reported, not rebuilt, and charts the user made are left to the pane: both need its
 * preview and consent. Used by src/commands.
 */
export function refreshChartsCommand(env?: ExcelEnv): Promise<Outcome<RefreshResult>> {
  return refreshRecordedWith(env ?? defaultEnv());
}

/**
 * "Chart from selection": the selected rows or columns (capex and D&A of the user's own
 * model, with period labels in the first row/column if present) → the capex vs D&A combo
 * chart beside the selection; the capex/D&A ratio is written as native formulas just past
 * the sheet's used range (no existing cell changes). `lang` picks the labels (default "en").
 */
export function chartFromSelection(env?: ExcelEnv, lang?: Lang): Promise<Outcome<ChartFromSelectionResult>> {
  return chartFromSelectionWith(env ?? defaultEnv(), lang);
}

/** Writes `formula` (e.g. =CAPCYCLE.DATA("300015.SZ","capex","2025H1")) into the active cell. */
export function insertFormulaAtActiveCell(formula: string, env?: ExcelEnv): Promise<Outcome<{ readonly address: string }>> {
  return insertFormulaWith(env ?? defaultEnv(), formula);
}

/**
 * The active cell: address, value, formula, and the figures behind it (=CAPCYCLE.DATA
 * arguments, or the template record's cell → figure map) so the pane can show sources.
 */
export function readActiveCell(env?: ExcelEnv): Promise<Outcome<{ readonly cell: ActiveCellInfo }>> {
  return readActiveCellWith(env ?? defaultEnv());
}

/** Activates a sheet by name (the pane's "go to sheet" after loading a template). */
export function activateSheet(name: string, env?: ExcelEnv): Promise<Outcome> {
  return activateSheetWith(env ?? defaultEnv(), name);
}

/**
 * Calls `handler` whenever the selection changes in the workbook (ExcelApi 1.2 workbook
 * event). Resolves to an unsubscribe function; without the API, to { ok: false, reason }.
 */
export function onSelectionChanged(
  handler: () => void,
  env?: ExcelEnv,
): Promise<Outcome<{ readonly unsubscribe: Unsubscribe }>> {
  return onSelectionChangedWith(env ?? defaultEnv(), handler);
}

/** What this host supports (requirement sets and the features that need them). Synchronous. */
export function hostCapabilities(env?: ExcelEnv): HostCapabilities {
  return hostCapabilitiesFor(env ?? defaultEnv());
}

/** Localized text helper re-exported for the pane's convenience. */
export type { Localized };

/**
 * "Snapshot for sharing": copies a CapCycle sheet (the active one by default) beside it, with
 * every CAPCYCLE formula replaced by its value; sources, notes, native formulas, formats,
 * tables and charts kept. At most 4 requests. See snapshot.ts.
 */
export function snapshotSheet(options: SnapshotOptions, env?: ExcelEnv): Promise<Outcome<SnapshotResult>> {
  return snapshotSheetWith(env ?? defaultEnv(), options);
}
