/**
 * Builds the dataset index from the data files, once: every later lookup (a company name, a
 * field alias, a series, a figure) is a Map access. Pipeline:
 *   fields (catalogue + group fields + `<field>_yoy`) → entities → segments → name keys
 *   → statements (base values, printed precision) → groups by (entity, field, period, segment)
 *   → primary per group (conflicts.json entry, else rule order) → series per (entity, field, segment).
 * Bad records never throw: they are skipped or kept as well as possible and listed in
 * `problems` (the tests require that list to be empty for the real seeds).
 */
import { figureId } from "./figure-id";
import { exponentOf, printedDecimals, shiftDecimal, unitDef } from "./numbers";
import { anyDisagreement, compareByRules } from "./statements";
import type {
  ConflictInput,
  ContestInput,
  Dataset,
  ReadingTag,
  EntityRecord,
  FieldInput,
  FieldRecord,
  SeedData,
  SegmentRecord,
  Statement,
  StatementGroup,
} from "./types";
import { comparePeriods } from "../periods";
import { compactKey } from "../text";

const YOY = "_yoy";

function yoyField(base: FieldRecord): FieldRecord {
  return {
    id: base.id + YOY,
    kind: "percent",
    stock: false,
    name_en: `${base.name_en}, YoY growth`,
    name_zh: `${base.name_zh}同比增速`,
    aliases: [],
    yoyOf: base.id,
    definedIn: base.definedIn,
  };
}

function fieldRecord(f: FieldInput, definedIn: string): FieldRecord {
  return {
    id: f.id,
    kind: f.kind,
    stock: f.stock ?? false,
    name_en: f.name_en,
    name_zh: f.name_zh,
    aliases: f.aliases ?? [],
    definedIn,
  };
}

