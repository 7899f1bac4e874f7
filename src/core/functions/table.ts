/**
 * Every CAPCYCLE function, declared once (the types are in declare.ts): its parameters, result
 * shape, help in English and Chinese, and the core function it calls. Adding a function is one
 * entry here and one JSDoc wrapper in src/functions/functions.ts, whose texts are the English
 * ones below word for word (custom-functions-metadata reads the JSDoc; test/functions/
 * metadata.test.ts holds the two equal, and the build fails when the zh-CN metadata cannot be
 * made from this table).
 *
 * The order is the order of functions.json.
 */
import { capexDaRatioCore, capexIntensityCore, freeCashFlowCore, netInvestmentCore } from "../metrics/capital";
import { hhi, topShare } from "../metrics/concentration";
import { cyclePhase, DEFAULT_HIGH, DEFAULT_LOW } from "../metrics/cycle-phase";
import { cagrCore, segmentGrowthCore } from "../metrics/growth";
import { cashConversionCore, DEFAULT_RECEIVABLE_DAYS, goodwillToEquityCore, rdCapitalizationCore, receivableDaysCore } from "../metrics/quality";
import { growthContribution, segmentMix } from "../metrics/segments";
import { dataFunction, elementwiseDecl, metric, param, type DataDecl, type FunctionDecl, type MetricDecl } from "./declare";
import { CAPEX, COMPANY, DA, FIELD, FREQUENCY, OCF, PERIOD, SEGMENT, SHARES, UNIT } from "./params";

