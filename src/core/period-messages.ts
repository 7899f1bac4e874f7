/**
 * How a period reads (periods.ts periodLabel): 2025H1 → "H1 2025" / "2025年上半年". Apart from
 * the core's catalogue (messages.ts) because the pane's first view labels periods and needs
 * none of the parsers' messages.
 */
import type { Localized } from "./errors";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const QUARTERS_ZH = ["一", "二", "三", "四"];

export const PERIOD_LABELS = {
  year: (y: number): Localized => ({ en: `FY${y}`, zh: `${y}年` }),
  half: (y: number, index: number): Localized => ({ en: `H${index} ${y}`, zh: `${y}年${index === 1 ? "上" : "下"}半年` }),
  quarter: (y: number, index: number): Localized => ({ en: `Q${index} ${y}`, zh: `${y}年第${QUARTERS_ZH[index - 1]}季度` }),
  q1q3: (y: number): Localized => ({ en: `Q1–Q3 ${y}`, zh: `${y}年前三季度` }),
  month: (y: number, index: number): Localized => ({ en: `${MONTHS_EN[index - 1]} ${y}`, zh: `${y}年${index}月` }),
  /** `of` is the interim the LTM ends with, already labelled. */
  ltm: (of: Localized): Localized => ({ en: `LTM to ${of.en}`, zh: `截至${of.zh}末的近十二个月（LTM）` }),
};
