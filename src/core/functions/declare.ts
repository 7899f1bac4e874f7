/**
 * The shape of a CAPCYCLE function's declaration (src/core/functions/table.ts), as HyperFormula's
 * plugins declare `implementedFunctions`: name, parameters (kind, optional, default), result
 * shape, help in both languages and the core function it calls. Every adapter reads it:
 * the Excel wrappers (src/functions/invoke.ts), the zh-CN metadata (scripts/zh-metadata.cjs),
 * the HyperFormula test plugin (test/support/hyperformula-capcycle.ts).
 */
import type { DataFunctions } from "../dataset/functions";
import type { Lang, Localized } from "../errors";
import { elementwise, type ElementwiseSpec, type Kernel } from "../metrics/elementwise";
import { broadcastShape, type Arg, type Shape } from "../metrics/shape";
import type { CellValue, ResultGrid, ResultValue } from "../values";

export interface ParamDecl {
  /** As in the JSDoc and in Excel's argument tooltip (lower snake case). */
  readonly name: string;
  /**
   * "range": a value or a range, read position by position (metadata dimensionality matrix);
   * "value": one value, an option (dimensionality scalar).
   */
  readonly kind: "range" | "value";
  readonly optional: boolean;
  /**
   * What an omitted (or blank) argument stands for, when that is a value; the help text says
   * it too (a test holds them together). For element-by-element metrics it is applied here.
   */
  readonly default?: number | string;
  readonly description: Localized;
}

interface DeclBase<N extends string> {
  /** Function id and name (Excel shows CAPCYCLE.<name>); English in every locale. */
  readonly name: N;
  readonly description: Localized;
  readonly params: readonly ParamDecl[];
  /** "grid": a range in gives a spilled range out (metadata matrix); "scalar": one value. */
  readonly result: "grid" | "scalar";
}

/** An analytic function: pure, over the values passed in. */
export interface MetricDecl<N extends string = string> extends DeclBase<N> {
  readonly family: "metric";
  /** Result size from the arguments' sizes: their broadcast, the first one's, or one value. */
  readonly shape: "broadcast" | "first" | "single";
  /** The core function, arguments by position (undefined = omitted). */
  readonly run: (args: readonly (Arg | undefined)[]) => ResultGrid | ResultValue;
  /** For element-by-element metrics: the spec `run` hands to elementwise(). */
  readonly spec?: ElementwiseSpec;
}

/** A function over the bundled data: the dataset functions are passed in (they load apart). */
export interface DataDecl<N extends string = string> extends DeclBase<N> {
  readonly family: "data";
  /** The core function, arguments by position (blank = null); its size depends on the data. */
  readonly run: (args: readonly CellValue[], data: DataFunctions, lang: Lang) => ResultGrid | ResultValue;
}

export type FunctionDecl<N extends string = string> = MetricDecl<N> | DataDecl<N>;

/** An analytic function whose core function takes the arguments itself (not element by element). */
export function metric<const N extends string>(decl: Omit<MetricDecl<N>, "family">): MetricDecl<N> {
  return { ...decl, family: "metric" };
}

/** A data function. */
export function dataFunction<const N extends string>(decl: Omit<DataDecl<N>, "family">): DataDecl<N> {
  return { ...decl, family: "data" };
}

/** A parameter declaration. */
export function param(
  name: string,
  kind: ParamDecl["kind"],
  en: string,
  zh: string,
  options: { optional?: boolean; default?: number | string } = {},
): ParamDecl {
  const optional = options.optional ?? options.default !== undefined;
  return options.default === undefined
    ? { name, kind, optional, description: { en, zh } }
    : { name, kind, optional, default: options.default, description: { en, zh } };
}

/**
 * An element-by-element metric (metrics/elementwise.ts): the kernel over plain numbers, the
 * parameters' names for its messages, and numeric defaults as stand-ins for blanks.
 */
export function elementwiseDecl<const N extends string>(decl: {
  readonly name: N;
  readonly description: Localized;
  readonly params: readonly ParamDecl[];
  readonly kernel: Kernel;
}): MetricDecl<N> {
  const defaults = decl.params.map((p) => (typeof p.default === "number" ? p.default : undefined));
  const spec: ElementwiseSpec = {
    name: decl.name,
    params: decl.params.map((p) => p.name),
    kernel: decl.kernel,
    ...(defaults.some((d) => d !== undefined) ? { blankAs: defaults } : {}),
  };
  return {
    name: decl.name,
    description: decl.description,
    params: decl.params,
    result: "grid",
    family: "metric",
    shape: "broadcast",
    run: (args) => elementwise(spec, args),
    spec,
  };
}

/** How many leading parameters are required. */
export function requiredCount(decl: FunctionDecl): number {
  return decl.params.filter((p) => !p.optional).length;
}

/**
 * The size a metric call will return, from its arguments' sizes alone (a spreadsheet engine
 * needs it before evaluating). A call-level error is one value, hence 1×1.
 */
export function predictShape(decl: MetricDecl, shapes: readonly Shape[]): Shape {
  const one = { rows: 1, cols: 1 };
  const [first] = shapes;
  if (decl.shape === "single" || first === undefined) return one;
  if (decl.shape === "first") return first;
  const s = broadcastShape(shapes, decl.name, decl.params.map((p) => p.name));
  return "error" in s ? one : s;
}
