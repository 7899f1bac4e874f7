/**
 * The fast paths give what the general path gives (SPEC §8 work must not change SPEC §2
 * behaviour). `elementwise` sends a position whose arguments are all finite numbers straight to
 * the kernel and checks row lengths while it reads; the reference here checks shapes first
 * (`prepare`) and reads every position through `general`, the per-position rules. SEGMENT_MIX,
 * GROWTH_CONTRIBUTION and TOP_SHARE read their ranges twice instead of copying them, or sort a
 * typed array; their references are the straightforward versions they replaced.
 * Results are compared with toEqual, which tells −0 from 0 and compares messages.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellError, isCellError, type CellError, type ErrorKind } from "../../../src/core/errors";
import type { CellValue, Grid, ResultGrid, ResultValue } from "../../../src/core/values";
import { NUM, finite, toNumber } from "../../../src/core/metrics/coerce";
import { topShareCore } from "../../../src/core/metrics/concentration";
import { elementwise, general, numberAt, prepare, type ElementwiseSpec } from "../../../src/core/metrics/elementwise";
import { isMarkedClean } from "../../../src/core/metrics/result-grid";
import { growthContribution, segmentMix } from "../../../src/core/metrics/segments";
import { shapeOf, toGrid, type Arg } from "../../../src/core/metrics/shape";
import { METRICS_MSG } from "../../../src/core/metrics/messages";
import { metricDecl, type MetricName } from "../../../src/core/functions/table";

/** The elementwise spec the function table runs for `name`. */
function specOf(name: MetricName): ElementwiseSpec {
  const spec = metricDecl(name).spec;
  if (!spec) throw new Error(`${name} is not element by element`);
  return spec;
}
const CAPEX_DA_RATIO = specOf("CAPEX_DA_RATIO");
const CAPEX_INTENSITY = specOf("CAPEX_INTENSITY");
const NET_INVESTMENT = specOf("NET_INVESTMENT");
const FREE_CASH_FLOW = specOf("FREE_CASH_FLOW");
const SEGMENT_GROWTH = specOf("SEGMENT_GROWTH");
const CAGR = specOf("CAGR");
const CASH_CONVERSION = specOf("CASH_CONVERSION");
const RD_CAPITALIZATION = specOf("RD_CAPITALIZATION");
const RECEIVABLE_DAYS = specOf("RECEIVABLE_DAYS");
const GOODWILL_TO_EQUITY = specOf("GOODWILL_TO_EQUITY");

/**
 * A failing property stops shrinking after a few seconds (shrinking nested grids of doubles can
 * run for minutes) and still fails, with the smallest case found so far.
 */
const BOUNDED = { interruptAfterTimeLimit: 4000 } as const;

const SPECS: readonly ElementwiseSpec[] = [
  CAPEX_DA_RATIO,
  CAPEX_INTENSITY,
  NET_INVESTMENT,
  FREE_CASH_FLOW,
  SEGMENT_GROWTH,
  CAGR,
  CASH_CONVERSION,
  RD_CAPITALIZATION,
  RECEIVABLE_DAYS,
  GOODWILL_TO_EQUITY,
];

/** The general path at every position: shapes checked first, then `general` per position. */
function reference(spec: ElementwiseSpec, args: readonly (Arg | undefined)[]): ResultGrid {
  const p = prepare(spec.name, spec.params, args);
  if ("error" in p) return [[p]];
  const cell = (k: number, r: number, c: number): CellValue =>
    k >= spec.params.length ? 0 : p.single[k] !== undefined ? p.single[k]! : p.grids[k]![r]![c]!;
  return Array.from({ length: p.shape.rows }, (_, r) =>
    Array.from({ length: p.shape.cols }, (_, c) => general(spec, cell(0, r, c), cell(1, r, c), cell(2, r, c))),
  );
}

const hasError = (grid: ResultGrid) => grid.some((row) => row.some((v) => isCellError(v)));

