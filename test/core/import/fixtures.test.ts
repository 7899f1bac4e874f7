/**
 * The two fixtures of issue 13: a wide terminal export in 万元 (UTF-8 and GB18030), several
 * companies, D&A from the cash-flow supplement's lines; and a long English model file in
 * CNY m. Each is imported, stored, registered, and gives a template whose capex/D&A ratios
 * and cycle phase are right.
 */
import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset";
import { dataValue, seriesGrid, sourceText, fieldsGrid, companiesGrid } from "../../../src/core/dataset/functions";
import { templateInputFor } from "../../../src/core/template/from-dataset";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { cellAddress } from "../../../src/core/template/a1";
import { evaluatePlan } from "../template/evaluate";
import { TEMPLATE_METRICS } from "../../../src/core/template/metrics";
import { applyAndRegister, figureOf, previewOfFile, resetImportedAfterEach } from "./support";

resetImportedAfterEach();

/** The template's capex/D&A ratio per period (the metric row of the financials, fields down) and its phase. */
function ratiosAndPhase(entityId: string, lang: "en" | "zh" = "en") {
  const input = templateInputFor(getDataset(), entityId)!;
  const plan = buildTemplatePlan(input, { lang, style: "portable" });
  const ev = evaluatePlan(plan);
  const fin = plan.tables.find((t) => t.role === "financials")!;
  const label = TEMPLATE_METRICS.find((m) => m.id === "capex_da_ratio_calc")!.label[lang];
  const bodyRows = Array.from({ length: fin.rect.rowCount - 1 }, (_, i) => fin.rect.row + 1 + i);
  const ratioRow = bodyRows.find((r) => ev.at(cellAddress(r, fin.rect.col)) === label)!;
  const ratios: Record<string, unknown> = {};
  fin.columns.forEach((c, i) => {
    if (c.role === "period" && c.period) ratios[c.period] = ev.at(cellAddress(ratioRow, fin.rect.col + i));
  });
  return { plan, ratios, phase: ev.at(plan.phaseCell) };
}

