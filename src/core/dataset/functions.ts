/**
 * The dataset functions behind CAPCYCLE.DATA, SERIES, SOURCE, COMPANIES and FIELDS, with the
 * exact signatures the custom-functions wrappers call (omitted optional arguments arrive as
 * null). Thin: arguments are resolved by lookup.ts, values and text come from query.ts and
 * source-text.ts. Nothing here throws: a bug shows as #VALUE! with a message, not a crash.
 *
 * The default functions read the bundled seed data (built lazily on first call);
 * createDataFunctions() binds the same functions to any dataset (tests use fixtures).
 */
import { cellError, type CellError, type Lang } from "../errors";
import type { CellValue, ResultGrid, ResultValue } from "../values";
import { getDataset } from "./default-dataset";
import { defaultFrequency, isStock, parseFrequencyArg, pointStatements, pointValue, seriesPoints } from "./frequency";
import { checkUnit, lookupPoint, lookupSeries } from "./lookup";
import { DATASET_MSG } from "./messages";
import { fieldsFor } from "./query";
import { resolveEntity } from "./resolve";
import { ltmSourceText, sourceTextOf } from "./source-text";
import type { Dataset } from "./types";

export interface DataFunctions {
  dataValue(company: CellValue, field: CellValue, period: CellValue, unit: CellValue, segment: CellValue): ResultValue;
  seriesGrid(company: CellValue, field: CellValue, unit: CellValue, segment: CellValue, frequency?: CellValue): ResultGrid | CellError;
  sourceText(company: CellValue, field: CellValue, period: CellValue, segment: CellValue, lang?: Lang): ResultValue;
  companiesGrid(): ResultGrid;
  fieldsGrid(company: CellValue): ResultGrid | CellError;
}

function internal(e: unknown): CellError {
  const detail = e instanceof Error ? e.message : String(e);
  return cellError("#VALUE!", DATASET_MSG.internal(detail));
}

/** Runs `body`, turning an unexpected exception into #VALUE! (user input never throws; this guards bugs). */
function runSafely<T>(body: () => T): T | CellError {
  try {
    return body();
  } catch (e) {
    return internal(e);
  }
}

export function createDataFunctions(dataset: () => Dataset): DataFunctions {
  return {
    dataValue: (company, field, period, unit, segment) =>
      runSafely(() => {
        const ds = dataset();
        const hit = lookupPoint(ds, company, field, period, segment);
        if (!hit.ok) return hit.error;
        const scale = checkUnit(unit, hit.value, pointStatements(hit.value.point));
        if (!scale.ok) return scale.error;
        return pointValue(hit.value.point, scale.value);
      }),

    seriesGrid: (company, field, unit, segment, frequency = null) =>
      runSafely(() => {
        const ds = dataset();
        const hit = lookupSeries(ds, company, field, segment);
        if (!hit.ok) return hit.error;
        const freq = parseFrequencyArg(frequency);
        if (!freq.ok) return freq.error;
        const stock = isStock(hit.value.field, ds.fieldById);
        const f = freq.value ?? defaultFrequency([...hit.value.series.values()], stock);
        const points = seriesPoints(hit.value.series, hit.value.field, stock, f);
        if (points.length === 0) return cellError("#N/A", DATASET_MSG.noFrequency(hit.value.entity, hit.value.field, f, [...hit.value.series.keys()]));
        const scale = checkUnit(unit, hit.value, points.flatMap(pointStatements));
        if (!scale.ok) return scale.error;
        return [points.map((p) => p.period), points.map((p) => pointValue(p, scale.value))];
      }),

    sourceText: (company, field, period, segment, lang) =>
      runSafely(() => {
        const ds = dataset();
        const hit = lookupPoint(ds, company, field, period, segment);
        if (!hit.ok) return hit.error;
        const point = hit.value.point;
        const l = lang ?? "en";
        return "group" in point ? sourceTextOf(ds, point.group, l) : ltmSourceText(ds, point.ltm, l);
      }),

    companiesGrid: () => {
      const rows = runSafely((): ResultGrid => dataset().entities.map((e) => [e.id, e.ticker ?? "", e.name_en, e.name_zh]));
      if (!Array.isArray(rows)) return [[rows]];
      return rows.length > 0
        ? rows
        : [[cellError("#N/A", DATASET_MSG.noCompanies)]];
    },

    fieldsGrid: (company) =>
      runSafely(() => {
        const ds = dataset();
        const e = resolveEntity(ds, company);
        if (!e.ok) return e.error;
        const rows = fieldsFor(ds, e.value.id).map((r): ResultValue[] => [r.field.id, r.periods.join(", "), r.segment?.id ?? ""]);
        if (rows.length > 0) return rows;
        return cellError("#N/A", DATASET_MSG.companyHasNoFigures(e.value));
      }),
  };
}

const bundled = createDataFunctions(getDataset);

/** CAPCYCLE.DATA: one figure; period blank → the latest reported; money in 亿 unless `unit` says otherwise. */
export function dataValue(company: CellValue, field: CellValue, period: CellValue, unit: CellValue, segment: CellValue): ResultValue {
  return bundled.dataValue(company, field, period, unit, segment);
}

/**
 * CAPCYCLE.SERIES: 2 rows, period ids across the top and values below, oldest first; one
 * frequency of flows at a time (frequency blank → SPEC §2's default), balances by closing date.
 */
export function seriesGrid(company: CellValue, field: CellValue, unit: CellValue, segment: CellValue, frequency: CellValue = null): ResultGrid | CellError {
  return bundled.seriesGrid(company, field, unit, segment, frequency);
}

/** CAPCYCLE.SOURCE: every statement behind a figure, cited; `lang` defaults to English. */
export function sourceText(company: CellValue, field: CellValue, period: CellValue, segment: CellValue, lang?: Lang): ResultValue {
  return bundled.sourceText(company, field, period, segment, lang);
}

/** CAPCYCLE.COMPANIES: one row per entity: id, ticker ("" if unlisted), English name, Chinese name; no header row. */
export function companiesGrid(): ResultGrid {
  return bundled.companiesGrid();
}

/** CAPCYCLE.FIELDS: one row per (field, segment) a company has: field id, periods (oldest first, ", "-separated), segment ("" for the whole company); no header row. */
export function fieldsGrid(company: CellValue): ResultGrid | CellError {
  return bundled.fieldsGrid(company);
}
