/**
 * CAPCYCLE.* as HyperFormula functions, delegating to core, so tests can evaluate real formulas
 * over real cell ranges: =CAPCYCLE.CAPEX_DA_RATIO(A1:A5,B1:B5) next to HyperFormula's own RRI.
 *
 * The plugin evaluates its arguments itself instead of through FunctionPlugin.runFunction:
 * runFunction turns an error in a scalar argument into the whole result, while CAPCYCLE keeps
 * errors per position (SPEC section 2). HyperFormula needs a result's size before evaluating it;
 * it comes from the arguments' shapes (core's predictShape). SERIES, COMPANIES and FIELDS spill
 * a size that depends on the data: it is computed when every argument is a literal, and a
 * formula giving them cell references gets one value (the top-left of the spill).
 */
import {
  ArraySize,
  CellError as HfCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type ImplementedFunctions,
  type Sheets,
} from "hyperformula";
import { cellError, isCellError, type CellError, type ErrorKind } from "../../src/core/errors";
import type { CellValue, ResultGrid, ResultValue } from "../../src/core/values";
import { METRICS, METRIC_NAMES, predictShape, type Arg, type Shape } from "../../src/core/metrics/index";
import * as bundledData from "../../src/core/dataset/functions";

/** The dataset functions the DATA family calls; tests may pass fixture-bound ones. */
export interface CapcycleDataFunctions {
  dataValue(company: CellValue, field: CellValue, period: CellValue, unit: CellValue, segment: CellValue): ResultValue;
  seriesGrid(company: CellValue, field: CellValue, unit: CellValue, segment: CellValue, frequency?: CellValue): ResultGrid | CellError;
  sourceText(company: CellValue, field: CellValue, period: CellValue, segment: CellValue): ResultValue;
  companiesGrid(): ResultGrid;
  fieldsGrid(company: CellValue): ResultGrid | CellError;
}

// Minimal structural views of HyperFormula's internal AST and values (not exported by the package).
interface AstNode {
  type: string;
  value?: unknown;
}
interface ProcedureAstLike {
  args: AstNode[];
}
type InterpreterStateLike = unknown;

const HF_TO_KIND: Record<string, ErrorKind> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.VALUE]: "#VALUE!",
};

const KIND_TO_HF: Partial<Record<ErrorKind, ErrorType>> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#VALUE!": ErrorType.VALUE,
};

/** One HyperFormula scalar → a core cell value (as the Excel edge would deliver it). */
export function fromHf(value: unknown): CellValue {
  if (value === EmptyValue || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof HfCellError) {
    const kind = HF_TO_KIND[value.type];
    return kind ? cellError(kind) : cellError("#VALUE!", { en: `input error ${value.type}`, zh: `输入错误 ${value.type}` });
  }
  // RichNumber (dates, currency, percent): its raw value.
  if (typeof value === "object" && typeof (value as { val?: unknown }).val === "number") return (value as { val: number }).val;
  return cellError("#VALUE!", { en: "unsupported input", zh: "不支持的输入" });
}

function toHf(value: ResultValue): number | string | HfCellError {
  if (!isCellError(value)) return value;
  const type = KIND_TO_HF[value.error] ?? ErrorType.VALUE;
  return new HfCellError(type, value.message?.en);
}

function fromHfArg(value: unknown): Arg {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(fromHf));
  return fromHf(value);
}

function literal(node: AstNode | undefined): CellValue | undefined {
  if (!node || node.type === "EMPTY") return null;
  if (node.type === "STRING" || node.type === "NUMBER") return node.value as CellValue;
  return undefined; // not known before evaluation
}

interface PluginFunction {
  name: string;
  params: number;
  required: number;
  /** Result shape from the argument shapes and (for data-dependent spills) literal arguments. */
  size(shapes: Shape[], literals: (CellValue | undefined)[]): Shape;
  run(args: (Arg | undefined)[]): ResultGrid | ResultValue;
}

function shapeOfResult(result: ResultGrid | ResultValue): Shape {
  return Array.isArray(result) ? { rows: result.length, cols: result[0]?.length ?? 1 } : { rows: 1, cols: 1 };
}

function single(arg: Arg | undefined): CellValue {
  if (!Array.isArray(arg)) return arg ?? null;
  return (arg)[0]?.[0] ?? null;
}

