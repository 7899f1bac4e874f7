/**
 * Options a template is built with. Separate from the plan types so the pane and the
 * adapter can import them without pulling the builder.
 */

/** "live": CAPCYCLE functions; "portable": native Excel formulas only (no add-in needed). */
export type FormulaStyle = "live" | "portable";

/** Money units a template can show. Values are converted from base units (yuan) at plan time. */
export type MoneyUnitId = "十亿" | "亿" | "百万" | "万" | "元";

export const MONEY_UNITS: Readonly<Record<MoneyUnitId, { readonly factor: number; readonly en: string; readonly zh: string }>> = {
  亿: { factor: 1e8, en: "CNY 100m (亿元)", zh: "亿元" },
  十亿: { factor: 1e9, en: "CNY bn (十亿元)", zh: "十亿元" },
  百万: { factor: 1e6, en: "CNY m (百万元)", zh: "百万元" },
  万: { factor: 1e4, en: "CNY 10k (万元)", zh: "万元" },
  元: { factor: 1, en: "CNY", zh: "元" },
};
