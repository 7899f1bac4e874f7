import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../../src/core/dataset/query";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { isFinancialField } from "../../../src/core/template/financial-fields";
import { isActual, figureKey } from "../../../src/core/template/figures";
import { MAX_SEGMENT_VALUE_COLUMNS } from "../../../src/core/template/segments";
import { MAX_CHART_COL } from "../../../src/core/chart/placement";
import { latestPeriod } from "../../../src/core/periods";
import { parseCell, rectAddress } from "../../../src/core/template/a1";
import type { PlanCell, TemplatePlan } from "../../../src/core/template/types";
import { chartsCoverNothing, keysByTable } from "./layout-checks";
import { evaluatePlan } from "./evaluate";

const ds = getDataset();
const at = (plan: TemplatePlan, a: string): PlanCell => {
  const p = parseCell(a)!;
  return plan.cells[p.row]![p.col]!;
};

describe("Aier Eye (300015.SZ): an analyst's sheet, not a data dump", () => {
  const input = templateInputFor(ds, "aier_eye")!;
  const plan = buildTemplatePlan(input, { lang: "en", style: "live" });
  const fin = plan.tables.find((t) => t.role === "financials")!;

  it("has a financials table of statement fields over the statement periods", () => {
    expect(rectAddress(fin.rect)).toBe("A11:AQ14");
    expect([12, 13, 14].map((r) => at(plan, `A${r}`))).toEqual([
      { kind: "text", text: "2024H1" },
      { kind: "text", text: "2024" },
      { kind: "text", text: "2025H1" },
    ]);
    expect(at(plan, "B14")).toEqual({ kind: "number", value: 115.07, format: "0.00" });
    // One column per financials field the company has a whole-company actual figure for, then the metrics.
    const fields = new Set(input.figures.filter((f) => !f.segment && isActual(f) && isFinancialField(input.fields.find((x) => x.id === f.field)!)).map((f) => f.field));
    expect(fin.columns.filter((c) => c.role === "figure")).toHaveLength(fields.size);
    expect(fields.size).toBe(35);
    expect(fin.columns.filter((c) => c.role === "metric").map((c) => c.header)).toEqual([
      "Capex / D&A", "Net investment", "Capex intensity", "Free cash flow", "Cash conversion", "Receivable days", "Revenue growth",
    ]);
    // 1 + 35 + 7: down from 106 columns (98 fields, most of them blank).
    expect(plan.cells[0]!.length).toBe(43);
  });

  it("computes capex / D&A for H1 2025 as the article reports it (0.78)", () => {
    expect(at(plan, "AK14")).toEqual({ kind: "formula", formula: "=CAPCYCLE.CAPEX_DA_RATIO(K14,M14)", format: "0.00" });
    const v = evaluatePlan(plan);
    expect(v.at("AK14")).toBeCloseTo(9.07 / 11.63, 9); // capex of the statement reading (line 25)
    expect(Math.round((v.at("AK14") as number) * 100) / 100).toBe(0.78);
    // H1 2024: 9.665 / 9.49 = 1.02, the statement reading's D&A (docs/data.md, Readings); the
    // commentary's 2.58 stays listed in SOURCE, contested.
    expect(Math.round((v.at("AK12") as number) * 100) / 100).toBe(1.02);
    // 2024 has capex but no D&A: blank, not 0.
    expect(v.at("AK13")).toBe("");
    // The reported ratios are kept, in other figures, to compare with.
    const other = plan.tables.find((t) => t.role === "other")!;
    const reported = plan.cells.slice(other.rect.row + 1, other.rect.row + other.rect.rowCount).filter((r) => r[0]!.kind === "text" && r[0]!.text === "Capex to D&A ratio (as reported)");
    expect(reported.map((r) => [r[2], r[3]])).toEqual([
      [{ kind: "text", text: "2024H1" }, { kind: "number", value: 1.02, format: "0.00" }],
      [{ kind: "text", text: "2024" }, { kind: "number", value: 2.58, format: "0.00" }],
      [{ kind: "text", text: "2025H1" }, { kind: "number", value: 0.78, format: "0.00" }],
    ]);
  });

  it("dates the data by the statements (H1 2025), not by a 2025 market share", () => {
    expect(plan.asOf).toBe("2025H1");
    expect(at(plan, "B4")).toEqual({ kind: "text", text: "2025-06-30 (H1 2025)" });
    expect(input.figures.some((f) => f.period === "2025" && isActual(f))).toBe(true);
    const zh = buildTemplatePlan(input, { lang: "zh", style: "portable" });
    expect(at(zh, "B4")).toEqual({ kind: "text", text: "2025-06-30 (2025年上半年)" });
  });

  it("keeps a segments table of the best-covered columns", () => {
    const seg = plan.tables.find((t) => t.role === "segments")!;
    expect(seg.columns.map((c) => c.header)).toEqual([
      "Segment", "Revenue 2025H1", "Revenue, YoY growth 2024", "Revenue, YoY growth 2025H1", "Gross margin 2025H1", "Share of revenue 2025H1", "Share of surgeries 2025H1",
    ]);
    expect(seg.columns.filter((c) => c.role === "figure").length).toBeLessThanOrEqual(MAX_SEGMENT_VALUE_COLUMNS);
    expect(seg.rect.rowCount - 1).toBe(14);
    const chart = plan.charts.find((c) => c.kind === "segment-growth")!;
    expect(chart.series[0]!.column).toBe("Revenue, YoY growth 2025H1");
    const refractive = plan.cells.slice(seg.rect.row + 1, seg.rect.row + seg.rect.rowCount).find((r) => r[0]!.kind === "text" && r[0]!.text === "Refractive surgery")!;
    expect(refractive.slice(1, 4)).toEqual([
      { kind: "number", value: 46.18, format: "0.00" },
      { kind: "number", value: 0.0231, format: "0.00%" },
      { kind: "number", value: 0.1114, format: "0.00%" },
    ]);
  });

  it("lists every figure the tables leave out under other figures: nothing is lost", () => {
    const byTable = keysByTable(plan);
    const inTables = new Set(["financials", "segments", "peers"].flatMap((r) => byTable.get(r) ?? []).filter((k) => k.startsWith("aier_eye|")));
    const all = input.figures.map((f) => figureKey("aier_eye", f.field, f.period, f.segment));
    const other = plan.tables.find((t) => t.role === "other")!;
    expect(other.rect.rowCount - 1).toBe(all.length - inTables.size);
    expect(other.rect.rowCount - 1).toBe(122);
    expect(new Set([...inTables, ...byTable.get("other")!])).toEqual(new Set(all));
    // Forecasts and estimates are there, marked.
    const bases = plan.cells.slice(other.rect.row + 1, other.rect.row + other.rect.rowCount).map((r) => (r[5]!.kind === "text" ? r[5]!.text : ""));
    expect(bases.filter((b) => b !== "actual").sort()).toEqual(["estimate", "estimate", "estimate", "estimate", "estimate", "forecast", "forecast"]);
  });

  it("places the three charts beside the narrow tables below the financials, on screen", () => {
    expect(plan.charts.map((c) => [c.kind, rectAddress(c.position)])).toEqual([
      ["capex-da", "K15:R30"],
      ["segment-growth", "K32:R47"],
      ["peer-share", "K49:R64"],
    ]);
    for (const c of plan.charts) expect(c.position.col).toBeLessThan(40);
    expect(chartsCoverNothing(plan)).toEqual([]);
    // The capex chart reads the financials' capex, D&A and computed ratio.
    expect(plan.charts[0]!.series.map((s) => s.values)).toEqual(["K12:K14", "M12:M14", "AK12:AK14"]);
  });
});