const KINDS: ErrorKind[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!", "#GETTING_DATA"];

/** Mostly finite numbers (the fast path), with every kind of cell the general path handles. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 6 },
  { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 4 },
  { arbitrary: fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), weight: 2 },
  { arbitrary: fc.constantFrom<CellValue>(null, "", "  "), weight: 2 },
  { arbitrary: fc.constantFrom("12.5", "1,234", "12.5%", "(5)", "１２", "abc", "-", "1e999"), weight: 1 },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...KINDS).map((k) => cellError(k)), weight: 1 },
);

const grid = (rows: number, cols: number): fc.Arbitrary<CellValue[][]> =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Same-shape ranges, single values (bare or 1×1), omitted arguments, and now and then a bad shape. */
function argsFor(spec: ElementwiseSpec): fc.Arbitrary<(Arg | undefined)[]> {
  return fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 })).chain(([rows, cols]) => {
    const arg: fc.Arbitrary<Arg | undefined> = fc.oneof(
      { arbitrary: grid(rows, cols), weight: 6 },
      { arbitrary: cell, weight: 2 },
      { arbitrary: grid(1, 1), weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
      // Another shape, empty, or ragged: as many rows, one after the first shorter or longer
      // (found only while reading; a single row becomes two).
      { arbitrary: grid(rows + 1, cols), weight: 1 },
      { arbitrary: fc.constant([] as Grid), weight: 1 },
      {
        arbitrary: fc
          .tuple(grid(Math.max(rows, 2), cols), fc.integer({ min: 1, max: Math.max(rows, 2) - 1 }), fc.boolean())
          .map(([g, r, longer]) => {
            g[r] = longer ? [...g[r]!, 1] : g[r]!.slice(0, -1);
            return g;
          }),
        weight: 2,
      },
    );
    return fc.array(arg, { minLength: spec.params.length, maxLength: spec.params.length });
  });
}

describe("elementwise: the fast path gives what the general path gives", () => {
  it.each(SPECS.map((s) => [s.name, s] as const))("%s on random grids", (_, spec) => {
    fc.assert(
      fc.property(argsFor(spec), (args) => {
        const fast = elementwise(spec, args);
        expect(fast).toEqual(reference(spec, args));
        // Marked clean exactly when no position holds an error.
        expect(isMarkedClean(fast)).toBe(!hasError(fast));
      }),
      { numRuns: 400, ...BOUNDED },
    );
  });

  it("on all-number columns, rows and blocks (the fast path only)", () => {
    const num = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.constantFrom(...SPECS),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        fc.infiniteStream(num),
        (spec, rows, cols, values) => {
          const g = () => Array.from({ length: rows }, () => Array.from({ length: cols }, () => values.next().value as number));
          const args = spec.params.map(() => g());
          expect(elementwise(spec, args)).toEqual(reference(spec, args));
        },
      ),
      { numRuns: 300, ...BOUNDED },
    );
  });

  it("over a long column mixing every kind of cell, once the loop is compiled", () => {
    const n = 10_000;
    const kinds: CellValue[] = [1.5, -2, 0, -0, null, "", "12.5%", "abc", true, cellError("#N/A"), Number.NaN, 1e308, 1e-308];
    const a = Array.from({ length: n }, (_, i): CellValue[] => [i % 7 === 0 ? kinds[(i / 7) % kinds.length]! : (i % 1000) - 500.25]);
    const b = Array.from({ length: n }, (_, i): CellValue[] => [i % 11 === 0 ? kinds[(i / 11) % kinds.length]! : (i % 300) + 0.5]);
    for (const spec of SPECS) {
      const args = spec.params.length > 2 ? [a, b, 5] : [a, b];
      for (let k = 0; k < 2; k++) expect(elementwise(spec, args)).toEqual(reference(spec, args));
    }
  });

  it("a range whose later row is shorter is caught while reading, with the usual error and order", () => {
    const ragged: Grid = [[1, 2], [3, 4], [5]];
    const r = elementwise(CAPEX_DA_RATIO, [ragged, [[1, 1], [1, 1], [1, 1]]]);
    expect(r).toEqual([[cellError("#VALUE!", METRICS_MSG.notRectangular("CAPEX_DA_RATIO", "capex"))]]);
    // The ragged first argument is named even though the second has another shape.
    const first = elementwise(CAPEX_DA_RATIO, [ragged, [[1, 1]]]);
    expect(first).toEqual([[cellError("#VALUE!", METRICS_MSG.notRectangular("CAPEX_DA_RATIO", "capex"))]]);
    // A hole in the list of rows is not a row.
    const holey: Grid = [[1], [2]];
    // eslint-disable-next-line @typescript-eslint/no-array-delete -- the hole is the point: a sparse grid must be refused
    delete (holey as unknown[])[1];
    expect(elementwise(CAPEX_DA_RATIO, [holey, 1])).toEqual([[cellError("#VALUE!", METRICS_MSG.notRectangular("CAPEX_DA_RATIO", "capex"))]]);
  });

  it("a broadcast blank takes its stand-in (RECEIVABLE_DAYS days = 365) on the fast path", () => {
    expect(elementwise(RECEIVABLE_DAYS, [[[73], [null]], [[365], [1]], undefined])).toEqual([[73], [""]]);
    expect(elementwise(RECEIVABLE_DAYS, [[[73]], [[365]], [[null]]])).toEqual([[73]]);
  });
});

