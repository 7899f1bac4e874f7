/**
 * What the pane lists, computed from the dataset's query API: companies with how much data
 * each has, the series (field, segment) of a company, its figures per period, and the value
 * a =CAPCYCLE.DATA formula would return. Pure functions of the dataset, memoised per dataset.
 */
import type { Lang, Localized } from "../../core/errors";
import { isCellError } from "../../core/errors";
import { periodLabel } from "../../core/periods";
import { createDataFunctions, type DataFunctions } from "../../core/dataset/functions";
import { byAnalysable } from "../../core/dataset/company-index";
import { defaultPeriod, entitiesSummary, fieldsFor, valueIn, type EntitySummary } from "../../core/dataset/query";
import { searchEntities } from "../../core/dataset/resolve";
import { fieldGroup, type FieldGroupId } from "../../core/field-groups";
import { compactKey } from "../../core/text";
import type { Dataset, EntityRecord, FieldRecord, SegmentRecord, StatementGroup } from "../../core/dataset/types";
import type { ResultValue } from "../../core/values";
import { splitSeries, type FigurePick } from "../state/figure-pick";
import { dataFormula } from "./formula";
import { showValue, type ShownValue } from "./format";

function memo<T>(compute: (ds: Dataset) => T): (ds: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (ds) => {
    let hit = cache.get(ds);
    if (hit === undefined) {
      hit = compute(ds);
      cache.set(ds, hit);
    }
    return hit;
  };
}

const summaries = memo((ds) => new Map(entitiesSummary(ds).map((s) => [s.entity.id, s])));
const dataFunctions = memo((ds): DataFunctions => createDataFunctions(() => ds));

const ordered = memo((ds) => [...summaries(ds).values()].sort(byAnalysable));

/**
 * Companies matching `query` (ticker, id, English, Chinese name or alias; blank → all), most
 * analysable first (byAnalysable).
 */
export function companyRows(ds: Dataset, query: string): EntitySummary[] {
  if (query.trim() === "") return ordered(ds);
  const hits = new Set(searchEntities(ds, query).map((e) => e.id));
  return ordered(ds).filter((s) => hits.has(s.entity.id));
}

/** Every entity for a company picker, in the list's order, with its figure count. */
export function companyChoices(ds: Dataset): EntitySummary[] {
  return ordered(ds);
}

export function summaryOf(ds: Dataset, entityId: string): EntitySummary | undefined {
  return summaries(ds).get(entityId);
}

export { entityNames } from "./company-list";

/** The short name for pickers, in the pane's language (the ticker is added by the dictionary). */
export function entityShortName(e: EntityRecord, lang: Lang): string {
  return lang === "zh" ? e.short_zh : e.short_en;
}

/** The company argument a formula uses: the ticker where listed, else the stable id. */
export function companyArg(e: EntityRecord): string {
  return e.ticker ?? e.id;
}

export function fieldLabel(field: FieldRecord, segment: SegmentRecord | undefined, lang: Lang): string {
  const f = lang === "zh" ? field.name_zh : field.name_en;
  if (!segment) return f;
  return `${f} · ${lang === "zh" ? segment.name_zh : segment.name_en}`;
}

export interface SeriesOption {
  /** `field|segment`. */
  readonly key: string;
  readonly label: string;
  readonly field: FieldRecord;
  readonly segment?: SegmentRecord;
  readonly periods: readonly string[];
  /** The statement it is read under (core/field-groups). */
  readonly group: FieldGroupId;
  /** What a search matches: id, both names and aliases of the field and the segment, compacted. */
  readonly searchKey: string;
}

/** The series a company has, in catalogue order, the whole company before its segments. */
export function seriesOptions(ds: Dataset, entityId: string, lang: Lang): SeriesOption[] {
  return fieldsFor(ds, entityId).map((r) => ({
    key: `${r.field.id}|${r.segment?.id ?? ""}`,
    label: fieldLabel(r.field, r.segment, lang),
    field: r.field,
    ...(r.segment ? { segment: r.segment } : {}),
    periods: r.periods,
    group: fieldGroup(r.field, ds.fieldById),
    searchKey: [r.field.id, r.field.name_en, r.field.name_zh, ...r.field.aliases, ...(r.segment ? [r.segment.id, r.segment.name_en, r.segment.name_zh, ...r.segment.aliases] : [])]
      .map(compactKey)
      .join("\u0000"),
  }));
}

