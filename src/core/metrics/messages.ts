/**
 * Every message the analytic functions show, in both languages. Only #VALUE! and #N/A carry a
 * message in Excel, so only those errors get one here; #DIV/0! and #NUM! are self-explaining.
 * Each message starts with the function name so a user sees which formula complained.
 */
import type { Localized } from "../errors";

/** Quote at most 40 characters of a user's text, so a pasted paragraph doesn't flood the tooltip. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function shareText(sum: number): string {
  return `${Number(sum.toPrecision(6))} (${Number((sum * 100).toPrecision(6))}%)`;
}

export const metricMessages = {
  notNumber: (fn: string, arg: string, text: string): Localized => ({
    en: `${fn}: ${arg} must be a number, not the text "${clip(text)}".`,
    zh: `${fn}：参数 ${arg} 须为数字，而不是文本“${clip(text)}”。`,
  }),
  notBoolean: (fn: string, arg: string, value: boolean): Localized => ({
    en: `${fn}: ${arg} must be a number, not the logical value ${value ? "TRUE" : "FALSE"}.`,
    zh: `${fn}：参数 ${arg} 须为数字，而不是逻辑值 ${value ? "TRUE" : "FALSE"}。`,
  }),
  unsupported: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} holds a value that is not a number, text or blank.`,
    zh: `${fn}：参数 ${arg} 含有既非数字、文本也非空白的值。`,
  }),
  shapeMismatch: (fn: string, a: string, shapeA: string, b: string, shapeB: string): Localized => ({
    en: `${fn}: ${a} and ${b} must have the same shape, or one must be a single value; they are ${shapeA} and ${shapeB}.`,
    zh: `${fn}：${a} 与 ${b} 的形状须相同，或其中之一为单个值；现为 ${shapeA} 和 ${shapeB}。`,
  }),
  notRectangular: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is not a rectangular range (its rows differ in length).`,
    zh: `${fn}：参数 ${arg} 不是矩形区域（各行长度不同）。`,
  }),
  emptyRange: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is an empty range (0 cells).`,
    zh: `${fn}：参数 ${arg} 是空区域（0 个单元格）。`,
  }),
  growthBase: (fn: string): Localized => ({
    en: `${fn}: a growth rate from a base of 0 or less is not meaningful.`,
    zh: `${fn}：基数为 0 或负数时，增长率没有意义。`,
  }),
  totalGrowthBase: (fn: string): Localized => ({
    en: `${fn}: the prior values add up to 0 or less, so growth from them is not meaningful.`,
    zh: `${fn}：上期数值合计为 0 或负数，据此计算的增长没有意义。`,
  }),
  cagrBase: (fn: string): Localized => ({
    en: `${fn}: a CAGR from a first value of 0 or less is not meaningful.`,
    zh: `${fn}：期初值为 0 或负数时，复合增长率没有意义。`,
  }),
  sharesOverOne: (fn: string, sum: number): Localized => ({
    en: `${fn}: the shares add up to ${shareText(sum)}, more than 1. Give shares as decimals (35% = 0.35).`,
    zh: `${fn}：份额合计为 ${shareText(sum)}，超过 1。份额请以小数表示（35% = 0.35）。`,
  }),
  negativeShare: (fn: string, value: number): Localized => ({
    en: `${fn}: a market share cannot be negative (found ${value}).`,
    zh: `${fn}：市场份额不能为负数（发现 ${value}）。`,
  }),
  noShares: (fn: string): Localized => ({
    en: `${fn}: shares holds no numbers.`,
    zh: `${fn}：参数 shares 中没有数字。`,
  }),
  notSingle: (fn: string, arg: string, shape: string): Localized => ({
    en: `${fn}: ${arg} must be a single value, not a ${shape} range.`,
    zh: `${fn}：参数 ${arg} 须为单个值，而不是 ${shape} 的区域。`,
  }),
  required: (fn: string, arg: string): Localized => ({
    en: `${fn}: ${arg} is required but the cell is blank.`,
    zh: `${fn}：参数 ${arg} 为必填，但单元格为空。`,
  }),
  notVector: (fn: string, arg: string, shape: string): Localized => ({
    en: `${fn}: ${arg} must be one row or one column, not a ${shape} range.`,
    zh: `${fn}：参数 ${arg} 须为单行或单列，而不是 ${shape} 的区域。`,
  }),
  fewerThanTwoPeriods: (fn: string, found: number): Localized => ({
    en: `${fn}: needs two periods where both capex and D&A are present; found ${found}.`,
    zh: `${fn}：需要至少两个资本开支与折旧摊销均有数据的期间；现有 ${found} 个。`,
  }),
  lowAboveHigh: (fn: string, low: number, high: number): Localized => ({
    en: `${fn}: low (${low}) must not be greater than high (${high}).`,
    zh: `${fn}：low（${low}）不能大于 high（${high}）。`,
  }),
  badLanguage: (fn: string, got: string): Localized => ({
    en: `${fn}: language must be "en" or "zh", not "${clip(got)}".`,
    zh: `${fn}：language 须为 "en" 或 "zh"，而不是“${clip(got)}”。`,
  }),
} as const;
