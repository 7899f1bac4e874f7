/**
 * The segments table: one row per segment, one column per (field, period) of segment
 * figures, then growth columns where a segment figure has its prior comparable period.
 * Rows are segments (not periods) because the segment chart compares segments.
 *
 * When the company has more than MAX_SEGMENT_VALUE_COLUMNS (field, period) pairs the table
 * keeps the most useful ones (chooseSegmentColumns) and only the segments they cover; the
 * other segment figures are listed in "Other figures", one row each, instead of a 45-column
 * table that is mostly blank.
 */
import type { Lang } from "../errors";
import { comparePeriods, priorComparablePeriod } from "../periods";
import { cellAddress, type CellRect } from "./a1";
import { formatForKind, PERCENT_FORMAT } from "./formats";
import { currencyOf, displayValue, figureKey, isActual, uniqueHeaders } from "./figures";
import { blank, formula, num, SheetGrid, text, TEXT_FORMAT } from "./grid";
import type { TemplateField, TemplateFigure, TemplateInput } from "./input";
import { label, LABELS } from "./labels";
import { growthFormula } from "./metrics";
import type { FormulaStyle, MoneyUnitId } from "./options";
import type { PlanColumn } from "./types";
import { tableNameBase } from "./table-name";

export interface SegmentsLayout {
  readonly rect: CellRect;
  readonly firstRow: number;
  readonly segmentCount: number;
  /** Header of the segment-name column. */
  readonly categoryHeader: string;
  /** The column the segment-growth chart shows (computed growth, else stated growth), if any. */
  readonly chartColumn?: { readonly col: number; readonly header: string; readonly period: string };
  readonly nextRow: number;
}

interface ValueColumn {
  readonly field: TemplateField;
  readonly period: string;
  readonly currency: string;
  readonly bySegment: Map<string, TemplateFigure>;
}

/** Value columns a segments table shows in full; beyond this it keeps the best ones. */
export const MAX_SEGMENT_VALUE_COLUMNS = 6;

/** What segments are compared by, first: revenue, its growth and share, gross margin. */
const SEGMENT_PRIORITY: readonly string[] = ["revenue", "revenue_yoy", "revenue_share", "gross_margin"];

/**
 * The columns of a wide segments table: at most MAX_SEGMENT_VALUE_COLUMNS, each reported by at
 * least two segments (a column with one figure is a single figure, listed in "Other figures").
 * First the pair of periods a growth column can be computed from (the same field a year apart,
 * for most segments), then the priority fields, then the columns most segments report, latest
 * period first. `values` arrive in display order and leave in it.
 */
function chooseSegmentColumns(values: readonly ValueColumn[], fieldOrder: ReadonlyMap<string, number>): ValueColumn[] {
  if (values.length <= MAX_SEGMENT_VALUE_COLUMNS) return [...values];
  const candidates = values.filter((v) => v.bySegment.size >= 2);
  const chosen = new Set<ValueColumn>();
  const pair = candidates
    .filter((v) => v.field.kind !== "percent" && v.field.kind !== "ratio" && v.field.kind !== "multiple")
    .map((v) => {
      const prior = priorComparablePeriod(v.period);
      const p = candidates.find((c) => c.field.id === v.field.id && c.currency === v.currency && c.period === prior);
      return { v, p, filled: p ? [...v.bySegment.keys()].filter((s) => p.bySegment.has(s)).length : 0 };
    })
    .filter((x) => x.p !== undefined && x.filled >= 2)
    .sort((a, b) => b.filled - a.filled || comparePeriods(b.v.period, a.v.period))[0];
  if (pair) {
    chosen.add(pair.v);
    chosen.add(pair.p!);
  }
  const rank = (v: ValueColumn) => {
    const i = SEGMENT_PRIORITY.indexOf(v.field.id);
    return i < 0 ? SEGMENT_PRIORITY.length : i;
  };
  const rest = candidates
    .filter((v) => !chosen.has(v))
    .sort(
      (a, b) =>
        Number(rank(a) === SEGMENT_PRIORITY.length) - Number(rank(b) === SEGMENT_PRIORITY.length) ||
        b.bySegment.size - a.bySegment.size ||
        comparePeriods(b.period, a.period) ||
        rank(a) - rank(b) ||
        (fieldOrder.get(a.field.id) ?? 1e9) - (fieldOrder.get(b.field.id) ?? 1e9),
    );
  for (const v of rest) {
    if (chosen.size >= MAX_SEGMENT_VALUE_COLUMNS) break;
    chosen.add(v);
  }
  return values.filter((v) => chosen.has(v));
}

