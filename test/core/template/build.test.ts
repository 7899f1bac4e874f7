import { describe, expect, it } from "vitest";
import { buildTemplatePlan } from "../../../src/core/template/build";
import type { PlanCell, TemplatePlan } from "../../../src/core/template/types";
import { parseCell, rectAddress, rectsOverlap } from "../../../src/core/template/a1";
import { acmeInput, sparseInput } from "./fixtures";
import { chartsCoverNothing } from "./layout-checks";

function cell(plan: TemplatePlan, address: string): PlanCell {
  const p = parseCell(address)!;
  return plan.cells[p.row]![p.col]!;
}
const textAt = (plan: TemplatePlan, a: string) => {
  const c = cell(plan, a);
  return c.kind === "text" ? c.text : `<${c.kind}>`;
};

describe("buildTemplatePlan: layout and values", () => {
  const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
  const fin = plan.tables.find((t) => t.role === "financials")!;

  it("names the sheet from the short name and ticker", () => {
    expect(plan.sheetName).toBe("Acme Eye 600000.SH");
  });

  it("writes a header block with ticker, unit, data as of and the phase cell", () => {
    expect(textAt(plan, "A2")).toBe("Ticker");
    expect(textAt(plan, "B2")).toBe("600000.SH");
    expect(textAt(plan, "B3")).toBe("money in CNY 100m (亿元); rates in %");
    // The 2025 target is not an actual figure, so data runs to H1 2025.
    expect(textAt(plan, "B4")).toBe("2025-06-30 (H1 2025)");
    expect(plan.asOf).toBe("2025H1");
    expect(plan.phaseCell).toBe("B5");
  });

  it("puts periods in rows, oldest first, as text", () => {
    expect(rectAddress(fin.rect)).toBe("A11:T15");
    expect(["A12", "A13", "A14", "A15"].map((a) => cell(plan, a))).toEqual([
      { kind: "text", text: "2023" },
      { kind: "text", text: "2024H1" },
      { kind: "text", text: "2024" },
      { kind: "text", text: "2025H1" },
    ]);
  });

  it("writes money in 亿 with two decimals, rates as %, and leaves missing figures blank", () => {
    const headers = fin.columns.map((c) => c.header);
    expect(headers.slice(0, 11)).toEqual([
      "Period", "Revenue", "Revenue, YoY growth", "Net profit", "Operating cash flow", "Capex", "D&A", "Receivables", "Goodwill", "Equity", "Debt to assets",
    ]);
    expect(cell(plan, "B15")).toEqual({ kind: "number", value: 115.07, format: "0.00" });
    expect(cell(plan, "C15")).toEqual({ kind: "number", value: 0.1507, format: "0.00%" });
    expect(cell(plan, "F12")).toEqual({ kind: "number", value: -40, format: "0.00" });
    // No capex in H1 2024: blank, formatted like its column, never 0.
    expect(cell(plan, "F13")).toEqual({ kind: "blank", format: "0.00" });
  });

  it("keeps targets and forecasts out of the tables", () => {
    const periods = plan.cells.slice(11, 15).map((r) => (r[0]!.kind === "text" ? r[0]!.text : ""));
    expect(periods).not.toContain("2025");
  });

  it("computes the metrics where inputs exist, as CAPCYCLE formulas (live)", () => {
    const headers = fin.columns.map((c) => c.header);
    expect(headers.slice(11)).toEqual([
      "Capex / D&A", "Net investment", "Capex intensity", "Free cash flow", "Cash conversion", "Receivable days", "Goodwill / equity",
      "Revenue growth", "Net profit growth",
    ]);
    expect(cell(plan, "L12")).toEqual({ kind: "formula", formula: "=CAPCYCLE.CAPEX_DA_RATIO(F12,G12)", format: "0.00" });
    expect(cell(plan, "M12")).toMatchObject({ formula: "=CAPCYCLE.NET_INVESTMENT(F12,G12)", format: "0.00" });
    expect(cell(plan, "O15")).toMatchObject({ formula: "=CAPCYCLE.FREE_CASH_FLOW(E15,F15)" });
    // Receivable days use the period's length: 181 days in H1 2025, 366 in 2024.
    expect(cell(plan, "Q15")).toMatchObject({ formula: "=CAPCYCLE.RECEIVABLE_DAYS(H15,B15,181)" });
    expect(cell(plan, "Q14")).toMatchObject({ formula: "=CAPCYCLE.RECEIVABLE_DAYS(H14,B14,366)" });
    // Growth compares with the same period a year earlier (H1 2025 vs H1 2024), not the row above.
    expect(cell(plan, "S15")).toMatchObject({ formula: "=CAPCYCLE.SEGMENT_GROWTH(B15,B13)", format: "0.00%" });
    expect(cell(plan, "S14")).toMatchObject({ formula: "=CAPCYCLE.SEGMENT_GROWTH(B14,B12)" });
    // No prior comparable row for 2023: blank, not a formula.
    expect(cell(plan, "S12")).toEqual({ kind: "blank", format: "0.00%" });
  });

  it("writes the cycle phase over the capex and D&A columns", () => {
    // One frequency (SPEC §2): FY2023 → FY2024, since 2025H1 has no earlier half to compare with.
    expect(cell(plan, "B5")).toEqual({ kind: "formula", formula: '=CAPCYCLE.CYCLE_PHASE(F12:F14,G12:G14,1.5,1,"en")', format: "General" });
  });

  it("uses A1 references only (no structured references)", () => {
    const formulas = plan.cells.flat().filter((c): c is Extract<PlanCell, { kind: "formula" }> => c.kind === "formula");
    expect(formulas.length).toBeGreaterThan(20);
    for (const f of formulas) expect(f.formula).not.toMatch(/\[|#This Row|Table/i);
  });

  it("lists what is missing", () => {
    expect(plan.missing).toEqual([]);
    const sparse = buildTemplatePlan(sparseInput(), { lang: "en", style: "portable" });
    expect(sparse.missing).toEqual(["net_profit", "operating_cash_flow", "capex", "da", "receivables", "goodwill", "equity"]);
    expect(textAt(sparse, "B7")).toMatch(/^No figures: Net profit, Operating cash flow, Capex, D&A, Receivables, Goodwill, Equity; so not computed: Capex \/ D&A/);
    expect(textAt(sparse, "B5")).toBe("Not enough data: needs capex and D&A in two periods.");
    expect(textAt(sparse, "B2")).toBe("(unlisted)");
    expect(sparse.charts).toEqual([]);
  });

  it("builds a segments table with growth where the prior period exists", () => {
    const seg = plan.tables.find((t) => t.role === "segments")!;
    expect(seg.columns.map((c) => c.header)).toEqual(["Segment", "Revenue 2023", "Revenue 2024", "Revenue growth 2024"]);
    const r = seg.rect.row + 1;
    expect(plan.cells[r]![0]).toEqual({ kind: "text", text: "Refractive" });
    expect(plan.cells[r]![3]).toMatchObject({ kind: "formula", formula: `=CAPCYCLE.SEGMENT_GROWTH(C${r + 1},B${r + 1})` });
    // Optometry has no 2023 figure: blank input → the formula gives blank.
    expect(plan.cells[r + 2]![1]).toEqual({ kind: "blank", format: "0.00" });
  });

  it("builds a peers table with market share first and figures two companies share", () => {
    const peers = plan.tables.find((t) => t.role === "peers")!;
    expect(peers.columns.map((c) => c.header)).toEqual(["Company", "Ticker", "Market share 2024", "Revenue 2024"]);
    const r = peers.rect.row + 1;
    expect(plan.cells.slice(r, r + 3).map((row) => row.slice(0, 4))).toEqual([
      [{ kind: "text", text: "Acme Eye" }, { kind: "text", text: "600000.SH" }, { kind: "number", value: 0.08, format: "0.00%" }, { kind: "number", value: 210, format: "0.00" }],
      [{ kind: "text", text: "Beta" }, { kind: "text", text: "301267.SZ" }, { kind: "number", value: 0.02, format: "0.00%" }, { kind: "number", value: 40, format: "0.00" }],
      [{ kind: "text", text: "Gamma" }, { kind: "blank", format: "@" }, { kind: "number", value: 0.01, format: "0.00%" }, { kind: "blank", format: "0.00" }],
    ]);
  });

  it("lists every statement in the sources table, with conflicts, hedges and bases", () => {
    const src = plan.tables.find((t) => t.role === "sources")!;
    expect(src.columns.map((c) => c.header)).toEqual(["Company", "Field", "Period", "Segment", "As printed", "File", "Line", "Status", "Note"]);
    const body = plan.cells.slice(src.rect.row + 1, src.rect.row + src.rect.rowCount);
    const statements = acmeInput().figures.reduce((n, f) => n + f.sources.length, 0) + 3; // + Beta share, Beta revenue, Gamma share
    expect(body).toHaveLength(statements);
    const equity = body.filter((r) => r[1]!.kind === "text" && r[1]!.text === "Equity");
    expect(equity.map((r) => [r[4], r[7]])).toEqual([
      [{ kind: "text", text: "160.0亿元" }, { kind: "text", text: "primary" }],
      [{ kind: "text", text: "约150亿元" }, { kind: "text", text: "other statement" }],
    ]);
    expect(equity[1]![8]).toEqual({ kind: "text", text: "CONFLICT: 2 statements disagree; primary by rule precise_over_rounded (160.0 beats about 150); about" });
    const target = body.find((r) => r[4]!.kind === "text" && r[4]!.text === "=240亿")!;
    expect(target[8]).toEqual({ kind: "text", text: "target" });
    expect(target[6]).toMatchObject({ kind: "number", format: "0" });
  });

  it("marks every text cell as text, including ones that look like formulas or numbers", () => {
    const texts = plan.cells.flat().filter((c) => c.kind === "text").map((c) => (c as { text: string }).text);
    expect(texts).toContain("=240亿");
    expect(texts).toContain("+1%");
    expect(texts).toContain("2024");
  });

  it("records which cell shows which figure", () => {
    expect(plan.record.cells["B15"]).toBe("acme|revenue|2025H1|");
    expect(plan.record.cells["F12"]).toBe("acme|capex|2023|");
    expect(Object.values(plan.record.cells)).toContain("beta|market_share|2024|");
    expect(Object.values(plan.record.cells)).toContain("acme|revenue|2024|refractive");
    // Formula cells are not figures.
    expect(plan.record.cells["L12"]).toBeUndefined();
  });

  it("plans three charts beside the tables at the top, overlapping no used cell", () => {
    expect(plan.charts.map((c) => c.kind)).toEqual(["capex-da", "segment-growth", "peer-share"]);
    // The financials (A..T) are the widest block: the stack starts at the top, one column right of them.
    expect(plan.charts.map((c) => rectAddress(c.position))).toEqual(["V1:AC16", "V18:AC33", "V35:AC50"]);
    expect(chartsCoverNothing(plan)).toEqual([]);
    for (let i = 1; i < plan.charts.length; i++) expect(rectsOverlap(plan.charts[i]!.position, plan.charts[i - 1]!.position)).toBe(false);
    const capex = plan.charts[0]!;
    expect(capex.categories).toBe("A12:A15");
    expect(capex.series.map((s) => [s.name, s.values, s.chartType, s.axis])).toEqual([
      ["Capex", "F12:F15", "ColumnClustered", "Primary"],
      ["D&A", "G12:G15", "ColumnClustered", "Primary"],
      ["Capex / D&A", "L12:L15", "Line", "Secondary"],
    ]);
    expect(plan.charts[1]!.series[0]!.column).toBe("Revenue growth 2024");
    expect(plan.charts[2]!.series[0]!.column).toBe("Market share 2024");
  });

  it("leaves charts out on request", () => {
    expect(buildTemplatePlan(acmeInput(), { lang: "en", style: "live", charts: false }).charts).toEqual([]);
  });
});

describe("buildTemplatePlan: options", () => {
  it("writes portable formulas with native functions only, blank in → blank out", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" });
    expect(cell(plan, "L12")).toMatchObject({ formula: '=IF(OR(F12="",G12=""),"",ABS(F12)/ABS(G12))' });
    expect(cell(plan, "S15")).toMatchObject({ formula: '=IF(OR(B15="",B13=""),"",IF(B13<=0,NA(),B15/B13-1))' });
    expect(cell(plan, "Q15")).toMatchObject({ formula: '=IF(OR(H15="",B15=""),"",H15/B15*181)' });
    const all = plan.cells.flat().filter((c) => c.kind === "formula").map((c) => (c as { formula: string }).formula);
    for (const f of all) expect(f).not.toContain("CAPCYCLE");
    // The phase: a native IF over the ratio cells of the last two periods with both figures.
    expect(cell(plan, "B5")).toMatchObject({
      formula:
        '=IF(OR(L14="",L12=""),"",IF(AND(L14>=1.5,L14>=L12),"Expansion",IF(AND(L14>=1,L14<L12),"Expansion slowing",IF(L14>=1,"Build-up",IF(L14<=L12,"Contraction","Recovery")))))',
    });
  });

  it("writes labels in Chinese", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "zh", style: "portable" });
    expect(plan.sheetName).toBe("阿克米眼科 600000.SH");
    expect(textAt(plan, "A1")).toBe("阿克米眼科医院集团 — 资本周期模板");
    expect(textAt(plan, "A5")).toBe("资本周期阶段");
    expect(textAt(plan, "B4")).toBe("2025-06-30 (2025年上半年)");
    expect(plan.tables.find((t) => t.role === "financials")!.columns.map((c) => c.header).slice(0, 3)).toEqual(["期间", "营业收入", "营业收入同比增速"]);
    expect(cell(plan, "B5")).toMatchObject({ formula: expect.stringContaining('"收缩"') });
    expect(plan.charts[0]!.title).toBe("资本开支与折旧摊销");
  });

  it("converts money to the chosen unit", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live", unit: "万" });
    expect(cell(plan, "B15")).toEqual({ kind: "number", value: 1150700, format: "#,##0.00" });
    expect(textAt(plan, "B3")).toBe("money in CNY 10k (万元); rates in %");
  });

  it("keeps a rectangular grid with one width per column", () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    const w = plan.cells[0]!.length;
    for (const row of plan.cells) expect(row).toHaveLength(w);
    expect(plan.columnWidths).toHaveLength(w);
  });
});

