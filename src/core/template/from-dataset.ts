/**
 * Turns the dataset's query API into a TemplateInput: the entity, its figures (primary value
 * in base units, every statement), the fields and segments they use, and its peers — the
 * other entities of the same article group that are companies (industry aggregates and
 * government bodies are not peers).
 */
import type { Localized } from "../errors";
import { sourceName } from "../dataset/citation";
import { fieldsFor } from "../dataset/query";
import { resolveEntity } from "../dataset/resolve";
import type { Dataset, EntityRecord, StatementGroup } from "../dataset/types";
import { TEMPLATE_MSG } from "./messages";
import { phaseReadingsFor } from "./phase";
import type { TemplateEntity, TemplateField, TemplateFigure, TemplateInput, TemplateSegment } from "./input";

const NOT_PEERS = new Set(["industry", "government"]);

function entityOf(e: EntityRecord): TemplateEntity {
  return {
    id: e.id,
    ...(e.ticker ? { ticker: e.ticker } : {}),
    name_en: e.name_en,
    name_zh: e.name_zh,
    short_en: e.short_en,
    short_zh: e.short_zh,
    kind: e.kind,
  };
}

function figureOf(g: StatementGroup): TemplateFigure {
  const p = g.primary;
  const currency = p.unit.kind === "money" && p.unit.currency && p.unit.currency !== "CNY" ? p.unit.currency : undefined;
  const conflict = g.conflict
    ? { rule: g.conflict.rule, reason: g.conflict.reason, ...(g.conflict.reason_zh ? { reason_zh: g.conflict.reason_zh } : {}) }
    : g.disagrees
      ? { rule: "first_statement", reason: "statements disagree" }
      : undefined;
  return {
    field: g.field,
    period: g.period,
    ...(g.segment ? { segment: g.segment } : {}),
    value: p.base,
    ...(currency ? { currency } : {}),
    unit: p.figure.unit,
    ...(conflict ? { conflict } : {}),
    ...(p.figure.basis && p.figure.basis !== "actual" ? { basis: p.figure.basis } : {}),
    sources: g.statements.map((s) => ({
      id: s.id,
      printed: s.figure.printed,
      file: s.figure.file,
      line: s.figure.line,
      primary: s.primary,
      ...(s.figure.qualifier ? { qualifier: s.figure.qualifier } : {}),
      ...(s.figure.basis ? { basis: s.figure.basis } : {}),
      ...(s.figure.derived ? { derived: s.figure.derived.method } : {}),
      ...(s.figure.derived?.method_zh ? { derived_zh: s.figure.derived.method_zh } : {}),
      ...(s.figure.note ? { note: s.figure.note } : {}),
      ...(s.figure.note_zh ? { note_zh: s.figure.note_zh } : {}),
    })),
  };
}

function figuresOf(ds: Dataset, entityId: string): TemplateFigure[] {
  return fieldsFor(ds, entityId).flatMap((s) => s.groups.map(figureOf));
}

/** The template input for an entity id (already resolved). */
export function templateInputFor(ds: Dataset, entityId: string): TemplateInput | undefined {
  const e = ds.entityById.get(entityId);
  if (!e) return undefined;
  const figures = figuresOf(ds, e.id);
  const peers = ds.entities
    .filter((p) => p.group === e.group && p.id !== e.id && !NOT_PEERS.has(p.kind))
    .map((p) => ({ entity: entityOf(p), figures: figuresOf(ds, p.id) }))
    .filter((p) => p.figures.length > 0);
  const usedFields = new Set<string>();
  const usedSegments = new Set<string>();
  for (const f of [...figures, ...peers.flatMap((p) => p.figures)]) {
    usedFields.add(f.field);
    if (f.segment) usedSegments.add(f.segment);
  }
  const fields: TemplateField[] = ds.fields
    .filter((f) => usedFields.has(f.id))
    .map((f) => ({ id: f.id, kind: f.kind, name_en: f.name_en, name_zh: f.name_zh, ...(f.stock ? { stock: true } : {}), ...(f.yoyOf ? { yoyOf: f.yoyOf } : {}) }));
  const segments: TemplateSegment[] = ds.segments.filter((s) => usedSegments.has(s.id)).map((s) => ({ id: s.id, name_en: s.name_en, name_zh: s.name_zh }));
  const files = new Set([...figures, ...peers.flatMap((p) => p.figures)].flatMap((f) => f.sources.map((x) => x.file)));
  const sourceNames = Object.fromEntries([...files].map((file) => [file, { en: sourceName(ds, file, "en"), zh: sourceName(ds, file, "zh") }]));
  const phaseReadings = phaseReadingsFor(ds, e.id);
  return { entity: entityOf(e), fields, segments, figures, peers, sourceNames, ...(phaseReadings ? { phaseReadings } : {}) };
}

/** Resolves a company as users type it (id, ticker, names) and builds its input; a reason when unknown. */
export function templateInputForCompany(ds: Dataset, company: string): { ok: true; input: TemplateInput } | { ok: false; reason: Localized } {
  const r = resolveEntity(ds, company);
  if (!r.ok) return { ok: false, reason: r.error.message ?? TEMPLATE_MSG.unknownCompany(company) };
  const input = templateInputFor(ds, r.value.id);
  return input ? { ok: true, input } : { ok: false, reason: TEMPLATE_MSG.unknownCompany(company) };
}
