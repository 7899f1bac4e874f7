/**
 * Checked reads for tests under `noUncheckedIndexedAccess`: a read past the end throws an error
 * naming the position, so a test fails with a reason instead of comparing `undefined`.
 */

/** The item at `index`; throws when the list has no such item. */
export function at<T>(list: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new Error(`no item ${index}: the list has ${list.length}`);
  }
  return list[index] as T;
}

/** The value at (row, column) of a grid; throws when the grid has no such cell. */
export function cellAt<T>(grid: readonly (readonly T[])[], row: number, column: number): T {
  return at(at(grid, row), column);
}

/** The one value of a 1×1 grid; throws when the grid has another shape. */
export function single<T>(grid: readonly (readonly T[])[]): T {
  const shape = `${grid.length}×${grid[0]?.length ?? 0}`;
  if (grid.length !== 1 || grid[0]?.length !== 1) throw new Error(`expected a 1×1 grid, got ${shape}`);
  return grid[0][0] as T;
}
