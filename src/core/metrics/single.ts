/**
 * Option arguments that take one value (TOP_SHARE n, CYCLE_PHASE high / low / language): a range
 * is accepted only when it is a single cell.
 */
import { cellError, type CellError } from "../errors";
import type { CellValue } from "../values";
import { toNumber } from "./coerce";
import { METRICS_MSG } from "./messages";
import { formatShape, isGrid, shapeOf, type Arg } from "./shape";

/** The one value of an option argument, or #VALUE! when a larger range was given. */
export function singleValue(arg: Arg | undefined, fn: string, name: string): CellValue | CellError {
  if (!isGrid(arg)) return arg ?? null;
  const shape = shapeOf(arg, fn, name);
  if ("error" in shape) return shape;
  if (shape.rows !== 1 || shape.cols !== 1) return cellError("#VALUE!", METRICS_MSG.notSingle(fn, name, formatShape(shape)));
  return arg[0]![0]!;
}

/** A numeric option: blank or omitted → `fallback` (or #VALUE! "required" when there is none). */
export function numberOption(
  arg: Arg | undefined,
  fn: string,
  name: string,
  fallback?: number,
): number | CellError {
  const value = singleValue(arg, fn, name);
  const n = toNumber(value, fn, name);
  if (n === null) return fallback ?? cellError("#VALUE!", METRICS_MSG.required(fn, name));
  return n;
}
