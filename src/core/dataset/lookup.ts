/**
 * From the arguments of DATA / SERIES / SOURCE (as Excel passes them) to a series or one figure
 * of the dataset, or to the error that explains why not. Checked in argument order: company,
 * field, segment, period (unit and frequency by the caller); the first problem is reported.
 */
import { cellError, type Localized } from "../errors";
import { comparePeriods, latestPeriod, LTM_ID_PATTERN, parsePeriod, periodInfo } from "../periods";
import { closestMatches } from "../text";
import type { CellValue } from "../values";
import { seriesKey } from "./build";
import { DATASET_MSG } from "./messages";
import { isStock, type SeriesPoint } from "./frequency";
import { ltmFigure } from "./ltm";
import { defaultPeriod, fieldsFor, isActual, segmentsWith } from "./query";
import { argText, resolveEntity, resolveField, resolveSegment, type Resolved } from "./resolve";
import type { Dataset, EntityRecord, FieldRecord, SegmentRecord, Statement, StatementGroup } from "./types";
import { parseUnitArg, type UnitScale } from "./unit-arg";

export interface SeriesHit {
  readonly entity: EntityRecord;
  readonly field: FieldRecord;
  readonly segment?: SegmentRecord;
  /** period → group, oldest first. */
  readonly series: ReadonlyMap<string, StatementGroup>;
}

export interface FigureHit extends SeriesHit {
  readonly group: StatementGroup;
}

export function lookupSeries(ds: Dataset, company: CellValue, field: CellValue, segment: CellValue): Resolved<SeriesHit> {
  const e = resolveEntity(ds, company);
  if (!e.ok) return e;
  const f = resolveField(ds, field);
  if (!f.ok) return f;
  const entity = e.value;
  const fld = f.value;
  // Segment names may be shared by several ids: prefer the company's own (computed only when given).
  const prefer = segment === null || segment === "" ? undefined : new Set(segmentsWith(ds, entity.id).map((x) => x.id));
  const s = resolveSegment(ds, segment, prefer);
  if (!s.ok) return s;
  const seg = s.value;
  const series = ds.series.get(seriesKey(entity.id, fld.id, seg?.id));
  if (series) return { ok: true, value: { entity, field: fld, ...(seg ? { segment: seg } : {}), series } };
  const segs = segmentsWith(ds, entity.id, fld.id);
  if (seg) return { ok: false, error: cellError("#N/A", DATASET_MSG.noSegmentData(entity, fld, seg, segs)) };
  if (segs.length > 0) return { ok: false, error: cellError("#N/A", DATASET_MSG.wholeEntityMissing(entity, fld, segs)) };
  const own = [...new Map(fieldsFor(ds, entity.id).map((r) => [r.field.id, r.field])).values()];
  const typed = typeof field === "string" ? field : fld.id;
  const closest = closestMatches(
    typed,
    own.flatMap((x) => [x.id, x.name_en, x.name_zh, ...x.aliases].map((name) => ({ name, item: x }))),
  );
  return { ok: false, error: cellError("#N/A", DATASET_MSG.noFieldData(entity, fld, closest)) };
}

/** The unit argument, refused when the figures are not money (percent, counts...) or are in another currency. */
export function checkUnit(unit: CellValue, hit: SeriesHit, statements: Iterable<Pick<Statement, "unit">>): Resolved<UnitScale | null> {
  const u = parseUnitArg(unit);
  if (!u.ok || u.value === null) return u;
  for (const s of statements) {
    const kind = s.unit.kind;
    if (kind !== "money") return { ok: false, error: cellError("#VALUE!", DATASET_MSG.unitNotMoney(u.value.typed, hit.field, kind)) };
    const has = s.unit.currency ?? "CNY";
    if (u.value.currency && u.value.currency !== has)
      return { ok: false, error: cellError("#VALUE!", DATASET_MSG.wrongCurrency(u.value.typed, hit.field, u.value.currency, has)) };
  }
  return u;
}

/** A figure DATA and SOURCE can answer with: a stored one (and the statement used) or an LTM derived on the spot. */
export interface PointHit extends SeriesHit {
  readonly point: SeriesPoint;
}

/**
 * The latest fiscal year an entity has reported: the latest year with a reported money flow of
 * the field catalogue (revenue, profit, cash flows, capex...). FY0 of the spellings FY0 / FY-1 /
 * FY+1. Counting from the company rather than the field keeps a column of FY-1 formulas on one
 * year; counting from statement flows keeps a mid-year market share dated "2025" from making
 * 2025 look reported.
 */
export function latestFiscalYear(ds: Dataset, entityId: string): number | undefined {
  let best: number | undefined;
  for (const k of ds.seriesByEntity.get(entityId) ?? []) {
    const field = ds.fieldById.get(k.split("|")[0]!);
    if (!field || field.definedIn !== "" || field.kind !== "money" || field.stock) continue;
    for (const g of ds.series.get(`${entityId}|${k}`)?.values() ?? []) {
      const p = periodInfo(g.period);
      if (p?.kind === "year" && isActual(g.primary) && (best === undefined || p.year > best)) best = p.year;
    }
  }
  return best;
}

/**
 * The latest twelve months the statements allow: the most recent interim (after the latest
 * fiscal year) whose LTM can be formed, else the latest fiscal year itself; a balance → its
 * latest closing date. Gives the reason when none can be formed.
 */