describe("wide Chinese terminal export in 万元", () => {
  it("reads the GB18030 file exactly as the UTF-8 one", async () => {
    const utf8 = await previewOfFile("terminal-wide-wanyuan.csv");
    const gb = await previewOfFile("terminal-wide-wanyuan.gb18030.csv");
    expect(utf8.source.encoding).toBe("utf-8");
    expect(gb.source.encoding).toBe("gb18030");
    expect(gb.figures.map((f) => [f.field, f.period, f.value, f.unit])).toEqual(utf8.figures.map((f) => [f.field, f.period, f.value, f.unit]));
    expect(gb.labels.map((l) => l.field)).toEqual(utf8.labels.map((l) => l.field));
  });

  it("finds the layout, the companies (codes carried down the block) and every field", async () => {
    const p = await previewOfFile("terminal-wide-wanyuan.gb18030.csv");
    expect(p.mapping.layout).toBe("wide");
    expect(p.mapping.headerRow).toBe(1);
    expect(p.mapping.columns.map((c) => (c.role === "period" ? c.period : c.role))).toEqual(["code", "name", "field", "2022", "2023", "2024H1", "2024", "2025H1"]);
    expect(p.companies.map((c) => [c.code, c.name, c.choice.id, c.figures])).toEqual([
      ["999001.SZ", "示例眼科", "co_999001_sz", 30],
      ["999002.SH", "示例影像", "co_999002_sh", 15],
    ]);
    expect(Object.fromEntries(p.labels.map((l) => [l.label, l.field]))).toEqual({
      营业收入: "revenue",
      归属于母公司股东的净利润: "net_profit",
      经营活动产生的现金流量净额: "operating_cash_flow",
      投资活动产生的现金流量净额: "investing_cash_flow",
      "购建固定资产、无形资产和其他长期资产支付的现金": "capex",
      "固定资产折旧、油气资产折耗、生产性生物资产折旧": "@da_part",
      无形资产摊销: "@da_part",
      长期待摊费用摊销: "@da_part",
      折旧与摊销: "da",
    });
    expect(p.skipped).toEqual([]);
    expect(p.blocking).toEqual([]);
  });

  it("reads (1,234) as negative, separators, the unit note, and sums D&A from its lines (a blank line stays out)", async () => {
    const p = await previewOfFile("terminal-wide-wanyuan.csv");
    expect(figureOf(p, "示例眼科", "investing_cash_flow", "2022")).toMatchObject({ value: -28000, unit: "万元", printed: "(28,000.00)" });
    expect(figureOf(p, "示例眼科", "revenue", "2024")).toMatchObject({ value: 150000, unit: "万元", place: { row: 3, column: "G", text: "terminal-wide-wanyuan.csv row 3, column G" } });
    expect(figureOf(p, "示例眼科", "da", "2024")).toMatchObject({ value: 20000, unit: "万元" });
    const h1 = figureOf(p, "示例眼科", "da", "2025H1")!;
    expect(h1.value).toBe(10000); // 8,500 + 1,500; the long-term prepaid line is "--" (blank)
    expect(h1.derived?.from).toEqual(["terminal-wide-wanyuan.csv row 8, column H", "terminal-wide-wanyuan.csv row 9, column H"]);
    expect(figureOf(p, "示例影像", "da", "2024")).toMatchObject({ value: 6000, unit: "万元" });
  });

  it("gives templates with the right capex/D&A ratios and phases, and the functions see both companies", async () => {
    applyAndRegister(await previewOfFile("terminal-wide-wanyuan.gb18030.csv"));
    const eye = ratiosAndPhase("co_999001_sz");
    expect(eye.ratios["2022"]).toBeCloseTo(2.0, 9); // 30,000 / 15,000
    expect(eye.ratios["2023"]).toBeCloseTo(2.0, 9); // 36,000 / 18,000
    expect(eye.ratios["2024"]).toBeCloseTo(1.65, 9); // 33,000 / 20,000
    expect(eye.ratios["2024H1"]).toBeCloseTo(15000 / 9000, 9);
    expect(eye.ratios["2025H1"]).toBeCloseTo(1.4, 9); // 14,000 / (8,500 + 1,500)
    // Latest half year against the one before it (one frequency): 1.4 after 1.67.
    expect(eye.phase).toBe("Expansion slowing");
    expect(ratiosAndPhase("co_999001_sz", "zh").phase).toBe("扩张放缓");
    const imaging = ratiosAndPhase("co_999002_sh");
    expect(imaging.ratios["2024"]).toBeCloseTo(1.5, 9); // 9,000 / 6,000
    expect(imaging.ratios["2025H1"]).toBeCloseTo(5000 / 3200, 9); // after 1.0 in H1 2024
    expect(imaging.phase).toBe("Expansion");
    expect(imaging.plan.entity).toMatchObject({ id: "co_999002_sh", ticker: "999002.SH", name_zh: "示例影像" });

    expect(dataValue("示例眼科", "capex", "2024年报", null, null)).toBe(3.3); // 亿 by default
    expect(dataValue("999001", "营业收入", "2025中报", "万元", null)).toBe(80000);
    const series = seriesGrid("co_999002_sh", "da", null, null) as unknown[][];
    expect(series[0]!.slice(0, 3)).toEqual(["2022", "2023", "2024"]);
    expect(series[1]!.slice(0, 3)).toEqual([0.6, 0.6, 0.6]);
    expect(sourceText("co_999001_sz", "revenue", "2024", null, "en")).toBe(
      '示例眼科 revenue 2024: 1 statement. [1] PRIMARY terminal-wide-wanyuan.gb18030.csv, line 3: "150,000.00" = 150000 万元 (note: imported from terminal-wide-wanyuan.gb18030.csv row 3, column G)',
    );
    expect(fieldsGrid("co_999002_sh")).toEqual([
      ["revenue", "2022, 2023, 2024H1, 2024, 2025H1", ""],
      ["capex", "2022, 2023, 2024H1, 2024, 2025H1", ""],
      ["da", "2022, 2023, 2024H1, 2024, 2025H1", ""],
    ]);
    const rows = companiesGrid();
    expect(rows.slice(-2)).toEqual([
      ["co_999001_sz", "999001.SZ", "示例眼科", "示例眼科"],
      ["co_999002_sh", "999002.SH", "示例影像", "示例影像"],
    ]);
  });
});

describe("long English model file in CNY m", () => {
  it("maps English headers and labels and reads CNY m as 百万元", async () => {
    const p = await previewOfFile("model-long-cny-m.csv");
    expect(p.mapping.layout).toBe("long");
    expect(p.mapping.columns.map((c) => c.role)).toEqual(["name", "field", "period", "value", "unit"]);
    expect(p.companies.map((c) => [c.name, c.choice.id, c.figures])).toEqual([["Example Instruments", "example_instruments", 15]]);
    expect(figureOf(p, "Example Instruments", "revenue", "2023")).toMatchObject({ value: 1380, unit: "百万元", place: { text: "model-long-cny-m.csv row 3, column D" } });
    expect(p.skipped).toEqual([]);
  });

  it("gives a template in contraction: capex/D&A 1.5 → 1.09 → 0.65", async () => {
    applyAndRegister(await previewOfFile("model-long-cny-m.csv"));
    const t = ratiosAndPhase("example_instruments");
    expect(t.ratios["2022"]).toBeCloseTo(1.5, 9);
    expect(t.ratios["2023"]).toBeCloseTo(240 / 220, 9);
    expect(t.ratios["2024"]).toBeCloseTo(150 / 230, 9);
    expect(t.phase).toBe("Contraction");
    expect(dataValue("Example Instruments", "da", null, "m", null)).toBe(230);
  });
});
