/**
 * "Load template": the options the person picks and the two actions of the view (loading,
 * then "Go to sheet"). Starting a new load clears the previous "go to sheet" outcome so the
 * summary never mixes two runs.
 */
import type { Lang } from "../../core/errors";
import type { FormulaStyle, MoneyUnitId } from "../../core/template/options";
import type { LoadTemplateResult, SnapshotResult } from "../../excel/index";
import { IDLE, opReducer, type OpAction, type OpState, type Success } from "./operation";

export interface TemplateOptionsState {
  /** Entity id; undefined until chosen. */
  readonly company?: string;
  /** Sheet language; undefined follows the pane's language. */
  readonly lang?: Lang;
  readonly unit: MoneyUnitId;
  readonly style: FormulaStyle;
  readonly charts: boolean;
}

export interface TemplateState {
  readonly options: TemplateOptionsState;
  readonly load: OpState<Success<LoadTemplateResult>>;
  readonly goto: OpState<Success<object>>;
  /** "Snapshot for sharing" of the active sheet. */
  readonly snapshot: OpState<Success<SnapshotResult>>;
}

export type TemplateAction =
  | { readonly type: "company"; readonly company: string | undefined }
  | { readonly type: "lang"; readonly lang: Lang }
  | { readonly type: "unit"; readonly unit: MoneyUnitId }
  | { readonly type: "style"; readonly style: FormulaStyle }
  | { readonly type: "charts"; readonly charts: boolean }
  | { readonly type: "load"; readonly action: OpAction<Success<LoadTemplateResult>> }
  | { readonly type: "goto"; readonly action: OpAction<Success<object>> }
  | { readonly type: "snapshot"; readonly action: OpAction<Success<SnapshotResult>> };

export const INITIAL_TEMPLATE: TemplateState = {
  options: { unit: "亿", style: "live", charts: true },
  load: IDLE,
  goto: IDLE,
  snapshot: IDLE,
};

export function templateReducer(state: TemplateState, action: TemplateAction): TemplateState {
  switch (action.type) {
    case "company": {
      const { company: _old, ...rest } = state.options;
      return { ...state, options: action.company ? { ...rest, company: action.company } : rest };
    }
    case "lang":
      return { ...state, options: { ...state.options, lang: action.lang } };
    case "unit":
      return { ...state, options: { ...state.options, unit: action.unit } };
    case "style":
      return { ...state, options: { ...state.options, style: action.style } };
    case "charts":
      return { ...state, options: { ...state.options, charts: action.charts } };
    case "load": {
      const load = opReducer(state.load, action.action);
      if (load === state.load) return state;
      const fresh = action.action.type === "start";
      return { ...state, load, goto: fresh ? IDLE : state.goto };
    }
    case "goto": {
      const goto = opReducer(state.goto, action.action);
      return goto === state.goto ? state : { ...state, goto };
    }
    case "snapshot": {
      const snapshot = opReducer(state.snapshot, action.action);
      return snapshot === state.snapshot ? state : { ...state, snapshot };
    }
  }
}
