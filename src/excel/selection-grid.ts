/**
 * What a person selected, as the grid core's selection planner reads (pure; no Office.js):
 * - addresses as Excel reports them, whole rows and columns included ("Model!3:5", "Model!C:D");
 * - several areas picked with Ctrl (rows spanning the same columns, or columns spanning the
 *   same rows) stacked into one "virtual" block, planned as if adjacent, then every cell
 *   reference of the plan mapped back to the real rows or columns;
 * - where the ratio line may go without touching an Excel table's edge (a write right below or
 *   right of a table makes Excel absorb it: office-js #2097, #6745).
 */
import { columnLetters, type CellRect } from "../core/template/a1";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "Model!C5:H5", "'My model'!3:5", "C:D", "B2" → the sheet name and the rectangle (null if not an address). */
export function parseSelectionAddress(address: string): { sheet: string; rect: CellRect } | null {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang < 0 ? "" : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const ref = address.slice(bang + 1).replace(/\$/g, "").toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]!);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    return { sheet, rect: { row: Math.min(r1, r2), col: Math.min(c1, c2), rowCount: Math.abs(r2 - r1) + 1, colCount: Math.abs(c2 - c1) + 1 } };
  }
  m = /^(\d+):(\d+)$/.exec(ref);
  if (m) {
    const a = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    return { sheet, rect: { row: Math.min(a, b), col: 0, rowCount: Math.abs(b - a) + 1, colCount: MAX_COLUMNS } };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(ref);
  if (m) {
    const a = columnIndex(m[1]!);
    const b = columnIndex(m[2]!);
    return { sheet, rect: { row: 0, col: Math.min(a, b), rowCount: MAX_ROWS, colCount: Math.abs(b - a) + 1 } };
  }
  return null;
}

export function intersectRects(a: CellRect, b: CellRect): CellRect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.col + a.colCount, b.col + b.colCount);
  return rowEnd <= row || colEnd <= col ? null : { row, col, rowCount: rowEnd - row, colCount: colEnd - col };
}

/** Areas stacked into one block: `virtual` is what the planner sees; the maps take it back to the sheet. */
export interface StackedAreas {
  readonly virtual: CellRect;
  /** The areas in the order stacked (top to bottom, or left to right). */
  readonly areas: readonly CellRect[];
  readonly by: "rows" | "columns";
  /** Virtual row (or column) → real one, for the stacked dimension only. */
  readonly map: ReadonlyMap<number, number>;
}

/**
 * Several areas → one block, when they are rows over the same columns or columns over the same
 * rows and do not overlap; null otherwise. One area is its own block.
 */
export function stackAreas(areas: readonly CellRect[]): StackedAreas | null {
  if (areas.length === 0) return null;
  const first = areas[0]!;
  const sameCols = areas.every((a) => a.col === first.col && a.colCount === first.colCount);
  const sameRows = areas.every((a) => a.row === first.row && a.rowCount === first.rowCount);
  const by: "rows" | "columns" | null = areas.length === 1 || sameCols ? "rows" : sameRows ? "columns" : null;
  if (!by) return null;
  const start = (a: CellRect) => (by === "rows" ? a.row : a.col);
  const size = (a: CellRect) => (by === "rows" ? a.rowCount : a.colCount);
  const sorted = [...areas].sort((a, b) => start(a) - start(b));
  const map = new Map<number, number>();
  let next = start(sorted[0]!);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (i > 0 && start(a) < start(sorted[i - 1]!) + size(sorted[i - 1]!)) return null; // overlapping areas
    for (let k = 0; k < size(a); k++) map.set(next++, start(a) + k);
  }
  const total = sorted.reduce((n, a) => n + size(a), 0);
  const virtual = by === "rows" ? { ...first, row: start(sorted[0]!), rowCount: total } : { ...first, col: start(sorted[0]!), colCount: total };
  return { virtual, areas: sorted, by, map };
}

/** Rewrites every A1 cell reference in `text` (an address or a formula) from virtual to real rows/columns. */
export function toRealRefs(text: string, stacked: StackedAreas): string {
  return text.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g, (all, d1: string, letters: string, d2: string, digits: string) => {
    const col = columnIndex(letters);
    const row = Number(digits) - 1;
    const realRow = stacked.by === "rows" ? (stacked.map.get(row) ?? row) : row;
    const realCol = stacked.by === "columns" ? (stacked.map.get(col) ?? col) : col;
    if (realRow === row && realCol === col) return all;
    return `${d1}${columnLetters(realCol)}${d2}${realRow + 1}`;
  });
}

/**
 * True when writing `cells` would let Excel absorb them into a table: inside a table, in the
 * row right below one (under its columns) or the column right of one (beside its rows).
 */
export function touchesTable(cells: CellRect, tables: readonly CellRect[]): boolean {
  return tables.some((t) => {
    const grown = { row: t.row, col: t.col, rowCount: t.rowCount + 1, colCount: t.colCount };
    const wider = { row: t.row, col: t.col, rowCount: t.rowCount, colCount: t.colCount + 1 };
    return intersectRects(cells, grown) !== null || intersectRects(cells, wider) !== null;
  });
}

