/**
 * Turns what users type into dataset ids: companies (id, ticker with or without its exchange
 * suffix, English or Chinese name, short names, aliases), fields (id, names, aliases, and growth
 * forms: revenue_yoy, "revenue yoy", 营业收入同比, 营收增速) and segments. Lookups compare
 * compactKey()s (case, width, spaces and punctuation ignored) in maps built once; misses come
 * back as #N/A naming the closest matches.
 */
import { cellError, isCellError, type CellError } from "../errors";
import type { CellValue } from "../values";
import { closestMatches, compactKey, MAX_QUERY_CHARS, normalizeName, type NameCandidate } from "../text";
import { DATASET_MSG, type ArgName } from "./messages";
import type { Dataset, EntityRecord, FieldRecord, SegmentRecord } from "./types";

export type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CellError };

const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });
const fail = <T>(error: CellError): Resolved<T> => ({ ok: false, error });

/**
 * An argument as text: numbers become their decimal text (a ticker typed as 300015 →
 * "300015"); blank (null or "") → null; booleans and errors are refused (errors pass through).
 */
export function argText(arg: CellValue, name: ArgName): Resolved<string | null> {
  if (arg === null) return ok(null);
  if (isCellError(arg)) return fail(arg);
  if (typeof arg === "boolean") return fail(cellError("#VALUE!", DATASET_MSG.wrongType(name, "a boolean")));
  if (typeof arg === "number") {
    if (!Number.isFinite(arg)) return fail(cellError("#VALUE!", DATASET_MSG.wrongType(name, String(arg))));
    return ok(String(arg));
  }
  return ok(arg.trim() === "" ? null : arg);
}

function requiredText(arg: CellValue, name: ArgName): Resolved<string> {
  const t = argText(arg, name);
  if (!t.ok) return t;
  return t.value === null ? fail(cellError("#VALUE!", DATASET_MSG.required(name))) : ok(t.value);
}

function* candidates<T>(keys: ReadonlyMap<string, readonly string[]>, byId: ReadonlyMap<string, T>): Iterable<NameCandidate<T>> {
  for (const [name, ids] of keys) for (const id of ids) yield { name, item: byId.get(id)! };
}

export function resolveEntity(ds: Dataset, arg: CellValue): Resolved<EntityRecord> {
  const t = requiredText(arg, "company");
  if (!t.ok) return t;
  const ids = ds.entityKeys.get(compactKey(t.value));
  if (ids) return ok(ds.entityById.get(ids[0]!)!);
  const closest = closestMatches(t.value, candidates(ds.entityKeys, ds.entityById));
  return fail(cellError("#N/A", DATASET_MSG.unknownCompany(t.value.trim(), closest)));
}

/** Chinese and English ways of saying "year-on-year growth of": 营收增速, 营业收入同比, revenue yoy. */
const YOY_SUFFIX = /^(.+?)[\s_-]*(?:同比增长率|同比增速|同比增长|同比增幅|同比变动|同比|增速|增长率|增幅|yoy growth|yoy|y\/y|growth rate|growth)$/u;
const YOY_PREFIX = /^(?:yoy|同比)[\s_-]*(.+)$/u;

function lookupField(ds: Dataset, text: string): FieldRecord | undefined {
  const ids = ds.fieldKeys.get(compactKey(text));
  return ids ? ds.fieldById.get(ids[0]!) : undefined;
}

export function resolveField(ds: Dataset, arg: CellValue): Resolved<FieldRecord> {
  const t = requiredText(arg, "field");
  if (!t.ok) return t;
  const direct = lookupField(ds, t.value);
  if (direct) return ok(direct);
  const norm = normalizeName(t.value);
  // The growth forms are tried on name-length text only: the suffix pattern is quadratic in the length.
  const m = norm.length <= MAX_QUERY_CHARS ? (YOY_SUFFIX.exec(norm) ?? YOY_PREFIX.exec(norm)) : null;
  if (m) {
    const base = lookupField(ds, m[1]!);
    const yoy = base && !base.yoyOf ? ds.fieldById.get(base.id + "_yoy") : undefined;
    if (yoy) return ok(yoy);
  }
  const closest = closestMatches(t.value, candidates(ds.fieldKeys, ds.fieldById));
  return fail(cellError("#N/A", DATASET_MSG.unknownField(t.value.trim(), closest)));
}

/**
 * A segment argument; blank → undefined (the whole entity). When a name answers to several
 * segment ids, the one in `prefer` (segments the company has figures for) wins.
 */
export function resolveSegment(ds: Dataset, arg: CellValue, prefer?: ReadonlySet<string>): Resolved<SegmentRecord | undefined> {
  const t = argText(arg, "segment");
  if (!t.ok) return t;
  if (t.value === null) return ok(undefined);
  const ids = ds.segmentKeys.get(compactKey(t.value));
  if (ids) {
    const id = (prefer && ids.find((i) => prefer.has(i))) ?? ids[0]!;
    return ok(ds.segmentById.get(id)!);
  }
  let pool = candidates(ds.segmentKeys, ds.segmentById);
  if (prefer && prefer.size > 0) pool = [...pool].filter((c) => prefer.has(c.item.id));
  const closest = closestMatches(t.value, pool);
  return fail(cellError("#N/A", DATASET_MSG.unknownSegment(t.value.trim(), closest)));
}

/** Substring search over every name of every company (for the pane's search box); all when blank. */
export function searchEntities(ds: Dataset, query: string): EntityRecord[] {
  const q = compactKey(query);
  if (q === "") return [...ds.entities];
  const hits = new Set<string>();
  for (const [key, ids] of ds.entityKeys) if (key.includes(q)) for (const id of ids) hits.add(id);
  return ds.entities.filter((e) => hits.has(e.id));
}
