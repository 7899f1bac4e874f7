/**
 * CSV text → table, with papaparse (RFC 4180 quoting, delimiter detection: comma, tab,
 * semicolon, pipe). Every cell stays text here (no dynamic typing: "00700" keeps its zeros,
 * "=cmd|…" stays the text it is); cells.ts reads numbers later, cell by cell.
 * Rows past MAX_ROWS are not parsed: the import is refused with the count.
 */
import type Papa from "papaparse";
import type { Cell } from "./types";
import { MAX_ROWS } from "./limits";

export interface CsvRead {
  readonly rows: Cell[][];
  /** True when the file has more than MAX_ROWS rows (then `rows` holds the first MAX_ROWS + 1). */
  readonly tooMany: boolean;
}

export function csvRows(papa: typeof Papa, text: string): CsvRead {
  const result = papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    preview: MAX_ROWS + 1,
    skipEmptyLines: false,
    delimitersToGuess: [",", "\t", ";", "|"],
  });
  const rows = result.data.map((r) => r.map((c): Cell => (c.trim() === "" ? null : c)));
  // papaparse returns a trailing [""] for a final newline.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  return { rows, tooMany: rows.length > MAX_ROWS };
}
