import { describe, expect, it } from "vitest";
import { bindingDocumentFor, findSeriesRow, periodColumns, rebindRanges } from "../../../src/core/chart/bindings";
import { REBIND_REASONS } from "../../../src/core/chart/messages";
import type { ChartBinding } from "../../../src/core/chart/types";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { acmeInput } from "../template/fixtures";

describe("bindings of a template (model layout: series are rows)", () => {
  const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
  const names = new Map([
    ["financials", "Fin_2"],
    ["segments", "Seg"],
    ["peers", "Peers"],
    ["other", "Oth"],
    ["sources", "Src"],
  ]);
  const fin = plan.tables.find((t) => t.role === "financials")!;
  const headers = fin.columns.map((c) => c.header);
  const finLabels = plan.cells.slice(fin.rect.row + 1, fin.rect.row + fin.rect.rowCount).map((r) => (r[0]!.kind === "text" ? r[0]!.text : ""));
  const doc = bindingDocumentFor(plan, "Acme (2)", names, ["CapCycle capex vs D&A (annual)", "CapCycle capex vs D&A (half-year)", "CapCycle market share (annual)"]);
  const annual = doc.charts[0]!;
  const half = doc.charts[1]!;

  it("binds each built chart to its table's final name, by rows of one frequency group", () => {
    expect(doc.charts.map((c) => [c.id, c.table, c.position, c.seriesBy, c.frequency])).toEqual([
      ["Acme (2)|CapCycle capex vs D&A (annual)", "Fin_2", "A37:E52", "rows", "annual"],
      ["Acme (2)|CapCycle capex vs D&A (half-year)", "Fin_2", "F37:G52", "rows", "half"],
      ["Acme (2)|CapCycle market share (annual)", "Peers", "A94:E109", "rows", "annual"],
    ]);
    expect(annual.series).toEqual([
      { name: "Capex", column: "Capex", row: { label: "Capex", index: 6 }, chartType: "ColumnClustered", axis: "Primary" },
      { name: "D&A", column: "D&A", row: { label: "D&A", index: 7 }, chartType: "ColumnClustered", axis: "Primary" },
      { name: "Capex / D&A", column: "Capex / D&A", row: { label: "Capex / D&A", index: 14 }, chartType: "Line", axis: "Secondary" },
    ]);
    expect(doc.charts[2]!.series[1]).toEqual({ name: "Beta 301267.SZ", column: "Beta 301267.SZ", row: { label: "Beta 301267.SZ", section: "Market share", index: 2 }, chartType: "BarClustered", axis: "Primary" });
    expect(doc.templates[0]!.sheet).toBe("Acme (2)");
    expect(doc.templates[0]!.tables).toEqual(["Fin_2", "Seg", "Peers", "Oth", "Src"]);
  });

  it("re-binds to the plan's own ranges when nothing changed", () => {
    const body = { row: fin.rect.row + 1, col: 0, rowCount: fin.rect.rowCount - 1, colCount: headers.length };
    const plannedAnnual = plan.charts[0]!;
    expect(rebindRanges(annual, { headers, body, labels: finLabels })).toEqual({
      ok: true,
      categories: plannedAnnual.categories,
      series: plannedAnnual.series.map((s) => ({ name: s.name, values: s.values })),
    });
  });

  it("extends a chart by the period column added at the end of its group", () => {
    // 2025 typed right of the annual group (the half-year columns move one to the right).
    const grown = ["CNY 100m (亿元)", "2023", "2024", "2025", "2024H1", "2025H1"];
    const body = { row: 11, col: 0, rowCount: 23, colCount: grown.length };
    expect(rebindRanges(annual, { headers: grown, body, labels: finLabels })).toEqual({
      ok: true,
      categories: "B11:D11",
      series: [
        { name: "Capex", values: "B18:D18" },
        { name: "D&A", values: "B19:D19" },
        { name: "Capex / D&A", values: "B26:D26" },
      ],
    });
    // The half-year chart starts at its first period with figures (H1 2025), wherever that column moved.
    expect(rebindRanges(half, { headers: grown, body, labels: finLabels })).toMatchObject({ ok: true, categories: "F11" });
    // The last group grows when a period is typed right of the table (Excel widens the table).
    const h2 = [...grown, "2025H2"];
    expect(rebindRanges(half, { headers: h2, body: { ...body, colCount: h2.length }, labels: finLabels })).toMatchObject({
      ok: true,
      categories: "F11:G11",
      series: [{ name: "Capex", values: "F18:G18" }, { name: "D&A", values: "F19:G19" }, { name: "Capex / D&A", values: "F26:G26" }],
    });
    // Periods typed as analysts write them are read too.
    expect(periodColumns(["x", "FY2023", "2024年", "2024H1"], "annual")).toEqual({ first: 1, count: 2 });
  });

  it("follows a row the person moved, by its label; without labels it takes the recorded place", () => {
    const moved = [...finLabels];
    const [capex] = moved.splice(6, 1);
    moved.splice(1, 0, capex!);
    const body = { row: 11, col: 0, rowCount: 23, colCount: headers.length };
    const r = rebindRanges(annual, { headers, body, labels: moved });
    expect(r.ok && r.series[0]).toEqual({ name: "Capex", values: "B13:C13" });
    const noLabels = rebindRanges(annual, { headers, body });
    expect(noLabels.ok && noLabels.series[0]).toEqual({ name: "Capex", values: "B18:C18" });
  });

  it("finds a repeated label under its section heading", () => {
    const labels = ["Market share", "Acme", "Beta", "Revenue", "Acme", "Beta"];
    expect(findSeriesRow({ label: "Beta", section: "Revenue", index: 2 }, labels, 6)).toBe(5);
    expect(findSeriesRow({ label: "Beta", section: "Market share", index: 2 }, labels, 6)).toBe(2);
    expect(findSeriesRow({ label: "Beta", section: "Gone", index: 2 }, labels, 6)).toBeNull();
    expect(findSeriesRow({ label: "Beta", index: 9 }, undefined, 6)).toBeNull();
  });

  it("says which row is gone, that the group's periods are gone, or that the table is empty", () => {
    const body = { row: 11, col: 0, rowCount: 23, colCount: headers.length };
    expect(rebindRanges(annual, { headers, body, labels: finLabels.filter((l) => l !== "D&A") })).toEqual({ ok: false, reason: REBIND_REASONS.row("Fin_2", "D&A") });
    expect(rebindRanges(annual, { headers: ["CNY 100m (亿元)", "2024H1", "2025H1"], body, labels: finLabels })).toEqual({ ok: false, reason: REBIND_REASONS.periods("Fin_2") });
    expect(rebindRanges(annual, { headers, body: null })).toEqual({ ok: false, reason: REBIND_REASONS.empty("Fin_2") });
  });
});

