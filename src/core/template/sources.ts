/**
 * The sources table: every statement behind every figure the sheet shows (and the
 * company's forecasts and targets, which the calculation tables leave out) — company, field,
 * period, segment, the figure as printed, file, line, whether it is the one used, and a note
 * (conflict and the rule that chose the primary, hedges, basis, how a derived figure was made).
 */
import type { Lang } from "../errors";
import { comparePeriods } from "../periods";
import { cellAddress, type CellRect } from "./a1";
import { figureKey } from "./figures";
import { blank, num, SheetGrid, text, TEXT_FORMAT } from "./grid";
import type { TemplateEntity, TemplateFigure, TemplateInput } from "./input";
import { BASES, label, LABELS, QUALIFIERS } from "./labels";
import type { PlanColumn } from "./types";
import { tableNameBase } from "./table-name";

export interface SourcesLayout {
  readonly rect: CellRect;
  readonly rowCount: number;
  readonly nextRow: number;
}

export function sourceNote(f: TemplateFigure, s: TemplateFigure["sources"][number], lang: Lang): string {
  const parts: string[] = [];
  if (f.conflict) {
    const n = f.sources.length;
    parts.push(
      lang === "zh"
        ? `${LABELS.conflict.zh}：${n} 条表述不一致；采用规则 ${f.conflict.rule}（${f.conflict.reason_zh ?? f.conflict.reason}）`
        : `${LABELS.conflict.en}: ${n} statements disagree; primary by rule ${f.conflict.rule} (${f.conflict.reason})`,
    );
  }
  if (s.qualifier) parts.push(QUALIFIERS[s.qualifier]?.[lang] ?? s.qualifier);
  if (s.basis && s.basis !== "actual") parts.push(BASES[s.basis]?.[lang] ?? s.basis);
  if (s.derived) parts.push(lang === "zh" ? `${LABELS.derivedNote.zh}：${s.derived_zh ?? s.derived}` : `${LABELS.derivedNote.en}: ${s.derived}`);
  if (s.note) parts.push(lang === "zh" ? (s.note_zh ?? s.note) : s.note);
  return parts.join(lang === "zh" ? "；" : "; ");
}

export function buildSources(
  grid: SheetGrid,
  input: TemplateInput,
  opts: { lang: Lang },
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

  const headerRow = startRow + 1;
  const firstRow = headerRow + 1;
  const headers = ["company", "field", "period", "segment", "printed", "file", "line", "status", "note"] as const;
  const columns: PlanColumn[] = headers.map((h) => ({ header: label(h, lang), role: "source", format: h === "line" ? "0" : TEXT_FORMAT }));
  headers.forEach((h, c) => grid.set(headerRow, c, text(label(h, lang))));
  let row = firstRow;
  for (const { entity, f } of items) {
    const field = fieldById.get(f.field);
    const seg = f.segment ? segById.get(f.segment) : undefined;
    for (const s of f.sources) {
      grid.set(row, 0, text(lang === "zh" ? entity.short_zh : entity.short_en));
      grid.set(row, 1, text(field ? (lang === "zh" ? field.name_zh : field.name_en) : f.field));
      grid.set(row, 2, text(f.period));
      grid.set(row, 3, f.segment ? text(seg ? (lang === "zh" ? seg.name_zh : seg.name_en) : f.segment) : blank(TEXT_FORMAT));
      // "As printed" is the article's text ("-38.87%", "=..." would stay text too).
      grid.set(row, 4, text(s.printed));
      // The article as a person recognises it (title, date), else its file name.
      grid.set(row, 5, text(s.source ? s.source[lang] : s.file));
      grid.set(row, 6, num(s.line, "0"));
      grid.set(row, 7, text(s.primary ? LABELS.primary[lang] : LABELS.alternative[lang]));
      const note = sourceNote(f, s, lang);
      grid.set(row, 8, note ? text(note) : blank(TEXT_FORMAT));
      row++;
    }
  }
  grid.set(startRow, 0, text(label("sources", lang)));
  grid.formats.push({ range: cellAddress(startRow, 0), bold: true, fontSize: 12 });
  const rect: CellRect = { row: headerRow, col: 0, rowCount: row - headerRow, colCount: headers.length };
  grid.tables.push({ role: "sources", name: tableNameBase(input.entity.id, "Sources"), rect, columns, style: "TableStyleLight1" });
  return { rect, rowCount: row - firstRow, nextRow: row };
}