export const METRIC_FUNCTIONS = [
  elementwiseDecl({
    name: "CAPEX_DA_RATIO",
    description: {
      en: "Capex ÷ depreciation and amortization, both as magnitudes. Above 1 the asset base grows. Works element by element on ranges.",
      zh: "资本开支 ÷ 折旧摊销（均取绝对值）。大于 1 表示资产基础在扩张。对区域逐元素计算。",
    },
    params: [CAPEX, DA],
    kernel: capexDaRatioCore,
  }),
  elementwiseDecl({
    name: "SEGMENT_GROWTH",
    description: {
      en: "Growth rate current ÷ prior − 1, as a decimal. A prior of 0 or less gives #N/A.",
      zh: "增长率 = 本期 ÷ 上期 − 1，以小数表示。上期 ≤ 0 时返回 #N/A。",
    },
    params: [
      param("current", "range", "Current-period values: a value or a range.", "本期数值：单个值或区域。"),
      param("prior", "range", "Prior-period values: a value or a range of the same shape.", "上期数值：单个值或相同形状的区域。"),
    ],
    kernel: segmentGrowthCore,
  }),
  metric({
    name: "SEGMENT_MIX",
    description: {
      en: "Each value's share of the total of the values; blanks are ignored.",
      zh: "各数值占合计的比例；空白单元格不计入。",
    },
    params: [param("values", "range", "Segment values: a range.", "各分部数值：一个区域。")],
    result: "grid",
    shape: "first",
    run: ([values]) => segmentMix(values ?? null),
  }),
  metric({
    name: "GROWTH_CONTRIBUTION",
    description: {
      en: "Each segment's contribution to total growth: (current − prior) ÷ total prior. The results add up to total growth.",
      zh: "各分部对总增长的贡献：（本期 − 上期）÷ 上期合计。各结果之和等于总增长率。",
    },
    params: [
      param("current", "range", "Current-period segment values: a range.", "各分部本期数值：一个区域。"),
      param("prior", "range", "Prior-period segment values: a range of the same shape.", "各分部上期数值：相同形状的区域。"),
    ],
    result: "grid",
    shape: "broadcast",
    run: ([current, prior]) => growthContribution(current ?? null, prior ?? null),
  }),
  elementwiseDecl({
    name: "CAGR",
    description: {
      en: "Compound annual growth rate (last ÷ first)^(1 ÷ years) − 1, as Excel's RRI. Years of 0 or less give #NUM!.",
      zh: "复合年增长率（期末 ÷ 期初）^（1 ÷ 年数）− 1，与 Excel 的 RRI 相同。年数 ≤ 0 时返回 #NUM!。",
    },
    params: [
      param("first", "range", "First (starting) value: a value or a range.", "期初值：单个值或区域。"),
      param("last", "range", "Last (ending) value: a value or a range.", "期末值：单个值或区域。"),
      param("years", "range", "Number of years between first and last.", "期初与期末之间的年数。"),
    ],
    kernel: cagrCore,
  }),
  elementwiseDecl({
    name: "CAPEX_INTENSITY",
    description: {
      en: "Capex intensity: capex (as a magnitude) ÷ revenue.",
      zh: "资本开支强度：资本开支（取绝对值）÷ 营业收入。",
    },
    params: [CAPEX, param("revenue", "range", "Revenue: a value or a range of the same shape.", "营业收入：单个值或相同形状的区域。")],
    kernel: capexIntensityCore,
  }),
  elementwiseDecl({
    name: "NET_INVESTMENT",
    description: {
      en: "Net investment: capex minus depreciation and amortization, both as magnitudes.",
      zh: "净投资：资本开支 − 折旧摊销（均取绝对值）。",
    },
    params: [CAPEX, DA],
    kernel: netInvestmentCore,
  }),
  elementwiseDecl({
    name: "CASH_CONVERSION",
    description: {
      en: "Cash conversion: operating cash flow ÷ net profit.",
      zh: "现金转化率：经营活动现金流量净额 ÷ 净利润。",
    },
    params: [OCF, param("net_profit", "range", "Net profit: a value or a range of the same shape.", "净利润：单个值或相同形状的区域。")],
    kernel: cashConversionCore,
  }),
  elementwiseDecl({
    name: "FREE_CASH_FLOW",
    description: {
      en: "Free cash flow: operating cash flow minus capex (as a magnitude).",
      zh: "自由现金流：经营活动现金流量净额 − 资本开支（取绝对值）。",
    },
    params: [
      OCF,
      param(
        "capex",
        "range",
        "Capital expenditure: a value or a range of the same shape (either sign).",
        "资本开支：单个值或相同形状的区域（正负号均可）。",
      ),
    ],
    kernel: freeCashFlowCore,
  }),
  elementwiseDecl({
    name: "RD_CAPITALIZATION",
    description: {
      en: "Share of R&D capitalized: capitalized R&D ÷ total R&D.",
      zh: "研发资本化率：资本化研发投入 ÷ 研发投入总额。",
    },
    params: [
      param("capitalized", "range", "Capitalized R&D: a value or a range.", "资本化研发投入：单个值或区域。"),
      param("total", "range", "Total R&D spending: a value or a range of the same shape.", "研发投入总额：单个值或相同形状的区域。"),
    ],
    kernel: rdCapitalizationCore,
  }),
  elementwiseDecl({
    name: "RECEIVABLE_DAYS",
    description: {
      en: "Days sales outstanding: receivables ÷ revenue × days.",
      zh: "应收账款周转天数：应收账款 ÷ 营业收入 × 天数。",
    },
    params: [
      param("receivables", "range", "Accounts receivable: a value or a range.", "应收账款：单个值或区域。"),
      param("revenue", "range", "Revenue of the period: a value or a range of the same shape.", "当期营业收入：单个值或相同形状的区域。"),
      param("days", "range", "Days in the period; 365 if omitted (use 181 for a half year).", "期间天数；省略时为 365（半年请用 181）。", {
        default: DEFAULT_RECEIVABLE_DAYS,
      }),
    ],
    kernel: receivableDaysCore,
  }),
  elementwiseDecl({
    name: "GOODWILL_TO_EQUITY",
    description: { en: "Goodwill ÷ shareholders' equity.", zh: "商誉 ÷ 股东权益。" },
    params: [
      param("goodwill", "range", "Goodwill: a value or a range.", "商誉：单个值或区域。"),
      param("equity", "range", "Shareholders' equity: a value or a range of the same shape.", "股东权益：单个值或相同形状的区域。"),
    ],
    kernel: goodwillToEquityCore,
  }),
  metric({
    name: "HHI",
    description: {
      en: "Herfindahl-Hirschman index on the 0-10,000 scale from market shares given as decimals; blanks are ignored.",
      zh: "赫芬达尔-赫希曼指数（0–10,000），由以小数表示的市场份额计算；空白不计入。",
    },
    params: [SHARES],
    result: "scalar",
    shape: "single",
    run: ([shares]) => hhi(shares ?? null),
  }),
  metric({
    name: "TOP_SHARE",
    description: {
      en: "Concentration ratio CR-n: the sum of the n largest market shares.",
      zh: "行业集中度 CR-n：前 n 大市场份额之和。",
    },
    params: [
      SHARES,
      param("n", "value", "How many of the largest shares to add (a whole number, 1 or more).", "要相加的最大份额个数（不小于 1 的整数）。"),
    ],
    result: "scalar",
    shape: "single",
    run: ([shares, n]) => topShare(shares ?? null, n),
  }),
  metric({
    name: "CYCLE_PHASE",
    description: {
      en: "Capital-cycle phase of the latest period, from the capex/D&A ratio of the last two periods with both figures.",
      zh: "根据最近两个同时有资本开支和折旧摊销数据的期间的比值，判断最新一期所处的资本周期阶段。",
    },
    params: [
      param("capex", "range", "Capital expenditure by period: one row or one column, oldest first.", "各期资本开支：单行或单列，按时间由早到晚。"),
      param(
        "depreciation_amortization",
        "range",
        "Depreciation and amortization by period, same shape as capex.",
        "各期折旧摊销，形状与 capex 相同。",
      ),
      param("high", "value", "Ratio at or above which capex is expansion; 1.5 if omitted.", "比值达到该值即视为扩张；省略时为 1.5。", {
        default: DEFAULT_HIGH,
      }),
      param("low", "value", "Ratio below which capex is contraction; 1.0 if omitted.", "比值低于该值即视为收缩；省略时为 1.0。", {
        default: DEFAULT_LOW,
      }),
      param("language", "value", 'Label language: "en" (default) or "zh".', '标签语言："en"（默认）或 "zh"。', { default: "en" }),
    ],
    result: "scalar",
    shape: "single",
    run: ([capex, da, high, low, language]) => cyclePhase(capex ?? null, da ?? null, high, low, language),
  }),
];

