/**
 * The period columns of a model-layout table: periods across, oldest at the left, one column
 * group per frequency — annual, then half-year, quarter, nine months (Q1–Q3), month, LTM — so a
 * row never reads 2024H1, 2024, 2025H1 in one line. Groups sit side by side in one table; a
 * chart and its binding read one group (frequencyOfHeader finds a group's columns again after
 * the person adds a period).
 */
import type { Lang } from "../errors";
import { frequencyOf as datasetFrequencyOf, type Frequency as DatasetFrequency } from "../dataset/frequency";
import { comparePeriods, normalizePeriodArg } from "../periods";
import { FREQUENCY_HEADINGS } from "./messages";

/** The dataset's frequencies (period discipline, core/dataset/frequency.ts), less "all". */
export type Frequency = Exclude<DatasetFrequency, "all">;

export const FREQUENCY_ORDER: readonly Frequency[] = ["annual", "half", "quarter", "nine_months", "month", "ltm"];

export function frequencyLabel(f: Frequency, lang: Lang): string {
  return FREQUENCY_HEADINGS[f][lang];
}

/** The frequency of a period id; null for anything else. */
export function frequencyOf(period: string): Frequency | null {
  return datasetFrequencyOf(period) ?? null;
}

/**
 * The frequency of a header cell as a person may have typed it when adding a period ("2026",
 * "FY2026", "2025H2", "1H26", "2025中报", "2025年上半年"); null when it is not a period.
 */
export function frequencyOfHeader(header: unknown): Frequency | null {
  if (typeof header !== "string" && typeof header !== "number") return null;
  const id = normalizePeriodArg(header);
  return id === null ? null : frequencyOf(id);
}

export interface PeriodGroup {
  readonly frequency: Frequency;
  /** Oldest first. */
  readonly periods: readonly string[];
  /** Sheet column of the group's first period. */
  readonly firstCol: number;
}

export interface PeriodAxis {
  readonly groups: readonly PeriodGroup[];
  /** Period id → sheet column. */
  readonly colOf: ReadonlyMap<string, number>;
  /** Every period, in column order. */
  readonly periods: readonly string[];
}

/** Columns for `periods` from `firstCol` on: groups in FREQUENCY_ORDER, each oldest first. Unparsable ids are dropped. */
export function periodAxis(periods: Iterable<string>, firstCol: number): PeriodAxis {
  const byFreq = new Map<Frequency, Set<string>>();
  for (const p of periods) {
    const f = frequencyOf(p);
    if (!f) continue;
    let s = byFreq.get(f);
    if (!s) byFreq.set(f, (s = new Set()));
    s.add(p);
  }
  const groups: PeriodGroup[] = [];
  const colOf = new Map<string, number>();
  const all: string[] = [];
  let col = firstCol;
  for (const f of FREQUENCY_ORDER) {
    const s = byFreq.get(f);
    if (!s) continue;
    const ps = [...s].sort(comparePeriods);
    groups.push({ frequency: f, periods: ps, firstCol: col });
    for (const p of ps) {
      colOf.set(p, col++);
      all.push(p);
    }
  }
  return { groups, colOf, periods: all };
}
