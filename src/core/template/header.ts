/**
 * The header block's rows: title, ticker, unit, data as of and cycle phase (rows 0–4, the phase
 * in B5), then the lines of how the phase is read, the formula style, what is missing, the
 * blank-cells note and the phase under each reading where contested. The long texts are split
 * into lines that end inside the printed width (lines.ts), one cell each: they run on to the
 * right of their cell instead of wrapping, so the frozen rows above the period header stay as
 * short as they can.
 */
import { splitLines } from "./lines";

/** The header's texts that may run long: each becomes as many lines as the printed width needs. */
export interface HeaderTexts {
  /** How the phase is read (under the phase, from column A: the width of the page); null without a phase. */
  readonly basis: string | null;
  /** What is missing (column B). */
  readonly missing: string;
  /** "Blank cells are missing data…" (column A). */
  readonly blank: string;
  /** One per reading of a contested phase, the primary first (column A). */
  readonly readings: readonly string[];
}

export type HeaderLines = { readonly [K in keyof HeaderTexts]: readonly string[] };

/** Lines of the header's texts within `width` points (column B's texts start after column A's `labelWidth`). */
export function headerLines(t: HeaderTexts, width: number, labelWidth: number): HeaderLines {
  return {
    basis: t.basis === null ? [] : splitLines(t.basis, width),
    missing: splitLines(t.missing, width - labelWidth),
    blank: splitLines(t.blank, width),
    readings: t.readings.flatMap((r) => splitLines(r, width)),
  };
}

/**
 * Rows of the header block: title, ticker, unit, data as of, cycle phase (rows 0–4, the phase in
 * B5), then the lines of how the phase is read, formula style, what is missing, the blank-cells
 * note and the readings of a contested phase.
 */
export function headerRowsOf(l: HeaderLines): { basis: number; formulaStyle: number; missing: number; blank: number; readings: number; rows: number } {
  const basis = 5;
  const formulaStyle = basis + l.basis.length;
  const missing = formulaStyle + 1;
  const blank = missing + Math.max(1, l.missing.length);
  const readings = blank + l.blank.length;
  return { basis, formulaStyle, missing, blank, readings, rows: readings + l.readings.length };
}
