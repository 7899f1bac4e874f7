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
import { cellAddress } from "./a1";
import type { FinancialsLayout } from "./financials";
import { quoteText } from "./figures";
import { PHASES } from "./labels";
import type { FormulaStyle } from "./options";

export const PHASE_HIGH = 1.5;
export const PHASE_LOW = 1.0;

/** The phase formula, or null when fewer than two periods have both capex and D&A. */
export function phaseFormula(fin: FinancialsLayout | null, hasBoth: (period: string) => boolean, style: FormulaStyle, lang: Lang): string | null {
  if (!fin) return null;
  const capex = fin.colOf.get("capex");
  const da = fin.colOf.get("da");
  const ratio = fin.colOf.get("capex_da_ratio_calc");
  if (capex === undefined || da === undefined || ratio === undefined) return null;
  const rows = fin.periods.map((p, i) => ({ p, row: fin.firstRow + i })).filter((r) => hasBoth(r.p));
  if (rows.length < 2) return null;
  if (style === "live") {
    const last = fin.firstRow + fin.periods.length - 1;
    const c = `${cellAddress(fin.firstRow, capex)}:${cellAddress(last, capex)}`;
    const d = `${cellAddress(fin.firstRow, da)}:${cellAddress(last, da)}`;
    return `=CAPCYCLE.CYCLE_PHASE(${c},${d},${PHASE_HIGH},${PHASE_LOW},"${lang}")`;
  }
  const now = cellAddress(rows[rows.length - 1]!.row, ratio);
  const before = cellAddress(rows[rows.length - 2]!.row, ratio);
  const t = (k: keyof typeof PHASES) => quoteText(PHASES[k][lang]);
  return (
    `=IF(OR(${now}="",${before}=""),"",` +
    `IF(AND(${now}>=${PHASE_HIGH},${now}>=${before}),${t("expansion")},` +
    `IF(AND(${now}>=${PHASE_LOW},${now}<${before}),${t("slowing")},` +
    `IF(${now}>=${PHASE_LOW},${t("buildUp")},` +
    `IF(${now}<=${before},${t("contraction")},${t("recovery")})))))`
  );
}
