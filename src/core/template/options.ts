/**
 * Options a template is built with. Separate from the plan types so the pane and the
 * adapter can import them without pulling the builder.
 */

import { MONEY_UNIT_LABELS } from "./messages";

/** "live": CAPCYCLE functions; "portable": native Excel formulas only (no add-in needed). */
export type FormulaStyle = "live" | "portable";

/** Money units a template can show. Values are converted from base units (yuan) at plan time. */
export type MoneyUnitId = "十亿" | "亿" | "百万" | "万" | "元";

export const MONEY_UNITS: Readonly<Record<MoneyUnitId, { readonly factor: number; readonly en: string; readonly zh: string }>> = {
  亿: { factor: 1e8, ...MONEY_UNIT_LABELS.亿 },
  十亿: { factor: 1e9, ...MONEY_UNIT_LABELS.十亿 },
  百万: { factor: 1e6, ...MONEY_UNIT_LABELS.百万 },
  万: { factor: 1e4, ...MONEY_UNIT_LABELS.万 },
  元: { factor: 1, ...MONEY_UNIT_LABELS.元 },
};