describe("records written by the layout before model rows (series are columns)", () => {
  // As the add-in wrote it before: periods down the rows, one column per field.
  const old: ChartBinding = {
    id: "Acme|CapCycle capex vs D&A",
    kind: "capex-da",
    sheet: "Acme",
    chart: "CapCycle capex vs D&A",
    title: "Capex vs D&A",
    type: "ColumnClustered",
    table: "CapCycle_acme_Financials",
    categoryColumn: "Period",
    series: [
      { name: "Capex", column: "Capex", chartType: "ColumnClustered", axis: "Primary" },
      { name: "D&A", column: "D&A", chartType: "ColumnClustered", axis: "Primary" },
      { name: "Capex / D&A", column: "Capex / D&A", chartType: "Line", axis: "Secondary" },
    ],
    position: "V1:AC16",
    valueFormat: "0.00",
  };
  const headers = ["Period", "Revenue", "Revenue, YoY growth", "Net profit", "Operating cash flow", "Capex", "D&A", "Receivables", "Goodwill", "Equity", "Debt to assets", "Capex / D&A"];

  it("re-binds each series to its column's current extent (rows added appear in the chart)", () => {
    // Two period rows appended: the body now runs to row 17.
    const r = rebindRanges(old, { headers, body: { row: 11, col: 0, rowCount: 6, colCount: headers.length } });
    expect(r).toEqual({
      ok: true,
      categories: "A12:A17",
      series: [
        { name: "Capex", values: "F12:F17" },
        { name: "D&A", values: "G12:G17" },
        { name: "Capex / D&A", values: "L12:L17" },
      ],
    });
    // Labels (read for model-layout records) change nothing for a column record.
    expect(rebindRanges(old, { headers, body: { row: 11, col: 0, rowCount: 6, colCount: headers.length }, labels: ["2023"] })).toEqual(r);
    // Columns are found by header, so a moved column is followed.
    const moved = ["Capex", ...headers.filter((h) => h !== "Capex")];
    const m = rebindRanges(old, { headers: moved, body: { row: 11, col: 0, rowCount: 4, colCount: headers.length } });
    expect(m.ok && m.series[0]).toEqual({ name: "Capex", values: "A12:A15" });
  });

  it("says which column is gone", () => {
    expect(rebindRanges(old, { headers: ["Period", "Capex"], body: { row: 11, col: 0, rowCount: 4, colCount: 2 } })).toEqual({
      ok: false,
      reason: REBIND_REASONS.column("CapCycle_acme_Financials", "D&A"),
    });
  });
});
