/**
 * Small TemplateInput fixtures: a company with a full capital-cycle set over four periods
 * (two years and two half years), segments, peers with market shares, a conflict, a
 * target, and printed figures that look like formulas; and a sparse company.
 */
import type { TemplateField, TemplateFigure, TemplateInput, TemplateSource } from "../../../src/core/template/input";

export const FIELDS: TemplateField[] = [
  { id: "revenue", kind: "money", name_en: "Revenue", name_zh: "营业收入" },
  { id: "revenue_yoy", kind: "percent", name_en: "Revenue, YoY growth", name_zh: "营业收入同比增速", yoyOf: "revenue" },
  { id: "net_profit", kind: "money", name_en: "Net profit", name_zh: "归母净利润" },
  { id: "operating_cash_flow", kind: "money", name_en: "Operating cash flow", name_zh: "经营活动现金流量净额" },
  { id: "capex", kind: "money", name_en: "Capex", name_zh: "资本开支" },
  { id: "da", kind: "money", name_en: "D&A", name_zh: "折旧及摊销" },
  { id: "receivables", kind: "money", name_en: "Receivables", name_zh: "应收账款", stock: true },
  { id: "goodwill", kind: "money", name_en: "Goodwill", name_zh: "商誉", stock: true },
  { id: "equity", kind: "money", name_en: "Equity", name_zh: "股东权益", stock: true },
  { id: "debt_to_assets", kind: "percent", name_en: "Debt to assets", name_zh: "资产负债率", stock: true },
  { id: "market_share", kind: "percent", name_en: "Market share", name_zh: "市场份额" },
  { id: "hospitals", kind: "count", name_en: "Hospitals", name_zh: "医院数量", stock: true },
];

let line = 1;
function src(printed: string, extra: Partial<TemplateSource> = {}): TemplateSource {
  const l = line++;
  return { id: `003:${l}:x`, printed, file: "003_b3fdc93d999670b0.txt", line: l, primary: true, ...extra };
}

/** A figure whose value is given in 亿 (money) or as the stored decimal (others). */
export function fig(field: string, period: string, value: number, opts: Partial<TemplateFigure> & { printed?: string; yi?: boolean } = {}): TemplateFigure {
  const money = FIELDS.find((f) => f.id === field)?.kind === "money";
  const { printed, yi: _yi, ...rest } = opts;
  return {
    field,
    period,
    value: money ? Math.round(value * 1e8) : value,
    sources: [src(printed ?? `${value}${money ? "亿元" : ""}`)],
    ...rest,
  };
}

export const ACME = {
  id: "acme",
  ticker: "600000.SH",
  name_en: "Acme Eye Hospital Group",
  name_zh: "阿克米眼科医院集团",
  short_en: "Acme Eye",
  short_zh: "阿克米眼科",
  kind: "listed",
};

export function acmeInput(): TemplateInput {
  line = 1;
  return {
    entity: ACME,
    fields: FIELDS,
    segments: [
      { id: "refractive", name_en: "Refractive", name_zh: "屈光" },
      { id: "cataract", name_en: "Cataract", name_zh: "白内障" },
      { id: "optometry", name_en: "Optometry", name_zh: "视光" },
    ],
    figures: [
      fig("revenue", "2023", 200),
      fig("revenue", "2024", 210),
      fig("revenue", "2024H1", 100),
      fig("revenue", "2025H1", 115.07),
      fig("revenue_yoy", "2025H1", 0.1507, { printed: "15.07%" }),
      fig("net_profit", "2023", 30),
      fig("net_profit", "2024", 25),
      fig("net_profit", "2024H1", 18),
      fig("net_profit", "2025H1", 20.5),
      fig("operating_cash_flow", "2024", 50),
      fig("operating_cash_flow", "2025H1", 28),
      // Capex printed with a minus sign in the cash-flow statement: taken as a magnitude.
      fig("capex", "2023", -40, { printed: "-40亿元" }),
      fig("capex", "2024", -35),
      fig("capex", "2025H1", -12),
      fig("da", "2023", 20),
      fig("da", "2024", 25),
      fig("da", "2025H1", 14),
      fig("receivables", "2024", 30),
      fig("receivables", "2025H1", 33),
      fig("goodwill", "2024", 40),
      {
        ...fig("equity", "2024", 160),
        conflict: { rule: "precise_over_rounded", reason: "160.0 beats about 150" },
        sources: [src("160.0亿元"), src("约150亿元", { primary: false, qualifier: "about" })],
      },
      fig("debt_to_assets", "2025H1", 0.3329, { printed: "33.29%" }),
      fig("revenue", "2025", 240, { basis: "target", sources: [src("=240亿", { basis: "target" })] }),
      fig("revenue", "2024", 120, { segment: "refractive" }),
      fig("revenue", "2023", 100, { segment: "refractive" }),
      fig("revenue", "2024", 50, { segment: "cataract" }),
      fig("revenue", "2023", 55, { segment: "cataract" }),
      fig("revenue", "2024", 40, { segment: "optometry" }),
      fig("market_share", "2024", 0.08, { printed: "8%" }),
    ],
    peers: [
      {
        entity: { id: "beta", ticker: "301267.SZ", name_en: "Beta Eye", name_zh: "贝塔眼科", short_en: "Beta", short_zh: "贝塔", kind: "listed" },
        figures: [fig("market_share", "2024", 0.02, { printed: "2%" }), fig("revenue", "2024", 40), fig("hospitals", "2024", 60)],
      },
      {
        entity: { id: "gamma", name_en: "Gamma Eye", name_zh: "伽马眼科", short_en: "Gamma", short_zh: "伽马", kind: "unlisted" },
        figures: [fig("market_share", "2024", 0.01, { printed: "+1%" }), fig("hospitals", "2023", 10)],
      },
    ],
  };
}

/** A company with two figures and no capital-cycle data. */
export function sparseInput(): TemplateInput {
  line = 1;
  return {
    entity: { id: "tiny", name_en: "Tiny Medical", name_zh: "小医疗", short_en: "Tiny", short_zh: "小医疗", kind: "unlisted" },
    fields: FIELDS,
    segments: [],
    figures: [fig("revenue", "2024", 3.5, { printed: "@3.5亿" }), fig("hospitals", "2024", 4)],
    peers: [],
  };
}