export function buildSegments(
  grid: SheetGrid,
  input: TemplateInput,
  opts: { lang: Lang; style: FormulaStyle; unit: MoneyUnitId },
  startRow: number,
): SegmentsLayout | null {
  const { lang, style, unit } = opts;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const fieldOrder = new Map(input.fields.map((f, i) => [f.id, i]));
  const all = new Map<string, ValueColumn>();
  for (const f of input.figures) {
    if (f.segment === undefined || !isActual(f)) continue;
    const field = fieldById.get(f.field);
    if (!field) continue;
    const key = `${f.field}|${f.period}|${currencyOf(f)}`;
    let col = all.get(key);
    if (!col) all.set(key, (col = { field, period: f.period, currency: currencyOf(f), bySegment: new Map() }));
    col.bySegment.set(f.segment, f);
  }
  if (all.size === 0) return null;
  const values = chooseSegmentColumns(
    [...all.values()].sort(
      (a, b) =>
        (fieldOrder.get(a.field.id) ?? 1e9) - (fieldOrder.get(b.field.id) ?? 1e9) ||
        a.currency.localeCompare(b.currency) ||
        comparePeriods(a.period, b.period),
    ),
    fieldOrder,
  );
  if (values.length === 0) return null;
  const byKey = new Map(values.map((v) => [`${v.field.id}|${v.period}|${v.currency}`, v]));
  const segOrder = new Map(input.segments.map((s, i) => [s.id, i]));
  const segmentIds = [...new Set(values.flatMap((v) => [...v.bySegment.keys()]))].sort(
    (a, b) => (segOrder.get(a) ?? 1e9) - (segOrder.get(b) ?? 1e9) || a.localeCompare(b),
  );

  const headerRow = startRow + 1;
  const firstRow = headerRow + 1;
  const segName = (id: string) => {
    const s = input.segments.find((x) => x.id === id);
    return s ? (lang === "zh" ? s.name_zh : s.name_en) : id;
  };
  const cols: { header: string; column: Omit<PlanColumn, "header"> }[] = [
    { header: label("segment", lang), column: { role: "label", format: TEXT_FORMAT } },
  ];
  segmentIds.forEach((s, i) => grid.set(firstRow + i, 0, text(segName(s))));

  const colOfKey = new Map<string, number>();
  for (const v of values) {
    const col = cols.length;
    const name = lang === "zh" ? v.field.name_zh : v.field.name_en;
    const format = formatForKind(v.field.kind, unit);
    cols.push({
      header: `${name}${v.currency ? ` (${v.currency})` : ""} ${v.period}`,
      column: { role: "figure", field: v.field.id, period: v.period, format },
    });
    colOfKey.set(`${v.field.id}|${v.period}|${v.currency}`, col);
    segmentIds.forEach((s, i) => {
      const f = v.bySegment.get(s);
      if (f) {
        grid.set(firstRow + i, col, num(displayValue(f, v.field, unit), format));
        grid.figure(firstRow + i, col, figureKey(input.entity.id, f.field, v.period, s));
      } else grid.set(firstRow + i, col, blank(format));
    });
  }

  // Growth: current over the prior comparable period, per segment, for amounts (not rates).
  const growthCols: { col: number; period: string; filled: number }[] = [];
  for (const v of values) {
    if (v.field.kind === "percent" || v.field.kind === "ratio" || v.field.kind === "multiple") continue;
    const prior = priorComparablePeriod(v.period);
    const priorCol = prior === null ? undefined : colOfKey.get(`${v.field.id}|${prior}|${v.currency}`);
    if (priorCol === undefined) continue;
    const priorValues = byKey.get(`${v.field.id}|${prior}|${v.currency}`)!.bySegment;
    const filled = segmentIds.filter((s) => v.bySegment.has(s) && priorValues.has(s)).length;
    if (filled === 0) continue;
    const col = cols.length;
    const curCol = colOfKey.get(`${v.field.id}|${v.period}|${v.currency}`)!;
    const name = lang === "zh" ? v.field.name_zh : v.field.name_en;
    cols.push({
      header: `${name} ${LABELS.growth[lang]} ${v.period}`,
      column: { role: "metric", field: `${v.field.id}_growth`, period: v.period, format: PERCENT_FORMAT },
    });
    segmentIds.forEach((_, i) => {
      const row = firstRow + i;
      grid.set(row, col, formula(growthFormula(cellAddress(row, curCol), cellAddress(row, priorCol), style), PERCENT_FORMAT));
    });
    growthCols.push({ col, period: v.period, filled });
  }

  const headers = uniqueHeaders(cols.map((c) => c.header));
  headers.forEach((h, c) => grid.set(headerRow, c, text(h)));
  grid.set(startRow, 0, text(label("segments", lang)));
  grid.formats.push({ range: cellAddress(startRow, 0), bold: true, fontSize: 12 });

  // Chart column: the computed growth with most segments (latest on ties); else a stated
  // growth rate (<field>_yoy) with at least two segments.
  const best = <T extends { filled: number; period: string }>(xs: T[]) =>
    xs.sort((a, b) => b.filled - a.filled || comparePeriods(b.period, a.period))[0];
  let chartColumn: SegmentsLayout["chartColumn"];
  const g = best(growthCols.filter((x) => x.filled >= 2));
  if (g) chartColumn = { col: g.col, header: headers[g.col]!, period: g.period };
  else {
    const stated = values
      .filter((v) => v.field.yoyOf !== undefined || v.field.id.endsWith("_yoy"))
      .map((v) => ({ col: colOfKey.get(`${v.field.id}|${v.period}|${v.currency}`)!, period: v.period, filled: v.bySegment.size }));
    const s = best(stated.filter((x) => x.filled >= 2));
    if (s) chartColumn = { col: s.col, header: headers[s.col]!, period: s.period };
  }

  const rect: CellRect = { row: headerRow, col: 0, rowCount: segmentIds.length + 1, colCount: headers.length };
  grid.tables.push({
    role: "segments",
    name: tableNameBase(input.entity.id, "Segments"),
    rect,
    columns: cols.map((c, i) => ({ ...c.column, header: headers[i]! })),
    style: "TableStyleMedium4",
  });
  return {
    rect,
    firstRow,
    segmentCount: segmentIds.length,
    categoryHeader: headers[0]!,
    ...(chartColumn ? { chartColumn } : {}),
    nextRow: firstRow + segmentIds.length,
  };
}
