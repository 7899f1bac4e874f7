/**
 * Every message the analytic functions show, in both languages. Every error has one, #DIV/0!
 * and #NUM! included: Excel shows only those of #VALUE! and #N/A, but the pane, the export and
 * the tests read them all, and "#NUM!" alone does not say which argument to fix.
 * Each message starts with the function name so a user sees which formula complained, says what
 * is wrong, then what to do (an imperative sentence; 请… in Chinese).
 */
import type { Localized } from "../errors";
import { clip } from "../text";
import type { CyclePhase } from "./cycle-phase";

/** CYCLE_PHASE's answers (SPEC section 2); templates write the same words. */
export const CYCLE_PHASE_LABELS: Readonly<Record<CyclePhase, Localized>> = {
  expansion: { en: "Expansion", zh: "扩张" },
  expansion_slowing: { en: "Expansion slowing", zh: "扩张放缓" },
  build_up: { en: "Build-up", zh: "温和投入" },
  contraction: { en: "Contraction", zh: "收缩" },
  recovery: { en: "Recovery", zh: "复苏" },
};


function shareText(sum: number): string {
  return `${Number(sum.toPrecision(6))} (${Number((sum * 100).toPrecision(6))}%)`;
}

export const METRICS_MSG = {
  divByZero: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is 0 here, and nothing can be divided by 0. Check that figure, or leave the cell blank if it is not known.`,
    zh: `${fn}：此处参数 ${arg} 为 0，不能作除数。请检查该数值；若未知，请留空该单元格。`,
  }),
  sumIsZero: (fn: string, arg: string): Localized => ({
    en: `${fn}: the ${arg} add up to 0, so no share of the total exists. Check the signs of the values.`,
    zh: `${fn}：参数 ${arg} 的合计为 0，无法计算占比。请检查各数值的正负号。`,
  }),
  notPositive: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} must be more than 0. Enter a positive number.`,
    zh: `${fn}：参数 ${arg} 须大于 0。请输入正数。`,
  }),
  cagrNegativeLast: (fn: string): Localized => ({
    en: `${fn}: last is below 0, and a compound rate from a positive first value to a negative last one has no real value (as Excel's RRI). Check the sign of last, or use SEGMENT_GROWTH for the change.`,
    zh: `${fn}：参数 last 小于 0；由正的期初值到负的期末值不存在复合增长率（与 Excel 的 RRI 相同）。请检查 last 的正负号，或用 SEGMENT_GROWTH 计算变动。`,
  }),
  wholeNumber: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} must be a whole number, 1 or more. Enter 1, 2, 3 and so on.`,
    zh: `${fn}：参数 ${arg} 须为不小于 1 的整数。请输入 1、2、3 等。`,
  }),
  notFinite: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is not a finite number (too large, or #NUM! from another formula). Fix that cell.`,
    zh: `${fn}：参数 ${arg} 不是有限数值（过大，或来自其他公式的 #NUM!）。请修正该单元格。`,
  }),
  tooLarge: {
    en: "The result is too large to show. Check the inputs for a unit mix-up (元 against 亿, for example).",
    zh: "结果过大，无法显示。请检查输入是否混用了单位（例如 元 与 亿）。",
  } satisfies Localized,
  notNumber: (fn: string, arg: string, text: string): Localized => ({
    en: `${fn}: ${arg} must be a number, not the text "${clip(text)}". Enter a number there, or clear the cell.`,
    zh: `${fn}：参数 ${arg} 须为数字，而不是文本“${clip(text)}”。请在该处输入数字，或清空该单元格。`,
  }),
  notBoolean: (fn: string, arg: string, value: boolean): Localized => ({
    en: `${fn}: ${arg} must be a number, not the logical value ${value ? "TRUE" : "FALSE"}. Use a number instead.`,
    zh: `${fn}：参数 ${arg} 须为数字，而不是逻辑值 ${value ? "TRUE" : "FALSE"}。请改用数字。`,
  }),
  unsupported: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} holds a value that is not a number, text or blank. Refer to cells holding plain numbers.`,
    zh: `${fn}：参数 ${arg} 含有既非数字、文本也非空白的值。请改为引用含有普通数字的单元格。`,
  }),
  shapeMismatch: (fn: string, a: string, shapeA: string, b: string, shapeB: string): Localized => ({
    en: `${fn}: ${a} and ${b} must have the same shape, or one must be a single value; they are ${shapeA} and ${shapeB}. Select ranges of the same size.`,
    zh: `${fn}：${a} 与 ${b} 的形状须相同，或其中之一为单个值；现为 ${shapeA} 和 ${shapeB}。请选择大小相同的区域。`,
  }),
  notRectangular: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is not a rectangular range (its rows differ in length). Give a rectangular range.`,
    zh: `${fn}：参数 ${arg} 不是矩形区域（各行长度不同）。请提供矩形区域。`,
  }),
  emptyRange: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is an empty range (0 cells). Select at least one cell.`,
    zh: `${fn}：参数 ${arg} 是空区域（0 个单元格）。请至少选择一个单元格。`,
  }),
  growthBase: (fn: string): Localized => ({
    en: `${fn}: a growth rate from a base of 0 or less is not meaningful. Check the prior value; compare the change (current − prior) instead.`,
    zh: `${fn}：基数为 0 或负数时，增长率没有意义。请检查上期数值，或改为比较变动额（本期 − 上期）。`,
  }),
  totalGrowthBase: (fn: string): Localized => ({
    en: `${fn}: the prior values add up to 0 or less, so growth from them is not meaningful. Check the prior values.`,
    zh: `${fn}：上期数值合计为 0 或负数，据此计算的增长没有意义。请检查上期数值。`,
  }),
  cagrBase: (fn: string): Localized => ({
    en: `${fn}: a CAGR from a first value of 0 or less is not meaningful. Start from a period with a positive value.`,
    zh: `${fn}：期初值为 0 或负数时，复合增长率没有意义。请改从数值为正的期间起算。`,
  }),
  sharesOverOne: (fn: string, sum: number): Localized => ({
    en: `${fn}: the shares add up to ${shareText(sum)}, more than 1. Give shares as decimals (35% = 0.35).`,
    zh: `${fn}：份额合计为 ${shareText(sum)}，超过 1。份额请以小数表示（35% = 0.35）。`,
  }),
  negativeShare: (fn: string, value: number): Localized => ({
    en: `${fn}: a market share cannot be negative (found ${value}). Correct or remove it.`,
    zh: `${fn}：市场份额不能为负数（发现 ${value}）。请更正或删除该值。`,
  }),
  noShares: (fn: string): Localized => ({
    en: `${fn}: shares holds no numbers. Select the cells holding the market shares.`,
    zh: `${fn}：参数 shares 中没有数字。请选择含有市场份额的单元格。`,
  }),
  notSingle: (fn: string, arg: string, shape: string): Localized => ({
    en: `${fn}: ${arg} must be a single value, not a ${shape} range. Give one cell or type the value.`,
    zh: `${fn}：参数 ${arg} 须为单个值，而不是 ${shape} 的区域。请只引用一个单元格，或直接输入数值。`,
  }),
  required: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is required but the cell is blank. Fill the cell or type the value.`,
    zh: `${fn}：参数 ${arg} 为必填，但单元格为空。请填写该单元格，或直接输入数值。`,
  }),
  notVector: (fn: string, arg: string, shape: string): Localized => ({
    en: `${fn}: ${arg} must be one row or one column, not a ${shape} range. Select the periods as one row or one column.`,
    zh: `${fn}：参数 ${arg} 须为单行或单列，而不是 ${shape} 的区域。请将各期间选为单行或单列。`,
  }),
  fewerThanTwoPeriods: (fn: string, found: number): Localized => ({
    en: `${fn}: needs two periods where both capex and D&A are present; found ${found}. Give capex and D&A for at least two periods.`,
    zh: `${fn}：需要至少两个资本开支与折旧摊销均有数据的期间；现有 ${found} 个。请提供至少两个期间的资本开支和折旧摊销。`,
  }),
  lowAboveHigh: (fn: string, low: number, high: number): Localized => ({
    en: `${fn}: low (${low}) must not be greater than high (${high}). Swap them, or leave both blank for 1.0 and 1.5.`,
    zh: `${fn}：low（${low}）不能大于 high（${high}）。请交换两者，或都留空以使用 1.0 和 1.5。`,
  }),
  badLanguage: (fn: string, got: string): Localized => ({
    en: `${fn}: language must be "en" or "zh", not "${clip(got)}". Use "en" or "zh", or leave it blank.`,
    zh: `${fn}：language 须为 "en" 或 "zh"，而不是“${clip(got)}”。请使用 "en" 或 "zh"，或留空。`,
  }),
} as const;