function latestLtm(hit: SeriesHit, stock: boolean): { ok: true; point: SeriesPoint } | { ok: false; why: Localized } {
  const groups = [...hit.series.values()];
  if (stock) {
    const id = defaultPeriod(groups);
    const g = id === undefined ? undefined : hit.series.get(id);
    return g ? { ok: true, point: { period: g.period, group: g, statement: g.primary } } : { ok: false, why: DATASET_MSG.noFigures };
  }
  const annual = latestPeriod(groups.filter((g) => isActual(g.primary) && periodInfo(g.period)?.kind === "year").map((g) => g.period));
  const annualEnd = annual === undefined ? -Infinity : periodInfo(annual)!.endDay;
  const interims = groups
    .filter((g) => isActual(g.primary) && periodInfo(g.period)!.endDay > annualEnd && LTM_ID_PATTERN.test(`LTM${g.period}`))
    .sort((a, b) => comparePeriods(b.period, a.period));
  let why: Localized | undefined;
  for (const g of interims) {
    const r = ltmFigure(hit.series, hit.field, `LTM${g.period}`);
    if (r.ok) return { ok: true, point: { period: r.figure.id, ltm: r.figure } };
    why ??= r.message;
  }
  if (annual !== undefined && (hit.field.kind === "money" || interims.length === 0)) {
    const g = hit.series.get(annual)!;
    return { ok: true, point: { period: annual, group: g, statement: g.primary } };
  }
  return { ok: false, why: why ?? DATASET_MSG.noLtmBase };
}

/** The statement a forecast spelling (2027E) asks for: the primary if it is not reported, else the first non-actual one. */
function forecastStatement(g: StatementGroup): Statement | undefined {
  return isActual(g.primary) ? g.statements.find((s) => !isActual(s)) : g.primary;
}

/**
 * One figure of DATA / SOURCE: the period as typed (every spelling of SPEC §2, read by
 * parsePeriod), blank or "latest" → the latest reported; FY-1 counts from the latest fiscal
 * year; LTM derives the last twelve months; 2027E takes a forecast statement; a closing date
 * takes the longest period ending that day.
 */
export function lookupPoint(ds: Dataset, company: CellValue, field: CellValue, period: CellValue, segment: CellValue): Resolved<PointHit> {
  const hit = lookupSeries(ds, company, field, segment);
  if (!hit.ok) return hit;
  const { series, entity, field: fld } = hit.value;
  const p = argText(period, "period");
  if (!p.ok) return p;
  const available = [...series.keys()];
  const stored = (g: StatementGroup, statement: Statement = g.primary): Resolved<PointHit> => ({
    ok: true,
    value: { ...hit.value, point: { period: g.period, group: g, statement } },
  });
  const noPeriod = (id: string, why?: Localized): Resolved<PointHit> => ({
    ok: false,
    error: cellError("#N/A", DATASET_MSG.noPeriod(entity, fld, id, available, why)),
  });
  const latest = (): Resolved<PointHit> => {
    const id = defaultPeriod(series.values());
    return id === undefined ? noPeriod("") : stored(series.get(id)!);
  };
  if (p.value === null) return latest();
  const parsed = parsePeriod(typeof period === "number" ? period : p.value);
  if (!parsed.ok) return { ok: false, error: cellError("#N/A", DATASET_MSG.notAPeriod(parsed.message, available)) };
  const stock = isStock(fld, ds.fieldById);
  if (parsed.type === "relative") {
    const rel = parsed.relative;
    if (rel.type === "latest") return latest();
    if (rel.type === "ltm") {
      const r = latestLtm(hit.value, stock);
      return r.ok ? { ok: true, value: { ...hit.value, point: r.point } } : { ok: false, error: cellError("#N/A", DATASET_MSG.ltmUnavailable(entity, r.why, available)) };
    }
    const fy0 = latestFiscalYear(ds, entity.id);
    const typed = p.value.trim();
    if (fy0 === undefined) return { ok: false, error: cellError("#N/A", DATASET_MSG.noFiscalYear(entity, typed, undefined)) };
    const id = String(fy0 + rel.offset);
    const g = series.get(id);
    return g ? stored(g) : noPeriod(id, DATASET_MSG.noFiscalYear(entity, typed, String(fy0)));
  }
  const { id, forecast, fromDate } = parsed;
  const info = parsed.period;
  if (info.ltmOf) {
    if (stock) {
      const g = series.get(info.ltmOf);
      return g ? stored(g) : noPeriod(info.ltmOf);
    }
    const r = ltmFigure(series, fld, id);
    return r.ok ? { ok: true, value: { ...hit.value, point: { period: id, ltm: r.figure } } } : { ok: false, error: cellError("#N/A", DATASET_MSG.ltmUnavailable(entity, r.message, available)) };
  }
  let group = series.get(id);
  if (!group && fromDate) {
    // A closing date: any period ending that day will do, the longest first (a year before its Q4).
    const sameDay = [...series.values()].filter((g) => periodInfo(g.period)?.endDay === info.endDay);
    group = sameDay.sort((a, b) => periodInfo(b.period)!.days - periodInfo(a.period)!.days)[0];
  }
  if (!group) return noPeriod(id);
  if (forecast) {
    const s = forecastStatement(group);
    return s ? stored(group, s) : { ok: false, error: cellError("#N/A", DATASET_MSG.noForecast(entity, fld, id, available)) };
  }
  return stored(group);
}

/** One stored figure (the group behind it), for callers that show statements: an LTM answers #N/A pointing at SOURCE. */
export function lookupFigure(ds: Dataset, company: CellValue, field: CellValue, period: CellValue, segment: CellValue): Resolved<FigureHit> {
  const hit = lookupPoint(ds, company, field, period, segment);
  if (!hit.ok) return hit;
  const { point, ...rest } = hit.value;
  if ("group" in point) return { ok: true, value: { ...rest, group: point.group } };
  return {
    ok: false,
    error: cellError("#N/A", DATASET_MSG.ltmIsDerived(point.period, point.ltm.recipe)),
  };
}