function addKey(map: Map<string, string[]>, name: string | undefined, id: string): void {
  if (!name) return;
  const key = compactKey(name);
  if (key === "") return;
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

export const groupKey = (entity: string, field: string, period: string, segment?: string): string =>
  `${entity}|${field}|${period}|${segment ?? ""}`;

export const seriesKey = (entity: string, field: string, segment?: string): string =>
  `${entity}|${field}|${segment ?? ""}`;

export function buildDataset(data: SeedData): Dataset {
  const problems: string[] = [];

  // Fields: the catalogue first, then each group's extras; `<field>_yoy` right after its field.
  const fieldOrder: FieldRecord[] = [];
  const fieldById = new Map<string, FieldRecord>();
  const addField = (rec: FieldRecord): void => {
    const seen = fieldById.get(rec.id);
    if (seen) {
      if (seen.kind !== rec.kind) problems.push(`field ${rec.id} (${rec.definedIn || "catalogue"}) redefined with kind ${rec.kind}, was ${seen.kind}`);
      return;
    }
    fieldById.set(rec.id, rec);
    fieldOrder.push(rec);
    if (!rec.yoyOf && !rec.id.endsWith(YOY)) {
      const yoy = yoyField(rec);
      if (!fieldById.has(yoy.id)) {
        fieldById.set(yoy.id, yoy);
        fieldOrder.push(yoy);
      }
    }
  };
  for (const f of data.fields) addField(fieldRecord(f, ""));
  for (const g of data.groups) for (const f of g.fields ?? []) addField(fieldRecord(f, g.id));

  const entities: EntityRecord[] = [];
  const entityById = new Map<string, EntityRecord>();
  for (const g of data.groups) {
    for (const e of g.entities) {
      if (entityById.has(e.id)) {
        problems.push(`entity ${e.id} defined again in ${g.id}`);
        continue;
      }
      const rec: EntityRecord = { ...e, aliases: e.aliases ?? [], group: g.id };
      entityById.set(e.id, rec);
      entities.push(rec);
    }
  }

  // Segments are shared by id across groups (two articles may both speak of CT): merged, aliases united.
  const segmentById = new Map<string, SegmentRecord>();
  for (const g of data.groups) {
    for (const s of g.segments) {
      const seen = segmentById.get(s.id);
      const aliases = s.aliases ?? [];
      if (!seen) segmentById.set(s.id, { ...s, aliases: [...aliases] });
      else segmentById.set(s.id, { ...seen, aliases: [...new Set([...seen.aliases, s.name_en, s.name_zh, ...aliases])] });
    }
  }

  // Statements, grouped by (entity, field, period, segment) in data order.
  const statementsByKey = new Map<string, Omit<Statement, "primary">[]>();
  const statementIds = new Set<string>();
  for (const g of data.groups) {
    for (const f of g.figures) {
      const unit = unitDef(f.unit);
      if (!unit) {
        problems.push(`${g.id}: unknown unit ${f.unit} in ${figureId(f)}`);
        continue;
      }
      if (!entityById.has(f.entity)) problems.push(`${g.id}: figure ${figureId(f)} names unknown entity ${f.entity}`);
      if (!fieldById.has(f.field)) {
        problems.push(`${g.id}: figure ${figureId(f)} names unknown field ${f.field}`);
        const kind = unit.kind === "multiple" ? "multiple" : unit.kind;
        addField({ id: f.field, kind, stock: false, name_en: f.field, name_zh: f.field, aliases: [], definedIn: "*" });
      }
      if (f.segment !== undefined && !segmentById.has(f.segment)) problems.push(`${g.id}: figure ${figureId(f)} names unknown segment ${f.segment}`);
      const id = figureId(f);
      if (statementIds.has(id)) problems.push(`${g.id}: duplicate figure id ${id}`);
      statementIds.add(id);
      const exp = exponentOf(unit.factor);
      const decimals = printedDecimals(f.value, f.printed);
      const stmt = { id, figure: f, unit, base: shiftDecimal(f.value, exp), halfUnit: shiftDecimal(5, exp - decimals - 1) };
      const key = groupKey(f.entity, f.field, f.period, f.segment);
      const list = statementsByKey.get(key);
      if (list) list.push(stmt);
      else statementsByKey.set(key, [stmt]);
    }
  }

  const conflictByKey = new Map<string, ConflictInput>();
  for (const g of data.groups) {
    for (const c of g.conflicts) {
      const key = groupKey(c.entity, c.field, c.period, c.segment);
      if (conflictByKey.has(key)) problems.push(`${g.id}: second conflict entry for ${key}`);
      else conflictByKey.set(key, c);
      if (!statementsByKey.has(key)) problems.push(`${g.id}: conflict ${key} matches no figures`);
    }
  }

  // Readings: a statement of a contest's primary reading is the primary of its figure whenever
  // another reading of that contest has a statement of the same figure (docs/data.md).
  const contests: ContestInput[] = data.groups.flatMap((g) => g.readings ?? []);
  const readingsByStatement = new Map<string, ReadingTag[]>();
  for (const contest of contests) {
    if (!contest.readings.some((r) => r.id === contest.primary)) problems.push(`readings ${contest.id}: primary ${contest.primary} is not one of its readings`);
    for (const reading of contest.readings)
      for (const id of reading.statements) {
        if (!statementIds.has(id)) problems.push(`readings ${contest.id}/${reading.id} names unknown figure ${id}`);
        const tags = readingsByStatement.get(id) ?? [];
        tags.push({ contest, reading, primary: reading.id === contest.primary });
        readingsByStatement.set(id, tags);
      }
  }
  /** The statement of a group that a primary reading makes primary, when another reading of the same contest also speaks. */
  const readingPrimary = (list: readonly { id: string }[]): string | undefined => {
    for (const s of list)
      for (const tag of readingsByStatement.get(s.id) ?? [])
        if (tag.primary && list.some((o) => o.id !== s.id && (readingsByStatement.get(o.id) ?? []).some((t) => t.contest === tag.contest && !t.primary)))
          return s.id;
    return undefined;
  };

  const groups: StatementGroup[] = [];
  const statementById = new Map<string, Statement>();
  for (const [key, list] of statementsByKey) {
    const conflict = conflictByKey.get(key);
    const ordered = [...list].sort((a, b) => compareByRules(a as Statement, b as Statement));
    let primaryIndex = 0;
    const byReading = readingPrimary(ordered);
    if (conflict) {
      primaryIndex = ordered.findIndex((s) => s.id === conflict.primary);
      if (primaryIndex < 0) {
        problems.push(`conflict ${key} names primary ${conflict.primary}, which is not among its figures`);
        primaryIndex = 0;
      }
      if (byReading !== undefined && byReading !== conflict.primary)
        problems.push(`conflict ${key} names primary ${conflict.primary}, but the primary reading gives ${byReading}`);
    } else if (byReading !== undefined) primaryIndex = ordered.findIndex((s) => s.id === byReading);
    const [primaryStmt] = ordered.splice(primaryIndex, 1);
    const statements: Statement[] = [primaryStmt!, ...ordered].map((s, i) => ({ ...s, primary: i === 0 }));
    for (const s of statements) statementById.set(s.id, s);
    const f = statements[0]!.figure;
    groups.push({
      key,
      entity: f.entity,
      field: f.field,
      period: f.period,
      ...(f.segment !== undefined ? { segment: f.segment } : {}),
      statements,
      primary: statements[0]!,
      ...(conflict ? { conflict } : {}),
      disagrees: anyDisagreement(statements),
    });
  }

  // Series: (entity, field, segment) → periods in time order.
  const fieldRank = new Map(fieldOrder.map((f, i) => [f.id, i]));
  const buckets = new Map<string, StatementGroup[]>();
  for (const grp of groups) {
    const k = seriesKey(grp.entity, grp.field, grp.segment);
    const b = buckets.get(k);
    if (b) b.push(grp);
    else buckets.set(k, [grp]);
  }
  const series = new Map<string, Map<string, StatementGroup>>();
  const seriesByEntity = new Map<string, string[]>();
  // Within an entity: catalogue order of fields, the whole entity before its segments, then
  // segments in order of first appearance (the sort is stable).
  const orderedKeys = [...buckets.keys()].sort((a, b) => {
    const [, fa, sa] = a.split("|");
    const [, fb, sb] = b.split("|");
    return fieldRank.get(fa!)! - fieldRank.get(fb!)! || Number(sa !== "") - Number(sb !== "");
  });
  for (const k of orderedKeys) {
    const sorted = buckets.get(k)!.sort((a, b) => comparePeriods(a.period, b.period));
    series.set(k, new Map(sorted.map((grp) => [grp.period, grp])));
    const entity = sorted[0]!.entity;
    const list = seriesByEntity.get(entity);
    const short = k.slice(entity.length + 1);
    if (list) list.push(short);
    else seriesByEntity.set(entity, [short]);
  }

  const entityKeys = new Map<string, string[]>();
  for (const e of entities) {
    for (const name of [e.id, e.name_en, e.name_zh, e.short_en, e.short_zh, ...e.aliases]) addKey(entityKeys, name, e.id);
    if (e.ticker) {
      const [code, exchange] = e.ticker.split(".");
      addKey(entityKeys, e.ticker, e.id);
      addKey(entityKeys, code, e.id);
      addKey(entityKeys, `${exchange}${code}`, e.id);
      if (/^0+\d/.test(code!)) addKey(entityKeys, code!.replace(/^0+/, ""), e.id);
    }
  }
  const fieldKeys = new Map<string, string[]>();
  for (const f of fieldOrder) for (const name of [f.id, f.name_en, f.name_zh, ...f.aliases]) addKey(fieldKeys, name, f.id);
  const segmentKeys = new Map<string, string[]>();
  for (const s of segmentById.values()) for (const name of [s.id, s.name_en, s.name_zh, ...s.aliases]) addKey(segmentKeys, name, s.id);

  return {
    entities,
    fields: fieldOrder,
    segments: [...segmentById.values()],
    entityById,
    fieldById,
    segmentById,
    entityKeys,
    fieldKeys,
    segmentKeys,
    series,
    seriesByEntity,
    groups,
    statementById,
    checks: data.groups.flatMap((g) => g.checks),
    sourceByFile: new Map((data.sources ?? []).map((src) => [src.file, src])),
    contests,
    readingsByStatement,
    problems,
  };
}
