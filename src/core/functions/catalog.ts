/**
 * Every CAPCYCLE function with its descriptions in both languages: the single source of the
 * zh-CN custom-functions metadata (the build copies the generated functions.json and swaps in
 * the `zh` texts, matched by function name and parameter name). The `en` texts are the JSDoc
 * texts of src/functions/functions.ts, character for character — tests hold them equal.
 */
import type { Localized } from "../errors";

export interface CatalogParam {
  /** As in the JSDoc and in Excel's argument tooltip. */
  readonly name: string;
  readonly description: Localized;
  readonly optional: boolean;
}

export interface CatalogEntry {
  /** Function id and name (Excel shows CAPCYCLE.<name>); English in every locale. */
  readonly name: string;
  readonly description: Localized;
  readonly params: readonly CatalogParam[];
  /** "grid": a range in gives a spilled range out; "scalar": one value. */
  readonly result: "scalar" | "grid";
}

const p = (name: string, en: string, zh: string, optional = false): CatalogParam => ({
  name,
  description: { en, zh },
  optional,
});

// Parameter texts shared by several functions.
const CAPEX = p("capex", "Capital expenditure: a value or a range (either sign).", "资本开支：单个值或区域（正负号均可）。");
const DA = p(
  "depreciation_amortization",
  "Depreciation and amortization: a value or a range of the same shape.",
  "折旧摊销：单个值或相同形状的区域。",
);
const OCF = p("operating_cash_flow", "Operating cash flow: a value or a range.", "经营活动现金流量净额：单个值或区域。");
const SHARES = p(
  "shares",
  "Market shares as decimals (35% = 0.35): a range adding up to at most 1.",
  "以小数表示的市场份额（35% = 0.35）：合计不超过 1 的区域。",
);
const COMPANY = p(
  "company",
  "Company: id, ticker (with or without exchange suffix), English or Chinese name.",
  "公司：ID、股票代码（可含或不含交易所后缀）、英文名或中文名。",
);
const FIELD = p("field", "Field id or Chinese name, e.g. revenue, capex, 营业收入.", "字段 ID 或中文名，如 revenue、capex、营业收入。");
const PERIOD = p(
  "period",
  "Period id: 2024, 2025H1, 2025Q1; the latest if omitted.",
  "期间：2024、2025H1、2025Q1；省略时取最新一期。",
  true,
);
const UNIT = p("unit", "Unit for money: 亿 (default), 万, 百万, 十亿, 元.", "金额单位：亿（默认）、万、百万、十亿、元。", true);
const SEGMENT = p(
  "segment",
  "Segment, e.g. 屈光 or CT; the whole company if omitted.",
  "分部，如 屈光 或 CT；省略时为公司整体。",
  true,
);

