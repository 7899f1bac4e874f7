/**
 * Period discipline (SPEC §2): flows (income and cash-flow figures, and ratios of them) are
 * read one frequency at a time — annual, half-year, quarter, nine months (Q1–Q3 cumulative),
 * month or LTM — never a half year next to a full year in one series, chart, growth or phase.
 * Balance-sheet figures (fields marked `stock`) are balances at a date: one series of closing
 * dates, whatever the length of the period that closes there.
 *
 * SERIES's default: annual where the series has two or more annual figures, else the frequency
 * of its latest reported figure (a stock: every closing date).
 */
import { cellError } from "../errors";
import { frequencyOf, periodInfo, type Frequency, type Period } from "../periods";
import { compactKey } from "../text";
import type { CellValue } from "../values";
import { ltmFigure, type LtmFigure } from "./ltm";
import { shiftDecimal } from "./numbers";
import { defaultPeriod, isActual, valueIn } from "./query";
import { argText, type Resolved } from "./resolve";
import type { FieldRecord, Statement, StatementGroup } from "./types";
import { DATASET_MSG } from "./messages";
import { DEFAULT_SCALE, type UnitScale } from "./unit-arg";

export { frequencyOf, type Frequency } from "../periods";

/** Spellings of the `frequency` argument (compared as compactKey). */
const FREQUENCY_FORMS: Readonly<Record<Frequency, readonly string[]>> = {
  annual: ["annual", "annually", "year", "yearly", "fy", "a", "y", "年", "年度", "年报", "全年"],
  half: ["half", "half-year", "half year", "halfyear", "half-yearly", "semiannual", "semi-annual", "h", "hy", "半年", "半年度", "半年报", "中报"],
  quarter: ["quarter", "quarterly", "q", "季", "季度", "单季", "单季度"],
  nine_months: ["nine months", "9m", "q1-q3", "q1q3", "前三季度", "三季报"],
  month: ["month", "monthly", "m", "月", "月度"],
  ltm: ["ltm", "ttm", "last twelve months", "trailing twelve months", "近十二个月", "滚动十二个月", "滚动"],
  all: ["all", "any", "mixed", "全部", "所有", "混合"],
};

const FREQUENCY_BY_KEY = new Map<string, Frequency>(
  (Object.entries(FREQUENCY_FORMS) as [Frequency, readonly string[]][]).flatMap(([f, forms]) => forms.map((s) => [compactKey(s), f] as [string, Frequency])),
);

/** True for balances at a date: stock fields and the growth of one. */
export function isStock(field: FieldRecord, fieldById?: ReadonlyMap<string, FieldRecord>): boolean {
  if (field.stock) return true;
  return field.yoyOf !== undefined && (fieldById?.get(field.yoyOf)?.stock ?? false);
}

/** Reads the frequency argument; blank → null (the default applies). */
export function parseFrequencyArg(arg: CellValue): Resolved<Frequency | null> {
  const t = argText(arg, "frequency");
  if (!t.ok) return t;
  if (t.value === null) return { ok: true, value: null };
  const f = FREQUENCY_BY_KEY.get(compactKey(t.value));
  if (f) return { ok: true, value: f };
  const typed = t.value.trim();
  return {
    ok: false,
    error: cellError("#VALUE!", DATASET_MSG.unknownFrequency(typed)),
  };
}

/** SERIES's default frequency for a series of flows (SPEC §2); stocks take every closing date. */
export function defaultFrequency(groups: readonly StatementGroup[], stock: boolean): Frequency {
  if (stock) return "all";
  const annual = groups.filter((g) => frequencyOf(g.period) === "annual").length;
  if (annual >= 2) return "annual";
  return frequencyOf(defaultPeriod(groups) ?? "") ?? "all";
}

/** One point of a series: a stored figure (with the statement used), or an LTM derived on the spot. */
export type SeriesPoint =
  | { readonly period: string; readonly group: StatementGroup; readonly statement: Statement }
  | { readonly period: string; readonly ltm: LtmFigure };

const stored = (g: StatementGroup): SeriesPoint => ({ period: g.period, group: g, statement: g.primary });

/** The month (1–12) a period closes in. */
function closingMonth(p: Period): number {
  return new Date(p.endDay * 86_400_000).getUTCMonth() + 1;
}

/**
 * The points of one series at one frequency, oldest first.
 * - flows: only periods of that frequency; LTM = every fiscal year plus every LTM the
 *   statements allow after it (2024 + 2025H1 − 2024H1);
 * - stocks: one point per closing date (the longest period closing there); "annual" keeps
 *   year ends, "half" June and December, "quarter" quarter ends; the rest every date.
 */
export function seriesPoints(
  series: ReadonlyMap<string, StatementGroup>,
  field: FieldRecord,
  stock: boolean,
  frequency: Frequency,
): SeriesPoint[] {
  const groups = [...series.values()];
  if (stock) {
    const keep = (m: number): boolean =>
      frequency === "annual" ? m === 12 : frequency === "half" ? m === 6 || m === 12 : frequency === "quarter" ? m % 3 === 0 : true;
    const byDate = new Map<number, StatementGroup>();
    for (const g of groups) {
      const p = periodInfo(g.period);
      if (!p || !keep(closingMonth(p))) continue;
      const seen = byDate.get(p.endDay);
      if (!seen || periodInfo(seen.period)!.days < p.days) byDate.set(p.endDay, g);
    }
    return [...byDate.values()].map(stored);
  }
  if (frequency === "all") return groups.map(stored);
  if (frequency !== "ltm") return groups.filter((g) => frequencyOf(g.period) === frequency).map(stored);
  const points: SeriesPoint[] = groups.filter((g) => frequencyOf(g.period) === "annual").map(stored);
  for (const g of groups) {
    const p = periodInfo(g.period);
    if (!p || !isActual(g.primary)) continue;
    const interim = (p.kind === "half" && p.index === 1) || (p.kind === "quarter" && p.index === 1) || p.kind === "q1q3";
    if (!interim) continue;
    const r = ltmFigure(series, field, `LTM${g.period}`);
    if (r.ok) points.push({ period: r.figure.id, ltm: r.figure });
  }
  return points.sort((a, b) => {
    const pa = periodInfo(a.period)!;
    const pb = periodInfo(b.period)!;
    return pa.endDay - pb.endDay;
  });
}

/** A point's value as DATA returns it (money in the scale asked, 亿 by default). */
export function pointValue(point: SeriesPoint, scale: UnitScale | null = null): number {
  if ("statement" in point) return valueIn(point.statement, scale);
  return shiftDecimal(point.ltm.base, -(scale ?? DEFAULT_SCALE).exp);
}

/** The statements a point stands on (the LTM's three parts), for unit checks and citations. */
export function pointStatements(point: SeriesPoint): Statement[] {
  if ("statement" in point) return [point.statement];
  return [point.ltm.annual.primary, point.ltm.interim.primary, point.ltm.priorInterim.primary];
}
