/**
 * Sources of the selected cell: whether the pane follows Excel's selection, the last cell
 * read, and (outside Excel, or for any figure) a figure picked by hand.
 */
import type { Localized } from "../../core/errors";
import type { ActiveCellInfo } from "../../excel/index";
import { EMPTY_PICK, pickReducer, type FigurePick, type PickAction } from "./figure-pick";
import { IDLE, opReducer, type OpAction, type OpState, type Success } from "./operation";

export type FollowState =
  | { readonly status: "off" }
  | { readonly status: "on" }
  | { readonly status: "unavailable"; readonly reason: Localized };

export interface SourcesState {
  readonly follow: FollowState;
  readonly cell: OpState<Success<{ readonly cell: ActiveCellInfo }>>;
  readonly pick: FigurePick;
}

export type SourcesAction =
  | { readonly type: "follow"; readonly follow: FollowState }
  | { readonly type: "cell"; readonly action: OpAction<Success<{ readonly cell: ActiveCellInfo }>> }
  | { readonly type: "pick"; readonly action: PickAction };

export const INITIAL_SOURCES: SourcesState = { follow: { status: "off" }, cell: IDLE, pick: EMPTY_PICK };

export function sourcesReducer(state: SourcesState, action: SourcesAction): SourcesState {
  switch (action.type) {
    case "follow":
      return { ...state, follow: action.follow };
    case "cell": {
      const cell = opReducer(state.cell, action.action);
      return cell === state.cell ? state : { ...state, cell };
    }
    case "pick": {
      const pick = pickReducer(state.pick, action.action);
      return pick === state.pick ? state : { ...state, pick };
    }
  }
}
