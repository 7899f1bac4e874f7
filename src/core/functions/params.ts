/**
 * Parameter declarations several CAPCYCLE functions share (src/core/functions/table.ts), so a
 * parameter reads the same in every function's tooltip, in both languages.
 */
import { param } from "./declare";

export const CAPEX = param("capex", "range", "Capital expenditure: a value or a range (either sign).", "资本开支：单个值或区域（正负号均可）。");
export const DA = param(
  "depreciation_amortization",
  "range",
  "Depreciation and amortization: a value or a range of the same shape.",
  "折旧摊销：单个值或相同形状的区域。",
);
export const OCF = param("operating_cash_flow", "range", "Operating cash flow: a value or a range.", "经营活动现金流量净额：单个值或区域。");
export const SHARES = param(
  "shares",
  "range",
  "Market shares as decimals (35% = 0.35): a range adding up to at most 1.",
  "以小数表示的市场份额（35% = 0.35）：合计不超过 1 的区域。",
);

// The data functions' parameters: one value each (Excel passes a range's top-left cell).
export const COMPANY = param(
  "company",
  "value",
  "Company: id, ticker (with or without exchange suffix), English or Chinese name.",
  "公司：ID、股票代码（可含或不含交易所后缀）、英文名或中文名。",
);
export const FIELD = param("field", "value", "Field id or Chinese name, e.g. revenue, capex, 营业收入.", "字段 ID 或中文名，如 revenue、capex、营业收入。");
export const PERIOD = param(
  "period",
  "value",
  "Period: 2024, FY24, 2025H1, 1H25, 2025中报, 2025Q1, 2025-06-30, 2027E, LTM, FY-1; the latest if omitted.",
  "期间：2024、FY24、2025H1、1H25、2025中报、2025Q1、2025-06-30、2027E、LTM、FY-1；省略时取最新一期。",
  { optional: true },
);
export const UNIT = param("unit", "value", "Unit for money: 亿 (default), 万, 百万 or m, 十亿 or bn, 元; RMB mn, CNY bn.", "金额单位：亿（默认）、万、百万或 m、十亿或 bn、元；亦可写 RMB mn、CNY bn。", {
  default: "亿",
});
export const FREQUENCY = param(
  "frequency",
  "value",
  "annual, half-year, quarter, LTM or all; omitted: annual if two or more annual figures, else that of the latest.",
  "频率：annual、half-year、quarter、LTM 或 all；省略时：年度数据不少于两期则取年度，否则取最新一期的频率。",
  { optional: true },
);
export const SEGMENT = param(
  "segment",
  "value",
  "Segment, e.g. 屈光 or CT; the whole company if omitted.",
  "分部，如 屈光 或 CT；省略时为公司整体。",
  { optional: true },
);
