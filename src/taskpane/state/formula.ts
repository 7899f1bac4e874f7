/**
 * The formula builder: the figure picked, the unit scale for money figures, and the two
 * actions (insert into the active cell; copy to the clipboard).
 */
import { IDLE, opReducer, type OpAction, type OpState, type Success } from "./operation";
import { EMPTY_PICK, pickReducer, type FigurePick, type PickAction } from "./figure-pick";

/** DATA's unit argument as the builder offers it; "" = the default (亿). */
export type FormulaUnit = "" | "亿" | "百万" | "万" | "元";

export const FORMULA_UNITS: readonly FormulaUnit[] = ["", "百万", "万", "元"];

export interface FormulaState {
  readonly pick: FigurePick;
  readonly unit: FormulaUnit;
  readonly insert: OpState<Success<{ readonly address: string }>>;
  readonly copy?: "copied" | "failed";
}

export type FormulaAction =
  | { readonly type: "pick"; readonly action: PickAction }
  | { readonly type: "unit"; readonly unit: FormulaUnit }
  | { readonly type: "insert"; readonly action: OpAction<Success<{ readonly address: string }>> }
  | { readonly type: "copy"; readonly result: "copied" | "failed" };

export const INITIAL_FORMULA: FormulaState = { pick: EMPTY_PICK, unit: "", insert: IDLE };

/** Any change to the formula clears the messages about the previous one. */
function edited(state: FormulaState, patch: Partial<FormulaState>): FormulaState {
  const { copy: _copy, ...rest } = state;
  return { ...rest, ...patch, insert: state.insert.status === "running" ? state.insert : IDLE };
}

export function formulaReducer(state: FormulaState, action: FormulaAction): FormulaState {
  switch (action.type) {
    case "pick": {
      const pick = pickReducer(state.pick, action.action);
      return pick === state.pick ? state : edited(state, { pick });
    }
    case "unit":
      return action.unit === state.unit ? state : edited(state, { unit: action.unit });
    case "insert": {
      const insert = opReducer(state.insert, action.action);
      return insert === state.insert ? state : { ...state, insert };
    }
    case "copy":
      return { ...state, copy: action.result };
  }
}
