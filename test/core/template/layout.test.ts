import { describe, expect, it } from "vitest";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { FINANCIAL_FIELDS, isFinancialField } from "../../../src/core/template/financial-fields";
import { MAX_SEGMENT_VALUE_COLUMNS } from "../../../src/core/template/segments";
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

  it("keeps statement items as columns and periods where they have a figure", () => {
    expect(fin.columns.filter((c) => c.role === "figure").map((c) => c.header)).toEqual([
      "Revenue", "Revenue, YoY growth", "Net profit", "Operating cash flow", "Capex", "D&A", "Receivables", "Goodwill", "Equity", "Debt to assets",
      "Administrative expenses", "Outpatient visits",
    ]);
    // 2025 (a market share) and 2027 (a forecast) are not statement periods.
    expect(rowsOf(plan, "financials").map((r) => shown(r[0]!))).toEqual(["2023", "2024H1", "2024", "2025H1"]);
  });

  it("dates the sheet by the statements: a later market share or forecast does not move it", () => {
    expect(plan.asOf).toBe("2025H1");
    expect(shown(plan.cells[3]![1]!)).toBe("2025-06-30 (H1 2025)");
  });

  it("lists the rest one row per figure: field, segment, period, value, unit shown, basis", () => {
    const other = plan.tables.find((t) => t.role === "other")!;
    expect(other.columns.map((c) => c.header)).toEqual(["Field", "Segment", "Period", "Value", "Unit shown", "Basis"]);
    // Sorted by field (catalogue order), then period.
    expect(rowsOf(plan, "other").map((r) => r.map(shown))).toEqual([
      ["Revenue", "", "2025", 240, "CNY 100m (亿元)", "target"],
      ["Net profit", "", "2027", 48, "CNY 100m (亿元)", "forecast"],
      ["Hospitals", "", "2025H1", 355, "count (家)", "actual"],
      ["Average price", "", "2025H1", 0.000186, "CNY 100m (亿元)", "actual"],
      ["Market share, YoY change", "", "2025", 0.032, "pp", "actual"],
      ["Penalties", "", "2024", 30, "count (次)", "actual"],
    ]);
    // Money in the chosen unit (small amounts keep their digits), rates as %, counts whole.
    expect(rowsOf(plan, "other").map((r) => (r[3] as { format: string }).format)).toEqual(["0.00", "0.00", "#,##0", "0.00####", "0.00%", "#,##0"]);
    // The 2025 market share is in the peers table, with the company's other shares.
    expect(plan.tables.find((t) => t.role === "peers")!.columns.map((c) => c.header)).toContain("Market share 2025");
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
    expect(other).toHaveLength(6);
  });

  it("writes Chinese labels and units", () => {
    const zh = buildTemplatePlan(richInput(), { lang: "zh", style: "portable" });
    expect(zh.tables.find((t) => t.role === "other")!.columns.map((c) => c.header)).toEqual(["字段", "分部", "期间", "数值", "显示单位", "数据性质"]);
    expect(rowsOf(zh, "other").map((r) => [shown(r[0]!), shown(r[4]!), shown(r[5]!)])).toEqual([
      ["营业收入", "亿元", "目标"],
      ["归母净利润", "亿元", "预测"],
      ["医院数量", "家", "实际"],
      ["均价", "亿元", "实际"],
      ["市场份额同比变化", "个百分点", "实际"],
      ["处罚次数", "次", "实际"],
    ]);
  });

  it("converts other figures' money with the chosen unit", () => {
    const wan = buildTemplatePlan(richInput(), { lang: "en", style: "live", unit: "万" });
    expect(rowsOf(wan, "other")[3]!.slice(3, 5)).toEqual([{ kind: "number", value: 1.86, format: "#,##0.00" }, { kind: "text", text: "CNY 10k (万元)" }]);
  });

  it("a company without statement figures gets other figures, dated by its latest actual figure", () => {
    const sparse = sparseInput();
    const input: TemplateInput = { ...sparse, figures: [fig("hospitals", "2024", 4), fig("market_share", "2024H1", 0.01), fig("revenue", "2026", 9, { basis: "forecast" })] };
    const p = buildTemplatePlan(input, { lang: "en", style: "portable" });
    // No financials table; the market share still gets its (one-company) table.
    expect(p.tables.map((t) => t.role)).toEqual(["peers", "other", "sources"]);
    expect(p.asOf).toBe("2024");
    expect(shown(p.cells[3]![1]!)).toBe("2024-12-31 (FY2024)");
    expect(rowsOf(p, "other").map((r) => [shown(r[0]!), shown(r[2]!), shown(r[5]!)])).toEqual([
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

  it("keeps the growth pair, revenue fields, then the columns most segments report", () => {
    expect(seg.columns.map((c) => c.header)).toEqual([
      "Segment",
      "Revenue 2024", "Revenue 2025", "Revenue, YoY growth 2025", "Market share 2024", "Hospitals 2024", "Hospitals 2025",
      "Revenue growth 2025", "Hospitals growth 2025",
    ]);
    expect(seg.columns.filter((c) => c.role === "figure")).toHaveLength(MAX_SEGMENT_VALUE_COLUMNS);
    // Segments A–E: every one reports a kept column.
    expect(rectAddress(seg.rect)).toBe(`A${seg.rect.row + 1}:I${seg.rect.row + 6}`);
  });

  it("binds the segment-growth chart to the computed growth, which Excel computes", () => {
    const chart = plan.charts.find((c) => c.kind === "segment-growth")!;
    expect(chart.series[0]!.column).toBe("Revenue growth 2025");
    const v = evaluatePlan(plan);
    const first = seg.rect.row + 1;
    expect(v.at(`H${first + 1}`)).toBeCloseTo(12 / 10 - 1, 12);
    expect(v.at(`H${first + 4}`)).toBe(""); // D has no revenue: blank in → blank out
  });

  it("moves the columns left out to other figures, one row per figure", () => {
    const other = rowsOf(plan, "other").map((r) => [shown(r[0]!), shown(r[1]!), shown(r[2]!)]);
    expect(other).toEqual([
      ["Revenue", "", "2025"],
      ["Revenue, YoY growth", "A", "2024"],
      ["Hospitals", "E", "2022"],
      ["Hospitals", "A", "2023"],
      ["Hospitals", "B", "2023"],
    ]);
  });

  it("keeps a narrow segments table whole, single-segment columns included", () => {
    const base = acmeInput();
    const p = buildTemplatePlan(base, { lang: "en", style: "live" });
    expect(p.tables.find((t) => t.role === "segments")!.columns.map((c) => c.header)).toEqual(["Segment", "Revenue 2023", "Revenue 2024", "Revenue growth 2024"]);
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

  it("beside a wide financials table, the charts start below it, within column 30", () => {
    const plan = buildTemplatePlan(wideFinancials(), { lang: "en", style: "live" });
    const fin = plan.tables.find((t) => t.role === "financials")!;
    expect(fin.rect.colCount).toBeGreaterThan(30);
    const first = plan.charts[0]!.position;
    expect(first.row).toBe(fin.rect.row + fin.rect.rowCount); // the empty row after the table
    expect(first.col).toBeLessThanOrEqual(30);
    expect(chartsCoverNothing(plan)).toEqual([]);
  });

  it("never covers a cell or a text running on from the left, for the fixtures", () => {
    for (const input of [acmeInput(), richInput(), wideFinancials()])
      for (const lang of ["en", "zh"] as const) expect(chartsCoverNothing(buildTemplatePlan(input, { lang, style: "live" }))).toEqual([]);
  });
});

describe("table text wraps instead of widening columns", () => {
  it("wraps every table and keeps columns of numbers narrow", () => {
    const plan = buildTemplatePlan(richInput(), { lang: "en", style: "live" });
    for (const t of plan.tables) expect(plan.formats).toContainEqual({ range: rectAddress(t.rect), wrap: true });
    // Column B holds revenue, and further down field names in the sources; headers wrap at
    // 12 characters, body text at 20.
    expect(plan.columnWidths[1]).toBe(20 * 6.5 + 10);
    expect(plan.columnWidths[2]).toBe(12 * 6.5 + 10); // "Revenue, YoY growth" wraps; the sources' periods are short
    expect(Math.max(...plan.columnWidths)).toBeLessThanOrEqual(20 * 6.5 + 10);
  });
});
