/**
 * applyImport(preview, stored): the workbook's imported data after this import — all of the
 * preview's figures or nothing. Refused while the preview has a blocking problem or nothing
 * to import. An imported company imported again keeps its id; its figures for the same
 * (field, period, segment) are replaced by the new file's (the person's own data, updated),
 * the others kept. Bundled figures are never touched: a disagreement is stored with the
 * figure as facts (the bundled statement, which stands and why).
 */
import type { Localized } from "../errors";
import { MAX_STORED_BYTES } from "./limits";
import { IMPORT_MSG } from "./messages";
import { serializeImported } from "./store-xml";
import { tickerOf } from "./entity-ids";
import type { ImportConflict, ImportedData, ImportPreview, StoredConflict, StoredEntity, StoredFigure } from "./types";

export type ApplyResult =
  | { readonly ok: true; readonly data: ImportedData; readonly added: number; readonly replaced: number; readonly companies: readonly string[] }
  | { readonly ok: false; readonly reason: Localized };

const key = (f: Pick<StoredFigure, "entity" | "field" | "period" | "segment">): string => `${f.entity}|${f.field}|${f.period}|${f.segment ?? ""}`;

/** The facts of the disagreement; SOURCE and the sources table say it in the reader's language. */
function storedConflict(c: ImportConflict): StoredConflict {
  return { bundled: { entity: c.bundledEntity, value: c.bundled.value, unit: c.bundled.unit, file: c.bundled.file, line: c.bundled.line }, adopted: "bundled", rule: "bundled_kept" };
}

export function applyImport(preview: ImportPreview, stored: ImportedData): ApplyResult {
  if (preview.blocking.length > 0) return { ok: false, reason: preview.blocking[0]! };
  if (preview.figures.length === 0) return { ok: false, reason: IMPORT_MSG.nothing(preview.source.file) };
  const result = merge(preview, stored);
  const bytes = new TextEncoder().encode(serializeImported(result.data)).length;
  if (bytes > MAX_STORED_BYTES) return { ok: false, reason: IMPORT_MSG.tooLarge(bytes, result.data.figures.length) };
  return result;
}

function merge(preview: ImportPreview, stored: ImportedData): Extract<ApplyResult, { ok: true }> {
  const companies = new Map(preview.companies.map((c) => [c.key, c]));
  const conflicts = new Map(preview.conflicts.map((c) => [`${c.company}|${c.field}|${c.period}|${c.segment ?? ""}`, c]));
  const file = preview.source.file;
  // The sheet of the table used (xlsx, range); a CSV has none.
  const sheet = preview.source.kind === "csv" ? undefined : preview.source.tables[preview.mapping.table];

  const entities = new Map<string, StoredEntity>(stored.entities.map((e) => [e.id, e]));
  const touched: string[] = [];
  for (const c of preview.companies) {
    if (c.figures === 0) continue;
    const ticker = tickerOf(c.code);
    entities.set(c.choice.id, {
      id: c.choice.id,
      name_en: c.choice.name_en,
      name_zh: c.choice.name_zh,
      ...(c.choice.short_en ? { short_en: c.choice.short_en } : {}),
      ...(c.choice.short_zh ? { short_zh: c.choice.short_zh } : {}),
      // A ticker the bundled company also has is harmless: bundled names resolve first.
      ...(ticker ? { ticker } : {}),
      ...(c.bundled ? { bundled: c.bundled } : {}),
      source: file,
    });
    touched.push(c.choice.id);
  }

  const incoming: StoredFigure[] = preview.figures.map((f) => {
    const c = companies.get(f.company)!;
    const conflict = conflicts.get(`${f.company}|${f.field}|${f.period}|${f.segment ?? ""}`);
    return {
      entity: c.choice.id,
      field: f.field,
      period: f.period,
      ...(f.segment ? { segment: f.segment } : {}),
      value: f.value,
      unit: f.unit,
      printed: f.printed,
      file: preview.source.kind === "range" ? (preview.source.tables[0] ?? file) : file,
      line: f.place.row,
      column: f.place.column,
      origin: preview.source.kind,
      ...(sheet !== undefined ? { sheet } : {}),
      cite: f.place.text,
      ...(f.basis ? { basis: f.basis } : {}),
      ...(f.derived ? { derived: f.derived } : {}),
      ...(conflict ? { conflict: storedConflict(conflict) } : {}),
    };
  });
  const replacing = new Set(incoming.map(key));
  const kept = stored.figures.filter((f) => !replacing.has(key(f)));
  const segments = [...stored.segments];
  for (const s of preview.segments) if (!segments.some((x) => x.id === s.id)) segments.push(s);
  return {
    ok: true,
    data: { version: 1, entities: [...entities.values()], segments, figures: [...kept, ...incoming] },
    added: incoming.length,
    replaced: stored.figures.length - kept.length,
    companies: touched,
  };
}

/** Removes an imported company and its figures (the pane's "remove"). */
export function removeImported(stored: ImportedData, entityId: string): ImportedData {
  return { ...stored, entities: stored.entities.filter((e) => e.id !== entityId), figures: stored.figures.filter((f) => f.entity !== entityId) };
}
