/**
 * parseImportFile(bytes, fileName): a CSV or xlsx file → its tables, ready for the preview.
 * The parsers (papaparse, read-excel-file) load here, on the first import, through dynamic
 * import(): the pane's first load and the functions bundle do not carry them.
 *
 * read-excel-file's "universal" entry reads an ArrayBuffer in the browser and in Node alike
 * (its /node entry pulls in Node streams, its /browser entry a Web Worker).
 */
import type { Localized } from "../errors";
import { decodeText } from "./decode";
import { MAX_COLUMNS, MAX_ROWS } from "./limits";
import { IMPORT_MSG } from "./messages";
import { csvRows } from "./read-csv";
import type { Cell, ParsedSource, SourceTable } from "./types";

const fail = (file: string, kind: ParsedSource["kind"], failure: Localized): ParsedSource => ({ file, kind, tables: [], failure });

function kindOf(fileName: string): "csv" | "xlsx" | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "csv" || ext === "txt" || ext === "tsv") return "csv";
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  return undefined;
}

function sizeFailure(file: string, tables: readonly SourceTable[]): Localized | undefined {
  for (const t of tables) {
    if (t.rows.length > MAX_ROWS) return IMPORT_MSG.file.tooManyRows(file);
    if (t.rows.some((r) => r.length > MAX_COLUMNS)) return IMPORT_MSG.file.tooManyColumns(file);
  }
  return undefined;
}

/** Reads a CSV text (already decoded). */
export async function parseCsvText(text: string, fileName: string, encoding = "utf-8"): Promise<ParsedSource> {
  const papa = (await import(/* webpackChunkName: "import-csv" */ "papaparse")).default;
  const read = csvRows(papa, text);
  if (read.tooMany) return fail(fileName, "csv", IMPORT_MSG.file.tooManyRows(fileName));
  if (read.rows.length === 0) return fail(fileName, "csv", IMPORT_MSG.file.empty(fileName));
  const tables: SourceTable[] = [{ file: fileName, kind: "csv", origin: { row: 0, col: 0 }, rows: read.rows }];
  const size = sizeFailure(fileName, tables);
  return size ? fail(fileName, "csv", size) : { file: fileName, kind: "csv", encoding, tables };
}

function xlsxCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.trim() === "" ? null : s;
}

async function parseXlsx(bytes: Uint8Array, fileName: string): Promise<ParsedSource> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const readXlsxFile = (await import(/* webpackChunkName: "import-xlsx" */ "read-excel-file/universal")).default;
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = await readXlsxFile(buffer);
  } catch (e) {
    return fail(fileName, "xlsx", IMPORT_MSG.file.xlsx(fileName, e instanceof Error ? e.message : String(e)));
  }
  const tables: SourceTable[] = sheets
    .map((s) => ({ file: fileName, kind: "xlsx" as const, sheet: s.sheet, origin: { row: 0, col: 0 }, rows: s.data.map((r) => r.map(xlsxCell)) }))
    .filter((t) => t.rows.some((r) => r.some((c) => c !== null)));
  if (tables.length === 0) return fail(fileName, "xlsx", IMPORT_MSG.file.empty(fileName));
  const size = sizeFailure(fileName, tables);
  return size ? fail(fileName, "xlsx", size) : { file: fileName, kind: "xlsx", tables };
}

/** A file's bytes → its tables, or the reason it cannot be read. Never throws. */
export async function parseImportFile(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<ParsedSource> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const kind = kindOf(fileName);
  if (!kind) return fail(fileName, "csv", IMPORT_MSG.file.kind(fileName));
  if (data.length === 0) return fail(fileName, kind, IMPORT_MSG.file.empty(fileName));
  if (kind === "xlsx") return parseXlsx(data, fileName);
  const decoded = decodeText(data);
  if (!decoded.ok) return fail(fileName, "csv", decoded.reason === "binary" ? IMPORT_MSG.file.binary(fileName) : IMPORT_MSG.file.encoding(fileName));
  if (decoded.text.trim() === "") return fail(fileName, "csv", IMPORT_MSG.file.empty(fileName));
  return parseCsvText(decoded.text, fileName, decoded.encoding);
}

/**
 * A range of the workbook → a table. `values` and `texts` as Excel reports them; a number whose
 * displayed text is a date or a period (a header formatted as a date) is taken as its text.
 */
export function parseRange(sheet: string, address: { row: number; col: number }, values: readonly (readonly unknown[])[], texts?: readonly (readonly string[])[]): ParsedSource {
  const rows = values.map((r, i) =>
    r.map((v, j): Cell => {
      const t = texts?.[i]?.[j];
      if (typeof v === "number" && t !== undefined && t.trim() !== "" && /[-/年]/.test(t) && !/^[-+(]?[\d,.]+\)?%?$/.test(t.trim())) return t;
      return xlsxCell(v);
    }),
  );
  const table: SourceTable = { file: sheet, kind: "range", sheet, origin: address, rows };
  if (!rows.some((r) => r.some((c) => c !== null))) return fail(sheet, "range", IMPORT_MSG.file.empty(sheet));
  const size = sizeFailure(sheet, [table]);
  return size ? fail(sheet, "range", size) : { file: sheet, kind: "range", tables: [table] };
}
