import { describe, expect, it } from "vitest";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { FINANCIAL_FIELDS, isFinancialField, STATEMENTS } from "../../../src/core/template/financial-fields";
import { MAX_SEGMENT_BLOCKS } from "../../../src/core/template/segments";
import { CORE_FIELDS } from "../../../src/core/template/build";
import { rectAddress } from "../../../src/core/template/a1";
import { figureKey } from "../../../src/core/template/figures";
import type { TemplateField, TemplateFigure, TemplateInput } from "../../../src/core/template/input";
import type { PlanCell, TemplatePlan } from "../../../src/core/template/types";
import { acmeInput, fig, FIELDS, sparseInput } from "./fixtures";
import { chartsCoverNothing, keysByTable } from "./layout-checks";
import { evaluatePlan } from "./evaluate";

const src = (printed: string, unit?: string) => ({ sources: [{ id: `x:${printed}`, printed, file: "003_b3fdc93d999670b0.txt", line: 1, primary: true }], ...(unit ? { unit } : {}) });

const EXTRA_FIELDS: TemplateField[] = [
  { id: "admin_expense", kind: "money", name_en: "Administrative expenses", name_zh: "管理费用" },
  { id: "average_price", kind: "money", name_en: "Average price", name_zh: "均价" },
  { id: "outpatient_visits", kind: "count", name_en: "Outpatient visits", name_zh: "门诊量" },
  { id: "market_share_yoy", kind: "percent", name_en: "Market share, YoY change", name_zh: "市场份额同比变化", yoyOf: "market_share" },
  { id: "penalties", kind: "count", name_en: "Penalties", name_zh: "处罚次数" },
];

/** Acme plus figures the financials must leave to "Other figures". */
function richInput(): TemplateInput {
  const base = acmeInput();
  const extra: TemplateFigure[] = [
    // A statement item: a financials column.
    { field: "admin_expense", period: "2025H1", value: 15.59e8, ...src("15.59亿元", "亿元") },
    { field: "outpatient_visits", period: "2025H1", value: 9248300, ...src("924.83万人次", "万人次") },
    // Not statement items, one dated after the statements.
    { field: "market_share", period: "2025", value: 0.315, ...src("31.5%", "%") },
    { field: "market_share_yoy", period: "2025", value: 0.032, ...src("3.2pp", "pp") },
    { field: "penalties", period: "2024", value: 30, ...src("30次", "次") },
    { field: "average_price", period: "2025H1", value: 18600, ...src("1.86万元", "万元") },
    { field: "hospitals", period: "2025H1", value: 355, ...src("355家", "家") },
    // A forecast of a financials field: never a financials row, listed with its basis.
    { field: "net_profit", period: "2027", value: 48e8, basis: "forecast", ...src("48亿元", "亿元") },
  ];
  return { ...base, fields: [...FIELDS, ...EXTRA_FIELDS], figures: [...base.figures, ...extra] };
}

function rowsOf(plan: TemplatePlan, role: string): PlanCell[][] {
  const t = plan.tables.find((x) => x.role === role)!;
  return plan.cells.slice(t.rect.row + 1, t.rect.row + t.rect.rowCount).map((r) => r.slice(t.rect.col, t.rect.col + t.rect.colCount));
}
const shown = (c: PlanCell) => (c.kind === "text" ? c.text : c.kind === "number" ? c.value : c.kind === "blank" ? "" : c.formula);

describe("the financials field list", () => {
  it("holds every core capital-cycle field, and the stated growth of each listed field", () => {
    for (const f of CORE_FIELDS) expect(FINANCIAL_FIELDS).toContain(f.id);
    expect(isFinancialField({ id: "capex_yoy", yoyOf: "capex" })).toBe(true);
    expect(isFinancialField({ id: "surgeries_yoy" })).toBe(true);
    expect(isFinancialField({ id: "penalties" })).toBe(false);
    expect(isFinancialField({ id: "market_share_yoy", yoyOf: "market_share" })).toBe(false);
    expect(isFinancialField({ id: "capex_da_ratio" })).toBe(false);
  });
});

