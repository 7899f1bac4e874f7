/**
 * Reading an exported (or recalculated) file back: each formula cell of the first sheet with
 * its formula and cached result. exceljs reads a cached empty string (`t="str"` with an empty
 * `<v>`) as "no result"; the sheet XML tells the two apart, so a blank result ("") is never
 * confused with a formula that has no cached value.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellError } from "../core/errors";
import type { CachedResult } from "./results";

export interface FormulaCell {
  readonly formula: string;
  /** undefined when the file holds no cached value. */
  readonly result: CachedResult | undefined;
}

/** The zip path of the workbook's first sheet (through workbook.xml and its relationships). */
async function firstSheetPath(zip: JSZip): Promise<string> {
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const rid = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(wb)?.[1];
  const rel = rid ? new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(rels)?.[0] : undefined;
  const target = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) return "xl/worksheets/sheet1.xml";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Addresses of the first sheet's formula cells whose cached result is the empty string. */
export async function emptyStringResults(xlsx: Uint8Array): Promise<Set<string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = (await zip.file(await firstSheetPath(zip))?.async("string")) ?? "";
  const out = new Set<string>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]!;
    const body = m[2] ?? "";
    if (!/\bt="str"/.test(attrs) || !/<f\b/.test(body)) continue;
    // <v></v>, <v/> or no <v> at all: a string result with no characters.
    const v = /<v>([\s\S]*?)<\/v>/.exec(body);
    if (v !== null && v[1] !== "") continue;
    const r = /\br="([A-Z]+[0-9]+)"/.exec(attrs)?.[1];
    if (r) out.add(r);
  }
  return out;
}

function resultOf(v: ExcelJS.CellFormulaValue["result"]): CachedResult | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "object" && "error" in v) return cellError(v.error);
  if (v instanceof Date) return undefined;
  return v;
}

/** Loads a package with exceljs. */
export async function loadWorkbook(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb;
}

/** Every formula cell of the first sheet: A1 → formula (as stored, without "=") and cached result. */
export async function readFormulaCells(xlsx: Uint8Array): Promise<Map<string, FormulaCell>> {
  const wb = await loadWorkbook(xlsx);
  const empty = await emptyStringResults(xlsx);
  const ws = wb.worksheets[0];
  const out = new Map<string, FormulaCell>();
  ws?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const v = cell.value as ExcelJS.CellFormulaValue;
      const result = resultOf(v.result) ?? (empty.has(cell.address) ? "" : undefined);
      out.set(cell.address, { formula: v.formula ?? "", result });
    }),
  );
  return out;
}
