/**
 * The `unit` argument of DATA and SERIES: a scale for money figures. Blank → 亿 (the articles
 * speak in 亿). The scale applies to the figure's own currency: a figure stated in 亿美元 comes
 * back in USD at the requested scale, never converted to CNY (SOURCE names the currency).
 * Percentages and counts take no unit: they come back as decimals and plain numbers.
 */
import { cellError } from "../errors";
import { compactKey } from "../text";
import type { CellValue } from "../values";
import { messages } from "./messages";
import { argText, type Resolved } from "./resolve";

export interface UnitScale {
  /** Power of ten of the scale: 8 for 亿, 4 for 万, 0 for 元. */
  readonly exp: number;
  /** As the user wrote it (for messages); "" for the default. */
  readonly typed: string;
}

/** The default scale: 亿 (100 million). */
export const DEFAULT_SCALE: UnitScale = { exp: 8, typed: "" };

/** Every accepted spelling (compared as compactKey: case, width and spaces ignored). */
export const UNIT_ARG_FORMS: Readonly<Record<number, readonly string[]>> = {
  0: ["元", "1", "yuan", "cny", "rmb", "人民币元"],
  3: ["千", "千元", "k", "thousand", "1000"],
  4: ["万", "万元", "萬", "萬元", "10k", "10000", "tenthousand", "10thousand"],
  6: ["百万", "百万元", "百萬", "百萬元", "m", "mn", "mm", "million", "millions", "1000000"],
  8: ["亿", "亿元", "億", "億元", "100m", "100mn", "100million", "hundredmillion", "100000000"],
  9: ["十亿", "十亿元", "十億", "十億元", "bn", "b", "billion", "billions", "1000000000"],
  12: ["万亿", "万亿元", "萬億", "萬億元", "tn", "trillion", "trillions"],
};

const SCALE_BY_KEY = new Map<string, number>(
  Object.entries(UNIT_ARG_FORMS).flatMap(([exp, forms]) => forms.map((f) => [compactKey(f), Number(exp)] as [string, number])),
);

/** Numbers as scales: 1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12. */
const SCALE_BY_NUMBER = new Map<number, number>([0, 3, 4, 6, 8, 9, 12].map((e) => [10 ** e, e]));

/** Reads the unit argument; null/"" → null (the caller applies the default for money). */
export function parseUnitArg(arg: CellValue): Resolved<UnitScale | null> {
  const t = argText(arg, "unit");
  if (!t.ok) return t;
  if (t.value === null) return { ok: true, value: null };
  const exp = typeof arg === "number" ? SCALE_BY_NUMBER.get(arg) : SCALE_BY_KEY.get(compactKey(t.value));
  if (exp === undefined) return { ok: false, error: cellError("#VALUE!", messages.unknownUnit(t.value.trim())) };
  return { ok: true, value: { exp, typed: t.value.trim() } };
}
