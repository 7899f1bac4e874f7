/**
 * The custom functions as they ship: dist/functions.js (and the dataset chunk,
 * dist/dataset.<hash>.js) run in this process with a stand-in for the CustomFunctions global, and
 * the functions they associate returned by id. Timing the bundle rather than the sources measures what Excel runs: minified,
 * modules concatenated (a TypeScript loader adds an accessor to every cross-module call).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { datasetChunk } from "../../test/e2e/support/pane";

export type Associated = ReadonlyMap<string, (...args: unknown[]) => unknown>;

/** CustomFunctions.Error as the runtime defines it: the code is the cell text. */
class BenchCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function isErrorResult(value: unknown): value is BenchCustomFunctionsError {
  return value instanceof BenchCustomFunctionsError;
}

/**
 * Runs the shipped scripts from `dist` in this context and returns what they associated.
 * `withData`: also run the dataset chunk, as a browser does when the data functions import it
 * (it hands its modules to functions.js's webpack runtime, which then needs no script tag).
 */
export function loadShippedFunctions(dist: string, withData: boolean): Associated {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const g = globalThis as Record<string, unknown>;
  g.CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void associated.set(id, fn),
    Error: BenchCustomFunctionsError,
    ErrorCode: {
      divisionByZero: "#DIV/0!",
      invalidName: "#NAME?",
      invalidNumber: "#NUM!",
      invalidReference: "#REF!",
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      nullReference: "#NULL!",
    },
  };
  runInThisContext(readFileSync(join(dist, "functions.js"), "utf8"), { filename: "functions.js" });
  if (withData) runInThisContext(readFileSync(join(dist, datasetChunk(dist)), "utf8"), { filename: datasetChunk(dist) });
  return associated;
}
