/**
 * The template's catalogue: every word a template sheet writes, in English and Chinese. Field
 * and segment names come from the data (name_en / name_zh); everything else is here. Code reads
 * the sheet's labels by key (labels.ts: label(), LABELS) and the tables below by id.
 */
import type { Localized } from "../errors";
import { BASIS_LABELS, QUALIFIER_LABELS } from "../dataset/source-messages";
import { CYCLE_PHASE_LABELS } from "../metrics/messages";
import { clip } from "../text";
import { UNIT_WORDS } from "../unit-messages";
import type { Frequency } from "./period-axis";
import type { MoneyUnitId } from "./options";

export const LABELS = {
  title: { en: "capital-cycle template", zh: "资本周期模板" },
  ticker: { en: "Ticker", zh: "股票代码" },
  unlisted: { en: "(unlisted)", zh: "（未上市）" },
  unit: { en: "Unit", zh: "单位" },
  dataAsOf: { en: "Data as of", zh: "数据截至" },
  cyclePhase: { en: "Cycle phase", zh: "资本周期阶段" },
  phaseBasisOf: {
    en: "From capex ÷ D&A in the last two {frequency} periods with both (≥1.5 and rising: expansion; <1.0: contraction or recovery).",
    zh: "依据最近两个同时具备资本开支与折旧摊销的{frequency}期间的资本开支÷折旧摊销（≥1.5且上升：扩张；<1.0：收缩或复苏）。",
  },
  contestedByReading: { en: "Contested, by reading: ", zh: "有争议，按口径分列：" },
  phaseNoData: { en: "Not enough data: needs capex and D&A in two periods.", zh: "数据不足：需要两个期间的资本开支和折旧摊销。" },
  formulaStyle: { en: "Formulas", zh: "公式类型" },
  styleLive: { en: "live (CAPCYCLE functions; needs the add-in)", zh: "实时（CAPCYCLE 函数，需要加载项）" },
  stylePortable: { en: "portable (native Excel formulas only)", zh: "通用（仅使用 Excel 原生公式）" },
  missing: { en: "Missing", zh: "缺失数据" },
  nothingMissing: { en: "None of the core capital-cycle fields is missing.", zh: "核心资本周期字段齐全。" },
  blankNote: {
    en: "Blank cells are missing data, never zero. Every figure is cited in the sources table.",
    zh: "空白单元格表示缺失数据，而非零。每个数据的来源都列在来源表中。",
  },
  financials: { en: "Financials", zh: "财务数据" },
  segments: { en: "Segments", zh: "分部数据" },
  peers: { en: "Peers and market share", zh: "同业与市场份额" },
  sources: { en: "Sources", zh: "数据来源" },
  otherFigures: { en: "Other figures", zh: "其他数据" },
  value: { en: "Value", zh: "数值" },
  unitShown: { en: "Unit shown", zh: "显示单位" },
  basis: { en: "Basis", zh: "数据性质" },
  actual: { en: "actual", zh: "实际" },
  percentPoints: { en: "pp", zh: "个百分点" },
  times: UNIT_WORDS.times,
  days: UNIT_WORDS.days,
  count: { en: "count", zh: "个" },
  period: { en: "Period", zh: "期间" },
  segment: { en: "Segment", zh: "分部" },
  company: { en: "Company", zh: "公司" },
  field: { en: "Field", zh: "字段" },
  printed: { en: "As printed", zh: "原文数值" },
  file: { en: "File", zh: "文件" },
  line: { en: "Line", zh: "行号" },
  source: { en: "Source", zh: "来源" },
  alsoStated: { en: "also stated: ", zh: "另有表述：" },
  sourceRecords: { en: "Source records (cited by key in the table below)", zh: "来源记录（下表按编号引用）" },
  calc: { en: "calc.", zh: "计算" },
  capitalCycleMetrics: { en: "Capital-cycle metrics (formulas)", zh: "资本周期指标（公式）" },
  note: { en: "Note", zh: "备注" },
  conflict: { en: "CONFLICT", zh: "冲突" },
  derivedNote: { en: "derived", zh: "推算" },
  growth: { en: "growth", zh: "增速" },
  noFigures: {
    en: "No figures for this company in the bundled data.",
    zh: "内置数据中没有该公司的数据。",
  },
  moneyPercent: { en: "money in {unit}; rates in %", zh: "金额单位：{unit}；比率以 % 表示" },
  capexVsDa: { en: "Capex vs D&A", zh: "资本开支与折旧摊销" },
  segmentGrowth: { en: "Segment growth", zh: "分部增速" },
  peerShare: { en: "Market share", zh: "市场份额" },
} as const satisfies Record<string, Localized>;

/** Qualifiers as users read them: the dataset's labels, one list for SOURCE and templates. */
export const QUALIFIERS: Readonly<Record<string, Localized>> = QUALIFIER_LABELS;

/** Bases other than "actual": the dataset's labels. */
export const BASES: Readonly<Record<string, Localized>> = BASIS_LABELS;

