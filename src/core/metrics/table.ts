/**
 * The metadata table of the analytic functions, HyperFormula-style: one entry per function with
 * its parameters, how its result's shape follows from its arguments, and a runner taking the
 * arguments positionally. Adapters (HyperFormula in tests, anything generic) use this table;
 * the Excel wrappers call the typed functions directly.
 */
import type { ResultGrid, ResultValue } from "../values";
import { CAPEX_DA_RATIO, CAPEX_INTENSITY, FREE_CASH_FLOW, NET_INVESTMENT } from "./capital";
import { hhi, topShare } from "./concentration";
import { cyclePhase } from "./cycle-phase";
import { elementwise, type ElementwiseSpec } from "./elementwise";
import { CAGR, SEGMENT_GROWTH } from "./growth";
import { CASH_CONVERSION, GOODWILL_TO_EQUITY, RD_CAPITALIZATION, RECEIVABLE_DAYS } from "./quality";
import { growthContribution, segmentMix } from "./segments";
import { broadcastShape, type Arg, type Shape } from "./shape";

export type MetricName =
  | "CAPEX_DA_RATIO"
  | "SEGMENT_GROWTH"
  | "SEGMENT_MIX"
  | "GROWTH_CONTRIBUTION"
  | "CAGR"
  | "CAPEX_INTENSITY"
  | "NET_INVESTMENT"
  | "CASH_CONVERSION"
  | "FREE_CASH_FLOW"
  | "RD_CAPITALIZATION"
  | "RECEIVABLE_DAYS"
  | "GOODWILL_TO_EQUITY"
  | "HHI"
  | "TOP_SHARE"
  | "CYCLE_PHASE";

export interface MetricEntry {
  readonly name: MetricName;
  /** Parameter names as users see them, in order. */
  readonly params: readonly string[];
  /** How many leading parameters are required; the rest are optional. */
  readonly required: number;
  /** "grid": a range in gives a range out; "scalar": always one value. */
  readonly result: "grid" | "scalar";
  /** Result shape: the broadcast of all arguments, the first argument's, or one value. */
  readonly shape: "broadcast" | "first" | "single";
  readonly run: (args: readonly (Arg | undefined)[]) => ResultGrid | ResultValue;
}

function fromSpec(spec: ElementwiseSpec & { name: MetricName }, required = spec.params.length): MetricEntry {
  return {
    name: spec.name,
    params: spec.params,
    required,
    result: "grid",
    shape: "broadcast",
    run: (args) => elementwise(spec, args),
  };
}

const entries: MetricEntry[] = [
  fromSpec({ ...CAPEX_DA_RATIO, name: "CAPEX_DA_RATIO" }),
  fromSpec({ ...SEGMENT_GROWTH, name: "SEGMENT_GROWTH" }),
  {
    name: "SEGMENT_MIX",
    params: ["values"],
    required: 1,
    result: "grid",
    shape: "first",
    run: ([values]) => segmentMix(values ?? null),
  },
  {
    name: "GROWTH_CONTRIBUTION",
    params: ["current", "prior"],
    required: 2,
    result: "grid",
    shape: "broadcast",
    run: ([current, prior]) => growthContribution(current ?? null, prior ?? null),
  },
  fromSpec({ ...CAGR, name: "CAGR" }),
  fromSpec({ ...CAPEX_INTENSITY, name: "CAPEX_INTENSITY" }),
  fromSpec({ ...NET_INVESTMENT, name: "NET_INVESTMENT" }),
  fromSpec({ ...CASH_CONVERSION, name: "CASH_CONVERSION" }),
  fromSpec({ ...FREE_CASH_FLOW, name: "FREE_CASH_FLOW" }),
  fromSpec({ ...RD_CAPITALIZATION, name: "RD_CAPITALIZATION" }),
  fromSpec({ ...RECEIVABLE_DAYS, name: "RECEIVABLE_DAYS" }, 2),
  fromSpec({ ...GOODWILL_TO_EQUITY, name: "GOODWILL_TO_EQUITY" }),
  { name: "HHI", params: ["shares"], required: 1, result: "scalar", shape: "single", run: ([shares]) => hhi(shares ?? null) },
  {
    name: "TOP_SHARE",
    params: ["shares", "n"],
    required: 2,
    result: "scalar",
    shape: "single",
    run: ([shares, n]) => topShare(shares ?? null, n),
  },
  {
    name: "CYCLE_PHASE",
    params: ["capex", "depreciation_amortization", "high", "low", "language"],
    required: 2,
    result: "scalar",
    shape: "single",
    run: ([capex, da, high, low, language]) => cyclePhase(capex ?? null, da ?? null, high, low, language),
  },
];

export const METRICS: Readonly<Record<MetricName, MetricEntry>> = Object.fromEntries(
  entries.map((e) => [e.name, e]),
) as Record<MetricName, MetricEntry>;

export const METRIC_NAMES = entries.map((e) => e.name) as readonly MetricName[];

/**
 * The shape a call will return, from its arguments' shapes alone (a spreadsheet engine needs it
 * before evaluating). A call-level error is one value, hence 1×1.
 */
export function predictShape(entry: MetricEntry, shapes: readonly Shape[]): Shape {
  const one = { rows: 1, cols: 1 };
  if (entry.shape === "single" || shapes.length === 0) return one;
  if (entry.shape === "first") return shapes[0]!;
  const s = broadcastShape(shapes, entry.name, entry.params);
  return "error" in s ? one : s;
}