describe("every seed company's template", () => {
  const companies = entitiesSummary(ds).filter((s) => s.figures > 0 && s.entity.kind !== "industry" && s.entity.kind !== "government");

  it.each(companies.map((c) => [c.entity.id]))("%s: every figure shown, charts clear of the cells and on screen, dated by the statements", (id) => {
    const input = templateInputFor(ds, id)!;
    for (const lang of ["en", "zh"] as const) {
      const plan = buildTemplatePlan(input, { lang, style: "portable" });
      const byTable = keysByTable(plan);
      const shown = new Set([...byTable.values()].flat());
      for (const f of input.figures) expect(shown.has(figureKey(id, f.field, f.period, f.segment)), `${f.field} ${f.period} ${f.segment ?? ""}`).toBe(true);
      const inTables = new Set(["financials", "segments", "peers"].flatMap((r) => byTable.get(r) ?? []).filter((k) => k.startsWith(`${id}|`)));
      expect(byTable.get("other") ?? []).toHaveLength(input.figures.length - inTables.size);
      expect(chartsCoverNothing(plan)).toEqual([]);
      for (const c of plan.charts) expect(c.position.col).toBeLessThanOrEqual(MAX_CHART_COL);
      const fin = plan.tables.find((t) => t.role === "financials");
      const periods = fin ? plan.cells.slice(fin.rect.row + 1, fin.rect.row + fin.rect.rowCount).map((r) => (r[0] as { text: string }).text) : input.figures.filter(isActual).map((f) => f.period);
      expect(plan.asOf).toBe(latestPeriod(periods) ?? "");
    }
  });
});
