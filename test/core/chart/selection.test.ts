import { describe, expect, it } from "vitest";
import { SELECTION_REASONS } from "../../../src/core/chart/messages";
import { planSelectionChart } from "../../../src/core/chart/selection";
import { rectsOverlap } from "../../../src/core/template/a1";
import type { CellValue } from "../../../src/core/values";

const rect = (row: number, col: number, rowCount: number, colCount: number) => ({ row, col, rowCount, colCount });

describe("planSelectionChart", () => {
  it("finds labelled capex and D&A rows, with the period row as categories", () => {
    // B2:F4 selected: periods, capex, D&A; the used range is A1:G6.
    const values: CellValue[][] = [
      ["", 2021, 2022, 2023, 2024],
      ["资本开支", 30, 35, 40, 45],
      ["折旧摊销", 20, 22, 25, 30],
    ];
    const r = planSelectionChart({ sheet: "Model", selection: rect(1, 1, 3, 5), values, used: rect(0, 0, 6, 7), lang: "zh" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.plan;
    expect(p.seriesBy).toBe("rows");
    expect(p.periods).toBe(4);
    expect(p.chart.categories).toBe("C2:F2");
    expect(p.chart.series.map((s) => [s.name, s.values, s.chartType, s.axis])).toEqual([
      ["资本开支", "C3:F3", "ColumnClustered", "Primary"],
      ["折旧摊销", "C4:F4", "ColumnClustered", "Primary"],
      ["资本开支/折旧摊销", "C7:F7", "Line", "Secondary"],
    ]);
    // The ratio line sits just below the used range, aligned with the data, as native formulas.
    expect(p.ratio.formulas[0]).toEqual([
      '=IF(OR(C3="",C4=""),"",ABS(C3)/ABS(C4))',
      '=IF(OR(D3="",D4=""),"",ABS(D3)/ABS(D4))',
      '=IF(OR(E3="",E4=""),"",ABS(E3)/ABS(E4))',
      '=IF(OR(F3="",F4=""),"",ABS(F3)/ABS(F4))',
    ]);
    expect(p.ratio.label).toEqual({ cell: "B7", text: "资本开支/折旧摊销" });
    // Beside the used range, overlapping none of it.
    expect(rectsOverlap(p.chart.position, rect(0, 0, 7, 7))).toBe(false);
    expect(p.chart.position.row).toBe(1);
  });

  it("finds labelled columns with periods in the first column", () => {
    const values: CellValue[][] = [
      ["Period", "Capex", "D&A"],
      ["2023", -40, 20],
      ["2024", -35, 25],
    ];
    const r = planSelectionChart({ sheet: "M", selection: rect(0, 0, 3, 3), values, used: rect(0, 0, 3, 3), lang: "en" });
    expect(r.ok && r.plan.seriesBy).toBe("columns");
    if (!r.ok) return;
    expect(r.plan.chart.categories).toBe("A2:A3");
    expect(r.plan.chart.series.map((s) => s.values)).toEqual(["B2:B3", "C2:C3", "D2:D3"]);
    expect(r.plan.ratio.label).toEqual({ cell: "D1", text: "Capex / D&A" });
    expect(r.plan.chart.position.col).toBeGreaterThan(3);
  });

  it("takes two unlabelled lines as capex then D&A", () => {
    const r = planSelectionChart({ sheet: "M", selection: rect(4, 2, 2, 3), values: [[1, 2, 3], [4, 5, 6]], used: null, lang: "en" });
    expect(r.ok && r.plan.chart.series.map((s) => [s.name, s.values])).toEqual([
      ["Capex", "C5:E5"],
      ["D&A", "C6:E6"],
      ["Capex / D&A", "C7:E7"],
    ]);
  });

  it("takes two unlabelled columns with a period column", () => {
    const r = planSelectionChart({ sheet: "M", selection: rect(0, 0, 3, 3), values: [["2023", 1, 2], ["2024", 3, 4], ["2025H1", 5, 6]], used: null, lang: "en" });
    expect(r.ok && [r.plan.seriesBy, r.plan.chart.categories, r.plan.chart.series[0]!.values]).toEqual(["columns", "A1:A3", "B1:B3"]);
  });

  it.each([
    ["one cell", rect(0, 0, 1, 1), [[1]], SELECTION_REASONS.tooSmall],
    ["an unlabelled block of three lines each way", rect(0, 0, 3, 3), [[1, 2, 3], [3, 4, 5], [5, 6, 7]], SELECTION_REASONS.notFound],
    ["labels that match neither", rect(0, 0, 2, 3), [["Revenue", 1, 2], ["Cost", 3, 4]], SELECTION_REASONS.notFound],
    ["labelled lines without numbers", rect(0, 0, 2, 3), [["Capex", "", ""], ["D&A", null, ""]], SELECTION_REASONS.noNumbers],
  ])("refuses %s", (_, selection, values, reason) => {
    expect(planSelectionChart({ sheet: "M", selection, values: values, used: null, lang: "en" })).toEqual({ ok: false, reason });
  });
});
