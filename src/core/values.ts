/**
 * What a CAPCYCLE function receives and returns, independent of Office.js. The functions
 * edge converts Excel's arguments into these (blank → null, Excel error objects → CellError)
 * and converts results back (CellError → CustomFunctions.Error, "" for a blank position).
 */
import type { CellError } from "./errors";

/** One cell as core sees it. `null` is a blank cell (missing data, never zero). */
export type CellValue = number | string | boolean | null | CellError;

/** A range, row-major. A single value is a 1×1 grid. */
export type Grid = CellValue[][];

/** One result position: a number, text, "" for blank, or an error. */
export type ResultValue = number | string | CellError;

export type ResultGrid = ResultValue[][];
