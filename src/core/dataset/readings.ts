/**
 * Readings: figures that are read together — a figure and its growth, a ratio and its parts, a
 * derived figure and its base, the two periods a phase compares — come from one consistent
 * reading (SPEC §3). seeds/<group>/readings.json records the contests where the articles give
 * two readings that cannot both hold; build.ts makes the primary reading's statements primary.
 *
 * This module answers, for the template, the pane and SOURCE:
 * - readTogether(ds, a, b): may two statements stand side by side?
 * - statementUnder(ds, group, reading): the statement a reading gives for a figure;
 * - phaseByReading(ds, entityId): the capital-cycle phase under each reading, with the ratios,
 *   periods and statements behind it, marked contested when the readings disagree;
 * - phaseReadingText(...): one line per reading, "Contraction — 0.78 (title, line 21) …".
 *
 * Statements printed on the same line of the same article are read together; so are the
 * statements of one reading, and a derived figure with the figures it is derived from.
 */
import type { Lang, Localized } from "../errors";
import { CYCLE_PHASE_LABELS } from "../metrics/messages";
import { classifyCyclePhase, DEFAULT_HIGH, DEFAULT_LOW, type CyclePhase } from "../metrics/cycle-phase";
import { comparePeriods, frequencyOf, periodInfo, periodLabel } from "../periods";
import { citation, sourceName } from "./citation";
import { DATASET_MSG } from "./messages";
import type { ContestInput, Dataset, ReadingTag, Statement, StatementGroup } from "./types";

type Reading = ContestInput["readings"][number];

/** A reported figure (not a forecast, target or estimate); query.ts's isActual, kept here so this module stays light for the pane. */
const isActual = (s: Statement): boolean => s.figure.basis === undefined || s.figure.basis === "actual";

/** The readings a statement belongs to (none for most). */
export function readingsOf(ds: Pick<Dataset, "readingsByStatement">, statementId: string): readonly ReadingTag[] {
  return ds.readingsByStatement.get(statementId) ?? [];
}

/** True when two statements may be read side by side: same line, same reading, or one derived from the other. */
export function readTogether(ds: Pick<Dataset, "readingsByStatement">, a: Statement, b: Statement): boolean {
  if (a.id === b.id) return true;
  if (a.figure.file === b.figure.file && a.figure.line === b.figure.line) return true;
  if (a.figure.derived?.from.includes(b.id) || b.figure.derived?.from.includes(a.id)) return true;
  const ta = readingsOf(ds, a.id);
  return readingsOf(ds, b.id).some((tb) => ta.some((x) => x.contest === tb.contest && x.reading === tb.reading));
}

/** True when two statements belong to different readings of one contest (they cannot stand together). */
export function readApart(ds: Pick<Dataset, "readingsByStatement">, a: Statement, b: Statement): boolean {
  const ta = readingsOf(ds, a.id);
  return readingsOf(ds, b.id).some((tb) => ta.some((x) => x.contest === tb.contest && x.reading !== tb.reading));
}

/**
 * The statement a reading gives for one figure: its own statement there if it has one; else the
 * primary, unless the primary belongs to another reading of the same contest (then none).
 */
export function statementUnder(ds: Pick<Dataset, "readingsByStatement">, group: StatementGroup, contest: ContestInput, reading: Reading): Statement | undefined {
  const own = group.statements.find((s) => readingsOf(ds, s.id).some((t) => t.contest === contest && t.reading === reading));
  if (own) return own;
  const other = readingsOf(ds, group.primary.id).some((t) => t.contest === contest && t.reading !== reading);
  return other ? undefined : group.primary;
}

/** The contests that touch an entity's figures of the given fields. */
export function contestsFor(ds: Dataset, entityId: string, fieldIds?: readonly string[]): ContestInput[] {
  return ds.contests.filter(
    (c) =>
      c.entity === entityId &&
      (fieldIds === undefined ||
        c.readings.some((r) => r.statements.some((id) => fieldIds.includes(ds.statementById.get(id)?.figure.field ?? "")))),
  );
}

/** One period of a phase: the ratio and the statements it stands on. */
export interface PhasePoint {
  readonly period: string;
  readonly ratio: number;
  /** The capex / D&A ratio as printed when the reading states it, else capex and D&A. */
  readonly statements: readonly Statement[];
  /** True when the ratio is computed from capex and D&A rather than printed. */
  readonly computed: boolean;
}

