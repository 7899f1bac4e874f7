/**
 * "Refresh charts" (preview, the person's choices, apply) and "Chart from selection".
 * A new preview clears the choices and the last apply result: choices name items of one
 * preview, and applying is only offered for the preview on screen.
 */
import type { ChartFromSelectionResult, RefreshPreview, RefreshResult } from "../../excel/index";
import { IDLE, opReducer, type OpAction, type OpState, type Success } from "./operation";

export interface RefreshChoicesState {
  readonly rebuild: readonly string[];
  readonly rollForward: readonly string[];
}

export interface ChartsState {
  readonly preview: OpState<Success<{ readonly preview: RefreshPreview }>>;
  readonly choices: RefreshChoicesState;
  readonly apply: OpState<Success<RefreshResult>>;
  readonly selection: OpState<Success<ChartFromSelectionResult>>;
}

export type ChartsAction =
  | { readonly type: "preview"; readonly action: OpAction<Success<{ readonly preview: RefreshPreview }>> }
  | { readonly type: "choose"; readonly kind: "rebuild" | "rollForward"; readonly id: string; readonly chosen: boolean }
  | { readonly type: "apply"; readonly action: OpAction<Success<RefreshResult>> }
  | { readonly type: "selection"; readonly action: OpAction<Success<ChartFromSelectionResult>> };

export const NO_CHOICES: RefreshChoicesState = { rebuild: [], rollForward: [] };

export const INITIAL_CHARTS: ChartsState = { preview: IDLE, choices: NO_CHOICES, apply: IDLE, selection: IDLE };

function toggle(ids: readonly string[], id: string, on: boolean): readonly string[] {
  const has = ids.includes(id);
  if (on === has) return ids;
  return on ? [...ids, id] : ids.filter((x) => x !== id);
}

/** True while either refresh step runs: preview and apply must not overlap. */
export function refreshBusy(state: ChartsState): boolean {
  return state.preview.status === "running" || state.apply.status === "running";
}

export function chartsReducer(state: ChartsState, action: ChartsAction): ChartsState {
  switch (action.type) {
    case "preview": {
      if (action.action.type === "start" && state.apply.status === "running") return state;
      const preview = opReducer(state.preview, action.action);
      if (preview === state.preview) return state;
      return action.action.type === "start" ? { ...state, preview, choices: NO_CHOICES, apply: IDLE } : { ...state, preview };
    }
    case "choose": {
      if (state.preview.status !== "done" || state.apply.status === "running") return state;
      const item = state.preview.result.preview.items.find((i) => i.id === action.id);
      const allowed = item?.needsConsent && (action.kind === "rebuild" ? item.action === "rebuild" : item.action === "roll-forward");
      if (!allowed) return state;
      const next = toggle(state.choices[action.kind], action.id, action.chosen);
      return next === state.choices[action.kind] ? state : { ...state, choices: { ...state.choices, [action.kind]: next } };
    }
    case "apply": {
      if (action.action.type === "start" && state.preview.status !== "done") return state;
      const apply = opReducer(state.apply, action.action);
      return apply === state.apply ? state : { ...state, apply };
    }
    case "selection": {
      const selection = opReducer(state.selection, action.action);
      return selection === state.selection ? state : { ...state, selection };
    }
  }
}
