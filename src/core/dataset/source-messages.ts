/**
 * The words of SOURCE's text (source-text.ts), in both languages: apart from the dataset's
 * catalogue (messages.ts) because the pane's Sources view and the template's sources table read
 * them too, and need no more than these.
 */
import type { Localized } from "../errors";
import type { Qualifier } from "./schema";
import type { CheckInput, ConflictInput } from "./types";

type PrimaryRule = ConflictInput["rule"];

/** The rule that chose the primary among statements that disagree. */
export const RULE_LABELS: Readonly<Record<PrimaryRule, Localized>> = {
  primary_reading: { en: "primary reading", zh: "主口径优先" },
  dated_over_inferred: { en: "dated over inferred period", zh: "注明期间优先于推定期间" },
  exact_over_hedged: { en: "exact over hedged", zh: "确数优先于约数" },
  precise_over_rounded: { en: "precise over rounded", zh: "精确值优先于取整值" },
  stated_over_derived: { en: "stated over derived", zh: "原文数据优先于推算" },
  dedicated_article: { en: "dedicated article", zh: "专题文章优先" },
  financial_statement_context: { en: "financial-statement context", zh: "财报语境优先" },
  first_statement: { en: "first statement", zh: "最早表述优先" },
};

/** Hedges of a stated figure ("about 115 亿"). */
export const QUALIFIER_LABELS: Readonly<Record<Qualifier, Localized>> = {
  more_than: { en: "more than", zh: "超过" },
  at_least: { en: "at least", zh: "至少" },
  nearly: { en: "nearly", zh: "近" },
  about: { en: "about", zh: "约" },
  under: { en: "under", zh: "不足" },
  at_most: { en: "at most", zh: "至多" },
};

/** What a figure is when it is not an actual. */
export const BASIS_LABELS: Readonly<Record<string, Localized>> = {
  forecast: { en: "forecast", zh: "预测" },
  target: { en: "target", zh: "目标" },
  estimate: { en: "estimate", zh: "估计" },
};

/** The arithmetic a cross-check tested. */
export const CHECK_KIND_LABELS: Readonly<Record<CheckInput["kind"], Localized>> = {
  sum: { en: "sum", zh: "加总" },
  ratio: { en: "ratio", zh: "比率" },
  growth: { en: "growth", zh: "增速" },
  difference: { en: "difference", zh: "差额" },
};
