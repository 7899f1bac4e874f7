/**
 * A chart series' source as Excel reports it (Series.getDimensionDataSourceString, ExcelApi
 * 1.15): "=Model!$C$5:$C$9", "='My model'!$C$5:$C$9", "Sheet1!C5". Anything else — several
 * areas, literal arrays ({1,2,3}), names, other workbooks — is not understood, and a chart
 * with such a series is never changed.
 */
import { parseRect, quoteSheetName, rectAddress, type CellRect } from "../template/a1";

export interface SourceRange {
  readonly sheet: string;
  readonly rect: CellRect;
}

export function parseSourceAddress(source: string): SourceRange | null {
  let s = source.trim();
  if (s.startsWith("=")) s = s.slice(1).trim();
  if (s.startsWith("(") || s.includes(",") || s.includes("{") || s.includes("[")) return null;
  let sheet: string;
  let rest: string;
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    for (; i < s.length; i++) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += s[i];
    }
    if (s[i] !== "'" || s[i + 1] !== "!") return null;
    sheet = name;
    rest = s.slice(i + 2);
  } else {
    const bang = s.lastIndexOf("!");
    if (bang <= 0) return null;
    sheet = s.slice(0, bang);
    rest = s.slice(bang + 1);
    if (!/^[^\s'!]+$/.test(sheet)) return null;
  }
  const rect = parseRect(rest);
  return rect ? { sheet, rect } : null;
}

export function formatSourceAddress(src: SourceRange): string {
  return `=${quoteSheetName(src.sheet)}!${rectAddress(src.rect, true)}`;
}

/** Office.js range address ("Model!C5:C9", "'My model'!C5:C9") → sheet and rect. */
export function parseRangeAddress(address: string): SourceRange | null {
  return parseSourceAddress(address);
}
