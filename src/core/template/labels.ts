/**
 * Reading the template's labels (their texts are the template's catalogue, messages.ts):
 * label(key, lang) and the growth label a sheet computes. Layout code imports the label
 * tables from here or from messages.ts alike.
 */
import type { Lang } from "../errors";
import { LABELS } from "./messages";

export { BASES, LABELS, PHASES, QUALIFIERS } from "./messages";

export type LabelKey = keyof typeof LABELS;

/** "Revenue growth (calc.)" / "营业收入增速（计算）": a growth the sheet computes, told apart from a stated one. */
export function computedGrowthLabel(base: string, lang: Lang): string {
  return lang === "zh" ? `${base}${LABELS.growth.zh}（${LABELS.calc.zh}）` : `${base} ${LABELS.growth.en} (${LABELS.calc.en})`;
}

export function label(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}
