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