describe("buildTemplatePlan: header names", () => {
  it("marks a computed column whose name a stated field already has", () => {
    // A stated growth rate named like the computed one: both stay, told apart.
    const input = acmeInput();
    const fields = input.fields.map((f) => (f.id === "revenue_yoy" ? { ...f, name_en: "Revenue growth", name_zh: "营业收入 增速" } : f));
    const headers = buildTemplatePlan({ ...input, fields }, { lang: "en", style: "live" }).tables[0]!.columns.map((c) => c.header);
    expect(headers.filter((h) => h.startsWith("Revenue growth"))).toEqual(["Revenue growth", "Revenue growth (calc.)"]);
    const zh = buildTemplatePlan({ ...input, fields }, { lang: "zh", style: "live" }).tables[0]!.columns.map((c) => c.header);
    expect(zh).toContain("营业收入 增速 (计算)");
  });

  it("lists a stated free cash flow under other figures, so the computed column keeps its name", async () => {
    const { FIELDS } = await import("./fixtures");
    const input = acmeInput();
    const withFcf = {
      ...input,
      fields: [...FIELDS, { id: "free_cash_flow", kind: "money" as const, name_en: "Free cash flow", name_zh: "自由现金流" }],
      figures: [...input.figures, { field: "free_cash_flow", period: "2024", value: 15e8, sources: [] }],
    };
    const plan = buildTemplatePlan(withFcf, { lang: "en", style: "live" });
    expect(plan.tables[0]!.columns.filter((c) => c.header.startsWith("Free cash flow")).map((c) => [c.header, c.role])).toEqual([["Free cash flow", "metric"]]);
    const other = plan.tables.find((t) => t.role === "other")!;
    const rows = plan.cells.slice(other.rect.row + 1, other.rect.row + other.rect.rowCount).map((r) => r.slice(0, 6));
    expect(rows).toContainEqual([
      { kind: "text", text: "Free cash flow" }, { kind: "blank", format: "@" }, { kind: "text", text: "2024" },
      { kind: "number", value: 15, format: "0.00" }, { kind: "text", text: "CNY 100m (亿元)" }, { kind: "text", text: "actual" },
    ]);
  });
});
