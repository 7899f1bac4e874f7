/**
 * Which statement a field belongs to, for pickers that group fields the way analysts read a
 * model: income statement, cash flow statement, balance sheet, ratios and margins, operating
 * data, market, other. The field catalogue (seeds/fields.json) has no statement of its own, so
 * it is derived here: a list for the fields the articles use most, then the field's kind and
 * whether it is a stock (a balance at period end). A growth rate (`<field>_yoy`) sits with the
 * field it is the growth of. Pure: the pane gives the groups their labels (i18n).
 */
import type { FieldRecord } from "./dataset/types";

export type FieldGroupId = "income" | "cash_flow" | "balance_sheet" | "ratios" | "operating" | "market" | "other";

/** The groups in the order a picker shows them. */
export const FIELD_GROUPS: readonly FieldGroupId[] = ["income", "cash_flow", "balance_sheet", "ratios", "operating", "market", "other"];

const LISTED: Readonly<Partial<Record<FieldGroupId, readonly string[]>>> = {
  income: [
    "revenue",
    "net_profit",
    "net_profit_deducted",
    "gross_profit",
    "operating_profit",
    "selling_expense",
    "admin_expense",
    "finance_expense",
    "rd_total",
    "rd_expensed",
    "rd_capitalized",
    "overseas_revenue",
    "domestic_revenue",
    "share_based_compensation",
    "goodwill_impairment",
    "asset_disposal_gain",
    "fx_loss",
    "labor_cost",
  ],
  cash_flow: [
    "operating_cash_flow",
    "investing_cash_flow",
    "financing_cash_flow",
    "cash_from_sales",
    "capex",
    "da",
    "dividends_paid",
    "free_cash_flow",
    "cash_paid_for_investments",
    "cash_paid_to_employees",
    "debt_repaid",
    "construction_spending",
  ],
  balance_sheet: [
    "cash",
    "cash_and_cash_equivalents",
    "restricted_cash",
    "receivables",
    "inventory",
    "fixed_assets",
    "construction_in_progress",
    "right_of_use_assets",
    "goodwill",
    "total_assets",
    "total_liabilities",
    "equity",
    "short_term_borrowings",
    "trading_financial_assets",
  ],
  market: ["market_share", "new_market_share", "market_size", "market_size_cagr", "market_rank", "market_coverage", "valuation"],
};

const BY_ID = new Map<string, FieldGroupId>(
  Object.entries(LISTED).flatMap(([group, ids]) => (ids ?? []).map((id) => [id, group as FieldGroupId] as const)),
);

/** The group of a field: listed, else by kind (rates → ratios, counts → operating, balances → balance sheet). */
export function fieldGroup(field: Pick<FieldRecord, "id" | "kind" | "stock" | "yoyOf">, fieldById?: ReadonlyMap<string, FieldRecord>): FieldGroupId {
  if (field.yoyOf !== undefined) {
    const base = fieldById?.get(field.yoyOf);
    return base ? fieldGroup(base) : (BY_ID.get(field.yoyOf) ?? "ratios");
  }
  const listed = BY_ID.get(field.id);
  if (listed) return listed;
  switch (field.kind) {
    case "percent":
    case "multiple":
      return "ratios";
    case "count":
      return "operating";
    default:
      return field.stock ? "balance_sheet" : "other";
  }
}

/**
 * Items grouped by their field's group, groups in FIELD_GROUPS order, items in their given
 * order within a group; empty groups are left out.
 */
export function groupByField<T>(items: readonly T[], groupOf: (item: T) => FieldGroupId): { readonly group: FieldGroupId; readonly items: readonly T[] }[] {
  const buckets = new Map<FieldGroupId, T[]>();
  for (const item of items) {
    const g = groupOf(item);
    const bucket = buckets.get(g);
    if (bucket) bucket.push(item);
    else buckets.set(g, [item]);
  }
  return FIELD_GROUPS.filter((g) => buckets.has(g)).map((group) => ({ group, items: buckets.get(group)! }));
}
