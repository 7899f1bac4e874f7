/**
 * The pane's state: one reducer per domain (navigation, template, charts, formula, sources),
 * held above the views so a running action and its result survive switching views. The
 * reducers are pure; the effects (calls into src/excel) live in the views' handlers.
 */
import { createContext, useContext, useMemo, useReducer, useState, type Dispatch, type ReactNode } from "react";
import { chartsReducer, INITIAL_CHARTS, type ChartsAction, type ChartsState } from "./charts";
import { formulaReducer, INITIAL_FORMULA, type FormulaAction, type FormulaState } from "./formula";
import { INITIAL_NAV, navReducer, type NavAction, type NavState } from "./navigation";
import type { BusyGuard } from "./operation";
import { INITIAL_SOURCES, sourcesReducer, type SourcesAction, type SourcesState } from "./sources";
import { INITIAL_TEMPLATE, templateReducer, type TemplateAction, type TemplateState } from "./template";

/** One guard per action, shared by every render, so no action can run twice at once. */
export interface Guards {
  readonly loadTemplate: BusyGuard;
  readonly gotoSheet: BusyGuard;
  readonly refresh: BusyGuard;
  readonly chartFromSelection: BusyGuard;
  readonly insertFormula: BusyGuard;
  readonly readCell: BusyGuard;
  readonly snapshot: BusyGuard;
}

export interface PaneState {
  readonly nav: NavState;
  readonly navDispatch: Dispatch<NavAction>;
  readonly template: TemplateState;
  readonly templateDispatch: Dispatch<TemplateAction>;
  readonly charts: ChartsState;
  readonly chartsDispatch: Dispatch<ChartsAction>;
  readonly formula: FormulaState;
  readonly formulaDispatch: Dispatch<FormulaAction>;
  readonly sources: SourcesState;
  readonly sourcesDispatch: Dispatch<SourcesAction>;
  readonly guards: Guards;
}

const PaneStateContext = createContext<PaneState | null>(null);

export function PaneStateProvider({ children }: { readonly children: ReactNode }) {
  const [nav, navDispatch] = useReducer(navReducer, INITIAL_NAV);
  const [template, templateDispatch] = useReducer(templateReducer, INITIAL_TEMPLATE);
  const [charts, chartsDispatch] = useReducer(chartsReducer, INITIAL_CHARTS);
  const [formula, formulaDispatch] = useReducer(formulaReducer, INITIAL_FORMULA);
  const [sources, sourcesDispatch] = useReducer(sourcesReducer, INITIAL_SOURCES);
  // One set of guards for the pane's life (a lazy initial state: created once, never replaced).
  const [guards] = useState<Guards>(() => ({
    loadTemplate: { current: false },
    gotoSheet: { current: false },
    refresh: { current: false },
    chartFromSelection: { current: false },
    insertFormula: { current: false },
    readCell: { current: false },
    snapshot: { current: false },
  }));
  const value = useMemo<PaneState>(
    () => ({ nav, navDispatch, template, templateDispatch, charts, chartsDispatch, formula, formulaDispatch, sources, sourcesDispatch, guards }),
    [nav, template, charts, formula, sources, guards],
  );
  return <PaneStateContext.Provider value={value}>{children}</PaneStateContext.Provider>;
}

export function usePaneState(): PaneState {
  const state = useContext(PaneStateContext);
  if (!state) throw new Error("usePaneState outside PaneStateProvider");
  return state;
}
