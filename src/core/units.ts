import type { Localized } from "./errors";
import { CORE_MSG } from "./messages";
import { compactKey, editDistance } from "./text";

/**
 * Units as the articles print them, and how they convert. Money is stored as stated and
 * returned in 亿元 by default (SPEC section 3); percentages come back as decimals; counts as
 * plain numbers (924.83万人次 → 9,248,300).
 */

export type UnitKind = "money" | "percent" | "count" | "multiple" | "days" | "area";

export interface UnitDef {
  /** The unit as printed in the data files, e.g. "亿元". */
  readonly id: string;
  readonly kind: UnitKind;
  /** Multiply a value in this unit by `factor` to get the base: yuan, a decimal, one item, one day, one m². */
  readonly factor: number;
  /** Currency for money units. */
  readonly currency?: "CNY" | "USD" | "HKD" | "EUR";
}

/** Every unit a stored figure may carry. Count units keep the counted noun (人次, 例, 家). */
export const UNITS: readonly UnitDef[] = [
  { id: "元", kind: "money", factor: 1, currency: "CNY" },
  { id: "千元", kind: "money", factor: 1e3, currency: "CNY" },
  { id: "万元", kind: "money", factor: 1e4, currency: "CNY" },
  { id: "百万元", kind: "money", factor: 1e6, currency: "CNY" },
  { id: "千万元", kind: "money", factor: 1e7, currency: "CNY" },
  { id: "亿元", kind: "money", factor: 1e8, currency: "CNY" },
  { id: "十亿元", kind: "money", factor: 1e9, currency: "CNY" },
  { id: "万亿元", kind: "money", factor: 1e12, currency: "CNY" },
  { id: "美元", kind: "money", factor: 1, currency: "USD" },
  { id: "万美元", kind: "money", factor: 1e4, currency: "USD" },
  { id: "亿美元", kind: "money", factor: 1e8, currency: "USD" },
  { id: "十亿美元", kind: "money", factor: 1e9, currency: "USD" },
  { id: "亿港元", kind: "money", factor: 1e8, currency: "HKD" },
  { id: "%", kind: "percent", factor: 0.01 },
  { id: "pp", kind: "percent", factor: 0.01 },
  { id: "倍", kind: "multiple", factor: 1 },
  { id: "天", kind: "days", factor: 1 },
  { id: "平方米", kind: "area", factor: 1 },
  { id: "万平方米", kind: "area", factor: 1e4 },
  { id: "个", kind: "count", factor: 1 },
  { id: "家", kind: "count", factor: 1 },
  { id: "台", kind: "count", factor: 1 },
  { id: "万台", kind: "count", factor: 1e4 },
  { id: "人", kind: "count", factor: 1 },
  { id: "名", kind: "count", factor: 1 },
  { id: "万人", kind: "count", factor: 1e4 },
  { id: "人次", kind: "count", factor: 1 },
  { id: "万人次", kind: "count", factor: 1e4 },
  { id: "例", kind: "count", factor: 1 },
  { id: "万例", kind: "count", factor: 1e4 },
  { id: "万家", kind: "count", factor: 1e4 },
  { id: "张", kind: "count", factor: 1 },
  { id: "万张", kind: "count", factor: 1e4 },
  { id: "万名", kind: "count", factor: 1e4 },
  { id: "万间", kind: "count", factor: 1e4 },
  { id: "亿人", kind: "count", factor: 1e8 },
  { id: "份", kind: "count", factor: 1 },
  { id: "条", kind: "count", factor: 1 },
  { id: "省", kind: "count", factor: 1 },
  { id: "个月", kind: "count", factor: 1 },
  { id: "项", kind: "count", factor: 1 },
  { id: "件", kind: "count", factor: 1 },
  { id: "款", kind: "count", factor: 1 },
  { id: "床", kind: "count", factor: 1 },
  { id: "股", kind: "count", factor: 1 },
  { id: "亿股", kind: "count", factor: 1e8 },
  { id: "次", kind: "count", factor: 1 },
  { id: "位", kind: "count", factor: 1 },
  { id: "个国家", kind: "count", factor: 1 },
];

export const UNIT_IDS = UNITS.map((u) => u.id) as readonly string[];

/* ------------------------------------------------------------------------------------------ *
 * Units as analysts write them (SPEC §2): one parser for DATA, SERIES, templates, the pane's
 * formula builder and import headers.
 *   亿/100m/亿元/亿元人民币 · 万/10k/万元 · 百万/m/mn/million/CNY m/RMB mn · 十亿/bn/CNY bn/RMB bn ·
 *   千元/k/RMB'000 · 元/1 (also 千万, 万亿/tn; currencies CNY/RMB/人民币, USD/US$/美元, HKD/HK$/港元)
 *   and, for import only, % (a percentage: kind "percent").
 * Case, width, spaces, brackets and a leading "单位：" / "unit:" do not matter.
 * ------------------------------------------------------------------------------------------ */
export type Currency = NonNullable<UnitDef["currency"]>;

/** A unit as typed, read: a power-of-ten scale, and the currency when the text names one. */
export interface ParsedUnit {
  readonly kind: "money" | "percent";
  /** Power of ten: 8 for 亿, 6 for million, 4 for 万, 0 for 元; −2 for %. */
  readonly exp: number;
  /** Only when the text names a currency (亿元 → CNY, USD m → USD, "亿" → none). */
  readonly currency?: Currency;
  /** As typed, trimmed (for messages). */
  readonly typed: string;
}

export type UnitParse =
  | { readonly ok: true; readonly unit: ParsedUnit }
  | { readonly ok: false; readonly typed: string; readonly nearest: readonly string[]; readonly message: Localized };

