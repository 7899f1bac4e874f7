/**
 * Types shared by the Office.js adapter and the task pane. Every operation returns an
 * `Outcome`: `{ ok: true, ... }` or `{ ok: false, reason }` with the reason in both
 * languages. Nothing here is thrown at the pane.
 */
import type { Lang, Localized } from "../core/errors";
import type { FormulaStyle, MoneyUnitId } from "../core/template/options";

/** `Excel.run` as injected: the global one in Excel, the in-memory workbook in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, injected so tests can take APIs away. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** What the adapter needs from its host. `defaultEnv()` builds it from the Office globals. */
export interface ExcelEnv {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
  /** Timing of waits (tests shorten them); defaults in batch.ts. */
  readonly timing?: Timing;
}

export interface Timing {
  /** An operation Excel has not finished after this long is reported as timed out. */
  readonly timeoutMs?: number;
  /** Waits between retries of a read that met cell-edit mode (then it gives up with the reason). */
  readonly cellEditRetryMs?: readonly number[];
}

/** A result the pane can show: success with data, or failure with a reason in both languages. */
export type Outcome<T extends object = object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly reason: Localized };

/** Options of "Load template" (SPEC section 4). */
export interface LoadTemplateOptions {
  /** Company id, ticker (with or without suffix), English or Chinese name. */
  readonly company: string;
  /** Label language of the sheet. */
  readonly lang: Lang;
  /** Money unit of the stored figures; default 亿 (100 million CNY). */
  readonly unit?: MoneyUnitId;
  /** "live" uses CAPCYCLE functions; "portable" native Excel formulas only. Default "live". */
  readonly style?: FormulaStyle;
  /** Build the charts (default true). */
  readonly charts?: boolean;
  /** Activate the new sheet when done (default true). */
  readonly activate?: boolean;
}

/** Progress of a template load, reported between round trips (fraction 0..1). */
export interface LoadProgress {
  readonly step: "plan" | "check" | "write" | "verify" | "done";
  readonly fraction: number;
  readonly message: Localized;
}

/** What a successful template load did. */
export interface LoadTemplateResult {
  /** The new sheet's name (unique in the workbook). */
  readonly sheet: string;
  /** Excel table names created on that sheet. */
  readonly tables: readonly string[];
  /** Chart names created on that sheet. */
  readonly charts: readonly string[];
  /** Charts the plan wanted but the host could not build, with the reason (missing API). */
  readonly chartsSkipped: readonly { readonly title: string; readonly reason: Localized }[];
  /** What was left out and why (e.g. the ratio line without ExcelApi 1.8, no binding record without 1.5). */
  readonly notes: readonly Localized[];
  /** The cycle phase label as Excel computed it ("" when not enough data). */
  readonly cyclePhase: string;
  /** Fields the template lacks for this company (shown as the sheet's "missing" note). */
  readonly missing: readonly string[];
  /** Formula cells that evaluated to an error after writing (should be 0); #BUSY! is not one. */
  readonly formulaErrors: number;
  /**
   * CAPCYCLE cells still calculating (#BUSY!) when the sheet was read back: custom functions
   * answer asynchronously. Not errors; `cyclePhase` then comes from the plan.
   */
  readonly functionsPending?: number;
  /** context.sync round trips used (budget ≤ 3). */
  readonly roundTrips: number;
  /** One line for the pane, in both languages. */
  readonly summary: Localized;
}

/** One chart series change proposed by refresh, shown before applying. */
export interface SeriesChange {
  readonly series: string;
  readonly dimension: "Values" | "Categories";
  /** Source before, e.g. "=Model!$C$5:$C$9". */
  readonly from: string;
  /** Source after, e.g. "=Model!$C$5:$C$10". */
  readonly to: string;
}

/** What refresh proposes for one chart. */
export type RefreshAction =
  /** A recorded chart: re-bind every series to its table column's current extent. */
  | "rebind"
  /** A recorded chart that no longer exists: can be rebuilt from its record on request. */
  | "rebuild"
  /** A chart not recorded by us whose series can be read and has new periods right after its range. */
  | "roll-forward"
  /** Nothing can or needs to be done; `reason` says why. */
  | "skip";

export interface RefreshItem {
  /** Stable id within one preview (binding id or "sheet!chart"). */
  readonly id: string;
  readonly sheet: string;
  readonly chart: string;
  readonly action: RefreshAction;
  /** Whether applying needs the user's consent (rebuild and roll-forward do; rebind does not). */
  readonly needsConsent: boolean;
  /** Proposed series changes (empty for rebuild and skip; may be empty for an up-to-date rebind). */
  readonly changes: readonly SeriesChange[];
  /** Why it is skipped, or what a rebuild will do. */
  readonly reason?: Localized;
}

/** The result of previewRefresh: what applyRefresh would do. Plain data; the pane shows it. */
export interface RefreshPreview {
  readonly items: readonly RefreshItem[];
  /** Features unavailable on this host (e.g. roll-forward without ExcelApi 1.15). */
  readonly unavailable: readonly Localized[];
  readonly roundTrips: number;
}

/** The user's choices on a preview: ids of items to rebuild or roll forward. */
export interface RefreshChoices {
  readonly rebuild?: readonly string[];
  readonly rollForward?: readonly string[];
}

/** Outcome for one chart (SPEC section 5). */
export interface ChartOutcome {
  readonly id: string;
  readonly sheet: string;
  readonly chart: string;
  readonly status: "refreshed" | "extended" | "rebuilt" | "skipped";
  readonly reason?: Localized;
}

export interface RefreshResult {
  readonly charts: readonly ChartOutcome[];
  readonly roundTrips: number;
  readonly summary: Localized;
}

/** A figure a cell shows: what the pane looks up to show the sources. */
export interface FigureRef {
  /** Company as written (id, ticker or name) — resolve it with the dataset API. */
  readonly company: string;
  readonly field: string;
  /** Absent: the latest period. */
  readonly period?: string;
  readonly segment?: string;
}

/** The active cell, for "sources of the selected cell". */
export interface ActiveCellInfo {
  /** Sheet-qualified address, e.g. "Model!C5". */
  readonly address: string;
  readonly sheet: string;
  readonly value: string | number | boolean | null;
  /** The formula ("" when the cell holds a constant). */
  readonly formula: string;
  /** Figures behind the cell: parsed from =CAPCYCLE.DATA(...) calls, or from a template's record. */
  readonly figures: readonly FigureRef[];
}

/** What this host can do; the pane greys out the rest and says why. */
export interface HostCapabilities {
  /** Running inside Excel (Office.js present and host is Excel). */
  readonly inExcel: boolean;
  /** Requirement sets detected (ExcelApi minor versions that matter). */
  readonly excelApi: { readonly "1.5": boolean; readonly "1.7": boolean; readonly "1.8": boolean; readonly "1.15": boolean };
  /** Feature → available, with the reason when not. */
  readonly features: Readonly<Record<HostFeature, { readonly available: boolean; readonly reason?: Localized }>>;
}

export type HostFeature = "templates" | "charts" | "secondaryAxis" | "bindings" | "rollForward" | "chartFromSelection" | "selectionEvents";

/** Unsubscribes a selection handler. Never throws. */
export type Unsubscribe = () => Promise<void>;
