/**
 * Exact-looking arithmetic on stated figures. Every unit factor is a power of ten, so values
 * are rescaled by moving the decimal point in their shortest decimal form instead of
 * multiplying binary floats (9.12 × 0.01 = 0.09119999999999999, but 9.12e-2 = 0.0912).
 */
import { UNITS, type UnitDef } from "../units";

const unitById = new Map<string, UnitDef>(UNITS.map((u) => [u.id, u]));

export function unitDef(id: string): UnitDef | undefined {
  return unitById.get(id);
}

/** log10 of a power-of-ten factor (1e8 → 8, 0.01 → -2). */
export function exponentOf(factor: number): number {
  return Math.round(Math.log10(factor));
}

/** value × 10^exp, by shifting the decimal point of the value's shortest representation. */
export function shiftDecimal(value: number, exp: number): number {
  if (exp === 0 || value === 0 || !Number.isFinite(value)) return value;
  const [mantissa, e] = value.toExponential().split("e");
  return Number(`${mantissa}e${Number(e) + exp}`);
}

/** Digits after the decimal point in a number's shortest form (115.07 → 2, 400 → 0, 1e-7 → 7). */
export function decimalsOf(value: number): number {
  const [mantissa, e] = Math.abs(value).toExponential().split("e");
  const fraction = mantissa!.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(e));
}

/** Thousand separators a printed number may carry (1,234 / 1，234). */
const NUMBER_TOKEN = /\d(?:[\d,，]*\d)?(?:\.\d+)?/g;

export interface NumberToken {
  /** The digits as printed, separators removed ("1234.50"). */
  readonly text: string;
  readonly value: number;
  /** Digits after the decimal point as printed (trailing zeros count: "52.50" → 2). */
  readonly decimals: number;
  /** Position just after the token in the printed text. */
  readonly end: number;
}

/** The numbers written in a printed figure, in order. */
export function numberTokens(printed: string): NumberToken[] {
  const text = printed.normalize("NFKC");
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    const digits = m[0].replace(/[,，]/g, "");
    out.push({
      text: digits,
      value: Number(digits),
      decimals: digits.split(".")[1]?.length ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return out;
}

/**
 * Digits after the decimal point of the stored value as the article printed it: the printed
 * token equal to |value| gives them (so "52.50 亿" counts two decimals); when none matches
 * (a derived figure, a figure printed in words) the value's own shortest form decides.
 */
export function printedDecimals(value: number, printed: string): number {
  const target = Math.abs(value);
  for (const t of numberTokens(printed)) if (t.value === target) return t.decimals;
  return decimalsOf(value);
}