describe("financials: statement fields only; every other figure in long form", () => {
  const plan = buildTemplatePlan(richInput(), { lang: "en", style: "live" });
  const fin = plan.tables.find((t) => t.role === "financials")!;

  it("keeps statement items as rows under their statement, and the statement periods as columns", () => {
    expect(rowsOf(plan, "financials").filter((r) => r.slice(1).some((c) => c.kind === "number")).map((r) => shown(r[0]!))).toEqual([
      "Revenue", "Revenue, YoY growth", "Net profit", "Administrative expenses",
      "Operating cash flow", "Capex", "D&A",
      "Receivables", "Goodwill", "Equity", "Debt to assets",
      "Outpatient visits",
    ]);
    // The 2025 market share sets a 2025 column (the peers table shares the axis); the 2027 forecast sets none.
    expect(fin.columns.map((c) => c.header)).toEqual(["CNY 100m (亿元)", "2023", "2024", "2025", "2024H1", "2025H1"]);
    expect(rowsOf(plan, "financials").every((r) => r[3]!.kind === "blank")).toBe(true);
  });

  it("dates the sheet by the statements: a later market share or forecast does not move it", () => {
    expect(plan.asOf).toBe("2025H1");
    expect(shown(plan.cells[3]![1]!)).toBe("2025-06-30 (H1 2025)");
  });

  it("lists the rest one row per figure: field (— segment), period, value, unit shown, basis", () => {
    const other = plan.tables.find((t) => t.role === "other")!;
    expect(other.columns.map((c) => c.header)).toEqual(["Field", "Period", "Value", "Unit shown", "Basis"]);
    // Sorted by field (catalogue order), then period.
    expect(rowsOf(plan, "other").map((r) => r.map(shown))).toEqual([
      ["Revenue", "2025", 240, "CNY 100m", "target"],
      ["Net profit", "2027", 48, "CNY 100m", "forecast"],
      ["Average price", "2025H1", 0.000186, "CNY 100m", "actual"],
      ["Market share, YoY change", "2025", 0.032, "pp", "actual"],
      ["Penalties", "2024", 30, "count (次)", "actual"],
    ]);
    // Money in the chosen unit (small amounts keep their digits), rates as %, counts whole.
    expect(rowsOf(plan, "other").map((r) => (r[2] as { format: string }).format)).toEqual(["0.00", "0.00", "0.00####", "0.00%", "#,##0"]);
    // The company's hospitals sit in the peers' hospitals block, next to Beta's and Gamma's.
    expect(rowsOf(plan, "peers").map((r) => shown(r[0]!))).toContain("Hospitals");
    // The 2025 market share is in the peers table, in its 2025 column, with the company's other shares.
    const peers = rowsOf(plan, "peers");
    expect(peers.slice(0, 2).map((r) => r.map(shown))).toEqual([
      ["Market share", "", "", "", "", ""],
      ["Acme Eye 600000.SH", "", 0.08, 0.315, "", ""],
    ]);
  });

  it("shows every figure of the company; other figures hold exactly those the tables leave out", () => {
    const input = richInput();
    const all = input.figures.map((f) => figureKey("acme", f.field, f.period, f.segment));
    const byTable = keysByTable(plan);
    const inTables = new Set(["financials", "segments", "peers"].flatMap((r) => byTable.get(r) ?? []).filter((k) => k.startsWith("acme|")));
    const other = byTable.get("other")!;
    expect(new Set([...inTables, ...other])).toEqual(new Set(all));
    expect(other.filter((k) => inTables.has(k))).toEqual([]);
    expect(other).toHaveLength(all.length - inTables.size);
    expect(other).toHaveLength(5);
  });

  it("writes Chinese labels and units", () => {
    const zh = buildTemplatePlan(richInput(), { lang: "zh", style: "portable" });
    expect(zh.tables.find((t) => t.role === "other")!.columns.map((c) => c.header)).toEqual(["字段", "期间", "数值", "显示单位", "数据性质"]);
    expect(rowsOf(zh, "other").map((r) => [shown(r[0]!), shown(r[3]!), shown(r[4]!)])).toEqual([
      ["营业收入", "亿元", "目标"],
      ["归母净利润", "亿元", "预测"],
      ["均价", "亿元", "实际"],
      ["市场份额同比变化", "个百分点", "实际"],
      ["处罚次数", "次", "实际"],
    ]);
  });

  it("converts other figures' money with the chosen unit", () => {
    const wan = buildTemplatePlan(richInput(), { lang: "en", style: "live", unit: "万" });
    expect(rowsOf(wan, "other")[2]!.slice(2, 4)).toEqual([{ kind: "number", value: 1.86, format: "#,##0.00" }, { kind: "text", text: "CNY 10k" }]);
  });

  it("a company without statement figures gets other figures, dated by its latest actual figure", () => {
    const sparse = sparseInput();
    const input: TemplateInput = { ...sparse, figures: [fig("hospitals", "2024", 4), fig("market_share", "2024H1", 0.01), fig("revenue", "2026", 9, { basis: "forecast" })] };
    const p = buildTemplatePlan(input, { lang: "en", style: "portable" });
    // No financials table; the market share still gets its (one-company) table.
    expect(p.tables.map((t) => t.role)).toEqual(["peers", "other", "sources"]);
    expect(p.asOf).toBe("2024");
    expect(shown(p.cells[3]![1]!)).toBe("2024-12-31 (FY2024)");
    expect(rowsOf(p, "other").map((r) => [shown(r[0]!), shown(r[1]!), shown(r[4]!)])).toEqual([
      ["Revenue", "2026", "forecast"],
      ["Hospitals", "2024", "actual"],
    ]);
  });
});

