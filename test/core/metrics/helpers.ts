/** Small readers for results in tests: the error code or message at a position, all positions. */
import { isCellError } from "../../../src/core/errors";
import type { CellValue, ResultGrid, ResultValue } from "../../../src/core/values";

/** The error code of a result value, or undefined when it is not an error. */
export function code(v: ResultValue | undefined): string | undefined {
  return isCellError(v) ? v.error : undefined;
}

/** The English message of an error result ("" when none). */
export function en(v: ResultValue | undefined): string {
  return isCellError(v) ? (v.message?.en ?? "") : "";
}

export function zh(v: ResultValue | undefined): string {
  return isCellError(v) ? (v.message?.zh ?? "") : "";
}

/** A result grid with errors replaced by their codes, for whole-grid comparisons. */
export function codes(grid: ResultGrid): (number | string)[][] {
  return grid.map((row) => row.map((v) => (isCellError(v) ? v.error : v)));
}

/** A column grid from values: col(1, 2) → [[1], [2]]. */
export function col(...values: CellValue[]): CellValue[][] {
  return values.map((v) => [v]);
}

export const CJK = /[\u4e00-\u9fff]/;
