/**
 * The one place where figure arguments are converted and broadcast (SPEC section 2), so each
 * metric is only a kernel over plain numbers:
 *
 *   shapes checked → single values converted once → per position: first error in argument order
 *   wins, else a blank gives "", else kernel(numbers) → non-finite results become #NUM!.
 *
 * Errors beat blanks at a position, as in Excel (=A1/B1 with A1 blank and B1 #N/A is #N/A).
 * A call-level problem (empty range, mismatched shapes) is a 1×1 grid holding the error, so the
 * result is always a grid.
 */
import type { CellError } from "../errors";
import type { Grid, ResultGrid, ResultValue } from "../values";
import { finite, toNumber } from "./coerce";
import { broadcastShape, isSingle, shapeOf, toGrid, type Arg, type Shape } from "./shape";

/** Arguments after shape checks: ready to be read position by position. */
export interface Prepared {
  readonly fn: string;
  readonly params: readonly string[];
  readonly shape: Shape;
  readonly grids: readonly Grid[];
  /** For an argument given as a single value: its converted value (read once, broadcast). */
  readonly single: readonly (number | null | CellError | undefined)[];
}

export function prepare(fn: string, params: readonly string[], args: readonly (Arg | undefined)[]): Prepared | CellError {
  const grids = params.map((_, i) => toGrid(args[i]));
  const shapes: Shape[] = [];
  for (let i = 0; i < grids.length; i++) {
    const shape = shapeOf(grids[i]!, fn, params[i]!);
    if ("error" in shape) return shape;
    shapes.push(shape);
  }
  const shape = broadcastShape(shapes, fn, params);
  if ("error" in shape) return shape;
  const single = shapes.map((s, i) => (isSingle(s) ? toNumber(grids[i]![0]![0], fn, params[i]!) : undefined));
  return { fn, params, shape, grids, single };
}

/** Argument `k` at row `r`, column `c` as a number, blank (null) or error. */
export function numberAt(p: Prepared, k: number, r: number, c: number): number | null | CellError {
  const s = p.single[k];
  if (s !== undefined) return s;
  return toNumber(p.grids[k]![r]![c], p.fn, p.params[k]!);
}

/** A metric over plain finite numbers; unused trailing parameters are ignored. */
export type Kernel = (a: number, b: number, c: number) => number | CellError;

export interface ElementwiseSpec {
  readonly name: string;
  /** Parameter names as users see them; 2 or 3 of them. */
  readonly params: readonly string[];
  readonly kernel: Kernel;
  /** A value standing in for a blank (or omitted) argument, e.g. RECEIVABLE_DAYS days = 365. */
  readonly blankAs?: readonly (number | undefined)[];
}

/** Argument `k` at a position, through the fast path for plain finite numbers. */
function read(p: Prepared, grid: Grid | undefined, k: number, r: number, c: number): number | null | CellError | undefined {
  if (grid === undefined) return p.single[k];
  const raw = grid[r]![c];
  // raw - raw is 0 only for finite numbers (NaN for NaN and ±Infinity).
  return typeof raw === "number" && raw - raw === 0 ? raw : toNumber(raw, p.fn, p.params[k]!);
}

export function elementwise(spec: ElementwiseSpec, args: readonly (Arg | undefined)[]): ResultGrid {
  const p = prepare(spec.name, spec.params, args);
  if ("error" in p) return [[p]];
  const { rows, cols } = p.shape;
  const kernel = spec.kernel;
  const arity = spec.params.length;
  const blankA = spec.blankAs?.[0];
  const blankB = spec.blankAs?.[1];
  const blankC = spec.blankAs?.[2];
  // Per argument: the grid to read, or undefined when it is a broadcast single value.
  const gA = p.single[0] === undefined ? p.grids[0] : undefined;
  const gB = p.single[1] === undefined ? p.grids[1] : undefined;
  const gC = arity > 2 && p.single[2] === undefined ? p.grids[2] : undefined;
  const out: ResultGrid = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: ResultValue[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      // Errors in argument order first, then blanks, then the kernel.
      let a = read(p, gA, 0, r, c);
      let b = read(p, gB, 1, r, c);
      let z = arity > 2 ? read(p, gC, 2, r, c) : 0;
      if (a == null && blankA !== undefined) a = blankA;
      if (b == null && blankB !== undefined) b = blankB;
      if (z == null && blankC !== undefined) z = blankC;
      let result: ResultValue;
      if (a != null && typeof a !== "number") result = a;
      else if (b != null && typeof b !== "number") result = b;
      else if (z != null && typeof z !== "number") result = z;
      else if (a == null || b == null || z == null) result = "";
      else {
        const y = kernel(a, b, z);
        result = typeof y === "number" ? finite(y) : y;
      }
      row[c] = result;
    }
    out[r] = row;
  }
  return out;
}
