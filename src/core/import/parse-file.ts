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
import { csvRows } from "./read-csv";
import type { Cell, ParsedSource, SourceTable } from "./types";

const fail = (file: string, kind: ParsedSource["kind"], failure: Localized): ParsedSource => ({ file, kind, tables: [], failure });

export const READ_MESSAGES = {
  empty: (file: string): Localized => ({ en: `${file} is empty: it has no rows to import.`, zh: `${file} 是空文件：没有可导入的行。` }),
  encoding: (file: string): Localized => ({
    en: `${file} is neither UTF-8 nor GB18030/GBK text. Save it again as "CSV UTF-8" (Excel: File → Save As) and import that file.`,
    zh: `${file} 既不是 UTF-8 也不是 GB18030/GBK 编码的文本。请另存为“CSV UTF-8”（Excel：文件 → 另存为）后再导入。`,
  }),
  binary: (file: string): Localized => ({
    en: `${file} is not a text file (it holds binary data). Import a .csv or an .xlsx file; save an .xls workbook as .xlsx first.`,
    zh: `${file} 不是文本文件（含二进制数据）。请导入 .csv 或 .xlsx 文件；.xls 工作簿请先另存为 .xlsx。`,
  }),
  xlsx: (file: string, detail: string): Localized => ({
    en: `${file} could not be read as an .xlsx workbook (${detail}). Open it in Excel and save it as .xlsx or .csv.`,
    zh: `无法将 ${file} 读作 .xlsx 工作簿（${detail}）。请在 Excel 中打开并另存为 .xlsx 或 .csv。`,
  }),
  kind: (file: string): Localized => ({
    en: `${file}: only .csv, .txt, .tsv and .xlsx files can be imported.`,
    zh: `${file}：只能导入 .csv、.txt、.tsv 和 .xlsx 文件。`,
  }),
  tooManyRows: (file: string): Localized => ({
    en: `${file} has more than ${MAX_ROWS.toLocaleString("en-US")} rows. Import the companies and fields you need (filter the export), at most ${MAX_ROWS.toLocaleString("en-US")} rows at a time.`,
    zh: `${file} 超过 ${MAX_ROWS.toLocaleString("en-US")} 行。请只导出所需的公司和指标（筛选后导出），每次至多 ${MAX_ROWS.toLocaleString("en-US")} 行。`,
  }),
  tooManyColumns: (file: string): Localized => ({
    en: `${file} has more than ${MAX_COLUMNS} columns. Put periods across and fields down (at most ${MAX_COLUMNS} columns), or use the long layout.`,
    zh: `${file} 超过 ${MAX_COLUMNS} 列。请将期间横排、指标竖排（至多 ${MAX_COLUMNS} 列），或改用长表格式。`,
  }),
};

function kindOf(fileName: string): "csv" | "xlsx" | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "csv" || ext === "txt" || ext === "tsv") return "csv";
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  return undefined;
}

function sizeFailure(file: string, tables: readonly SourceTable[]): Localized | undefined {
  for (const t of tables) {
    if (t.rows.length > MAX_ROWS) return READ_MESSAGES.tooManyRows(file);
    if (t.rows.some((r) => r.length > MAX_COLUMNS)) return READ_MESSAGES.tooManyColumns(file);
  }
  return undefined;
}

/** Reads a CSV text (already decoded). */
export async function parseCsvText(text: string, fileName: string, encoding = "utf-8"): Promise<ParsedSource> {
  const papa = (await import(/* webpackChunkName: "import-csv" */ "papaparse")).default;
  const read = csvRows(papa, text);
  if (read.tooMany) return fail(fileName, "csv", READ_MESSAGES.tooManyRows(fileName));
  if (read.rows.length === 0) return fail(fileName, "csv", READ_MESSAGES.empty(fileName));
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
    return fail(fileName, "xlsx", READ_MESSAGES.xlsx(fileName, e instanceof Error ? e.message : String(e)));
  }
  const tables: SourceTable[] = sheets
    .map((s) => ({ file: fileName, kind: "xlsx" as const, sheet: s.sheet, origin: { row: 0, col: 0 }, rows: s.data.map((r) => r.map(xlsxCell)) }))
    .filter((t) => t.rows.some((r) => r.some((c) => c !== null)));
  if (tables.length === 0) return fail(fileName, "xlsx", READ_MESSAGES.empty(fileName));
  const size = sizeFailure(fileName, tables);
  return size ? fail(fileName, "xlsx", size) : { file: fileName, kind: "xlsx", tables };
}

/** A file's bytes → its tables, or the reason it cannot be read. Never throws. */
export async function parseImportFile(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<ParsedSource> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const kind = kindOf(fileName);
  if (!kind) return fail(fileName, "csv", READ_MESSAGES.kind(fileName));
  if (data.length === 0) return fail(fileName, kind, READ_MESSAGES.empty(fileName));
  if (kind === "xlsx") return parseXlsx(data, fileName);
  const decoded = decodeText(data);
  if (!decoded.ok) return fail(fileName, "csv", decoded.reason === "binary" ? READ_MESSAGES.binary(fileName) : READ_MESSAGES.encoding(fileName));
  if (decoded.text.trim() === "") return fail(fileName, "csv", READ_MESSAGES.empty(fileName));
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
  if (!rows.some((r) => r.some((c) => c !== null))) return fail(sheet, "range", READ_MESSAGES.empty(sheet));
  const size = sizeFailure(sheet, [table]);
  return size ? fail(sheet, "range", size) : { file: sheet, kind: "range", tables: [table] };
}
