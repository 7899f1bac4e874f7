/**
 * Numbers as the pane shows them: the value DATA would return, in the reader's locale, with
 * its unit. Money is shown in the DATA scale of its own currency (亿元, 亿美元), percentages
 * (stored as decimals) as %, counts with thousands separators.
 */
import type { Lang } from "../../core/errors";
import type { FieldKind } from "../../core/dataset/types";
import { moneyUnitLabel as unitLabel, UNIT_WORDS } from "../../core/unit-messages";

/** "亿元", "百万美元", or in English "CNY 100m", "USD m". */
export function moneyUnitLabel(exp: number, currency: string, lang: Lang): string {
  return unitLabel(exp, currency)[lang];
}

export interface ShownValue {
  /** The number as text, e.g. "115.07" or "9.12%". */
  readonly text: string;
  /** The unit beside it ("亿元", "CNY 100m"), "" when the text carries it (%) or none applies. */
  readonly unit: string;
}

/**
 * `value` is what DATA returns for a figure of `kind` (money already in the scale `exp`).
 * `unitId` is the stated unit (e.g. "万人次"), used for the counted noun of counts.
 */
export function showValue(value: number, kind: FieldKind, lang: Lang, opts: { exp?: number; currency?: string; unitId?: string } = {}): ShownValue {
  const locale = lang === "zh" ? "zh-CN" : "en-US";
  const fmt = (digits: number, min = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: min }).format(value);
  switch (kind) {
    case "money":
      return { text: fmt(2, 2), unit: moneyUnitLabel(opts.exp ?? 8, opts.currency ?? "CNY", lang) };
    case "percent":
      return { text: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(value), unit: "" };
    case "count": {
      const noun = (opts.unitId ?? "").replace(/^[万亿]/, "");
      return { text: fmt(2), unit: lang === "zh" ? noun : "" };
    }
    case "multiple":
      return { text: fmt(2), unit: UNIT_WORDS.times[lang] };
    case "days":
      return { text: fmt(1), unit: UNIT_WORDS.days[lang] };
    case "area":
      return { text: fmt(0), unit: "m²" };
    case "ratio":
      return { text: fmt(4), unit: "" };
  }
}