/** CYCLE_PHASE labels (SPEC section 2): the words the live function returns. */
export const PHASES = {
  expansion: CYCLE_PHASE_LABELS.expansion,
  slowing: CYCLE_PHASE_LABELS.expansion_slowing,
  buildUp: CYCLE_PHASE_LABELS.build_up,
  contraction: CYCLE_PHASE_LABELS.contraction,
  recovery: CYCLE_PHASE_LABELS.recovery,
} as const satisfies Record<string, Localized>;

/** Group captions over the period columns (title case: they head a column group). */
export const FREQUENCY_HEADINGS: Readonly<Record<Frequency, Localized>> = {
  annual: { en: "Annual", zh: "年度" },
  half: { en: "Half-year", zh: "半年度" },
  quarter: { en: "Quarterly", zh: "单季度" },
  nine_months: { en: "First three quarters", zh: "前三季度累计" },
  month: { en: "Monthly", zh: "月度" },
  ltm: { en: "Last twelve months", zh: "近十二个月" },
};

/** The money units a template shows, as its unit cell and the pane's unit menu name them. */
export const MONEY_UNIT_LABELS: Readonly<Record<MoneyUnitId, Localized>> = {
  亿: { en: "CNY 100m (亿元)", zh: "亿元" },
  十亿: { en: "CNY bn (十亿元)", zh: "十亿元" },
  百万: { en: "CNY m (百万元)", zh: "百万元" },
  万: { en: "CNY 10k (万元)", zh: "万元" },
  元: { en: "CNY", zh: "元" },
};

/** The statement headings of the financials table (financial-fields.ts). */
export const STATEMENT_LABELS = {
  income: { en: "Income statement", zh: "利润表" },
  cash_flow: { en: "Cash flow statement", zh: "现金流量表" },
  balance_sheet: { en: "Balance sheet (at period end)", zh: "资产负债表（期末）" },
  operating: { en: "Operating data", zh: "经营数据" },
} as const satisfies Record<string, Localized>;

/** The capital-cycle metric rows (metrics.ts), by metric id. */
export const METRIC_LABELS = {
  capex_da_ratio_calc: { en: "Capex / D&A", zh: "资本开支/折旧摊销" },
  net_investment: { en: "Net investment", zh: "净投资" },
  capex_intensity: { en: "Capex intensity", zh: "资本开支强度" },
  free_cash_flow: { en: "Free cash flow", zh: "自由现金流" },
  cash_conversion: { en: "Cash conversion", zh: "现金转化率" },
  receivable_days: { en: "Receivable days", zh: "应收账款周转天数" },
  goodwill_to_equity: { en: "Goodwill / equity", zh: "商誉/股东权益" },
  rd_capitalization: { en: "R&D capitalized share", zh: "研发资本化率" },
} as const satisfies Record<string, Localized>;

/** The capital-cycle fields a template is about (build.ts CORE_FIELDS), as the "Missing" note names them. */
export const CORE_FIELD_LABELS = {
  revenue: { en: "Revenue", zh: "营业收入" },
  net_profit: { en: "Net profit", zh: "归母净利润" },
  operating_cash_flow: { en: "Operating cash flow", zh: "经营活动现金流量净额" },
  capex: { en: "Capex", zh: "资本开支" },
  da: { en: "D&A", zh: "折旧摊销" },
  receivables: { en: "Receivables", zh: "应收账款" },
  goodwill: { en: "Goodwill", zh: "商誉" },
  equity: { en: "Equity", zh: "股东权益" },
} as const satisfies Record<string, Localized>;

/** Sentences a template writes or answers with. */
export const TEMPLATE_MSG = {
  /** Another statement of a figure in its note: "115 亿 (S2, line 40, about)". */
  alsoStatedCite: (printed: string, key: string, line: number, extras: Localized): Localized => ({
    en: `${printed} (${key}, line ${line}${extras.en ? `, ${extras.en}` : ""})`,
    zh: `${printed}（${key}，第 ${line} 行${extras.zh ? `，${extras.zh}` : ""}）`,
  }),
  /** A conflict in a figure's note: how many statements, the rule and its reason. */
  conflictNote: (n: number, rule: Localized, reason: Localized): Localized => ({
    en: `${LABELS.conflict.en}: ${n} statements disagree; primary by rule "${rule.en}" (${reason.en})`,
    zh: `${LABELS.conflict.zh}：${n} 条表述不一致；按规则“${rule.zh}”选定采用值（${reason.zh}）`,
  }),
  unknownCompany: (company: string): Localized => ({
    en: `No company "${clip(company)}". Check the spelling; COMPANIES() lists every company.`,
    zh: `找不到公司“${clip(company)}”。请检查拼写；COMPANIES() 列出全部公司。`,
  }),
  /** The header's "Missing" line: fields with no figure, then the metrics not computed for it. */
  noFiguresFor: (fields: readonly string[]): Localized => ({ en: `No figures: ${fields.join(", ")}`, zh: `无数据：${fields.join("、")}` }),
  notComputed: (metrics: readonly string[]): Localized => ({ en: `so not computed: ${metrics.join(", ")}`, zh: `因此未计算：${metrics.join("、")}` }),
};
