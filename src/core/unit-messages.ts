/**
 * The words of units, in both languages: money scales and currencies ("CNY 100m" / "亿元",
 * "USD m" / "百万美元") and the nouns beside a multiple or a number of days. One copy for the
 * template's sheet and the pane's figures; apart from the core's catalogue (messages.ts) because
 * the pane's first view shows figures and needs no parser's message.
 */
import type { Localized } from "./errors";

/** Money scales by power of ten. */
const SCALES: Readonly<Record<number, Localized>> = {
  0: { en: "", zh: "" },
  4: { en: "10k", zh: "万" },
  6: { en: "m", zh: "百万" },
  8: { en: "100m", zh: "亿" },
  9: { en: "bn", zh: "十亿" },
};

const CURRENCY_ZH: Readonly<Record<string, string>> = { CNY: "元", USD: "美元", HKD: "港元", EUR: "欧元" };

/** A money unit: `exp` is the scale's power of ten, `currency` an ISO code. */
export function moneyUnitLabel(exp: number, currency: string): Localized {
  const scale = SCALES[exp] ?? { en: `1e${exp}`, zh: `1e${exp}` };
  return { en: scale.en ? `${currency} ${scale.en}` : currency, zh: `${scale.zh}${CURRENCY_ZH[currency] ?? currency}` };
}

export const UNIT_WORDS = {
  /** Beside a multiple (capex / D&A 1.96×). */
  times: { en: "×", zh: "倍" },
  days: { en: "days", zh: "天" },
} as const satisfies Record<string, Localized>;
