/**
 * The sources table: every figure the sheet shows (and the company's forecasts and targets,
 * which the calculation tables leave out), one row each — the figure (company for a peer,
 * field, segment) in the wide label column, then period, the primary statement as printed, its
 * source record and line, the basis (actual, forecast ...), and a note: the conflict and the
 * rule that chose the primary, hedges, how a derived figure was made, and every other
 * statement of the figure with its record and line ("also: 约150亿元 (S1, line 23)").
 *
 * Source records are listed once above the table (S1, S2 ... with what identifies them) and
 * cited by key in each row: an article's title would otherwise repeat on hundreds of rows.
 */
import type { Lang, Localized } from "../errors";
import { RULE_LABELS } from "../dataset/source-messages";
import { comparePeriods } from "../periods";
import { cellAddress, type CellRect } from "./a1";
import { figureKey } from "./figures";
import { blank, num, SheetGrid, text, TEXT_FORMAT } from "./grid";
import type { TemplateEntity, TemplateFigure, TemplateInput, TemplateSource } from "./input";
import { BASES, label, LABELS, QUALIFIERS } from "./labels";
import { TEMPLATE_MSG } from "./messages";
import type { PlanColumn } from "./types";
import { tableNameBase } from "./table-name";
import { splitLines } from "./lines";

export interface SourcesLayout {
  readonly rect: CellRect;
  readonly rowCount: number;
  /** Source records listed above the table: key → what identifies the record. */
  readonly records: ReadonlyMap<string, string>;
  readonly nextRow: number;
}

/** The note of a figure's row: its primary statement's note, then the other statements, each with its record and line. */
export function figureNote(f: TemplateFigure, keyOf: (s: TemplateSource) => string, lang: Lang): string {
  const primary = f.sources.find((s) => s.primary) ?? f.sources[0];
  const parts = primary ? [sourceNote(f, primary, lang)].filter((p) => p !== "") : [];
  const others = f.sources.filter((s) => s !== primary);
  if (others.length) {
    const cite = (s: TemplateSource) => {
      const extras = (l: Lang) => [s.qualifier ? (QUALIFIERS[s.qualifier]?.[l] ?? s.qualifier) : "", noteOf(s, l)].filter((x) => x !== "").join(l === "zh" ? "，" : ", ");
      return TEMPLATE_MSG.alsoStatedCite(s.printed, keyOf(s), s.line, { en: extras("en"), zh: extras("zh") })[lang];
    };
    parts.push(`${LABELS.alsoStated[lang]}${others.map(cite).join(lang === "zh" ? "；" : "; ")}`);
  }
  return parts.join(lang === "zh" ? "；" : "; ");
}

/** A statement's note in the reader's language (the English one where the data has no Chinese). */
function noteOf(s: TemplateSource, lang: Lang): string {
  return (lang === "zh" ? (s.note_zh ?? s.note) : s.note) ?? "";
}

export function sourceNote(f: TemplateFigure, s: TemplateFigure["sources"][number], lang: Lang): string {
  const parts: string[] = [];
  if (f.conflict) {
    const n = f.sources.length;
    const rule = (RULE_LABELS as Readonly<Record<string, Localized | undefined>>)[f.conflict.rule] ?? { en: f.conflict.rule, zh: f.conflict.rule };
    parts.push(TEMPLATE_MSG.conflictNote(n, rule, { en: f.conflict.reason, zh: f.conflict.reason_zh ?? f.conflict.reason })[lang]);
  }
  if (s.qualifier) parts.push(QUALIFIERS[s.qualifier]?.[lang] ?? s.qualifier);
  const derived = lang === "zh" ? (s.derived_zh ?? s.derived) : s.derived;
  if (derived) parts.push(`${LABELS.derivedNote[lang]}${lang === "zh" ? "：" : ": "}${derived}`);
  const note = noteOf(s, lang);
  if (note) parts.push(note);
  return parts.join(lang === "zh" ? "；" : "; ");
}

/**
 * What identifies a source record, as the sheet lists it: the article's title, date, author and
 * platform (core/dataset/citation.ts sourceName, carried in the template input), else its file.
 */
export function sourceRecordLabel(file: string, input: Pick<TemplateInput, "sourceNames">, lang: Lang): string {
  return input.sourceNames?.[file]?.[lang] ?? file;
}

/** Column of the note: the last one, so a long note wraps in the one wide text column. */
export const SOURCE_NOTE_COLUMN = 6;

