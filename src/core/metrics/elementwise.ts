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
 *
 * Speed (SPEC §8: CAPEX_DA_RATIO over 100,000 rows within 20 ms). Ranges are read in one pass,
 * cell by cell, with no converted copy of any argument: a position where every argument is a
 * finite number goes straight to the kernel, and only the others (blank, text, boolean, error,
 * NaN) take the general path, `general`, which applies the rules above and is the reference
 * the fast path must agree with (test/core/metrics/fast-path.test.ts). The shape checks that
 * need no pass over the rows come first; that every row is as long as the first is checked in
 * the same pass, and a range failing it gets the error `prepare` gives. The only allocations
 * are the result rows (result-grid.ts says why a row of one number has an array literal of its
 * own), and a result with no error is marked so the edge does not read it again.
 */
import type { CellError } from "../errors";
import type { CellValue, Grid, ResultGrid, ResultValue } from "../values";
import { NUM, finite, toNumber } from "./coerce";
import { markClean, rowOf } from "./result-grid";
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
  const raw = p.grids[k]![r]![c];
  // raw - raw is 0 only for finite numbers (NaN for NaN and ±Infinity): those need no reading.
  return typeof raw === "number" && raw - raw === 0 ? raw : toNumber(raw, p.fn, p.params[k]!);
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

/**
 * One position by the rules, from the cells as given (a broadcast argument's value already
 * converted: converting it again changes nothing). The reference for the fast path.
 */
export function general(spec: ElementwiseSpec, a: CellValue, b: CellValue, c: CellValue): ResultValue {
  const fn = spec.name;
  const params = spec.params;
  let x = toNumber(a, fn, params[0]!);
  let y = toNumber(b, fn, params[1]!);
  let z = params.length > 2 ? toNumber(c, fn, params[2]!) : 0;
  if (spec.blankAs !== undefined) {
    const [blankA, blankB, blankC] = spec.blankAs;
    if (x === null && blankA !== undefined) x = blankA;
    if (y === null && blankB !== undefined) y = blankB;
    if (z === null && blankC !== undefined) z = blankC;
  }
  if (x !== null && typeof x !== "number") return x;
  if (y !== null && typeof y !== "number") return y;
  if (z !== null && typeof z !== "number") return z;
  if (x === null || y === null || z === null) return "";
  const result = spec.kernel(x, y, z);
  return typeof result === "number" ? finite(result) : result;
}

/** A broadcast argument's value, with a blank replaced by its stand-in (blankAs). */
function broadcastValue(spec: ElementwiseSpec, single: number | null | CellError | undefined, k: number): CellValue {
  const s = single ?? null;
  return s === null ? (spec.blankAs?.[k] ?? null) : s;
}

/**
 * The checks of `prepare` that need no pass over the rows: each argument's row count and first
 * row's length (its shape, if every row is as long), then broadcasting. That every row is as
 * long is checked while the rows are read. Undefined when a check fails: `prepare` then names
 * the problem, with all its checks in their usual order.
 */
function prepareQuick(fn: string, params: readonly string[], args: readonly (Arg | undefined)[]): Prepared | undefined {
  const grids: Grid[] = [];
  const shapes: Shape[] = [];
  for (let i = 0; i < params.length; i++) {
    const grid = toGrid(args[i]);
    const rows = grid.length;
    const cols = rows === 0 ? 0 : (grid[0]?.length ?? 0);
    if (rows === 0 || cols === 0) return undefined;
    grids.push(grid);
    shapes.push({ rows, cols });
  }
  const shape = broadcastShape(shapes, fn, params);
  if ("error" in shape) return undefined;
  const single = shapes.map((s, i) => (isSingle(s) ? toNumber(grids[i]![0]![0], fn, params[i]!) : undefined));
  return { fn, params, shape, grids, single };
}

/** The call-level error `prepare` finds, once `prepareQuick` or a row's length showed there is one. */
function shapeProblem(spec: ElementwiseSpec, args: readonly (Arg | undefined)[]): ResultGrid {
  const p = prepare(spec.name, spec.params, args);
  if ("error" in p) return [[p]];
  throw new Error(`${spec.name}: a range failed the quick shape check but passed the full one`);
}

export function elementwise(spec: ElementwiseSpec, args: readonly (Arg | undefined)[]): ResultGrid {
  const p = prepareQuick(spec.name, spec.params, args);
  if (p === undefined) return shapeProblem(spec, args);
  const { rows, cols } = p.shape;
  const kernel = spec.kernel;
  const three = spec.params.length > 2;
  // Per argument: the grid to read, or undefined when it is a broadcast single value (then sA…).
  const gA = p.single[0] === undefined ? p.grids[0] : undefined;
  const gB = p.single[1] === undefined ? p.grids[1] : undefined;
  const gC = three && p.single[2] === undefined ? p.grids[2] : undefined;
  const sA = broadcastValue(spec, p.single[0], 0);
  const sB = broadcastValue(spec, p.single[1], 1);
  // A two-argument kernel ignores its third number.
  const sC = three ? broadcastValue(spec, p.single[2], 2) : 0;
  const out: ResultGrid = new Array<ResultValue[]>(rows);
  let errors = 0;
  for (let r = 0; r < rows; r++) {
    let rowA: CellValue[] | undefined;
    let rowB: CellValue[] | undefined;
    let rowC: CellValue[] | undefined;
    // Every row as long as the first (a rectangular range), else the shape error.
    if (gA !== undefined && (rowA = gA[r])?.length !== cols) return shapeProblem(spec, args);
    if (gB !== undefined && (rowB = gB[r])?.length !== cols) return shapeProblem(spec, args);
    if (gC !== undefined && (rowC = gC[r])?.length !== cols) return shapeProblem(spec, args);
    if (cols === 1) {
      const a = rowA === undefined ? sA : rowA[0]!;
      const b = rowB === undefined ? sB : rowB[0]!;
      const c = rowC === undefined ? sC : rowC[0]!;
      let value: ResultValue;
      // x - x === 0 only for finite numbers.
      if (typeof a === "number" && a - a === 0 && typeof b === "number" && b - b === 0 && typeof c === "number" && c - c === 0) {
        const y = kernel(a, b, c);
        if (typeof y === "number" && y - y === 0) {
          out[r] = [y === 0 ? 0 : y]; // never −0
          continue;
        }
        value = typeof y === "number" ? NUM : y;
      } else {
        value = general(spec, a, b, c);
      }
      if (typeof value === "object") errors++;
      out[r] = rowOf(value);
      continue;
    }
    const row: ResultValue[] = new Array<ResultValue>(cols);
    for (let col = 0; col < cols; col++) {
      const a = rowA === undefined ? sA : rowA[col]!;
      const b = rowB === undefined ? sB : rowB[col]!;
      const c = rowC === undefined ? sC : rowC[col]!;
      let value: ResultValue;
      if (typeof a === "number" && a - a === 0 && typeof b === "number" && b - b === 0 && typeof c === "number" && c - c === 0) {
        const y = kernel(a, b, c);
        value = typeof y === "number" ? (y - y === 0 ? (y === 0 ? 0 : y) : NUM) : y;
      } else {
        value = general(spec, a, b, c);
      }
      if (typeof value === "object") errors++;
      row[col] = value;
    }
    out[r] = row;
  }
  return errors === 0 ? markClean(out) : out;
}
