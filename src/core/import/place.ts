/** Naming a cell of the source for the preview and for SOURCE: "data.csv row 14, column C" or "Sheet1!C14". */
import type { Localized } from "../errors";
import { SOURCE_MSG } from "../dataset/source-messages";
import { columnLetters } from "../template/a1";
import type { Place, SourceTable } from "./types";

export { columnLetters };

/** A sheet name as Excel quotes it in a reference ('My sheet'!C14). */
function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The citation of a cell in both languages: "data.csv row 14, column C" / "data.csv 第 14 行 C 列", "data.xlsx 利润表!C4", "Model!E12". */
export function citeText(kind: SourceTable["kind"], file: string, sheet: string | undefined, column: string, row: number): Localized {
  if (kind === "csv") return SOURCE_MSG.csvCell(file, row, column);
  const ref = `${sheetRef(sheet ?? file)}!${column}${row}`;
  const text = kind === "xlsx" ? `${file} ${ref}` : ref;
  return { en: text, zh: text };
}

/** The English citation (the preview's messages and the stored figure's `cite`). */
export function citeOf(kind: SourceTable["kind"], file: string, sheet: string | undefined, column: string, row: number): string {
  return citeText(kind, file, sheet, column, row).en;
}

export function placeOf(t: SourceTable, r0: number, c0: number): Place {
  const row = t.origin.row + r0 + 1;
  const column = columnLetters(t.origin.col + c0);
  const cite = citeText(t.kind, t.file, t.sheet, column, row);
  return { row, column, text: cite.en, text_zh: cite.zh };
}
