/**
 * From the arguments of DATA / SERIES / SOURCE (as Excel passes them) to a series or one figure
 * of the dataset, or to the error that explains why not. Checked in argument order: company,
 * field, segment, unit, period; the first problem is reported.
 */
import { cellError } from "../errors";
import { normalizePeriodArg } from "../periods";
import { closestMatches } from "../text";
import type { CellValue } from "../values";
import { seriesKey } from "./build";
import { messages } from "./messages";
import { defaultPeriod, fieldsFor, segmentsWith } from "./query";
import { argText, resolveEntity, resolveField, resolveSegment, type Resolved } from "./resolve";
import type { Dataset, EntityRecord, FieldRecord, SegmentRecord, StatementGroup } from "./types";
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
  if (seg) return { ok: false, error: cellError("#N/A", messages.noSegmentData(entity, fld, seg, segs)) };
  if (segs.length > 0) return { ok: false, error: cellError("#N/A", messages.wholeEntityMissing(entity, fld, segs)) };
  const own = [...new Map(fieldsFor(ds, entity.id).map((r) => [r.field.id, r.field])).values()];
  const typed = typeof field === "string" ? field : fld.id;
  const closest = closestMatches(
    typed,
    own.flatMap((x) => [x.id, x.name_en, x.name_zh, ...x.aliases].map((name) => ({ name, item: x }))),
  );
  return { ok: false, error: cellError("#N/A", messages.noFieldData(entity, fld, closest)) };
}

/** The unit argument, refused when the figures are not money (percent, counts...). */
export function checkUnit(unit: CellValue, hit: SeriesHit, groups: Iterable<StatementGroup>): Resolved<UnitScale | null> {
  const u = parseUnitArg(unit);
  if (!u.ok || u.value === null) return u;
  for (const g of groups) {
    const kind = g.primary.unit.kind;
    if (kind !== "money") return { ok: false, error: cellError("#VALUE!", messages.unitNotMoney(u.value.typed, hit.field, kind)) };
  }
  return u;
}

/** One figure: the period given, or the default (latest reported) when blank. */
export function lookupFigure(ds: Dataset, company: CellValue, field: CellValue, period: CellValue, segment: CellValue): Resolved<FigureHit> {
  const hit = lookupSeries(ds, company, field, segment);
  if (!hit.ok) return hit;
  const { series } = hit.value;
  const p = argText(period, "period");
  if (!p.ok) return p;
  const available = [...series.keys()];
  let id: string | undefined;
  if (p.value === null) id = defaultPeriod(series.values());
  else {
    id = normalizePeriodArg(typeof period === "number" ? period : p.value) ?? undefined;
    if (id === undefined) return { ok: false, error: cellError("#N/A", messages.notAPeriod(p.value.trim(), available)) };
  }
  const group = id === undefined ? undefined : series.get(id);
  if (!group) return { ok: false, error: cellError("#N/A", messages.noPeriod(hit.value.entity, hit.value.field, id ?? "", available)) };
  return { ok: true, value: { ...hit.value, group } };
}
