/**
 * A figure being picked step by step: company → field (and segment) → period. Choosing an
 * earlier step clears the later ones, since a field or period of one company may not exist
 * for another. Used by the formula builder and by the sources view outside Excel.
 */
export interface FigurePick {
  /** Entity id. */
  readonly company?: string;
  /** `field|segment` ("revenue|" for the whole company, "revenue|ct" for a segment). */
  readonly series?: string;
  /** Period id; undefined = the latest (DATA's default). */
  readonly period?: string;
}

export type PickAction =
  | { readonly type: "company"; readonly company: string | undefined }
  | { readonly type: "series"; readonly series: string | undefined }
  | { readonly type: "period"; readonly period: string | undefined };

export const EMPTY_PICK: FigurePick = {};

export function pickReducer(state: FigurePick, action: PickAction): FigurePick {
  switch (action.type) {
    case "company":
      if (action.company === state.company) return state;
      return action.company ? { company: action.company } : EMPTY_PICK;
    case "series": {
      if (!state.company || action.series === state.series) return state;
      return action.series ? { company: state.company, series: action.series } : { company: state.company };
    }
    case "period": {
      if (!state.company || !state.series || action.period === state.period) return state;
      const { period: _old, ...rest } = state;
      return action.period ? { ...rest, period: action.period } : rest;
    }
  }
}

/** Splits a series key into its field and segment ids. */
export function splitSeries(series: string): { readonly field: string; readonly segment?: string } {
  const [field = "", segment = ""] = series.split("|");
  return segment ? { field, segment } : { field };
}