/** The options whose field or segment matches `query` (any part of a name, id or alias); blank → all. */
export function filterSeries(options: readonly SeriesOption[], query: string): SeriesOption[] {
  const q = compactKey(query);
  return q === "" ? [...options] : options.filter((o) => o.searchKey.includes(q));
}

/** A group's primary value as DATA returns it by default, and how to show it. */
export function shownPrimary(g: StatementGroup, lang: Lang): ShownValue {
  const s = g.primary;
  return showValue(valueIn(s), s.unit.kind, lang, { exp: 8, currency: s.unit.currency ?? "CNY", unitId: s.unit.id });
}

export interface FigureRow {
  readonly period: string;
  readonly periodLabel: string;
  readonly group: StatementGroup;
  readonly shown: ShownValue;
  /** Statements disagree (a conflicts.json entry chose the primary). */
  readonly conflict: boolean;
  /** The primary is computed from other figures, not printed. */
  readonly derived: boolean;
  /** Hedged (约, 超过...) or not an actual figure (forecast, target, estimate). */
  readonly hedged: boolean;
}

export function figureRows(ds: Dataset, entityId: string, series: string, lang: Lang): FigureRow[] {
  const { field, segment } = splitSeries(series);
  const map = ds.series.get(`${entityId}|${field}|${segment ?? ""}`);
  if (!map) return [];
  return [...map.values()].map((g) => ({
    period: g.period,
    periodLabel: periodLabel(g.period, lang),
    group: g,
    shown: shownPrimary(g, lang),
    conflict: g.conflict !== undefined || g.disagrees,
    derived: g.primary.figure.derived !== undefined,
    hedged: g.primary.figure.qualifier !== undefined || (g.primary.figure.basis ?? "actual") !== "actual",
  }));
}

/** The group a pick names (the latest period when none is picked), if the data has it. */
export function pickedGroup(ds: Dataset, pick: FigurePick): StatementGroup | undefined {
  if (!pick.company || !pick.series) return undefined;
  const { field, segment } = splitSeries(pick.series);
  const map = ds.series.get(`${pick.company}|${field}|${segment ?? ""}`);
  if (!map) return undefined;
  const period = pick.period ?? defaultPeriod(map.values());
  return period === undefined ? undefined : map.get(period);
}

export interface DataPreview {
  readonly formula: string;
  /** What the formula returns now: a number, or the error DATA would show with its message. */
  readonly value: ResultValue;
  readonly shown?: ShownValue;
  readonly error?: Localized;
  /** The period DATA will use (the latest when none was picked). */
  readonly period?: string;
}

/**
 * The formula for a complete pick and the value it returns, computed by the same function the
 * custom function calls (so the preview cannot disagree with the cell).
 */
export function dataPreview(ds: Dataset, pick: FigurePick, unit: string, lang: Lang): DataPreview | undefined {
  if (!pick.company || !pick.series) return undefined;
  const entity = ds.entityById.get(pick.company);
  if (!entity) return undefined;
  const { field, segment } = splitSeries(pick.series);
  const formula = dataFormula({
    company: companyArg(entity),
    field,
    ...(pick.period ? { period: pick.period } : {}),
    ...(unit ? { unit } : {}),
    ...(segment ? { segment } : {}),
  });
  const value = dataFunctions(ds).dataValue(companyArg(entity), field, pick.period ?? null, unit || null, segment ?? null);
  const group = pickedGroup(ds, pick);
  const period = group?.period;
  if (isCellError(value)) return { formula, value, ...(value.message ? { error: value.message } : {}), ...(period ? { period } : {}) };
  if (typeof value !== "number" || !group) return { formula, value, ...(period ? { period } : {}) };
  const s = group.primary;
  const exp = unit === "" ? 8 : ({ 亿: 8, 百万: 6, 万: 4, 元: 0 } as Record<string, number>)[unit] ?? 8;
  const shown = showValue(value, s.unit.kind, lang, { exp, currency: s.unit.currency ?? "CNY", unitId: s.unit.id });
  return { formula, value, shown, ...(period ? { period } : {}) };
}
