/**
 * Shared pieces of the bad-input tests: the CAPCYCLE wrappers as Excel calls them (arguments
 * of any type, results as Excel shows them), what a valid result is, and fast-check
 * generators of what a user or a workbook can throw at a function.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { StubError } from "../functions/stubs";

export { StubError };

/** How Excel passes a parameter: "matrix" (a range, any[][]) or "scalar" (one value). */
export type Dim = "matrix" | "scalar";

export interface Wrapper {
  readonly name: string;
  readonly dims: readonly Dim[];
  /** How many leading parameters are required (Excel passes null for omitted optional ones). */
  readonly required: number;
  readonly result: "grid" | "scalar";
  readonly call: (...args: unknown[]) => unknown;
}

type AnyFn = (...args: never[]) => unknown;
const w = (name: string, fn: AnyFn, dims: Dim[], result: "grid" | "scalar", required = dims.length): Wrapper => ({
  name,
  dims,
  required,
  result,
  call: (...args) => (fn as (...a: unknown[]) => unknown)(...args),
});

const M: Dim = "matrix";
const S: Dim = "scalar";

/** The 15 analytic functions, as registered (dimensionality as in functions.json). */
export const ANALYTIC: readonly Wrapper[] = [
  w("CAPEX_DA_RATIO", F.capexDaRatioFn, [M, M], "grid"),
  w("SEGMENT_GROWTH", F.segmentGrowthFn, [M, M], "grid"),
  w("SEGMENT_MIX", F.segmentMixFn, [M], "grid"),
  w("GROWTH_CONTRIBUTION", F.growthContributionFn, [M, M], "grid"),
  w("CAGR", F.cagrFn, [M, M, M], "grid"),
  w("CAPEX_INTENSITY", F.capexIntensityFn, [M, M], "grid"),
  w("NET_INVESTMENT", F.netInvestmentFn, [M, M], "grid"),
  w("CASH_CONVERSION", F.cashConversionFn, [M, M], "grid"),
  w("FREE_CASH_FLOW", F.freeCashFlowFn, [M, M], "grid"),
  w("RD_CAPITALIZATION", F.rdCapitalizationFn, [M, M], "grid"),
  w("RECEIVABLE_DAYS", F.receivableDaysFn, [M, M, M], "grid", 2),
  w("GOODWILL_TO_EQUITY", F.goodwillToEquityFn, [M, M], "grid"),
  w("HHI", F.hhiFn, [M], "scalar"),
  w("TOP_SHARE", F.topShareFn, [M, S], "scalar"),
  w("CYCLE_PHASE", F.cyclePhaseFn, [M, M, S, S, S], "scalar", 2),
];

/** The 5 data functions (async: they await the dataset chunk). */
export const DATA_FUNCTIONS: readonly Wrapper[] = [
  w("DATA", F.dataFn, [S, S, S, S, S], "scalar", 2),
  w("SERIES", F.seriesFn, [S, S, S, S], "grid", 2),
  w("SOURCE", F.sourceFn, [S, S, S, S], "scalar", 2),
  w("COMPANIES", F.companiesFn, [], "grid", 0),
  w("FIELDS", F.fieldsFn, [S], "grid", 1),
];

/** Error codes a custom function may return (Excel refuses #REF! and #NAME? from one). */
export const RETURNABLE = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/**
 * Why one result position is not something Excel can show as intended, or null when it is:
 * a finite number, text ("" = blank), or a returnable error; #VALUE! and #N/A with a message.
 */
export function resultProblem(v: unknown): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? null : `non-finite number ${v}`;
  if (typeof v === "string") return null;
  if (v instanceof StubError) {
    if (!RETURNABLE.has(v.code)) return `error ${v.code} cannot be returned`;
    if ((v.code === "#VALUE!" || v.code === "#N/A") && !(typeof v.message === "string" && v.message.trim() !== ""))
      return `${v.code} without a message`;
    return null;
  }
  return `unexpected result ${JSON.stringify(v)}`;
}

/** Problems of a whole result (grid or scalar); [] when every position is fine. */
export function resultProblems(result: unknown, kind: "grid" | "scalar"): string[] {
  if (kind === "scalar") {
    const p = resultProblem(result);
    return p ? [p] : [];
  }
  if (!Array.isArray(result) || result.length === 0) return [`not a non-empty grid: ${JSON.stringify(result)}`];
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  const out: string[] = [];
  for (const row of result) {
    if (!Array.isArray(row) || row.length === 0 || row.length !== width) {
      out.push("ragged or empty row");
      continue;
    }
    for (const v of row) {
      const p = resultProblem(v);
      if (p) out.push(p);
    }
  }
  return out;
}