/** Scale words (compact, lower case) → power of ten. "" is the unit itself (元, USD). */
const SCALE_WORDS: Readonly<Record<string, number>> = {
  "": 0, "1": 0, "千": 3, "k": 3, "thousand": 3, "thousands": 3, "000": 3, "1000": 3, "'000": 3,
  "万": 4, "萬": 4, "10k": 4, "10000": 4, "tenthousand": 4, "10thousand": 4,
  "百万": 6, "百萬": 6, "m": 6, "mn": 6, "mm": 6, "mio": 6, "million": 6, "millions": 6, "1000000": 6,
  "千万": 7, "千萬": 7, "10m": 7, "10mn": 7, "10million": 7,
  "亿": 8, "億": 8, "100m": 8, "100mn": 8, "100million": 8, "hundredmillion": 8, "100000000": 8,
  "十亿": 9, "十億": 9, "bn": 9, "b": 9, "billion": 9, "billions": 9, "1000000000": 9,
  "万亿": 12, "萬億": 12, "tn": 12, "trillion": 12, "trillions": 12,
};

/** Currency words, longest first within each end (prefix "RMB", suffix "元人民币"). */
const CURRENCY_PREFIX: readonly [string, Currency][] = [
  ["人民币", "CNY"], ["cny", "CNY"], ["rmb", "CNY"], ["¥", "CNY"], ["usd", "USD"], ["us$", "USD"], ["hkd", "HKD"], ["hk$", "HKD"], ["eur", "EUR"], ["€", "EUR"], ["$", "USD"],
];
const CURRENCY_SUFFIX: readonly [string, Currency][] = [
  ["元人民币", "CNY"], ["人民币元", "CNY"], ["人民币", "CNY"], ["美元", "USD"], ["港元", "HKD"], ["港币", "HKD"], ["欧元", "EUR"], ["元", "CNY"], ["yuan", "CNY"], ["cny", "CNY"], ["rmb", "CNY"], ["usd", "USD"], ["hkd", "HKD"], ["eur", "EUR"],
];

const PERCENT_WORDS = new Set(["%", "pct", "percent", "百分比", "百分之"]);

/** Every spelling the SPEC lists, for help text, suggestions and the table-driven test. */
export const UNIT_SPELLINGS: Readonly<Record<number, readonly string[]>> = {
  0: ["元", "1", "CNY", "RMB", "人民币元", "yuan"],
  3: ["千元", "千", "k", "thousand", "RMB'000"],
  4: ["万", "10k", "万元", "万元人民币"],
  6: ["百万", "m", "mn", "million", "CNY m", "RMB mn", "百万元"],
  8: ["亿", "100m", "亿元", "亿元人民币"],
  9: ["十亿", "bn", "CNY bn", "RMB bn", "billion"],
  12: ["万亿", "tn", "trillion"],
};

/** Lower case, full width folded, spaces, brackets and a "unit:" / "单位：" label removed. */
function unitKey(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^\s*(?:单位|單位|units|unit|in)(?:\s*[:：]\s*|\s+)/u, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/(?!['%])[\s\p{P}]/gu, "");
}

/** Numbers as scales: 1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12. */
const SCALE_BY_NUMBER = new Map<number, number>([0, 3, 4, 6, 7, 8, 9, 12].map((e) => [10 ** e, e]));

function readKey(key: string): { exp: number; currency?: Currency } | null {
  if (PERCENT_WORDS.has(key)) return { exp: -2 };
  let rest = key;
  let currency: Currency | undefined;
  for (const [word, cur] of CURRENCY_PREFIX)
    if (rest.startsWith(word) && rest.length >= word.length) {
      [rest, currency] = [rest.slice(word.length), cur];
      break;
    }
  for (const [word, cur] of CURRENCY_SUFFIX)
    if (rest.endsWith(word)) {
      if (currency && currency !== cur) return null;
      [rest, currency] = [rest.slice(0, rest.length - word.length), cur];
      break;
    }
  const exp = SCALE_WORDS[rest];
  if (exp === undefined || (rest === "" && !currency)) return null;
  return currency ? { exp, currency } : { exp };
}

/** Reads a unit as typed (text, or a number: 1, 1000, 10000, 1e6, 1e8, 1e9). */
export function parseUnit(raw: string | number): UnitParse {
  const typed = typeof raw === "number" ? String(raw) : raw.trim();
  if (typeof raw === "number") {
    const exp = SCALE_BY_NUMBER.get(raw);
    if (exp !== undefined) return { ok: true, unit: { kind: "money", exp, typed } };
    return refuseUnit(typed);
  }
  const r = readKey(unitKey(raw));
  if (!r) return refuseUnit(typed);
  const unit: ParsedUnit = { kind: r.exp === -2 ? "percent" : "money", exp: r.exp, ...(r.currency ? { currency: r.currency } : {}), typed };
  return { ok: true, unit };
}

const ALL_SPELLINGS = Object.values(UNIT_SPELLINGS).flat();

/** The nearest accepted unit spellings to what was typed. */
export function nearestUnitSpellings(typed: string, max = 3): string[] {
  const q = [...compactKey(typed)].slice(0, 40).join("");
  return ALL_SPELLINGS.map((s, i) => ({ s, i, d: editDistance(q, compactKey(s)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, max)
    .map((x) => x.s);
}


function refuseUnit(typed: string): UnitParse {
  const nearest = nearestUnitSpellings(typed);
  return {
    ok: false,
    typed,
    nearest,
    message: CORE_MSG.unknownUnit(typed, nearest),
  };
}
