/**
 * A1 addresses: parsing what adapters pass to getRange / tables.add / setPosition, and
 * formatting what Excel returns from `range.address` or a series' source string.
 * Rows and columns are zero-based inside the fake, one-based / lettered in addresses.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based, never empty. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
}

export interface ParsedAddress {
  /** Sheet name as written (unquoted), when the address had a `Sheet!` prefix. */
  readonly sheet?: string;
  readonly rect: Rect;
}

export function rect(r0: number, c0: number, rows: number, cols: number): Rect {
  return { r0, c0, rows, cols };
}

export function lastRow(r: Rect): number {
  return r.r0 + r.rows - 1;
}

export function lastCol(r: Rect): number {
  return r.c0 + r.cols - 1;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part = { kind: "cell"; r: number; c: number } | { kind: "col"; c: number } | { kind: "row"; r: number };

function parsePart(text: string): Part | null {
  let m = CELL.exec(text);
  if (m) {
    const c = columnIndex(m[1]!);
    const r = Number(m[2]) - 1;
    return r >= 0 && r < MAX_ROWS && c < MAX_COLUMNS ? { kind: "cell", r, c } : null;
  }
  m = COLUMN.exec(text);
  if (m) {
    const c = columnIndex(m[1]!);
    return c < MAX_COLUMNS ? { kind: "col", c } : null;
  }
  m = ROW.exec(text);
  if (m) {
    const r = Number(m[1]) - 1;
    return r >= 0 && r < MAX_ROWS ? { kind: "row", r } : null;
  }
  return null;
}

/** Splits `Sheet!ref` / `'My ''Sheet'!ref`; returns null when the quoting is broken. */
export function splitSheet(address: string): { sheet?: string; ref: string } | null {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== "!") return null;
    return { sheet: name, ref: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { ref: text };
  return { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
}

/** Parses "A1", "$A$1:C3", "A:C", "2:4", "Sheet1!B2:B6", "'My Sheet'!A1". Null when it is not an address. */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address);
  if (!split || split.ref.length === 0) return null;
  const [first, second, extra] = split.ref.split(":");
  if (extra !== undefined || first === undefined) return null;
  const a = parsePart(first);
  const b = second === undefined ? a : parsePart(second);
  if (!a || !b) return null;
  let result: Rect;
  if (a.kind === "cell" && b.kind === "cell") {
    const r0 = Math.min(a.r, b.r);
    const c0 = Math.min(a.c, b.c);
    result = rect(r0, c0, Math.max(a.r, b.r) - r0 + 1, Math.max(a.c, b.c) - c0 + 1);
  } else if (a.kind === "col" && b.kind === "col" && second !== undefined) {
    const c0 = Math.min(a.c, b.c);
    result = rect(0, c0, MAX_ROWS, Math.max(a.c, b.c) - c0 + 1);
  } else if (a.kind === "row" && b.kind === "row" && second !== undefined) {
    const r0 = Math.min(a.r, b.r);
    result = rect(r0, 0, Math.max(a.r, b.r) - r0 + 1, MAX_COLUMNS);
  } else {
    return null;
  }
  return split.sheet === undefined ? { rect: result } : { sheet: split.sheet, rect: result };
}

function cellRef(r: number, c: number, absolute: boolean): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(c)}${d}${r + 1}`;
}

/** Formats a rectangle the way Excel prints it: "A1", "A1:C3", "A:C", "2:4". */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  // Whole rows first: the whole sheet is "1:1048576", as Excel writes it.
  if (r.c0 === 0 && r.cols === MAX_COLUMNS) {
    return `${d}${r.r0 + 1}:${d}${lastRow(r) + 1}`;
  }
  if (r.r0 === 0 && r.rows === MAX_ROWS) {
    return `${d}${columnLetters(r.c0)}:${d}${columnLetters(lastCol(r))}`;
  }
  const start = cellRef(r.r0, r.c0, absolute);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${cellRef(lastRow(r), lastCol(r), absolute)}`;
}

/**
 * Quotes a sheet name for use in an address when Excel would: anything but letters, digits,
 * underscores and periods (not starting with a digit or period), or a name that reads as a
 * cell reference ("A1", "R1C1").
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr](\d*)([Cc]\d*)?$/.test(name) &&
    !/^[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r, absolute)}`;
}

export function cellKey(r: number, c: number): string {
  return `${r},${c}`;
}

export function parseKey(key: string): [number, number] {
  const comma = key.indexOf(",");
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.c0 >= outer.c0 && lastRow(inner) <= lastRow(outer) && lastCol(inner) <= lastCol(outer);
}

export function containsCell(outer: Rect, r: number, c: number): boolean {
  return r >= outer.r0 && r <= lastRow(outer) && c >= outer.c0 && c <= lastCol(outer);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(lastRow(a), lastRow(b));
  const c1 = Math.min(lastCol(a), lastCol(b));
  return r1 < r0 || c1 < c0 ? null : rect(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const r0 = Math.min(a.r0, b.r0);
  const c0 = Math.min(a.c0, b.c0);
  return rect(r0, c0, Math.max(lastRow(a), lastRow(b)) - r0 + 1, Math.max(lastCol(a), lastCol(b)) - c0 + 1);
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.rows === b.rows && a.cols === b.cols;
}

export function inBounds(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.rows >= 1 && r.cols >= 1 && lastRow(r) < MAX_ROWS && lastCol(r) < MAX_COLUMNS;
}
