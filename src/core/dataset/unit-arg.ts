/**
 * The `unit` argument of DATA and SERIES: a scale for money figures, read by the one unit
 * parser (units.ts parseUnit). Blank → 亿 (the articles speak in 亿). The scale applies to the
 * figure's own currency: a figure stated in 亿美元 comes back in USD at the requested scale,
 * never converted to CNY (SOURCE names the currency); a unit naming another currency is refused.
 * Percentages and counts take no unit: they come back as decimals and plain numbers.
 */
import { cellError } from "../errors";
import { parseUnit, UNIT_SPELLINGS, type Currency } from "../units";
import type { CellValue } from "../values";
import { DATASET_MSG } from "./messages";
import { argText, type Resolved } from "./resolve";

export interface UnitScale {
  /** Power of ten of the scale: 8 for 亿, 4 for 万, 0 for 元. */
  readonly exp: number;
  /** As the user wrote it (for messages); "" for the default. */
  readonly typed: string;
  /** When the unit names a currency (亿元, RMB mn, USD m): figures in another currency are refused. */
  readonly currency?: Currency;
}

/** The default scale: 亿 (100 million). */
export const DEFAULT_SCALE: UnitScale = { exp: 8, typed: "" };

/** Accepted spellings by power of ten (the parser also reads case, width and spacing variants). */
export const UNIT_ARG_FORMS: Readonly<Record<number, readonly string[]>> = UNIT_SPELLINGS;

/** Reads the unit argument; null/"" → null (the caller applies the default for money). */
export function parseUnitArg(arg: CellValue): Resolved<UnitScale | null> {
  const t = argText(arg, "unit");
  if (!t.ok) return t;
  if (t.value === null) return { ok: true, value: null };
  const r = parseUnit(typeof arg === "number" ? arg : t.value);
  if (!r.ok) return { ok: false, error: cellError("#VALUE!", r.message) };
  if (r.unit.kind !== "money")
    return {
      ok: false,
      error: cellError("#VALUE!", DATASET_MSG.unitIsPercent(r.unit.typed)),
    };
  return { ok: true, value: { exp: r.unit.exp, typed: t.value.trim(), ...(r.unit.currency ? { currency: r.unit.currency } : {}) } };
}
