/**
 * LTM / TTM: the last twelve months to the end of an interim period, derived wherever the
 * statements allow and stored nowhere: LTM2025H1 = FY2024 + 2025H1 − 2024H1 (the same for the
 * first quarter and the first three quarters). Only money flows add up this way: a balance is
 * read at the closing date instead, and a ratio or growth rate of flows must be recomputed from
 * LTM parts (the message says so). The parts are the primaries of their groups; SOURCE cites them.
 */
import type { Localized } from "../errors";
import { periodInfo, periodLabel } from "../periods";
import type { UnitDef } from "../units";
import type { FieldRecord, StatementGroup } from "./types";
import { DATASET_MSG } from "./messages";

export interface LtmFigure {
  /** "LTM2025H1". */
  readonly id: string;
  /** Value in base units (yuan of the figures' currency). */
  readonly base: number;
  /** Unit of the annual part (its currency is the LTM's). */
  readonly unit: UnitDef;
  readonly annual: StatementGroup;
  readonly interim: StatementGroup;
  readonly priorInterim: StatementGroup;
  /** "FY2024 + H1 2025 − H1 2024" / "2024年 + 2025年上半年 − 2024年上半年". */
  readonly recipe: Localized;
}

export type LtmResult =
  | { readonly ok: true; readonly figure: LtmFigure }
  /** `missing`: the period ids the recipe needs and the series lacks; empty when the field cannot be summed. */
  | { readonly ok: false; readonly missing: readonly string[]; readonly message: Localized };

/** The three periods an LTM id is made of: [annual, interim, prior interim]; null for a non-LTM id. */
export function ltmParts(ltmId: string): [string, string, string] | null {
  const p = periodInfo(ltmId);
  if (!p?.ltmOf) return null;
  const tail = p.ltmOf.slice(4);
  return [String(p.year - 1), p.ltmOf, `${p.year - 1}${tail}`];
}

export function ltmRecipe(ltmId: string): Localized | null {
  const parts = ltmParts(ltmId);
  if (!parts) return null;
  const [a, i, pi] = parts;
  return {
    en: `${periodLabel(a, "en")} + ${periodLabel(i, "en")} − ${periodLabel(pi, "en")}`,
    zh: `${periodLabel(a, "zh")} + ${periodLabel(i, "zh")} − ${periodLabel(pi, "zh")}`,
  };
}

/** The LTM of a money flow, or why the statements cannot give it. */
export function ltmFigure(series: ReadonlyMap<string, StatementGroup>, field: FieldRecord, ltmId: string): LtmResult {
  const parts = ltmParts(ltmId);
  const recipe = ltmRecipe(ltmId);
  if (!parts || !recipe) return { ok: false, missing: [], message: DATASET_MSG.notLtm(ltmId) };
  if (field.kind !== "money" || field.stock || field.yoyOf) {
    return {
      ok: false,
      missing: [],
      message: DATASET_MSG.ltmFlowsOnly(recipe, field),
    };
  }
  const [annual, interim, prior] = parts.map((id) => series.get(id));
  const missing = parts.filter((id) => !series.has(id));
  if (!annual || !interim || !prior) {
    const labels = { en: missing.map((m) => periodLabel(m, "en")).join(", "), zh: missing.map((m) => periodLabel(m, "zh")).join("、") };
    return {
      ok: false,
      missing,
      message: DATASET_MSG.ltmPartsMissing({ en: periodLabel(ltmId, "en"), zh: periodLabel(ltmId, "zh") }, recipe, field, labels),
    };
  }
  const currencies = new Set([annual, interim, prior].map((g) => g.primary.unit.currency ?? ""));
  if (currencies.size > 1)
    return {
      ok: false,
      missing: [],
      message: DATASET_MSG.ltmCurrencies(ltmId),
    };
  return {
    ok: true,
    figure: {
      id: ltmId,
      // Rounded to 15 significant digits: the parts are exact decimals, their float sum need not be.
      base: Number((annual.primary.base + interim.primary.base - prior.primary.base).toPrecision(15)),
      unit: annual.primary.unit,
      annual,
      interim,
      priorInterim: prior,
      recipe,
    },
  };
}
