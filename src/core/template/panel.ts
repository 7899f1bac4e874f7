/**
 * A model-layout table ("panel"): a label column, then one column per period in frequency
 * groups (period-axis.ts); rows are fields (financials), segments or companies, under bold
 * heading rows (statement, or the field a block of segments or companies shows).
 *
 *   title row    Financials            Annual          Half-year
 *   header row   CNY 100m (亿元)  │ 2023 │ 2024 │ 2024H1 │ 2025H1      ← Excel table header
 *   body         Income statement                                      ← heading (bold)
 *                Revenue          │ …    │ …    │ …      │ …
 *
 * Sections place their rows first (panelLayout: every row's sheet row and every period's
 * column are known before any formula is written), then write cells, then the frame.
 */
import type { Lang } from "../errors";
import { cellAddress, rectAddress, type CellRect } from "./a1";
import { blank, SheetGrid, text, TEXT_FORMAT } from "./grid";
import type { PlanColumn, TableRole } from "./types";
import { frequencyLabel, periodAxis, type Frequency, type PeriodAxis } from "./period-axis";

export interface PanelRowSpec {
  /** Unique in the panel ("capex", "revenue|refractive", "market_share||huaxia_eye"). */
  readonly id: string;
  readonly label: string;
  readonly heading?: boolean;
  /** Number format of the row's empty period cells (what a typed figure will look like). */
  readonly format?: string;
}

export interface PanelLayout {
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rowOf: ReadonlyMap<string, number>;
  readonly axis: PeriodAxis;
  /** Header + body, label column included. */
  readonly rect: CellRect;
  readonly rows: readonly PanelRowSpec[];
  readonly nextRow: number;
}

export function panelLayout(startRow: number, rows: readonly PanelRowSpec[], periods: Iterable<string>): PanelLayout {
  const axis = periodAxis(periods, 1);
  const headerRow = startRow + 1;
  const firstRow = headerRow + 1;
  const rowOf = new Map(rows.map((r, i) => [r.id, firstRow + i]));
  const rect: CellRect = { row: headerRow, col: 0, rowCount: rows.length + 1, colCount: 1 + axis.periods.length };
  return { titleRow: startRow, headerRow, firstRow, rowOf, axis, rect, rows, nextRow: firstRow + rows.length };
}

/** A1 of one row's cell in a period column. */
export function panelCell(layout: PanelLayout, rowId: string, period: string): string | undefined {
  const r = layout.rowOf.get(rowId);
  const c = layout.axis.colOf.get(period);
  return r === undefined || c === undefined ? undefined : cellAddress(r, c);
}

/** A frequency group's columns, from `from` (one of its periods; default its first) to its end. */
function groupSpan(layout: PanelLayout, frequency: Frequency, from?: string): { col: number; count: number } | undefined {
  const g = layout.axis.groups.find((x) => x.frequency === frequency);
  if (!g) return undefined;
  const skip = from === undefined ? 0 : Math.max(0, g.periods.indexOf(from));
  return { col: g.firstCol + skip, count: g.periods.length - skip };
}

/** A1 range of one row across a frequency group's columns (from `from` on). */
export function panelRowRange(layout: PanelLayout, rowId: string, frequency: Frequency, from?: string): string | undefined {
  const r = layout.rowOf.get(rowId);
  const span = groupSpan(layout, frequency, from);
  if (r === undefined || !span) return undefined;
  return rectAddress({ row: r, col: span.col, rowCount: 1, colCount: span.count });
}

/** A1 range of a frequency group's period headers (from `from` on). */
export function panelHeaderRange(layout: PanelLayout, frequency: Frequency, from?: string): string | undefined {
  const span = groupSpan(layout, frequency, from);
  if (!span) return undefined;
  return rectAddress({ row: layout.headerRow, col: span.col, rowCount: 1, colCount: span.count });
}

/**
 * Writes the frame: title and group labels, header row, row labels, empty period cells with
 * their row's format (cells already written are kept), heading formats, and the Excel table.
 */
export function writePanelFrame(
  grid: SheetGrid,
  layout: PanelLayout,
  spec: { title: string; labelHeader: string; lang: Lang; role: TableRole; name: string; style: string },
): void {
  const { axis } = layout;
  grid.set(layout.titleRow, 0, text(spec.title));
  grid.formats.push({ range: cellAddress(layout.titleRow, 0), bold: true, fontSize: 12 });
  for (const g of axis.groups) {
    grid.set(layout.titleRow, g.firstCol, text(frequencyLabel(g.frequency, spec.lang)));
    grid.formats.push({ range: cellAddress(layout.titleRow, g.firstCol), bold: true, italic: true, fontColor: "#1F4E79" });
  }
  grid.set(layout.headerRow, 0, text(spec.labelHeader));
  axis.periods.forEach((p, i) => grid.set(layout.headerRow, 1 + i, text(p)));
  if (axis.periods.length) grid.formats.push({ range: rectAddress({ row: layout.headerRow, col: 1, rowCount: 1, colCount: axis.periods.length }), align: "right" });
  layout.rows.forEach((r, i) => {
    const row = layout.firstRow + i;
    grid.set(row, 0, text(r.label));
    for (let c = 1; c <= axis.periods.length; c++) if (!grid.get(row, c)) grid.set(row, c, blank(r.heading ? undefined : r.format));
    if (r.heading) grid.formats.push({ range: rectAddress({ row, col: 0, rowCount: 1, colCount: 1 + axis.periods.length }), bold: true, fill: "#DDEBF7" });
  });
  const columns: PlanColumn[] = [
    { header: spec.labelHeader, role: "label", format: TEXT_FORMAT },
    ...axis.periods.map((p): PlanColumn => ({ header: p, role: "period", period: p, format: "General" })),
  ];
  grid.tables.push({ role: spec.role, name: spec.name, rect: layout.rect, columns, style: spec.style });
}
