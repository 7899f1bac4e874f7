/**
 * CAPCYCLE.* as HyperFormula functions, delegating to core, so tests can evaluate real formulas
 * over real cell ranges: =CAPCYCLE.CAPEX_DA_RATIO(A1:A5,B1:B5) next to HyperFormula's own RRI.
 *
 * The plugin evaluates its arguments itself instead of through FunctionPlugin.runFunction:
 * runFunction turns an error in a scalar argument into the whole result, while CAPCYCLE keeps
 * errors per position (SPEC section 2). HyperFormula needs a result's size before evaluating it;
 * it comes from the arguments' shapes (core's predictShape). Every function comes from the
 * function table (src/core/functions/table.ts), as in Excel. SERIES, COMPANIES and FIELDS spill
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
import { cellError, isCellError, type ErrorKind } from "../../src/core/errors";
import type { CellValue, ResultGrid, ResultValue } from "../../src/core/values";
import { predictShape, requiredCount } from "../../src/core/functions/declare";
import { FUNCTION_TABLE } from "../../src/core/functions/table";
import type { Arg, Shape } from "../../src/core/metrics/index";
import * as bundledData from "../../src/core/dataset/functions";
import type { DataFunctions } from "../../src/core/dataset/functions";

/** The dataset functions the DATA family calls; tests may pass fixture-bound ones. */
export type CapcycleDataFunctions = DataFunctions;

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

/** One plugin function per entry of the function table, as the Excel wrappers run them. */
function pluginFunctions(data: CapcycleDataFunctions): PluginFunction[] {
  return FUNCTION_TABLE.map((decl): PluginFunction => {
    const base = { name: decl.name, params: decl.params.length, required: requiredCount(decl) };
    if (decl.family === "metric") return { ...base, size: (shapes) => predictShape(decl, shapes), run: (args) => decl.run(args) };
    // Data parameters are single values (a range gives its top-left cell), as in Excel.
    const run: PluginFunction["run"] = (args) => decl.run(args.map(single), data, "en");
    // Only a grid's size depends on the data: run it when every argument is a literal, else one value.
    const size: PluginFunction["size"] = (_shapes, literals) =>
      decl.result === "grid" && literals.every((l) => l !== undefined) ? shapeOfResult(run(literals.map((l) => l ?? null))) : { rows: 1, cols: 1 };
    return { ...base, size, run };
  });
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
