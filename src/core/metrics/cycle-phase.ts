/**
 * CYCLE_PHASE: a label for the latest period from the capex/D&A ratio r at the last two periods
 * where both figures are present (blanks skipped, earlier first).
 *
 * The SPEC's five rules, evaluated in this order, first match wins:
 *   1. r_now ≥ high and r_now ≥ r_before            → Expansion 扩张
 *   2. r_now ≥ low  and r_now < r_before            → Expansion slowing 扩张放缓
 *   3. low ≤ r_now < high and r_now ≥ r_before      → Build-up 温和投入
 *   4. r_now < low  and r_now ≤ r_before            → Contraction 收缩
 *   5. r_now < low  and r_now > r_before            → Recovery 复苏
 * With low ≤ high these conditions partition every case (no gap, no overlap); with low > high
 * rules 1/4/5 overlap, so low > high is rejected with #VALUE!. Ratios and thresholds are compared
 * at 12 significant digits, so 0.3 ÷ 0.2 counts as 1.5 rather than 1.4999999999999998.
 */
import { cellError, isCellError, pick, type CellError, type Lang } from "../errors";
import type { ResultValue } from "../values";
import { divByZero, NUM } from "./coerce";
import { numberAt, prepare } from "./elementwise";
import { CYCLE_PHASE_LABELS, METRICS_MSG } from "./messages";
import { formatShape, shapeOf, toGrid, type Arg } from "./shape";
import { numberOption, singleValue } from "./single";

export type CyclePhase = "expansion" | "expansion_slowing" | "build_up" | "contraction" | "recovery";

export const DEFAULT_HIGH = 1.5;
export const DEFAULT_LOW = 1.0;

/** The rule table above. Precondition: low ≤ high (callers check it). */
export function classifyCyclePhase(now: number, before: number, high: number, low: number): CyclePhase {
  if (now >= high && now >= before) return "expansion";
  if (now >= low && now < before) return "expansion_slowing";
  if (now >= low && now < high && now >= before) return "build_up";
  if (now < low && now <= before) return "contraction";
  return "recovery"; // now < low and now > before: the only case left when low ≤ high
}

function round12(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(12));
}

/** "en" / "zh" and their common spellings; blank → English (SPEC default). */
export function parseLanguage(value: unknown, fn: string): Lang | CellError {
  if (value === null || value === undefined || value === "") return "en";
  if (isCellError(value)) return value;
  // Excel passes a language as text (or, mistyped, a number or TRUE/FALSE); anything else is no language.
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
    return cellError("#VALUE!", METRICS_MSG.badLanguage(fn, typeof value));
  }
  const text = String(value).trim().toLowerCase();
  if (["en", "en-us", "en-gb", "english", "英文", "英语"].includes(text)) return "en";
  if (["zh", "zh-cn", "zh-hans", "cn", "chinese", "中文", "汉语", "简体中文"].includes(text)) return "zh";
  return cellError("#VALUE!", METRICS_MSG.badLanguage(fn, String(value)));
}

export function cyclePhase(
  capex: Arg,
  da: Arg,
  high?: Arg,
  low?: Arg,
  language?: Arg,
): ResultValue {
  const fn = "CYCLE_PHASE";
  const params = ["capex", "depreciation_amortization"];
  const p = prepare(fn, params, [capex, da]);
  if ("error" in p) return p;
  const { rows, cols } = p.shape;
  if (rows !== 1 && cols !== 1) {
    const culprit = params.findIndex((_, i) => {
      const s = shapeOf(toGrid([capex, da][i]), fn, params[i]!);
      return !("error" in s) && s.rows !== 1 && s.cols !== 1;
    });
    return cellError("#VALUE!", METRICS_MSG.notVector(fn, params[Math.max(culprit, 0)]!, formatShape(p.shape)));
  }
  const hi = numberOption(high, fn, "high", DEFAULT_HIGH);
  if (typeof hi !== "number") return hi;
  const lo = numberOption(low, fn, "low", DEFAULT_LOW);
  if (typeof lo !== "number") return lo;
  if (lo > hi) return cellError("#VALUE!", METRICS_MSG.lowAboveHigh(fn, lo, hi));
  const langValue = singleValue(language, fn, "language");
  const lang = parseLanguage(langValue, fn);
  if (typeof lang !== "string") return lang;

  // Walk back from the latest period to the two latest where both figures are present.
  const ratios: number[] = [];
  const length = Math.max(rows, cols);
  for (let i = length - 1; i >= 0 && ratios.length < 2; i--) {
    const r = rows === 1 ? 0 : i;
    const c = rows === 1 ? i : 0;
    const x = numberAt(p, 0, r, c);
    const d = numberAt(p, 1, r, c);
    if (x !== null && typeof x !== "number") return x;
    if (d !== null && typeof d !== "number") return d;
    if (x === null || d === null) continue;
    if (d === 0) return divByZero(fn, "depreciation_amortization");
    const ratio = Math.abs(x) / Math.abs(d);
    if (!Number.isFinite(ratio)) return NUM;
    ratios.push(ratio);
  }
  if (ratios.length < 2) return cellError("#N/A", METRICS_MSG.fewerThanTwoPeriods(fn, ratios.length));
  const [now, before] = ratios as [number, number];
  const phase = classifyCyclePhase(round12(now), round12(before), round12(hi), round12(lo));
  return pick(CYCLE_PHASE_LABELS[phase], lang);
}
