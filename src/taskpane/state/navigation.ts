/**
 * Which view is open and which company the person is looking at. Other views read the
 * company as their default, so "Load template…" on a company opens the template view with it.
 */
export type TabId = "companies" | "template" | "charts" | "sources" | "formula" | "import";

export const TABS: readonly TabId[] = ["companies", "template", "charts", "sources", "formula", "import"];

export interface NavState {
  readonly tab: TabId;
  /** Entity id open in the companies view (its figures and sources), if any. */
  readonly company?: string;
}

export type NavAction =
  | { readonly type: "tab"; readonly tab: TabId }
  | { readonly type: "openCompany"; readonly company: string }
  | { readonly type: "closeCompany" };

export const INITIAL_NAV: NavState = { tab: "companies" };

export function navReducer(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case "tab":
      return state.tab === action.tab ? state : { ...state, tab: action.tab };
    case "openCompany":
      return { ...state, company: action.company };
    case "closeCompany": {
      const { company: _closed, ...rest } = state;
      return rest;
    }
  }
}
