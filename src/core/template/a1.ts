/**
 * A1-style addresses, 0-based internally. Templates use plain A1 references everywhere
 * (no structured references: the test engine cannot evaluate them, and portable workbooks
 * must open anywhere).
 */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row 0, col 2) → "C1". */
export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetters(col)}$${row + 1}` : `${columnLetters(col)}${row + 1}`;
}

/** A rectangle of cells, 0-based, inclusive. */
export interface CellRect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export function rectAddress(rect: CellRect, absolute = false): string {
  const a = cellAddress(rect.row, rect.col, absolute);
  if (rect.rowCount === 1 && rect.colCount === 1) return a;
  return `${a}:${cellAddress(rect.row + rect.rowCount - 1, rect.col + rect.colCount - 1, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** "C5" or "$C$5" → {row 4, col 2}; null otherwise. */
export function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  return col < 0 || col > 16383 || row > 1048575 ? null : { row, col };
}

/** "C5:D9", "$C$5:$D$9" or "C5" → a rect (corners normalised); null otherwise. */
export function parseRect(text: string): CellRect | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]!);
  const b = parts.length === 2 ? parseCell(parts[1]!) : a;
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 };
}

/** Sheet name as it appears in a reference: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Do two rects share a cell? */
export function rectsOverlap(a: CellRect, b: CellRect): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}
