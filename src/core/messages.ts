/**
 * The messages of the core's shared readers (units.ts, period-text.ts), in both languages:
 * what was typed, the nearest accepted spellings, then what is accepted.
 */
import type { Localized } from "./errors";
import { clip } from "./text";

/** Every period spelling the readers accept, said once for all their refusals. */
const ACCEPTED_PERIODS: Localized = {
  en: "Write a year (2024, FY24, 2024年报), a half (2025H1, 1H25, H1'25, 2025中报), a quarter (2025Q1, 1Q25, 2025一季报; 2025三季报 is Q1–Q3 cumulative), a closing date (2025-06-30), a forecast (2027E), or LTM, FY-1, latest.",
  zh: "请写年度（2024、FY24、2024年报）、半年（2025H1、1H25、H1'25、2025中报）、季度（2025Q1、1Q25、2025一季报；2025三季报为前三季度累计）、截止日（2025-06-30）、预测（2027E），或 LTM、FY-1、latest。",
};

export const CORE_MSG = {
  unknownUnit: (typed: string, nearest: readonly string[]): Localized => ({
    en: `Unknown unit "${clip(typed)}". Nearest: ${nearest.join(", ")}. Use 亿/100m/亿元, 万/10k/万元, 百万/m/mn/million/RMB mn, 十亿/bn/CNY bn, 千元/k or 元/1 (money only).`,
    zh: `无法识别的单位“${clip(typed)}”。最接近的写法：${nearest.join("、")}。请使用：亿/100m/亿元、万/10k/万元、百万/m/mn/million/RMB mn、十亿/bn/CNY bn、千元/k 或 元/1（仅限金额）。`,
  }),
  notMonthEnd: (typed: string): Localized => ({
    en: `"${clip(typed)}" is a date but not a closing date: periods close on the last day of a month (2025-06-30, 2024-12-31).`,
    zh: `“${clip(typed)}”是日期，但不是期末日：期间截止于月末最后一天（如 2025-06-30、2024-12-31）。`,
  }),
  periodBlank: { en: "The period is blank.", zh: "期间为空。" } as Localized,
  notAPeriod: (typed: string): Localized => ({ en: `"${clip(typed)}" is not a period.`, zh: `“${clip(typed)}”不是可识别的期间。` }),
  /** A refusal (`head`), the nearest spellings, and every accepted one. */
  periodRefused: (head: Localized, nearest: readonly string[]): Localized => ({
    en: `${head.en} Nearest: ${nearest.join(", ")}. ${ACCEPTED_PERIODS.en}`,
    zh: `${head.zh}最接近的写法：${nearest.join("、")}。${ACCEPTED_PERIODS.zh}`,
  }),
};