export const CATALOG: readonly CatalogEntry[] = [
  {
    name: "CAPEX_DA_RATIO",
    description: {
      en: "Capex ÷ depreciation and amortization, both as magnitudes. Above 1 the asset base grows. Works element by element on ranges.",
      zh: "资本开支 ÷ 折旧摊销（均取绝对值）。大于 1 表示资产基础在扩张。对区域逐元素计算。",
    },
    params: [CAPEX, DA],
    result: "grid",
  },
  {
    name: "SEGMENT_GROWTH",
    description: {
      en: "Growth rate current ÷ prior − 1, as a decimal. A prior of 0 or less gives #N/A.",
      zh: "增长率 = 本期 ÷ 上期 − 1，以小数表示。上期 ≤ 0 时返回 #N/A。",
    },
    params: [
      p("current", "Current-period values: a value or a range.", "本期数值：单个值或区域。"),
      p("prior", "Prior-period values: a value or a range of the same shape.", "上期数值：单个值或相同形状的区域。"),
    ],
    result: "grid",
  },
  {
    name: "SEGMENT_MIX",
    description: {
      en: "Each value's share of the total of the values; blanks are ignored.",
      zh: "各数值占合计的比例；空白单元格不计入。",
    },
    params: [p("values", "Segment values: a range.", "各分部数值：一个区域。")],
    result: "grid",
  },
  {
    name: "GROWTH_CONTRIBUTION",
    description: {
      en: "Each segment's contribution to total growth: (current − prior) ÷ total prior. The results add up to total growth.",
      zh: "各分部对总增长的贡献：（本期 − 上期）÷ 上期合计。各结果之和等于总增长率。",
    },
    params: [
      p("current", "Current-period segment values: a range.", "各分部本期数值：一个区域。"),
      p("prior", "Prior-period segment values: a range of the same shape.", "各分部上期数值：相同形状的区域。"),
    ],
    result: "grid",
  },
  {
    name: "CAGR",
    description: {
      en: "Compound annual growth rate (last ÷ first)^(1 ÷ years) − 1, as Excel's RRI. Years of 0 or less give #NUM!.",
      zh: "复合年增长率（期末 ÷ 期初）^（1 ÷ 年数）− 1，与 Excel 的 RRI 相同。年数 ≤ 0 时返回 #NUM!。",
    },
    params: [
      p("first", "First (starting) value: a value or a range.", "期初值：单个值或区域。"),
      p("last", "Last (ending) value: a value or a range.", "期末值：单个值或区域。"),
      p("years", "Number of years between first and last.", "期初与期末之间的年数。"),
    ],
    result: "grid",
  },
  {
    name: "CAPEX_INTENSITY",
    description: {
      en: "Capex intensity: capex (as a magnitude) ÷ revenue.",
      zh: "资本开支强度：资本开支（取绝对值）÷ 营业收入。",
    },
    params: [CAPEX, p("revenue", "Revenue: a value or a range of the same shape.", "营业收入：单个值或相同形状的区域。")],
    result: "grid",
  },
  {
    name: "NET_INVESTMENT",
    description: {
      en: "Net investment: capex minus depreciation and amortization, both as magnitudes.",
      zh: "净投资：资本开支 − 折旧摊销（均取绝对值）。",
    },
    params: [CAPEX, DA],
    result: "grid",
  },
  {
    name: "CASH_CONVERSION",
    description: {
      en: "Cash conversion: operating cash flow ÷ net profit.",
      zh: "现金转化率：经营活动现金流量净额 ÷ 净利润。",
    },
    params: [OCF, p("net_profit", "Net profit: a value or a range of the same shape.", "净利润：单个值或相同形状的区域。")],
    result: "grid",
  },
  {
    name: "FREE_CASH_FLOW",
    description: {
      en: "Free cash flow: operating cash flow minus capex (as a magnitude).",
      zh: "自由现金流：经营活动现金流量净额 − 资本开支（取绝对值）。",
    },
    params: [
      OCF,
      p(
        "capex",
        "Capital expenditure: a value or a range of the same shape (either sign).",
        "资本开支：单个值或相同形状的区域（正负号均可）。",
      ),
    ],
    result: "grid",
  },
  {
    name: "RD_CAPITALIZATION",
    description: {
      en: "Share of R&D capitalized: capitalized R&D ÷ total R&D.",
      zh: "研发资本化率：资本化研发投入 ÷ 研发投入总额。",
    },
    params: [
      p("capitalized", "Capitalized R&D: a value or a range.", "资本化研发投入：单个值或区域。"),
      p("total", "Total R&D spending: a value or a range of the same shape.", "研发投入总额：单个值或相同形状的区域。"),
    ],
    result: "grid",
  },
  {
    name: "RECEIVABLE_DAYS",
    description: {
      en: "Days sales outstanding: receivables ÷ revenue × days.",
      zh: "应收账款周转天数：应收账款 ÷ 营业收入 × 天数。",
    },
    params: [
      p("receivables", "Accounts receivable: a value or a range.", "应收账款：单个值或区域。"),
      p("revenue", "Revenue of the period: a value or a range of the same shape.", "当期营业收入：单个值或相同形状的区域。"),
      p("days", "Days in the period; 365 if omitted (use 181 for a half year).", "期间天数；省略时为 365（半年请用 181）。", true),
    ],
    result: "grid",
  },
  {
    name: "GOODWILL_TO_EQUITY",
    description: { en: "Goodwill ÷ shareholders' equity.", zh: "商誉 ÷ 股东权益。" },
    params: [
      p("goodwill", "Goodwill: a value or a range.", "商誉：单个值或区域。"),
      p("equity", "Shareholders' equity: a value or a range of the same shape.", "股东权益：单个值或相同形状的区域。"),
    ],
    result: "grid",
  },
  {
    name: "HHI",
    description: {
      en: "Herfindahl-Hirschman index on the 0-10,000 scale from market shares given as decimals; blanks are ignored.",
      zh: "赫芬达尔-赫希曼指数（0–10,000），由以小数表示的市场份额计算；空白不计入。",
    },
    params: [SHARES],
    result: "scalar",
  },
  {
    name: "TOP_SHARE",
    description: {
      en: "Concentration ratio CR-n: the sum of the n largest market shares.",
      zh: "行业集中度 CR-n：前 n 大市场份额之和。",
    },
    params: [
      SHARES,
      p("n", "How many of the largest shares to add (a whole number, 1 or more).", "要相加的最大份额个数（不小于 1 的整数）。"),
    ],
    result: "scalar",
  },
  {
    name: "CYCLE_PHASE",
    description: {
      en: "Capital-cycle phase of the latest period, from the capex/D&A ratio of the last two periods with both figures.",
      zh: "根据最近两个同时有资本开支和折旧摊销数据的期间的比值，判断最新一期所处的资本周期阶段。",
    },
    params: [
      p("capex", "Capital expenditure by period: one row or one column, oldest first.", "各期资本开支：单行或单列，按时间由早到晚。"),
      p(
        "depreciation_amortization",
        "Depreciation and amortization by period, same shape as capex.",
        "各期折旧摊销，形状与 capex 相同。",
      ),
      p("high", "Ratio at or above which capex is expansion; 1.5 if omitted.", "比值达到该值即视为扩张；省略时为 1.5。", true),
      p("low", "Ratio below which capex is contraction; 1.0 if omitted.", "比值低于该值即视为收缩；省略时为 1.0。", true),
      p("language", 'Label language: "en" (default) or "zh".', '标签语言："en"（默认）或 "zh"。', true),
    ],
    result: "scalar",
  },
  {
    name: "DATA",
    description: {
      en: "One figure from the bundled data; the latest period if period is omitted.",
      zh: "从内置数据中取一个数值；省略期间时取最新一期。",
    },
    params: [COMPANY, FIELD, PERIOD, UNIT, SEGMENT],
    result: "scalar",
  },
  {
    name: "SERIES",
    description: {
      en: "A 2-row spill of a field over time: period ids across the top, values below, oldest first.",
      zh: "某字段的时间序列（两行溢出）：首行为期间，次行为数值，按时间由早到晚。",
    },
    params: [COMPANY, FIELD, UNIT, SEGMENT],
    result: "grid",
  },
  {
    name: "SOURCE",
    description: {
      en: "Where a figure comes from: file, line and the figure as printed; conflicting statements are listed and marked.",
      zh: "数据来源：文件、行号及原文数值；相互矛盾的表述会全部列出并标注。",
    },
    params: [COMPANY, FIELD, PERIOD, SEGMENT],
    result: "scalar",
  },
  {
    name: "COMPANIES",
    description: {
      en: "A spill of every company and entity in the bundled data: id, ticker, English name, Chinese name.",
      zh: "内置数据中所有公司与实体的列表：ID、股票代码、英文名、中文名。",
    },
    params: [],
    result: "grid",
  },
  {
    name: "FIELDS",
    description: {
      en: "A spill of the fields available for a company: field id, the periods available and the segment (blank for the whole company).",
      zh: "某公司可用字段的列表：字段 ID、可用期间及分部（公司整体为空）。",
    },
    params: [p("company", "Company: id, ticker, English or Chinese name.", "公司：ID、股票代码、英文名或中文名。")],
    result: "grid",
  },
];

/** Lookup by function name (case-insensitive, with or without the CAPCYCLE. prefix). */
export function catalogEntry(name: string): CatalogEntry | undefined {
  const key = name.trim().toUpperCase().replace(/^CAPCYCLE\./, "");
  return CATALOG.find((e) => e.name === key);
}
