/**
 * Reading an exported package back, independently of how it was written: exceljs for cells,
 * formats and tables, jszip for the custom XML part, and HyperFormula to recompute every
 * formula from the cells as read (not from the plan).
 */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { cellAddress } from "../../src/core/template/a1";
import { isCellError } from "../../src/core/errors";
import { readCustomXmlParts } from "../../src/xlsx/custom-xml";
import { loadWorkbook, readFormulaCells, type FormulaCell } from "../../src/xlsx/read";
import { buildEngine, cachedFromEngine, type CachedResult } from "../../src/xlsx/results";
import { withoutXlfnPrefixes } from "../../src/xlsx/xlfn";

export interface ReadBack {
  readonly wb: ExcelJS.Workbook;
  readonly ws: ExcelJS.Worksheet;
  readonly formulas: Map<string, FormulaCell>;
  readonly parts: { path: string; namespace: string; xml: string }[];
}

export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const wb = await loadWorkbook(bytes);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no worksheet in the package");
  return { wb, ws, formulas: await readFormulaCells(bytes), parts: await readCustomXmlParts(bytes) };
}

/** The engine's input for a cell as read: text stays text, formulas without `_xlfn.`. */
function engineInputOf(cell: ExcelJS.Cell): string | number | null {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return null;
    case ExcelJS.ValueType.String:
      return `'${cell.value as string}`;
    case ExcelJS.ValueType.Number:
      return cell.value as number;
    case ExcelJS.ValueType.Formula:
      return `=${withoutXlfnPrefixes((cell.value as ExcelJS.CellFormulaValue).formula)}`;
    default:
      throw new Error(`${cell.address}: unexpected cell type ${cell.type}`);
  }
}

/** Recomputes every formula of the sheet as read; null where the engine gives no Excel value. */
export function recompute(ws: ExcelJS.Worksheet): Map<string, CachedResult | null> {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const data: (string | number | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: (string | number | null)[] = [];
    for (let c = 1; c <= cols; c++) row.push(engineInputOf(ws.getCell(r, c)));
    data.push(row);
  }
  const hf = buildEngine(data);
  const out = new Map<string, CachedResult | null>();
  data.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && v.startsWith("=")) out.set(cellAddress(r, c), cachedFromEngine(hf.getCellValue({ sheet: 0, row: r, col: c })));
    }),
  );
  hf.destroy();
  return out;
}

/** Same value, numbers to 1e-12 relative (the cache holds 15 significant digits). */
export function same(a: CachedResult | null | undefined, b: CachedResult | null | undefined): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  if (isCellError(a) && isCellError(b)) return a.error === b.error;
  return a === b;
}

export const show = (v: unknown): string => JSON.stringify(v);

const ROOT = resolve(__dirname, "../..");

/** Runs scripts/export.ts as `npm run export` does (tsx; without npm's INIT_CWD unless given; LANG=C unless given). */
export function runExport(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const base: Record<string, string | undefined> = { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "", INIT_CWD: undefined, ...env };
  return new Promise((done, fail) => {
    const child = spawn(join(ROOT, "node_modules/.bin/tsx"), ["scripts/export.ts", ...args], { cwd: ROOT, env: base });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}
