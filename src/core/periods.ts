/**
 * Period ids of the seed data and what they mean in time.
 *
 * Ids (schema PERIOD_PATTERN): `2024` fiscal year, `2025H1`/`2025H2` half years, `2025Q1`..`Q4`
 * single quarters, `2024Q1Q3` the first three quarters cumulative, `2025M07` a month (for
 * point-in-time events). A balance-sheet figure's period is the date it closes, so every period
 * is ordered by the day it ends; when two end on the same day the longer one comes first
 * (2024 before 2024H2 before 2024Q4 before 2024M12).
 *
 * Days are counted as UTC day numbers (days since 1970-01-01), which keeps ordering and lengths
 * exact integers, free of time zones.
 */
import type { Lang } from "./errors";
import { PERIOD_LABELS } from "./period-messages";

/** Same pattern as the schema's PERIOD_PATTERN (a test keeps them equal; importing schema.ts would pull zod into the bundle). */
export const PERIOD_ID_PATTERN = /^(\d{4})(H[12]|Q[1-4]|Q1Q3|M(0[1-9]|1[0-2]))?$/;

export type PeriodKind = "year" | "half" | "quarter" | "q1q3" | "month" | "ltm";

/**
 * The last twelve months to the end of an interim period: `LTM2025H1` = 2024 + 2025H1 − 2024H1.
 * Never stored (the schema's PERIOD_PATTERN refuses it); derived on request (dataset/ltm.ts).
 */
export const LTM_ID_PATTERN = /^LTM(\d{4})(H1|Q1Q3|Q1)$/;

export interface Period {
  /** Canonical id, e.g. "2025H1". */
  readonly id: string;
  readonly year: number;
  readonly kind: PeriodKind;
  /** 1 or 2 for halves, 1–4 for quarters, 1–12 for months; 0 for years and Q1–Q3. */
  readonly index: number;
  /** First day, as a UTC day number. */
  readonly startDay: number;
  /** Last day, as a UTC day number (inclusive). */
  readonly endDay: number;
  /** Length in days, both ends included (2025H1 → 181, 2024 → 366). */
  readonly days: number;
  /** Last day as ISO text, "2025-06-30". */
  readonly endDate: string;
  /** For an LTM period: the interim period it ends with ("2025H1" for LTM2025H1). */
  readonly ltmOf?: string;
}

const cache = new Map<string, Period | null>();

function dayNumber(year: number, month0: number, day: number): number {
  return Math.round(Date.UTC(year, month0, day) / 86_400_000);
}

/** First and last month (0-based) a period covers. */
function monthSpan(kind: PeriodKind, index: number): [number, number] {
  switch (kind) {
    case "year":
      return [0, 11];
    case "half":
      return index === 1 ? [0, 5] : [6, 11];
    case "quarter":
      return [(index - 1) * 3, index * 3 - 1];
    case "q1q3":
      return [0, 8];
    case "month":
      return [index - 1, index - 1];
    case "ltm":
      return [0, 11];
  }
}

const isoDate = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * What a canonical period id means in time; null when `id` is not one (use parsePeriod for
 * text as users type it). Also reads LTM ids (`LTM2025H1`: the twelve months to 30 June 2025).
 * Results are cached (ids are few).
 */
export function periodInfo(id: string): Period | null {
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  let period: Period | null = null;
  const ltm = LTM_ID_PATTERN.exec(id);
  if (ltm) {
    const end = periodInfo(ltm[1]! + ltm[2]!)!;
    const startDay = dayNumber(end.year - 1, end.kind === "half" ? 6 : end.kind === "q1q3" ? 9 : end.index * 3, 1);
    period = { id, year: end.year, kind: "ltm", index: 0, startDay, endDay: end.endDay, days: end.endDay - startDay + 1, endDate: end.endDate, ltmOf: end.id };
  }
  const m = ltm ? null : PERIOD_ID_PATTERN.exec(id);
  if (m) {
    const year = Number(m[1]);
    const tail = m[2] ?? "";
    let kind: PeriodKind = "year";
    let index = 0;
    if (tail === "Q1Q3") kind = "q1q3";
    else if (tail.startsWith("H")) [kind, index] = ["half", Number(tail.slice(1))];
    else if (tail.startsWith("Q")) [kind, index] = ["quarter", Number(tail.slice(1))];
    else if (tail.startsWith("M")) [kind, index] = ["month", Number(tail.slice(1))];
    const [first, last] = monthSpan(kind, index);
    const startDay = dayNumber(year, first, 1);
    const endDay = dayNumber(year, last + 1, 1) - 1;
    period = { id, year, kind, index, startDay, endDay, days: endDay - startDay + 1, endDate: isoDate(endDay) };
  }
  cache.set(id, period);
  return period;
}