/** The phase under one reading. */
export interface PhaseReading {
  /** Undefined when nothing is contested (one reading: the primaries). */
  readonly reading?: { readonly id: string; readonly label: Localized; readonly primary: boolean };
  readonly contest?: { readonly id: string; readonly topic: Localized; readonly reason: Localized };
  readonly phase: CyclePhase;
  readonly label: Localized;
  readonly before: PhasePoint;
  readonly now: PhasePoint;
  /** True when the readings give different phases or ratios (the template marks it). */
  readonly contested: boolean;
}

const PHASE_FIELDS = ["capex", "da", "capex_da_ratio"] as const;

type Pick3 = (group: StatementGroup | undefined) => Statement | undefined;

/** The ratio of one period under a statement picker: printed ratio first, else capex ÷ D&A. */
function pointAt(ds: Dataset, entityId: string, period: string, pick: Pick3): PhasePoint | undefined {
  const g = (field: string): StatementGroup | undefined => ds.series.get(`${entityId}|${field}|`)?.get(period);
  const ratio = pick(g("capex_da_ratio"));
  if (ratio && isActual(ratio)) return { period, ratio: ratio.base, statements: [ratio], computed: false };
  const capex = pick(g("capex"));
  const da = pick(g("da"));
  if (!capex || !da || !isActual(capex) || !isActual(da) || da.base === 0) return undefined;
  return { period, ratio: Math.abs(capex.base) / Math.abs(da.base), statements: [capex, da], computed: true };
}

/**
 * The two latest periods of one frequency with a ratio: the frequency of the latest such
 * period, else (it has no earlier period to compare with) the frequency of the latest pair.
 */
function lastTwo(ds: Dataset, entityId: string, pick: Pick3): [PhasePoint, PhasePoint] | undefined {
  const periods = new Set<string>();
  for (const f of PHASE_FIELDS) for (const p of ds.series.get(`${entityId}|${f}|`)?.keys() ?? []) periods.add(p);
  const points = [...periods]
    .sort(comparePeriods)
    .map((p) => pointAt(ds, entityId, p, pick))
    .filter((p): p is PhasePoint => p !== undefined);
  return latestPair(points, (p) => p.period);
}

/**
 * Of items in time order, the last two of one frequency: the latest item's frequency when it
 * has two, else the frequency whose second item ends latest. Undefined when no frequency has two.
 */
export function latestPair<T>(items: readonly T[], periodOf: (t: T) => string): [T, T] | undefined {
  let best: [T, T] | undefined;
  let bestEnd = -Infinity;
  const byFreq = new Map<string, T[]>();
  for (const t of items) {
    const f = frequencyOf(periodOf(t)) ?? "";
    byFreq.set(f, [...(byFreq.get(f) ?? []), t]);
  }
  const latest = items[items.length - 1];
  const own = latest === undefined ? undefined : byFreq.get(frequencyOf(periodOf(latest)) ?? "");
  if (own && own.length >= 2) return [own[own.length - 2]!, own[own.length - 1]!];
  for (const list of byFreq.values()) {
    if (list.length < 2) continue;
    const end = periodInfo(periodOf(list[list.length - 1]!))?.endDay ?? -Infinity;
    if (end > bestEnd) [best, bestEnd] = [[list[list.length - 2]!, list[list.length - 1]!], end];
  }
  return best;
}

function phaseOf(before: PhasePoint, now: PhasePoint): CyclePhase {
  return classifyCyclePhase(now.ratio, before.ratio, DEFAULT_HIGH, DEFAULT_LOW);
}

/**
 * The capital-cycle phase of an entity under each reading of the contests that touch its capex,
 * D&A or capex / D&A ratio: the primary reading first. With no contest, one entry from the
 * primaries. Each compares the two latest periods of one frequency (2024H1 → 2025H1, never
 * FY2024 → 2025H1). Empty when fewer than two such periods exist.
 */
