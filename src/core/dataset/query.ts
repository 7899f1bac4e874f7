/**
 * The typed query API over a built dataset, for the functions, the task pane and the
 * templates. Everything takes ids (resolve names first with resolve.ts) and reads the maps
 * built once by buildDataset(); nothing here throws.
 */
import { latestPeriod, sortPeriods } from "../periods";
import { seriesKey } from "./build";
import { shiftDecimal } from "./numbers";
import type { Dataset, EntityRecord, FieldRecord, SegmentRecord, Statement, StatementGroup } from "./types";
import { DEFAULT_SCALE, type UnitScale } from "./unit-arg";

/** The groups of one series, oldest period first (by end date; same end → longer first). */
export function seriesFor(ds: Dataset, entityId: string, fieldId: string, segmentId?: string): StatementGroup[] {
  const s = ds.series.get(seriesKey(entityId, fieldId, segmentId));
  return s ? [...s.values()] : [];
}

/** Every statement of one figure (primary first), or undefined when there is none. */
export function statementsFor(ds: Dataset, entityId: string, fieldId: string, period: string, segmentId?: string): StatementGroup | undefined {
  return ds.series.get(seriesKey(entityId, fieldId, segmentId))?.get(period);
}

/** True for a reported figure, false for a forecast, target or estimate. */
export function isActual(s: Statement): boolean {
  return s.figure.basis === undefined || s.figure.basis === "actual";
}

/**
 * The period DATA uses when none is given: the one ending last among periods whose primary
 * figure is reported (not a forecast or target); if all are forecasts, the one ending last.
 */
export function defaultPeriod(groups: Iterable<StatementGroup>): string | undefined {
  const all = [...groups];
  return latestPeriod(all.filter((g) => isActual(g.primary)).map((g) => g.period)) ?? latestPeriod(all.map((g) => g.period));
}

/**
 * A statement's value as DATA returns it: money in the requested scale of its own currency
 * (亿 by default), everything else in base units (percent as a decimal, counts as plain numbers).
 */
export function valueIn(s: Statement, scale: UnitScale | null = null): number {
  return s.unit.kind === "money" ? shiftDecimal(s.base, -(scale ?? DEFAULT_SCALE).exp) : s.base;
}

/** One row of FIELDS: a field (and segment) of an entity with the periods it has, oldest first. */
export interface FieldSeries {
  readonly field: FieldRecord;
  readonly segment?: SegmentRecord;
  readonly periods: readonly string[];
  readonly groups: readonly StatementGroup[];
}

/** The series an entity has: catalogue order of fields, whole entity before segments. */
export function fieldsFor(ds: Dataset, entityId: string): FieldSeries[] {
  return (ds.seriesByEntity.get(entityId) ?? []).map((k) => {
    const [fieldId, segmentId] = k.split("|");
    const groups = [...ds.series.get(`${entityId}|${k}`)!.values()];
    const segment = segmentId ? ds.segmentById.get(segmentId) : undefined;
    return {
      field: ds.fieldById.get(fieldId!)!,
      ...(segment ? { segment } : {}),
      periods: groups.map((g) => g.period),
      groups,
    };
  });
}

/** Segments with figures of `fieldId` for an entity (any field when omitted). */
export function segmentsWith(ds: Dataset, entityId: string, fieldId?: string): SegmentRecord[] {
  const ids = new Set<string>();
  for (const k of ds.seriesByEntity.get(entityId) ?? []) {
    const [f, s] = k.split("|");
    if (s && (fieldId === undefined || f === fieldId)) ids.add(s);
  }
  return [...ids].map((id) => ds.segmentById.get(id)!).filter((s) => s !== undefined);
}

/** How much data an entity has, for the pane's company list. */
export interface EntitySummary {
  readonly entity: EntityRecord;
  /** Statements (every line of every article), including restatements. */
  readonly statements: number;
  /** Distinct figures: (field, period, segment) groups. */
  readonly figures: number;
  readonly fields: number;
  /** Periods with any figure, oldest first. */
  readonly periods: readonly string[];
  /** Figures whose statements disagree (each has a conflicts.json entry naming its primary). */
  readonly conflicts: number;
  /** The period ending last among all its figures, forecasts included (DATA's default skips forecasts: defaultPeriod). */
  readonly latest?: string;
}

export function entitiesSummary(ds: Dataset): EntitySummary[] {
  return ds.entities.map((entity) => {
    const rows = fieldsFor(ds, entity.id);
    const periods = new Set<string>();
    let statements = 0;
    let figures = 0;
    let conflicts = 0;
    for (const r of rows)
      for (const g of r.groups) {
        periods.add(g.period);
        figures += 1;
        statements += g.statements.length;
        if (g.conflict || g.disagrees) conflicts += 1;
      }
    const sorted = sortPeriods(periods);
    const latest = latestPeriod(sorted);
    return {
      entity,
      statements,
      figures,
      fields: new Set(rows.map((r) => r.field.id)).size,
      periods: sorted,
      conflicts,
      ...(latest ? { latest } : {}),
    };
  });
}
