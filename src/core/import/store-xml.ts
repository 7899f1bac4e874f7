/**
 * The imported data as a custom XML part of the workbook (like the chart bindings): one root
 * element in our namespace holding the ImportedData as JSON text. The part travels with the
 * file — saved, reopened, exported to xlsx (customXml/itemN.xml) — so the workbook carries its
 * imported figures offline. Reading validates every record: a damaged record is dropped and
 * counted, never thrown.
 */
import { ENTITY_ID } from "./entity-ids";
import { citeOf } from "./place";
import { escapeXml, unescapeXml } from "../xml-text";
import { conflictText } from "./to-seed";
import type { ImportedData, StoredConflict, StoredEntity, StoredFigure, StoredSegment } from "./types";

/** A name for the part, never fetched (like the bindings' namespace; the page-security test knows both). */
export const IMPORT_NAMESPACE = "https://capcycle.app/imported/v1";

/**
 * The stored form: entities and segments as objects; figures as rows of a table (no repeated
 * keys) and their files once, so a 10,000-figure import takes well under a megabyte.
 *   files:   [name, origin, sheet | null]
 *   figures: [entity, field, period, segment | null, value, unit, printed, file index, row,
 *             column, basis | null, derived | null, conflict | null]
 *   conflicts: [figure index, StoredConflict][]
 * The citation ("data.csv row 14, column C") is rebuilt from file, row and column on reading.
 * A conflict is stored twice, on purpose: its facts in `conflicts` (added later, still version 1:
 * a reader that predates it ignores the key) and its English sentence in the row's last column,
 * which is all such a reader knows — a 14-column row or an object there would make it drop the
 * figure. A part written before `conflicts` has only the sentence, read as a string and shown as
 * stored.
 */
type ConflictRow = [figure: number, conflict: StoredConflict];
type FileRow = [name: string, origin: StoredFigure["origin"], sheet: string | null];
type FigureRow = [
  entity: string,
  field: string,
  period: string,
  segment: string | null,
  value: number,
  unit: string,
  printed: string,
  file: number,
  line: number,
  column: string,
  basis: string | null,
  derived: StoredFigure["derived"] | null,
  conflict: string | null,
];

export function serializeImported(data: ImportedData): string {
  const files: FileRow[] = [];
  const conflicts: ConflictRow[] = [];
  const fileIndex = new Map<string, number>();
  const rows: FigureRow[] = data.figures.map((f, n) => {
    const key = `${f.origin}|${f.file}|${f.sheet ?? ""}`;
    let i = fileIndex.get(key);
    if (i === undefined) {
      i = files.length;
      fileIndex.set(key, i);
      files.push([f.file, f.origin, f.sheet ?? null]);
    }
    if (typeof f.conflict === "object") conflicts.push([n, f.conflict]);
    return [f.entity, f.field, f.period, f.segment ?? null, f.value, f.unit, f.printed, i, f.line, f.column, f.basis ?? null, f.derived ?? null, conflictText(f)?.en ?? null];
  });
  const json = JSON.stringify({ version: 1, entities: data.entities, segments: data.segments, files, figures: rows, ...(conflicts.length ? { conflicts } : {}) });
  return `<?xml version="1.0" encoding="UTF-8"?><capcycle-import xmlns="${IMPORT_NAMESPACE}" version="1"><data>${escapeXml(json)}</data></capcycle-import>`;
}

const isStr = (v: unknown): v is string => typeof v === "string";
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const strOrNull = (v: unknown): v is string | null => v === null || isStr(v);
const ORIGINS = new Set(["csv", "xlsx", "range"]);
const BASES = new Set(["forecast", "target", "estimate"]);

function isEntity(v: unknown): v is StoredEntity {
  return isObj(v) && isStr(v.id) && ENTITY_ID.test(v.id) && isStr(v.name_en) && isStr(v.name_zh) && isStr(v.source);
}

function isSegment(v: unknown): v is StoredSegment {
  return isObj(v) && isStr(v.id) && ENTITY_ID.test(v.id) && isStr(v.name_en) && isStr(v.name_zh);
}

function isFile(v: unknown): v is FileRow {
  return Array.isArray(v) && v.length === 3 && isStr(v[0]) && ORIGINS.has(v[1] as string) && strOrNull(v[2]);
}

const isCell = (v: unknown): boolean => isObj(v) && Number.isInteger(v.line) && (v.line as number) > 0 && isStr(v.column);