function pluginFunctions(data: CapcycleDataFunctions): PluginFunction[] {
  const metrics: PluginFunction[] = METRIC_NAMES.map((name) => {
    const entry = METRICS[name];
    return {
      name,
      params: entry.params.length,
      required: entry.required,
      size: (shapes) => predictShape(entry, shapes),
      run: (args) => entry.run(args),
    };
  });
  /** A data function's size: run it when every argument is a literal, else one value. */
  const dataSize =
    (run: PluginFunction["run"]) =>
    (_shapes: Shape[], literals: (CellValue | undefined)[]): Shape =>
      literals.every((l) => l !== undefined) ? shapeOfResult(run(literals.map((l) => l ?? null))) : { rows: 1, cols: 1 };
  const series: PluginFunction["run"] = (a) => data.seriesGrid(single(a[0]), single(a[1]), single(a[2]), single(a[3]), single(a[4]));
  const companies: PluginFunction["run"] = () => data.companiesGrid();
  const fields: PluginFunction["run"] = (a) => data.fieldsGrid(single(a[0]));
  const one = (): Shape => ({ rows: 1, cols: 1 });
  return [
    ...metrics,
    {
      name: "DATA",
      params: 5,
      required: 2,
      size: one,
      run: (a) => data.dataValue(single(a[0]), single(a[1]), single(a[2]), single(a[3]), single(a[4])),
    },
    { name: "SERIES", params: 5, required: 2, size: dataSize(series), run: series },
    {
      name: "SOURCE",
      params: 4,
      required: 2,
      size: one,
      run: (a) => data.sourceText(single(a[0]), single(a[1]), single(a[2]), single(a[3])),
    },
    { name: "COMPANIES", params: 0, required: 0, size: dataSize(companies), run: companies },
    { name: "FIELDS", params: 1, required: 1, size: dataSize(fields), run: fields },
  ];
}

/** Builds the plugin class for one set of data functions. */
export function capcyclePlugin(data: CapcycleDataFunctions = bundledData) {
  const functions = pluginFunctions(data);
  const implemented: ImplementedFunctions = {};

  class CapcyclePlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;

    /** Evaluates the arguments (ranges stay ranges; errors stay values) and runs `fn`. */
    call(fn: PluginFunction, ast: ProcedureAstLike, state: InterpreterStateLike): unknown {
      if (ast.args.length > fn.params || ast.args.length < fn.required) {
        return new HfCellError(ErrorType.NA, "Wrong number of arguments.");
      }
      const args = ast.args.map((node) =>
        node.type === "EMPTY" ? undefined : fromHfArg(this.evaluateAst(node as never, state as never)),
      );
      const result = fn.run(args);
      const shape = this.predict(fn, ast, state);
      if (!Array.isArray(result)) return toHf(result);
      if (shape.rows === 1 && shape.cols === 1) return toHf(result[0]?.[0] ?? "");
      return SimpleRangeValue.onlyValues(result.map((row) => row.map(toHf)));
    }

    predict(fn: PluginFunction, ast: ProcedureAstLike, state: InterpreterStateLike): Shape {
      const shapes = ast.args.map((node): Shape => {
        if (node.type === "EMPTY") return { rows: 1, cols: 1 };
        const size = this.arraySizeForAst(node as never, state as never);
        return { rows: size.height, cols: size.width };
      });
      return fn.size(shapes, ast.args.map(literal));
    }
  }

  const proto = CapcyclePlugin.prototype as unknown as Record<string, unknown>;
  for (const fn of functions) {
    const id = `CAPCYCLE.${fn.name}`;
    const method = `capcycle_${fn.name}`;
    const sizeMethod = `${method}_size`;
    implemented[id] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      vectorizationForbidden: true,
      parameters: Array.from({ length: fn.params }, (_, i) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: i >= fn.required,
      })),
    };
    proto[method] = function (this: CapcyclePlugin, ast: ProcedureAstLike, state: InterpreterStateLike) {
      return this.call(fn, ast, state);
    };
    proto[sizeMethod] = function (this: CapcyclePlugin, ast: ProcedureAstLike, state: InterpreterStateLike) {
      const s = this.predict(fn, ast, state);
      return new ArraySize(s.cols, s.rows);
    };
  }
  return CapcyclePlugin;
}

/** Every CAPCYCLE.* id, e.g. "CAPCYCLE.CAPEX_DA_RATIO". */
export const CAPCYCLE_FUNCTION_IDS: readonly string[] = pluginFunctions(bundledData).map((f) => `CAPCYCLE.${f.name}`);

/**
 * Registers CAPCYCLE.* on the HyperFormula class (global to the class; later instances see it).
 * Pass as `registerFunctions` to the workbook fake's engine.
 */
export function registerCapcycleFunctions(hf: typeof HyperFormula = HyperFormula, data?: CapcycleDataFunctions): void {
  const plugin = capcyclePlugin(data);
  const names = Object.fromEntries(CAPCYCLE_FUNCTION_IDS.map((id) => [id, id]));
  for (const id of CAPCYCLE_FUNCTION_IDS) {
    if (hf.getRegisteredFunctionNames("enGB").includes(id)) hf.unregisterFunction(id);
  }
  hf.registerFunctionPlugin(plugin, { enGB: names, enUS: names });
}

/** A HyperFormula instance (GPL licence key) with CAPCYCLE.* registered. */
export function createCapcycleHyperFormula(
  sheets: Sheets = { Sheet1: [] },
  options: { config?: Partial<ConfigParams>; data?: CapcycleDataFunctions } = {},
): HyperFormula {
  registerCapcycleFunctions(HyperFormula, options.data);
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", ...options.config });
}