describe("segments: the best columns when wide, the rest in other figures", () => {
  const segs = ["a", "b", "c", "d", "e"];
  function wideInput(): TemplateInput {
    const base = acmeInput();
    const f = (field: string, period: string, value: number, segment: string): TemplateFigure => ({ field, period, value, segment, ...src(String(value)) });
    const figures: TemplateFigure[] = [
      ...base.figures.filter((x) => x.segment === undefined),
      // Revenue two years apart for three segments: the growth column comes from these.
      ...["a", "b", "c"].flatMap((s, i) => [f("revenue", "2024", (10 + i) * 1e8, s), f("revenue", "2025", (12 + i) * 1e8, s)]),
      ...segs.map((s, i) => f("revenue_yoy", "2025", 0.1 * (i + 1), s)),
      f("revenue_yoy", "2024", 0.05, "a"), // one segment only
      ...["d", "e"].map((s) => f("hospitals", "2024", 10, s)),
      ...["a", "b", "c", "d"].map((s) => f("market_share", "2024", 0.1, s)),
      ...["a", "b"].map((s) => f("hospitals", "2023", 5, s)),
      ...["c", "d", "e"].map((s) => f("hospitals", "2025", 11, s)),
      f("hospitals", "2022", 3, "e"),
    ];
    return { ...base, segments: segs.map((s) => ({ id: s, name_en: s.toUpperCase(), name_zh: s })), figures, peers: [] };
  }
  const plan = buildTemplatePlan(wideInput(), { lang: "en", style: "live" });
  const seg = plan.tables.find((t) => t.role === "segments")!;
  const labelsOf = (p: TemplatePlan, role: string) => rowsOf(p, role).map((r) => shown(r[0]!));

  it("shows one block per field, segments down, periods across in the sheet's column groups", () => {
    expect(seg.columns.map((c) => c.header)).toEqual(["Segment", "2022", "2023", "2024", "2025", "2024H1", "2025H1"]);
    expect(labelsOf(plan, "segments")).toEqual([
      "Revenue", "A", "B", "C",
      "Revenue, YoY growth", "A", "B", "C", "D", "E",
      "Market share", "A", "B", "C", "D",
      "Hospitals", "A", "B", "C", "D", "E",
      "Revenue growth (calc.)", "A", "B", "C",
      "Hospitals growth (calc.)", "D", "E",
    ]);
    // E's hospitals: 2022, 2024 and 2025 in one row, oldest at the left.
    const e = rowsOf(plan, "segments")[20]!;
    expect(e.map(shown)).toEqual(["E", 3, "", 10, 11, "", ""]);
    // Nothing left over: every segment figure has its block.
    expect(rowsOf(plan, "other").map((r) => shown(r[0]!))).toEqual(["Revenue"]);
  });

  it("binds the segment-growth chart to the computed growth rows, which Excel computes", () => {
    const chart = plan.charts.find((c) => c.kind === "segment-growth")!;
    // From the first period with a computed growth (2025), not the empty years before it.
    expect(chart.categories).toBe(`E${seg.rect.row + 1}`);
    expect(chart.firstPeriod).toBe("2025");
    expect(chart.series.map((s) => [s.name, s.row?.section])).toEqual([["A", "Revenue growth (calc.)"], ["B", "Revenue growth (calc.)"], ["C", "Revenue growth (calc.)"]]);
    const v = evaluatePlan(plan);
    const growthA = seg.rect.row + 1 + 23; // row of A under "Revenue growth (calc.)"
    expect(v.at(`E${growthA}`)).toBeCloseTo(12 / 10 - 1, 12);
    expect(v.at(`D${growthA}`)).toBeNull(); // no 2023 revenue: no formula for 2024
  });

  it("keeps at most MAX_SEGMENT_BLOCKS blocks, each compared by two segments; the rest go to other figures", () => {
    const base = wideInput();
    const many = ["f1", "f2", "f3", "f4", "f5", "f6", "f7"];
    const fields: TemplateField[] = [...base.fields, ...many.map((id): TemplateField => ({ id, kind: "count", name_en: id.toUpperCase(), name_zh: id }))];
    const f = (field: string, value: number, segment: string): TemplateFigure => ({ field, period: "2024", value, segment, ...src(String(value)) });
    const figures = [...base.figures, ...many.flatMap((id, i) => ["a", "b"].slice(0, i === 6 ? 1 : 2).map((s) => f(id, i, s)))];
    const p = buildTemplatePlan({ ...base, fields, figures }, { lang: "en", style: "live" });
    const headings = rowsOf(p, "segments").filter((r) => r.slice(1).every((c) => c.kind === "blank" && c.format === undefined)).map((r) => String(shown(r[0]!)));
    expect(headings.filter((h) => !h.includes("(calc.)"))).toHaveLength(MAX_SEGMENT_BLOCKS);
    // Revenue and its growth lead; F7 (one segment) is never a block.
    expect(headings.slice(0, 2)).toEqual(["Revenue", "Revenue, YoY growth"]);
    expect(headings).not.toContain("F7");
    expect(rowsOf(p, "other").map((r) => shown(r[0]!))).toContain("F7 — A");
  });
});

