/**
 * Arguments as ranges: a single value is a 1×1 range, a range is a rectangular grid. Shapes are
 * checked once per call, before any cell is read.
 */
import { cellError, type CellError } from "../errors";
import type { CellValue, Grid } from "../values";
import { METRICS_MSG } from "./messages";

/** What a figure argument accepts: one value or a range. */
export type Arg = CellValue | Grid;

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function isGrid(arg: Arg | undefined): arg is Grid {
  return Array.isArray(arg);
}

/** A single value becomes a 1×1 grid; an omitted argument a blank 1×1 grid. */
export function toGrid(arg: Arg | undefined): Grid {
  return isGrid(arg) ? arg : [[arg ?? null]];
}

/** "3×1": rows × columns, as Excel's status bar counts them. */
export function formatShape(shape: Shape): string {
  return `${shape.rows}×${shape.cols}`;
}

/** Shape of a grid, or #VALUE! when it is empty or ragged. */
export function shapeOf(grid: Grid, fn: string, arg: string): Shape | CellError {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : (grid[0]?.length ?? 0);
  if (rows === 0 || cols === 0) return cellError("#VALUE!", METRICS_MSG.emptyRange(fn, arg));
  for (let r = 1; r < rows; r++) {
    if (grid[r]?.length !== cols) return cellError("#VALUE!", METRICS_MSG.notRectangular(fn, arg));
  }
  return { rows, cols };
}

export function isSingle(shape: Shape): boolean {
  return shape.rows === 1 && shape.cols === 1;
}

/**
 * The shape of an element-wise result: every argument that is not a single value must have the
 * same shape (SPEC: no row-against-column broadcasting), else #VALUE! stating both shapes.
 */
export function broadcastShape(shapes: readonly Shape[], fn: string, params: readonly string[]): Shape | CellError {
  let target: Shape = { rows: 1, cols: 1 };
  let targetIndex = -1;
  shapes.forEach((shape, i) => {
    if (isSingle(shape)) return;
    if (targetIndex < 0) {
      target = shape;
      targetIndex = i;
    }
  });
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]!;
    if (isSingle(shape) || i === targetIndex) continue;
    if (shape.rows !== target.rows || shape.cols !== target.cols) {
      return cellError(
        "#VALUE!",
        METRICS_MSG.shapeMismatch(fn, params[targetIndex]!, formatShape(target), params[i]!, formatShape(shape)),
      );
    }
  }
  return target;
}