export function phaseByReading(ds: Dataset, entityId: string): PhaseReading[] {
  const contests = contestsFor(ds, entityId, PHASE_FIELDS);
  if (contests.length === 0) {
    const pair = lastTwo(ds, entityId, (g) => g?.primary);
    if (!pair) return [];
    const phase = phaseOf(...pair);
    return [{ phase, label: CYCLE_PHASE_LABELS[phase], before: pair[0], now: pair[1], contested: false }];
  }
  const out: Omit<PhaseReading, "contested">[] = [];
  for (const contest of contests) {
    const readings = [...contest.readings].sort((a, b) => Number(b.id === contest.primary) - Number(a.id === contest.primary));
    for (const reading of readings) {
      const pair = lastTwo(ds, entityId, (g) => (g ? statementUnder(ds, g, contest, reading) : undefined));
      if (!pair) continue;
      const phase = phaseOf(...pair);
      out.push({
        reading: { id: reading.id, label: { en: reading.label_en, zh: reading.label_zh }, primary: reading.id === contest.primary },
        contest: { id: contest.id, topic: { en: contest.topic_en, zh: contest.topic_zh }, reason: { en: contest.reason_en, zh: contest.reason_zh } },
        phase,
        label: CYCLE_PHASE_LABELS[phase],
        before: pair[0],
        now: pair[1],
      });
    }
  }
  const contested = new Set(out.map((r) => `${r.phase}|${r.before.ratio.toFixed(2)}|${r.now.ratio.toFixed(2)}`)).size > 1;
  return out.map((r) => ({ ...r, contested }));
}

const fmt = (x: number): string => x.toFixed(2);

/** "0.78 (line 21)"; "1.02 (lines 195, 17, derived)" when computed from capex and D&A or derived. */
function pointText(p: PhasePoint, lang: Lang): string {
  const lines = [...new Set(p.statements.map((s) => s.figure.line))];
  const derived = p.statements.some((s) => s.figure.derived);
  return DATASET_MSG.phasePoint(fmt(p.ratio), lines, derived)[lang];
}

/** The growth rates a reading states beside its ratios ("D&A YoY +22.55%"), read together with them. */
function growthsOf(ds: Dataset, r: PhaseReading, lang: Lang): string[] {
  const contest = r.contest ? ds.contests.find((c) => c.id === r.contest!.id) : undefined;
  const reading = contest?.readings.find((x) => x.id === r.reading?.id);
  if (!reading) return [];
  return reading.statements
    .map((id) => ds.statementById.get(id))
    .filter((s): s is Statement => s !== undefined && s.figure.field.endsWith("_yoy") && s.figure.period === r.now.period)
    .map((s) => {
      const f = ds.fieldById.get(s.figure.field);
      const v = `${s.figure.value > 0 ? "+" : ""}${s.figure.value}%`;
      return DATASET_MSG.phaseGrowth({ en: f?.name_en ?? s.figure.field, zh: f?.name_zh ?? s.figure.field }, v, s.figure.line)[lang];
    });
}

/**
 * One line for one reading, e.g. `Contraction — H1 2024 1.02 (line 21, derived) → H1 2025 0.78
 * (line 21), with D&A, YoY growth +22.55% (line 17) [Statement walk-through, primary reading;
 * 爱尔眼科(自用) (夜夜皆然, undated)]`. Joined by "; " when the phase is contested.
 */
export function phaseReadingText(ds: Dataset, r: PhaseReading, lang: Lang): string {
  const files = [...new Set([...r.before.statements, ...r.now.statements].map((s) => s.figure.file))].map((f) => sourceName(ds, f, lang));
  const point = (p: PhasePoint) => `${periodLabel(p.period, lang)} ${pointText(p, lang)}`;
  return DATASET_MSG.phaseReading(r.label, point(r.before), point(r.now), growthsOf(ds, r, lang), r.reading, files)[lang];
}

/** Every reading's line, joined; prefixed "Contested: " / "有争议：" when the readings disagree. */
export function phaseSummaryText(ds: Dataset, entityId: string, lang: Lang): string | undefined {
  const rs = phaseByReading(ds, entityId);
  if (rs.length === 0) return undefined;
  const body = rs.map((r) => phaseReadingText(ds, r, lang));
  return (rs[0]!.contested ? DATASET_MSG.phaseContested(body) : DATASET_MSG.phaseReadings(body))[lang];
}

/** Citations of every statement a phase reading stands on (for the sources table). */
export function phaseCitations(ds: Dataset, r: PhaseReading, lang: Lang): string[] {
  return [...r.before.statements, ...r.now.statements].map((s) => citation(ds, s, lang));
}