export function buildSources(
  grid: SheetGrid,
  input: TemplateInput,
  /** recordWidth: points a record's name has (column B to the print area's end); it takes more lines past that. */
  opts: { lang: Lang; recordWidth?: number },
  startRow: number,
  /** Figure keys of peers shown in the peers table. */
  peerKeys: ReadonlySet<string>,
): SourcesLayout | null {
  const { lang } = opts;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const fieldOrder = new Map(input.fields.map((f, i) => [f.id, i]));
  const segById = new Map(input.segments.map((s) => [s.id, s]));
  const items: { entity: TemplateEntity; f: TemplateFigure }[] = input.figures.map((f) => ({ entity: input.entity, f }));
  for (const p of input.peers)
    for (const f of p.figures) if (peerKeys.has(figureKey(p.entity.id, f.field, f.period, f.segment))) items.push({ entity: p.entity, f });
  if (items.every((i) => i.f.sources.length === 0)) return null;
  const entityOrder = new Map([input.entity.id, ...input.peers.map((p) => p.entity.id)].map((id, i) => [id, i]));
  items.sort(
    (a, b) =>
      entityOrder.get(a.entity.id)! - entityOrder.get(b.entity.id)! ||
      (fieldOrder.get(a.f.field) ?? 1e9) - (fieldOrder.get(b.f.field) ?? 1e9) ||
      (a.f.segment ?? "").localeCompare(b.f.segment ?? "") ||
      comparePeriods(a.f.period, b.f.period),
  );

  // Keyed in the order of their files (the articles are numbered), named by their records.
  const files = [...new Set(items.flatMap((i) => i.f.sources.map((x) => x.file)))].sort();
  const keyOf = new Map(files.map((file, i) => [file, `S${i + 1}`]));
  const recordLabels = files.map((file) => sourceRecordLabel(file, input, lang));
  grid.set(startRow, 0, text(label("sources", lang)));
  grid.formats.push({ range: cellAddress(startRow, 0), bold: true, fontSize: 12 });
  grid.set(startRow, 1, text(LABELS.sourceRecords[lang]));
  grid.formats.push({ range: cellAddress(startRow, 1), italic: true, fontColor: "#595959" });
  let legendRow = startRow + 1;
  recordLabels.forEach((l, i) => {
    grid.set(legendRow, 0, text(`S${i + 1}`));
    for (const line of opts.recordWidth === undefined ? [l] : splitLines(l, opts.recordWidth)) grid.set(legendRow++, 1, text(line));
  });

  const headerRow = legendRow;
  const firstRow = headerRow + 1;
  const headers = ["field", "period", "printed", "source", "line", "basis", "note"] as const;
  const columns: PlanColumn[] = headers.map((h) => ({ header: label(h, lang), role: "source", format: h === "line" ? "0" : TEXT_FORMAT }));
  headers.forEach((h, c) => grid.set(headerRow, c, text(label(h, lang))));
  let row = firstRow;
  const sep = lang === "zh" ? "：" : ": ";
  const keyFor = (s: TemplateSource) => keyOf.get(s.file)!;
  for (const { entity, f } of items) {
    const primary = f.sources.find((s) => s.primary) ?? f.sources[0];
    if (!primary) continue;
    const field = fieldById.get(f.field);
    const seg = f.segment ? segById.get(f.segment) : undefined;
    const fname = field ? (lang === "zh" ? field.name_zh : field.name_en) : f.field;
    const sname = f.segment ? (seg ? (lang === "zh" ? seg.name_zh : seg.name_en) : f.segment) : "";
    const who = entity.id === input.entity.id ? "" : `${lang === "zh" ? entity.short_zh : entity.short_en}${sep}`;
    grid.set(row, 0, text(`${who}${fname}${sname ? ` — ${sname}` : ""}`));
    grid.set(row, 1, text(f.period));
    // "As printed" is the article's text ("-38.87%", "=..." would stay text too).
    grid.set(row, 2, text(primary.printed));
    grid.set(row, 3, text(keyFor(primary)));
    grid.set(row, 4, num(primary.line, "0"));
    const basis = f.basis ?? primary.basis;
    grid.set(row, 5, text(basis && basis !== "actual" ? (BASES[basis]?.[lang] ?? basis) : LABELS.actual[lang]));
    const note = figureNote(f, keyFor, lang);
    grid.set(row, SOURCE_NOTE_COLUMN, note ? text(note) : blank(TEXT_FORMAT));
    row++;
  }
  const rect: CellRect = { row: headerRow, col: 0, rowCount: row - headerRow, colCount: headers.length };
  grid.tables.push({ role: "sources", name: tableNameBase(input.entity.id, "Sources"), rect, columns, style: "TableStyleLight1" });
  return { rect, rowCount: row - firstRow, records: new Map(recordLabels.map((l, i) => [`S${i + 1}`, l])), nextRow: row };
}
