/**
 * Every label a template writes, in English and Chinese. Field and segment names come from
 * the data (name_en / name_zh); everything else is here.
 */
import type { Lang, Localized } from "../errors";
import { QUALIFIER_LABELS } from "../dataset/source-text";

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
  times: { en: "×", zh: "倍" },
  days: { en: "days", zh: "天" },
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

export type LabelKey = keyof typeof LABELS;

/** "Revenue growth (calc.)" / "营业收入增速（计算）": a growth the sheet computes, told apart from a stated one. */
export function computedGrowthLabel(base: string, lang: Lang): string {
  return lang === "zh" ? `${base}${LABELS.growth.zh}（${LABELS.calc.zh}）` : `${base} ${LABELS.growth.en} (${LABELS.calc.en})`;
}

export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}

/** Qualifiers as users read them: the dataset's labels, one list for SOURCE and templates. */
export const QUALIFIERS: Readonly<Record<string, Localized>> = QUALIFIER_LABELS;

export const BASES: Readonly<Record<string, Localized>> = {
  forecast: { en: "forecast", zh: "预测" },
  target: { en: "target", zh: "目标" },
  estimate: { en: "estimate", zh: "估计" },
};

/** CYCLE_PHASE labels (SPEC section 2); the live function returns the same strings. */
export const PHASES = {
  expansion: { en: "Expansion", zh: "扩张" },
  slowing: { en: "Expansion slowing", zh: "扩张放缓" },
  buildUp: { en: "Build-up", zh: "温和投入" },
  contraction: { en: "Contraction", zh: "收缩" },
  recovery: { en: "Recovery", zh: "复苏" },
} as const satisfies Record<string, Localized>;