/** `cells` came later (still version 1): absent in older parts, whose `from` is shown as stored. */
function isDerived(v: unknown): v is StoredFigure["derived"] | null {
  return (
    v === null ||
    (isObj(v) &&
      isStr(v.method) &&
      (v.method_zh === undefined || isStr(v.method_zh)) &&
      Array.isArray(v.from) &&
      v.from.every(isStr) &&
      (v.cells === undefined || (Array.isArray(v.cells) && v.cells.every(isCell))))
  );
}

function isConflict(v: unknown): v is StoredConflict {
  if (!isObj(v) || v.adopted !== "bundled" || v.rule !== "bundled_kept" || !isObj(v.bundled)) return false;
  const b = v.bundled;
  return isStr(b.entity) && typeof b.value === "number" && Number.isFinite(b.value) && isStr(b.unit) && isStr(b.file) && Number.isInteger(b.line);
}

/** The structured conflicts by figure index; a damaged entry is skipped (its row's sentence stays). */
function conflictsOf(v: unknown): Map<number, StoredConflict> {
  const out = new Map<number, StoredConflict>();
  if (!Array.isArray(v)) return out;
  for (const e of v as unknown[]) if (Array.isArray(e) && e.length === 2 && Number.isInteger(e[0]) && isConflict(e[1])) out.set(e[0] as number, e[1]);
  return out;
}

function isRow(v: unknown): v is FigureRow {
  return (
    Array.isArray(v) &&
    v.length === 13 &&
    isStr(v[0]) &&
    isStr(v[1]) &&
    isStr(v[2]) &&
    strOrNull(v[3]) &&
    typeof v[4] === "number" &&
    Number.isFinite(v[4]) &&
    isStr(v[5]) &&
    isStr(v[6]) &&
    Number.isInteger(v[7]) &&
    Number.isInteger(v[8]) &&
    isStr(v[9]) &&
    (v[10] === null || BASES.has(v[10] as string)) &&
    isDerived(v[11]) &&
    strOrNull(v[12])
  );
}

export type ParsedImported = { readonly ok: true; readonly data: ImportedData; readonly dropped: number } | { readonly ok: false; readonly reason: string };

export function parseImported(xml: string): ParsedImported {
  const m = /<(?:[A-Za-z_][\w.-]*:)?data(?:\s[^>]*)?>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?data>/.exec(xml);
  if (!m || !xml.includes(IMPORT_NAMESPACE)) return { ok: false, reason: "not a CapCycle import part" };
  let raw: unknown;
  try {
    raw = JSON.parse(unescapeXml(m[1]!));
  } catch {
    return { ok: false, reason: "import data is not valid JSON" };
  }
  if (!isObj(raw) || raw.version !== 1) return { ok: false, reason: "unknown import data version" };
  const entities = Array.isArray(raw.entities) ? raw.entities : [];
  const segments = Array.isArray(raw.segments) ? raw.segments : [];
  const files = Array.isArray(raw.files) ? raw.files : [];
  const rows = Array.isArray(raw.figures) ? raw.figures : [];
  const goodEntities = entities.filter(isEntity);
  const ids = new Set(goodEntities.map((e) => e.id));
  const goodSegments = segments.filter(isSegment);
  const structured = conflictsOf(raw.conflicts);
  const figures: StoredFigure[] = [];
  for (const [n, row] of rows.entries()) {
    const file: unknown = isRow(row) ? (files[row[7]] as unknown) : undefined;
    if (!isRow(row) || !isFile(file) || !ids.has(row[0])) continue;
    const [entity, field, period, segment, value, unit, printed, , line, column, basis, derived, sentence] = row;
    const conflict = structured.get(n) ?? sentence;
    const [name, origin, sheet] = file;
    figures.push({
      entity,
      field,
      period,
      ...(segment !== null ? { segment } : {}),
      value,
      unit,
      printed,
      file: name,
      line,
      column,
      origin,
      ...(sheet !== null ? { sheet } : {}),
      cite: citeOf(origin, name, sheet ?? undefined, column, line),
      ...(basis !== null ? { basis: basis as NonNullable<StoredFigure["basis"]> } : {}),
      ...(derived ? { derived } : {}),
      ...(conflict !== null ? { conflict } : {}),
    });
  }
  return {
    ok: true,
    data: { version: 1, entities: goodEntities, segments: goodSegments, figures },
    dropped: entities.length - goodEntities.length + segments.length - goodSegments.length + rows.length - figures.length,
  };
}
