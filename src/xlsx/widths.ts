/**
 * Column widths: plans give points (what Office.js `format.columnWidth` takes); the file
 * stores Excel's width unit, characters of the default font's widest digit plus padding
 * (ECMA-376 §18.3.1.13): width = truncate(pixels / maxDigitWidth × 256) / 256.
 * The workbook's default font is Calibri 11 (exceljs's default, as Excel's), whose widest
 * digit is 7 pixels at 96 dpi; Excel snaps widths to whole pixels. So 48 pt = 64 px = 9.140625,
 * the width Excel writes for its default 8.43-character column.
 */

const MAX_DIGIT_PX = 7;

export function pointsToColumnWidth(points: number): number {
  const px = Math.round((points * 96) / 72);
  return Math.trunc((px / MAX_DIGIT_PX) * 256) / 256;
}

/** The inverse, for reading a file back (exact to the pixel Excel snapped to). */
export function columnWidthToPoints(width: number): number {
  return (Math.round(width * MAX_DIGIT_PX) * 72) / 96;
}