// ---- generators of bad input ------------------------------------------------------------

/** Excel error values in each form Excel may pass them. */
export const excelError: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA").map((code) => ({ code })),
  fc
    .constantFrom("Div0", "NotAvailable", "Name", "Null", "Num", "Ref", "Value", "GettingData", "Busy", "Spill", "Calc", "Field", "Connect", "Blocked")
    .map((errorType) => ({ type: "Error", errorType })),
  fc.constantFrom("#DIV/0!", "#N/A", "#SPILL!").map((basicValue) => ({ type: "Error", basicType: "Error", basicValue })),
  fc.constant(new StubError("#N/A", "from another function")),
);

/** Cell values Excel's data types may pass (numbers, text, entities, empty, odd shapes). */
export const dataTypeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double().map((basicValue) => ({ type: "Double", basicValue })),
  fc.string().map((basicValue) => ({ type: "String", basicValue })),
  fc.boolean().map((basicValue) => ({ type: "Boolean", basicValue })),
  fc.constant({ type: "Empty", basicValue: "" }),
  fc.constant({ type: "Entity", text: "Aier", properties: { Price: { type: "Double", basicValue: 3 } } }),
  fc.constant({ type: "FormattedNumber", basicValue: 0.35, numberFormat: "0%" }),
  fc.constant({ type: "Double", basicValue: { nested: true } }),
  fc.constant({ type: "LinkedEntity", basicType: "Error", basicValue: "#VALUE!" }),
);

/** Text a person may type or paste: numeric-looking, formula-looking, full-width, huge, control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "   ",
    "12.5",
    "1,234",
    "12.5%",
    "(5)",
    "１２３",
    "−3",
    "1e308",
    "1e999",
    "-1e999",
    "NaN",
    "Infinity",
    "TRUE",
    "=1+1",
    "+1",
    "-",
    "@x",
    "#N/A",
    "亿",
    "300015.SZ",
    "\u0000",
    "\t\n",
    "%",
    "1,2345",
    "0x10",
  ),
  fc.constant("9".repeat(400)),
  fc.constant("文".repeat(5000)),
);

/** Numbers including the extremes: NaN, ±Infinity, ±0, ±1e308, subnormals. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, Number.NaN, Infinity, -Infinity, 0.35, 365, 181),
);

/** One cell as Excel may pass it. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: anyNumber },
  { weight: 3, arbitrary: anyText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, "", undefined) },
  { weight: 2, arbitrary: excelError },
  { weight: 1, arbitrary: dataTypeValue },
  { weight: 1, arbitrary: fc.constantFrom({}, [], [[1]], new Date(0), Symbol.for("x"), () => 1, 10n) },
);

/** A rectangular grid of `rows` × `cols` cells. */
export const gridOf = (rows: number, cols: number, cell: fc.Arbitrary<unknown> = anyCell): fc.Arbitrary<unknown[][]> =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/**
 * A range argument: rectangles of random shapes (mostly small, sometimes long), plus the
 * degenerate forms (empty, [[]], ragged, a flat row, a bare value where a range is expected).
 */
export const anyRange: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 })).chain(([r, c]) => gridOf(r, c)) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).chain((r) => gridOf(r, 1, anyNumber)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], [[], []], [[1, 2], [3]], [1, 2, 3], [[1], 2]) },
  { weight: 1, arbitrary: anyCell },
);

/** A scalar argument: any cell, or a range where Excel would pass one (a user may select one). */
export const anyScalar: fc.Arbitrary<unknown> = fc.oneof({ weight: 5, arbitrary: anyCell }, { weight: 1, arbitrary: anyRange });

/** Arguments for a wrapper: one per parameter, optional ones sometimes omitted (null). */
export function argsFor(wr: Wrapper): fc.Arbitrary<unknown[]> {
  return fc.tuple<unknown[]>(
    ...wr.dims.map((d, i) => {
      const value = d === "matrix" ? anyRange : anyScalar;
      return i < wr.required ? value : fc.oneof(value, fc.constant(null));
    }),
  );
}
