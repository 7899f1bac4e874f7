/**
 * How every JSDoc wrapper in functions.ts runs: by the function table
 * (src/core/functions/table.ts). Each argument is converted as its parameter's kind says (a
 * range → Grid, a value → one cell value; omitted optional → undefined, so core applies its
 * default), the declared core function runs, and the result goes back as the table's result
 * shape says. The guard makes sure nothing escapes as an exception.
 */
import { dataDecl, metricDecl, type DataFunctionName, type MetricName } from "../core/functions/table";
import type { FunctionDecl } from "../core/functions/declare";
import { isCellError, type Lang } from "../core/errors";
import type { Arg } from "../core/metrics/shape";
import type { CellValue, ResultGrid, ResultValue } from "../core/values";
import { displayLang, fromExcel, fromExcelGrid, fromExcelOptional, fromExcelOptionalGrid, runSafely, toExcel, toExcelGrid } from "./convert";
import { dataFunctions, type DataFunctionsApi } from "./dataset-link";

/** Excel's arguments → core arguments, by the declared parameter kinds. */
function coreArgs(decl: FunctionDecl, args: readonly unknown[]): (Arg | undefined)[] {
  return decl.params.map((p, i) => {
    const raw = args[i];
    if (p.kind === "range") return p.optional ? fromExcelOptionalGrid(raw) : fromExcelGrid(raw);
    return p.optional ? fromExcelOptional(raw) : fromExcel(raw);
  });
}

function toExcelGridResult(result: ResultGrid | ResultValue, lang: Lang): unknown[][] {
  return Array.isArray(result) ? toExcelGrid(result, lang) : isCellError(result) ? toExcelGrid(result, lang) : [[toExcel(result, lang)]];
}

function toExcelScalarResult(result: ResultGrid | ResultValue, lang: Lang): unknown {
  return Array.isArray(result) ? toExcel(result[0]?.[0] ?? "", lang) : toExcel(result, lang);
}

/** An analytic function declared with a grid result. */
export function callGrid(name: MetricName, args: readonly unknown[]): unknown[][] {
  return runSafely(() => {
    const decl = metricDecl(name);
    return toExcelGridResult(decl.run(coreArgs(decl, args)), displayLang());
  }, "grid");
}

/** An analytic function declared with one value as result. */
export function callScalar(name: MetricName, args: readonly unknown[]): unknown {
  return runSafely(() => {
    const decl = metricDecl(name);
    return toExcelScalarResult(decl.run(coreArgs(decl, args)), displayLang());
  }, "scalar");
}

/** A data function declared with a grid result: waits for the dataset chunk, then runs as declared. */
export async function callDataGrid(name: DataFunctionName, args: readonly unknown[]): Promise<unknown[][]> {
  const api = await dataFunctions();
  if (isCellError(api)) return toExcelGrid(api);
  return runSafely(() => {
    const lang = displayLang();
    return toExcelGridResult(runData(name, args, api, lang), lang);
  }, "grid");
}

/** A data function declared with one value as result. */
export async function callDataScalar(name: DataFunctionName, args: readonly unknown[]): Promise<unknown> {
  const api = await dataFunctions();
  if (isCellError(api)) return toExcel(api);
  return runSafely(() => {
    const lang = displayLang();
    return toExcelScalarResult(runData(name, args, api, lang), lang);
  }, "scalar");
}

function runData(name: DataFunctionName, args: readonly unknown[], api: DataFunctionsApi, lang: Lang): ResultGrid | ResultValue {
  const decl = dataDecl(name);
  // Data parameters are single values; omitted is blank.
  const values: CellValue[] = coreArgs(decl, args).map((a) => (a === undefined ? null : Array.isArray(a) ? (a[0]?.[0] ?? null) : a));
  return decl.run(values, api, lang);
}