export function isPeriodId(id: string): boolean {
  return periodInfo(id) !== null;
}

/** The end date as ISO text (2025H1 → "2025-06-30"); null for a malformed id. */
export function periodEndDate(id: string): string | null {
  return periodInfo(id)?.endDate ?? null;
}

/** Days in the period (for RECEIVABLE_DAYS hints: 181 for H1 2025, 365 for 2025); null if malformed. */
export function periodDays(id: string): number | null {
  return periodInfo(id)?.days ?? null;
}

/**
 * Sort order of periods: by end day, oldest first; same end day → longer period first.
 * Malformed ids sort last, by text, so a sort never throws.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = periodInfo(a);
  const pb = periodInfo(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  return pa.endDay - pb.endDay || pb.days - pa.days;
}

export function sortPeriods(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(comparePeriods);
}

/**
 * The period ending last. Same end day → the longer period (a fiscal year rather than its last
 * quarter: the figure an analyst asking for "the latest" wants). Undefined for no periods.
 */
export function latestPeriod(ids: Iterable<string>): string | undefined {
  let best: Period | undefined;
  for (const id of ids) {
    const p = periodInfo(id);
    if (p && (!best || p.endDay > best.endDay || (p.endDay === best.endDay && p.days > best.days))) best = p;
  }
  return best?.id;
}

/** The same period one year earlier, for year-on-year comparison (2025H1 → 2024H1). */
export function priorComparablePeriod(id: string): string | null {
  const p = periodInfo(id);
  if (!p || p.year <= 1000) return null;
  if (p.ltmOf) return `LTM${p.year - 1}${p.ltmOf.slice(4)}`;
  return String(p.year - 1) + id.slice(4);
}

/** A label users read: 2025H1 → "H1 2025" / "2025年上半年"; malformed ids come back unchanged. */
export function periodLabel(id: string, lang: Lang): string {
  const p = periodInfo(id);
  if (!p) return id;
  if (p.ltmOf) return PERIOD_LABELS.ltm({ en: periodLabel(p.ltmOf, "en"), zh: periodLabel(p.ltmOf, "zh") })[lang];
  const y = p.year;
  switch (p.kind) {
    case "year":
      return PERIOD_LABELS.year(y)[lang];
    case "half":
      return PERIOD_LABELS.half(y, p.index)[lang];
    case "quarter":
      return PERIOD_LABELS.quarter(y, p.index)[lang];
    case "q1q3":
      return PERIOD_LABELS.q1q3(y)[lang];
    case "month":
      return PERIOD_LABELS.month(y, p.index)[lang];
    case "ltm":
      return id;
  }
}

/**
 * Frequencies of flows (period discipline, SPEC §2): a series, chart, growth or phase never
 * mixes two of them. "all" is SERIES's explicit request for a mixed series.
 */
export type Frequency = "annual" | "half" | "quarter" | "nine_months" | "month" | "ltm" | "all";

/** The frequency a period belongs to (an LTM id → "ltm"); undefined for a malformed id. */
export function frequencyOf(period: string | Period | null | undefined): Exclude<Frequency, "all"> | undefined {
  const p = typeof period === "string" ? periodInfo(period) : period;
  if (!p) return undefined;
  switch (p.kind) {
    case "year":
      return "annual";
    case "half":
      return "half";
    case "quarter":
      return "quarter";
    case "q1q3":
      return "nine_months";
    case "month":
      return "month";
    case "ltm":
      return "ltm";
  }
}

export { parsePeriod, normalizePeriodArg, nearestPeriodSpellings, PERIOD_EXAMPLES, type PeriodParse, type RelativePeriod } from "./period-text";
