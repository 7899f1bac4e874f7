/**
 * Imported data as one more seed group ("imported") for the dataset index, so DATA, SERIES,
 * SOURCE, FIELDS, COMPANIES and the templates read imported companies exactly as bundled ones.
 * Each figure cites its source as a seed figure does — file (or sheet) and row, the figure as
 * printed — and its note names the exact cell ("imported from data.csv row 14, column C") and
 * any disagreement with a bundled figure, both written here from the stored facts in English and
 * Chinese (the note's two languages, as a seed figure's note and note_zh).
 */
import type { EntityInput, FigureInput, SeedGroup } from "../dataset/types";
import { SOURCE_MSG } from "../dataset/source-messages";
import type { Localized } from "../errors";
import { IMPORTED_GROUP } from "./group";
import { citeText } from "./place";
import type { ImportedData, StoredFigure } from "./types";

const clip = (s: string, n: number): string => ([...s].length > n ? [...s].slice(0, n).join("") : s);

/** The conflict sentence in both languages; an older part's stored sentence is shown as stored. */
export function conflictText(f: StoredFigure): Localized | undefined {
  const c = f.conflict;
  if (c === undefined) return undefined;
  if (typeof c === "string") return { en: c, zh: c };
  return SOURCE_MSG.importedConflict(c.bundled.entity, f.field, f.period, c.bundled.value, c.bundled.unit, c.bundled.file, c.bundled.line);
}

/** The cells an imported D&A was added up from, cited in both languages; none where an older part stored only `from`. */
export function partCites(f: StoredFigure): readonly Localized[] | undefined {
  return f.derived?.cells?.map((c) => citeText(f.origin, f.file, f.sheet, c.column, c.line));
}

/**
 * The seed's `derived`: the parts named in each language from their cells; an older part's
 * English names shown as stored.
 */
function derivedOf(f: StoredFigure, parts: readonly Localized[] | undefined): FigureInput["derived"] {
  const { cells: _cells, ...d } = f.derived!;
  return parts ? { ...d, from: parts.map((p) => p.en), from_zh: parts.map((p) => p.zh) } : { ...d, from: [...d.from] };
}

export function importedGroup(data: ImportedData): SeedGroup {
  const entities: EntityInput[] = data.entities.map((e) => ({
    id: e.id,
    ...(e.ticker ? { ticker: e.ticker } : {}),
    name_en: e.name_en,
    name_zh: e.name_zh,
    short_en: clip(e.short_en || e.name_en, 20),
    short_zh: clip(e.short_zh || e.name_zh, 12),
    aliases: [],
    kind: e.ticker ? "listed" : "unlisted",
    description: `Imported from ${e.source}.`,
  }));
  const figures: FigureInput[] = data.figures.map((f) => {
    // A computed D&A came from its parts' cells, not from the first part's alone.
    const parts = partCites(f);
    const note = SOURCE_MSG.importedNote(parts ? SOURCE_MSG.cellList(parts.map((p) => p.en), parts.map((p) => p.zh)) : citeText(f.origin, f.file, f.sheet, f.column, f.line), conflictText(f));
    return {
      entity: f.entity,
      field: f.field,
      period: f.period,
      ...(f.segment ? { segment: f.segment } : {}),
      value: f.value,
      unit: f.unit,
      printed: f.printed,
      file: f.file,
      line: f.line,
      ...(f.basis ? { basis: f.basis } : {}),
      ...(f.derived ? { derived: derivedOf(f, parts) } : {}),
      note: note.en,
      note_zh: note.zh,
    };
  });
  return {
    id: IMPORTED_GROUP,
    entities,
    segments: data.segments.map((s) => ({ id: s.id, name_en: s.name_en, name_zh: s.name_zh, aliases: [] })),
    figures,
    conflicts: [],
    checks: [],
  };
}
