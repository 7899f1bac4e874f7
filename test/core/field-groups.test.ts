import { describe, expect, it } from "vitest";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { FIELD_GROUPS, fieldGroup, groupByField } from "../../src/core/field-groups";

describe("field groups", () => {
  const ds = getDataset();
  const group = (id: string) => fieldGroup(ds.fieldById.get(id)!, ds.fieldById);

  it("put the statement items where analysts read them, growth rates with their field", () => {
    expect(["revenue", "net_profit", "rd_expensed"].map(group)).toEqual(["income", "income", "income"]);
    expect(["operating_cash_flow", "capex", "da"].map(group)).toEqual(["cash_flow", "cash_flow", "cash_flow"]);
    expect(["goodwill", "equity", "total_liabilities"].map(group)).toEqual(["balance_sheet", "balance_sheet", "balance_sheet"]);
    expect(["capex_yoy", "equity_yoy"].map(group)).toEqual(["cash_flow", "balance_sheet"]);
    expect(["market_share", "market_size"].map(group)).toEqual(["market", "market"]);
  });

  it("derive the rest from kind and stock: rates → ratios, counts → operating, balances → balance sheet", () => {
    expect(fieldGroup({ id: "x", kind: "percent", stock: false })).toBe("ratios");
    expect(fieldGroup({ id: "x", kind: "multiple", stock: false })).toBe("ratios");
    expect(fieldGroup({ id: "x", kind: "count", stock: true })).toBe("operating");
    expect(fieldGroup({ id: "x", kind: "money", stock: true })).toBe("balance_sheet");
    expect(fieldGroup({ id: "x", kind: "money", stock: false })).toBe("other");
    for (const f of ds.fields) expect(FIELD_GROUPS).toContain(fieldGroup(f, ds.fieldById));
  });

  it("group items in the statements' order, keeping their order inside a group, no empty group", () => {
    const items = ["capex", "revenue", "gross_margin", "da", "net_profit"];
    expect(groupByField(items, group)).toEqual([
      { group: "income", items: ["revenue", "net_profit"] },
      { group: "cash_flow", items: ["capex", "da"] },
      { group: "ratios", items: ["gross_margin"] },
    ]);
  });
});