export const DATA_FUNCTIONS = [
  dataFunction({
    name: "DATA",
    description: {
      en: "One figure from the bundled data; the latest period if period is omitted.",
      zh: "从内置数据中取一个数值；省略期间时取最新一期。",
    },
    params: [COMPANY, FIELD, PERIOD, UNIT, SEGMENT],
    result: "scalar",
    run: ([company, field, period, unit, segment], data) => data.dataValue(company ?? null, field ?? null, period ?? null, unit ?? null, segment ?? null),
  }),
  dataFunction({
    name: "SERIES",
    description: {
      en: "A 2-row spill of a field over time: period ids across the top, values below, oldest first; one frequency at a time.",
      zh: "某字段的时间序列（两行溢出）：首行为期间，次行为数值，按时间由早到晚；每次只取一种频率。",
    },
    params: [COMPANY, FIELD, UNIT, SEGMENT, FREQUENCY],
    result: "grid",
    run: ([company, field, unit, segment, frequency], data) =>
      data.seriesGrid(company ?? null, field ?? null, unit ?? null, segment ?? null, frequency ?? null),
  }),
  dataFunction({
    name: "SOURCE",
    description: {
      en: "Where a figure comes from: the article (title, date), line and the figure as printed; conflicts, readings and failed cross-checks are listed and marked.",
      zh: "数据出处：文章（标题、日期）、行号及原文数值；相互矛盾的表述、不同口径及未通过的交叉核对会全部列出并标注。",
    },
    params: [COMPANY, FIELD, PERIOD, SEGMENT],
    result: "scalar",
    run: ([company, field, period, segment], data, lang) => data.sourceText(company ?? null, field ?? null, period ?? null, segment ?? null, lang),
  }),
  dataFunction({
    name: "COMPANIES",
    description: {
      en: "A spill of every company and entity in the bundled data: id, ticker, English name, Chinese name.",
      zh: "内置数据中所有公司与实体的列表：ID、股票代码、英文名、中文名。",
    },
    params: [],
    result: "grid",
    run: (_args, data) => data.companiesGrid(),
  }),
  dataFunction({
    name: "FIELDS",
    description: {
      en: "A spill of the fields available for a company: field id, the periods available and the segment (blank for the whole company).",
      zh: "某公司可用字段的列表：字段 ID、可用期间及分部（公司整体为空）。",
    },
    params: [param("company", "value", "Company: id, ticker, English or Chinese name.", "公司：ID、股票代码、英文名或中文名。")],
    result: "grid",
    run: ([company], data) => data.fieldsGrid(company ?? null),
  }),
];

export type MetricName = (typeof METRIC_FUNCTIONS)[number]["name"];
export type DataFunctionName = (typeof DATA_FUNCTIONS)[number]["name"];
export type FunctionName = MetricName | DataFunctionName;

/** Every CAPCYCLE function, in the order of functions.json. */
export const FUNCTION_TABLE: readonly FunctionDecl<FunctionName>[] = [...METRIC_FUNCTIONS, ...DATA_FUNCTIONS];

const BY_NAME: ReadonlyMap<string, FunctionDecl<FunctionName>> = new Map(FUNCTION_TABLE.map((d) => [d.name, d]));

/** A declaration by function name (case-insensitive, with or without the CAPCYCLE. prefix). */
export function functionDecl(name: string): FunctionDecl<FunctionName> | undefined {
  return BY_NAME.get(name.trim().toUpperCase().replace(/^CAPCYCLE\./, ""));
}

const METRIC_BY_NAME: ReadonlyMap<string, MetricDecl<MetricName>> = new Map(METRIC_FUNCTIONS.map((d) => [d.name, d]));
const DATA_BY_NAME: ReadonlyMap<string, DataDecl<DataFunctionName>> = new Map(DATA_FUNCTIONS.map((d) => [d.name, d]));

/** The declaration of an analytic function, by its exact name. */
export function metricDecl(name: MetricName): MetricDecl<MetricName> {
  const decl = METRIC_BY_NAME.get(name);
  if (!decl) throw new Error(`${name} is not an analytic function of the table`);
  return decl;
}

/** The declaration of a data function, by its exact name. */
export function dataDecl(name: DataFunctionName): DataDecl<DataFunctionName> {
  const decl = DATA_BY_NAME.get(name);
  if (!decl) throw new Error(`${name} is not a data function of the table`);
  return decl;
}
