/**
 * The peers / market-share table: the company and its peers as rows; as columns, every
 * (field, period, segment) that at least two of them report, plus any whole-company market
 * share. Capped at MAX_PEER_COLUMNS, market share first, then the figures most of them report.
 */
import type { Lang } from "../errors";
import { comparePeriods } from "../periods";
import { cellAddress, type CellRect } from "./a1";
import { formatForKind } from "./formats";
import { currencyOf, displayValue, figureKey, isActual, uniqueHeaders } from "./figures";
import { blank, num, SheetGrid, text, TEXT_FORMAT } from "./grid";
import type { TemplateEntity, TemplateField, TemplateFigure, TemplateInput } from "./input";
import { label } from "./labels";
import type { MoneyUnitId } from "./options";
import type { PlanColumn } from "./types";
import { tableNameBase } from "./table-name";

export const MAX_PEER_COLUMNS = 16;

export interface PeersLayout {
  readonly rect: CellRect;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly categoryHeader: string;
  /** The market-share column the chart shows (most companies, latest on ties), if ≥ 2 have one. */
  readonly chartColumn?: { readonly col: number; readonly header: string; readonly period: string };
  /** Entities shown (company first). */
  readonly entities: readonly string[];
  readonly nextRow: number;
}

interface Col {
  readonly field: TemplateField;
  readonly period: string;
  readonly segment?: string;
  readonly currency: string;
  readonly byEntity: Map<string, TemplateFigure>;
}

export function buildPeers(grid: SheetGrid, input: TemplateInput, opts: { lang: Lang; unit: MoneyUnitId }, startRow: number): PeersLayout | null {
  const { lang, unit } = opts;
  const fieldById = new Map(input.fields.map((f) => [f.id, f]));
  const fieldOrder = new Map(input.fields.map((f, i) => [f.id, i]));
  const rows: { entity: TemplateEntity; figures: readonly TemplateFigure[] }[] = [
    { entity: input.entity, figures: input.figures },
    ...input.peers,
  ];
  const byKey = new Map<string, Col>();
  for (const r of rows) {
    for (const f of r.figures) {
      if (!isActual(f)) continue;
      const field = fieldById.get(f.field);
      if (!field) continue;
      const key = `${f.field}|${f.period}|${f.segment ?? ""}|${currencyOf(f)}`;
      let c = byKey.get(key);
      if (!c) byKey.set(key, (c = { field, period: f.period, ...(f.segment ? { segment: f.segment } : {}), currency: currencyOf(f), byEntity: new Map() }));
      c.byEntity.set(r.entity.id, f);
    }
  }
  // Whole-company market shares lead the table; a segment's share (core cities, a product)
  // is a column only where two companies report it — else it is listed in "Other figures".
  const isShare = (c: Col) => c.field.id === "market_share" && (c.segment === undefined || c.byEntity.size >= 2);
  const chosen = [...byKey.values()]
    .filter((c) => isShare(c) || c.byEntity.size >= 2)
    .sort((a, b) => Number(isShare(b)) - Number(isShare(a)) || b.byEntity.size - a.byEntity.size || comparePeriods(b.period, a.period))
    .slice(0, MAX_PEER_COLUMNS)
    .sort(
      (a, b) =>
        Number(isShare(b)) - Number(isShare(a)) ||
        (fieldOrder.get(a.field.id) ?? 1e9) - (fieldOrder.get(b.field.id) ?? 1e9) ||
        (a.segment ?? "").localeCompare(b.segment ?? "") ||
        comparePeriods(a.period, b.period),
    );
  if (chosen.length === 0 || (input.peers.length === 0 && !chosen.some(isShare))) return null;
  const shown = rows.filter((r) => chosen.some((c) => c.byEntity.has(r.entity.id)));
  if (shown.length === 0) return null;

  const headerRow = startRow + 1;
  const firstRow = headerRow + 1;
  const cols: { header: string; column: Omit<PlanColumn, "header"> }[] = [
    { header: label("company", lang), column: { role: "label", format: TEXT_FORMAT } },
    { header: label("ticker", lang), column: { role: "label", format: TEXT_FORMAT } },
  ];
  shown.forEach((r, i) => {
    grid.set(firstRow + i, 0, text(lang === "zh" ? r.entity.short_zh : r.entity.short_en));
    grid.set(firstRow + i, 1, r.entity.ticker ? text(r.entity.ticker) : blank(TEXT_FORMAT));
  });
  const segName = (id: string) => {
    const s = input.segments.find((x) => x.id === id);
    return s ? (lang === "zh" ? s.name_zh : s.name_en) : id;
  };
  const shareCols: { col: number; period: string; filled: number }[] = [];
  for (const c of chosen) {
    const col = cols.length;
    const format = formatForKind(c.field.kind, unit);
    const name = lang === "zh" ? c.field.name_zh : c.field.name_en;
    const parts = [name + (c.currency ? ` (${c.currency})` : ""), c.segment ? segName(c.segment) : "", c.period].filter((s) => s !== "");
    cols.push({
      header: parts.join(" "),
      column: { role: "figure", field: c.field.id, period: c.period, ...(c.segment ? { segment: c.segment } : {}), format },
    });
    shown.forEach((r, i) => {
      const f = c.byEntity.get(r.entity.id);
      if (f) {
        grid.set(firstRow + i, col, num(displayValue(f, c.field, unit), format));
        grid.figure(firstRow + i, col, figureKey(r.entity.id, f.field, f.period, f.segment));
      } else grid.set(firstRow + i, col, blank(format));
    });
    if (isShare(c)) shareCols.push({ col, period: c.period, filled: shown.filter((r) => c.byEntity.has(r.entity.id)).length });
  }

  const headers = uniqueHeaders(cols.map((c) => c.header));
  headers.forEach((h, c) => grid.set(headerRow, c, text(h)));
  grid.set(startRow, 0, text(label("peers", lang)));
  grid.formats.push({ range: cellAddress(startRow, 0), bold: true, fontSize: 12 });
  const share = shareCols.filter((s) => s.filled >= 2).sort((a, b) => b.filled - a.filled || comparePeriods(b.period, a.period))[0];
  const rect: CellRect = { row: headerRow, col: 0, rowCount: shown.length + 1, colCount: headers.length };
  grid.tables.push({
    role: "peers",
    name: tableNameBase(input.entity.id, "Peers"),
    rect,
    columns: cols.map((c, i) => ({ ...c.column, header: headers[i]! })),
    style: "TableStyleMedium7",
  });
  return {
    rect,
    firstRow,
    rowCount: shown.length,
    categoryHeader: headers[0]!,
    ...(share ? { chartColumn: { col: share.col, header: headers[share.col]!, period: share.period } } : {}),
    entities: shown.map((r) => r.entity.id),
    nextRow: firstRow + shown.length,
  };
}
