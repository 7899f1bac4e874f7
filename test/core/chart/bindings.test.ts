import { describe, expect, it } from "vitest";
import { bindingDocumentFor, rebindRanges, REBIND_REASONS } from "../../../src/core/chart/bindings";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { acmeInput } from "../template/fixtures";

describe("bindings of a template", () => {
  const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
  const names = new Map([
    ["financials", "Fin_2"],
    ["segments", "Seg"],
    ["peers", "Peers"],
    ["sources", "Src"],
  ]);

  it("binds each built chart to its table's final name and records the cell map", () => {
    const doc = bindingDocumentFor(plan, "Acme (2)", names, ["CapCycle capex vs D&A", "CapCycle market share"]);
    expect(doc.charts.map((c) => [c.id, c.table, c.position])).toEqual([
      ["Acme (2)|CapCycle capex vs D&A", "Fin_2", "V1:AC16"],
      ["Acme (2)|CapCycle market share", "Peers", "V35:AC50"],
    ]);
    expect(doc.templates[0]!.sheet).toBe("Acme (2)");
    expect(doc.templates[0]!.tables).toEqual(["Fin_2", "Seg", "Peers", "Src"]);
  });

  it("re-binds series to the table's current extent by column name", () => {
    const b = bindingDocumentFor(plan, "S", names, ["CapCycle capex vs D&A"]).charts[0]!;
    const headers = plan.tables[0]!.columns.map((c) => c.header);
    // Two rows appended: the body now runs to row 17.
    const r = rebindRanges(b, { headers, body: { row: 11, col: 0, rowCount: 6, colCount: headers.length } });
    expect(r).toEqual({
      ok: true,
      categories: "A12:A17",
      series: [
        { name: "Capex", values: "F12:F17" },
        { name: "D&A", values: "G12:G17" },
        { name: "Capex / D&A", values: "L12:L17" },
      ],
    });
    // Columns are found by header, so a moved column is followed.
    const moved = ["Capex", ...headers.filter((h) => h !== "Capex")];
    const m = rebindRanges(b, { headers: moved, body: { row: 11, col: 0, rowCount: 4, colCount: headers.length } });
    expect(m.ok && m.series[0]).toEqual({ name: "Capex", values: "A12:A15" });
  });

  it("says which column is gone, or that the table is empty", () => {
    const b = bindingDocumentFor(plan, "S", names, ["CapCycle capex vs D&A"]).charts[0]!;
    expect(rebindRanges(b, { headers: ["Period", "Capex"], body: { row: 11, col: 0, rowCount: 4, colCount: 2 } })).toEqual({
      ok: false,
      reason: REBIND_REASONS.column("Fin_2", "D&A"),
    });
    expect(rebindRanges(b, { headers: ["Period"], body: null })).toEqual({ ok: false, reason: REBIND_REASONS.empty("Fin_2") });
  });
});