/** SEGMENT_MIX as it was: every cell read into a grid, then the shares. */
function segmentMixReference(values: Arg): ResultGrid {
  const fn = "SEGMENT_MIX";
  const g = toGrid(values);
  const shape = shapeOf(g, fn, "values");
  if ("error" in shape) return [[shape]];
  const read = g.map((row) => row.map((v) => toNumber(v, fn, "values")));
  let sum = 0;
  for (const row of read) for (const v of row) if (typeof v === "number") sum += v;
  return read.map((row) =>
    row.map((v): ResultValue => {
      if (v === null) return "";
      if (typeof v !== "number") return v;
      if (!Number.isFinite(sum)) return NUM;
      return sum === 0 ? cellError("#DIV/0!", METRICS_MSG.sumIsZero("SEGMENT_MIX", "values")) : finite(v / sum);
    }),
  );
}

/** GROWTH_CONTRIBUTION as it was: both arguments read into grids, then the contributions. */
function growthContributionReference(current: Arg, prior: Arg): ResultGrid {
  const fn = "GROWTH_CONTRIBUTION";
  const p = prepare(fn, ["current", "prior"], [current, prior]);
  if ("error" in p) return [[p]];
  const { rows, cols } = p.shape;
  const cur: (number | null | CellError)[][] = [];
  const pri: (number | null | CellError)[][] = [];
  let priorSum = 0;
  for (let r = 0; r < rows; r++) {
    cur.push([]);
    pri.push([]);
    for (let c = 0; c < cols; c++) {
      const a = numberAt(p, 0, r, c);
      const b = numberAt(p, 1, r, c);
      cur[r]!.push(a);
      pri[r]!.push(b);
      if (typeof a === "number" && typeof b === "number") priorSum += b;
    }
  }
  const baseError = !Number.isFinite(priorSum) ? NUM : priorSum <= 0 ? cellError("#N/A", METRICS_MSG.totalGrowthBase(fn)) : undefined;
  return cur.map((row, r) =>
    row.map((a, c): ResultValue => {
      const b = pri[r]![c]!;
      if (a !== null && typeof a !== "number") return a;
      if (b !== null && typeof b !== "number") return b;
      if (a === null || b === null) return "";
      return baseError ?? finite((a - b) / priorSum);
    }),
  );
}

describe("SEGMENT_MIX and GROWTH_CONTRIBUTION read their ranges twice, and give what a copy gave", () => {
  const args = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 })).chain(([rows, cols]) =>
    fc.tuple(fc.oneof(grid(rows, cols), cell), fc.oneof({ arbitrary: grid(rows, cols), weight: 4 }, { arbitrary: cell, weight: 1 }, { arbitrary: grid(rows + 1, cols), weight: 1 })),
  );

  it("SEGMENT_MIX", () => {
    fc.assert(
      fc.property(args, ([values]) => {
        const fast = segmentMix(values);
        expect(fast).toEqual(segmentMixReference(values));
        expect(isMarkedClean(fast)).toBe(!hasError(fast));
      }),
      { numRuns: 500, ...BOUNDED },
    );
  });

  it("GROWTH_CONTRIBUTION", () => {
    fc.assert(
      fc.property(args, ([current, prior]) => {
        const fast = growthContribution(current, prior);
        expect(fast).toEqual(growthContributionReference(current, prior));
        expect(isMarkedClean(fast)).toBe(!hasError(fast));
      }),
      { numRuns: 500, ...BOUNDED },
    );
  });
});

describe("TOP_SHARE sorts a typed array and adds the same shares in the same order", () => {
  it("equals sorting with a comparator", () => {
    const share = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 0.1, 0.2, 0.3));
    fc.assert(
      fc.property(fc.array(share, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (shares, n) => {
        const sorted = [...shares].sort((a, b) => b - a);
        let expected = 0;
        for (let i = 0; i < Math.min(n, sorted.length); i++) expected += sorted[i]!;
        expect(topShareCore(shares, n)).toBe(expected);
      }),
      BOUNDED,
    );
  });
});