describe("chart placement", () => {
  /** Acme with a figure for every financials field: a table wider than the screen. */
  function wideFinancials(): TemplateInput {
    const base = acmeInput();
    const have = new Set(base.fields.map((f) => f.id));
    const fields = [...base.fields, ...FINANCIAL_FIELDS.filter((id) => !have.has(id)).map((id): TemplateField => ({ id, kind: "money", name_en: id, name_zh: id }))];
    const figures = [...base.figures, ...FINANCIAL_FIELDS.filter((id) => !have.has(id)).map((id) => ({ field: id, period: "2025H1", value: 1e8, ...src("1亿元") }))];
    return { ...base, fields, figures };
  }

  it("a financials table with every statement field stays as wide as its periods; its charts sit in the band below it", () => {
    const plan = buildTemplatePlan(wideFinancials(), { lang: "en", style: "live" });
    const fin = plan.tables.find((t) => t.role === "financials")!;
    expect(fin.rect.colCount).toBe(5); // labels + 2023, 2024, 2024H1, 2025H1
    // One heading per statement.
    expect(rowsOf(plan, "financials").map((r) => shown(r[0]!)).filter((l) => STATEMENTS.some((st) => st.label.en === l))).toEqual(STATEMENTS.map((st) => st.label.en));
    const first = plan.charts[0]!.position;
    expect(first.row).toBe(fin.rect.row + fin.rect.rowCount + 1); // after one empty row
    expect(first.col).toBe(0);
    expect(chartsCoverNothing(plan)).toEqual([]);
  });

  it("never covers a cell or a text running on from the left, for the fixtures", () => {
    for (const input of [acmeInput(), richInput(), wideFinancials()])
      for (const lang of ["en", "zh"] as const) expect(chartsCoverNothing(buildTemplatePlan(input, { lang, style: "live" }))).toEqual([]);
  });
});

describe("readable at 100% zoom", () => {
  it("wraps every table, fits the label column to its labels and keeps columns of numbers narrow", () => {
    const plan = buildTemplatePlan(richInput(), { lang: "en", style: "live" });
    for (const t of plan.tables) expect(plan.formats).toContainEqual({ range: rectAddress(t.rect), wrap: true, valign: "top" });
    // "Capital-cycle metrics (formulas)" (32 characters) is the longest label: A fits it.
    expect(plan.columnWidths[0]).toBe(Math.round(32 * 6.5 + 10));
    // Period columns fit their numbers and the short texts of the long tables (at most 14 characters).
    for (const w of plan.columnWidths.slice(1, 6)) expect(w).toBeLessThanOrEqual(14 * 6.5 + 10);
    // The sources' note column lies past the period columns: it may be wide.
    expect(plan.columnWidths[6]).toBeGreaterThan(200);
  });

  it("gives wrapped rows the height of their lines", () => {
    const plan = buildTemplatePlan(richInput(), { lang: "en", style: "live" });
    for (const [row, h] of Object.entries(plan.rowHeights)) {
      expect(h % 15).toBe(0);
      expect(h).toBeGreaterThan(15);
      expect(plan.cells[Number(row)]!.some((c) => c.kind === "text" && c.text.length > 30)).toBe(true);
    }
  });
});
