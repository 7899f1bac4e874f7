/**
 * The cycle phase cell. Live: =CAPCYCLE.CYCLE_PHASE over the capex and D&A columns.
 * Portable: a native IF over the capex/D&A ratio cells of the last two periods that have
 * both figures (known when the plan is built), giving the same label by the same rules:
 *   r ≥ high and r ≥ before → Expansion; r ≥ low and r < before → Expansion slowing;
 *   low ≤ r < high and r ≥ before → Build-up; r < low and r ≤ before → Contraction;
 *   r < low and r > before → Recovery.
 * The rules are total: checked in this order, every (r, before) pair gets exactly one label.
 */
import type { Lang } from "../errors";
import { quoteText } from "./figures";
import { PHASES } from "./labels";
import type { FormulaStyle } from "./options";

export const PHASE_HIGH = 1.5;
export const PHASE_LOW = 1.0;

/**
 * Where the phase reads its inputs, whatever the layout (periods down or across): the capex
 * and D&A ranges of one frequency group (one row or one column each), and the capex/D&A ratio
 * cells of its periods that have both figures, oldest first.
 */
export interface PhaseRefs {
  readonly capexRange: string;
  readonly daRange: string;
  readonly ratioCells: readonly string[];
}

/** The phase formula, or null when fewer than two periods have both capex and D&A. */
export function phaseFormula(refs: PhaseRefs | null, style: FormulaStyle, lang: Lang): string | null {
  if (!refs || refs.ratioCells.length < 2) return null;
  if (style === "live") return `=CAPCYCLE.CYCLE_PHASE(${refs.capexRange},${refs.daRange},${PHASE_HIGH},${PHASE_LOW},"${lang}")`;
  const now = refs.ratioCells[refs.ratioCells.length - 1]!;
  const before = refs.ratioCells[refs.ratioCells.length - 2]!;
  const t = (k: keyof typeof PHASES) => quoteText(PHASES[k][lang]);
  return (
    `=IF(OR(${now}="",${before}=""),"",` +
    `IF(AND(${now}>=${PHASE_HIGH},${now}>=${before}),${t("expansion")},` +
    `IF(AND(${now}>=${PHASE_LOW},${now}<${before}),${t("slowing")},` +
    `IF(${now}>=${PHASE_LOW},${t("buildUp")},` +
    `IF(${now}<=${before},${t("contraction")},${t("recovery")})))))`
  );
}
