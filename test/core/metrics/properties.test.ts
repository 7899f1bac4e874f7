/**
 * Property tests (fast-check): the identities the SPEC promises, and that no function ever
 * throws or returns a non-finite number, whatever grid of whatever values it is given.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellError, isCellError, type ErrorKind } from "../../../src/core/errors";
import type { CellValue } from "../../../src/core/values";
import { single } from "../../support/at";
import {
  cagr,
  classifyCyclePhase,
  growthContribution,
  parseNumericText,
  segmentMix,
  type Arg,
} from "../../../src/core/metrics/index";
import { predictShape } from "../../../src/core/functions/declare";
import { METRIC_FUNCTIONS, metricDecl } from "../../../src/core/functions/table";

const METRIC_NAMES = METRIC_FUNCTIONS.map((d) => d.name);

const KINDS: ErrorKind[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!", "#GETTING_DATA"];

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, ±0, extremes
  fc.integer().map((n) => n),
  fc.constantFrom(1e308, -1e308, 5e-324, 0),
  fc.string(),
  fc.constantFrom("12.5", "1,234", "12.5%", " 3 ", "１２３", "(5)", "", "  ", "abc", "-", "%", "1e999"),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...KINDS).map((k) => cellError(k)),
);

/** Rectangular grids, plus the degenerate ones (empty, ragged). */
const anyGrid: fc.Arbitrary<CellValue[][]> = fc.oneof(
  fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(anyCell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 })),
  fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 }),
);

const anyArg: fc.Arbitrary<Arg | undefined> = fc.oneof(anyGrid, anyCell, fc.constant(undefined));

function isValidResult(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "string") return true;
  return isCellError(v) && KINDS.includes(v.error);
}

describe("no function ever throws; every result is a finite number, text, \"\" or an error", () => {
  it.each(METRIC_NAMES)("%s", (name) => {
    const entry = metricDecl(name);
    fc.assert(
      fc.property(fc.array(anyArg, { minLength: entry.params.length, maxLength: entry.params.length }), (args) => {
        const result = entry.run(args);
        if (Array.isArray(result)) {
          expect(result.length).toBeGreaterThan(0);
          for (const row of result) {
            expect(row.length).toBeGreaterThan(0);
            for (const v of row) expect(isValidResult(v)).toBe(true);
          }
        } else {
          expect(isValidResult(result)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the result shape is predictable from the argument shapes", () => {
  const rectGrid = (rows: number, cols: number) => fc.array(fc.array(anyCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  it.each(METRIC_NAMES)("%s", (name) => {
    const entry = metricDecl(name);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), {
          minLength: entry.params.length,
          maxLength: entry.params.length,
        }).chain((sizes) => fc.tuple(...sizes.map(([r, c]) => rectGrid(r, c)))),
        (grids) => {
          const result = entry.run(grids);
          const shape = predictShape(entry, grids.map((g) => ({ rows: g.length, cols: g[0]!.length })));
          const rows = Array.isArray(result) ? result.length : 1;
          const cols = Array.isArray(result) ? result[0]!.length : 1;
          expect({ rows, cols }).toEqual(shape);
        },
      ),
      { numRuns: 100 },
    );
  });
});

const positive = fc.double({ min: 1e-6, max: 1e9, noNaN: true });

describe("identities", () => {
  it("SEGMENT_MIX adds up to 1 (blanks ignored)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(positive, { nil: null }), { minLength: 1, maxLength: 30 }), (values) => {
        fc.pre(values.some((v) => v !== null));
        const mix = segmentMix(values.map((v) => [v]));
        const sum = mix.reduce((s, [v]) => s + (typeof v === "number" ? v : 0), 0);
        expect(sum).toBeCloseTo(1, 9);
        mix.forEach(([v], i) => expect(v === "").toBe(values[i] === null));
      }),
    );
  });

  it("GROWTH_CONTRIBUTION adds up to total growth", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), positive), { minLength: 1, maxLength: 20 }),
        (pairs) => {
          const current = pairs.map(([c]) => [c]);
          const prior = pairs.map(([, p]) => [p]);
          const contributions = growthContribution(current, prior);
          const total = contributions.reduce((s, [v]) => s + (v as number), 0);
          const sumC = pairs.reduce((s, [c]) => s + c, 0);
          const sumP = pairs.reduce((s, [, p]) => s + p, 0);
          const expected = sumC / sumP - 1;
          // Rounding grows with the magnitudes added, not with the result: current values that
          // nearly cancel (−999,999.7 and 999,999.8 over priors of 0.000001) leave a small sum.
          const scale = pairs.reduce((s, [c, p]) => s + Math.abs(c) + p, 0) / sumP;
          expect(Math.abs(total - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected), scale));
        },
      ),
    );
  });

  it("CAGR equals RRI(years, first, last) = (last/first)^(1/years) − 1", () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 1e-3, max: 100, noNaN: true }), (first, last, years) => {
        const v = single(cagr(first, last, years));
        const rri = Math.pow(last / first, 1 / years) - 1;
        if (Number.isFinite(rri)) expect(v).toBe(rri === 0 ? 0 : rri);
        else expect(isCellError(v) && v.error).toBe("#NUM!");
      }),
    );
  });

  it("the CYCLE_PHASE rules partition every case when low ≤ high (exactly one rule applies)", () => {
    const r = fc.double({ min: 0, max: 5, noNaN: true });
    fc.assert(
      fc.property(r, r, r, r, (now, before, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const rules = [
          now >= high && now >= before,
          now >= low && now < before,
          now >= low && now < high && now >= before,
          now < low && now <= before,
          now < low && now > before,
        ];
        expect(rules.filter(Boolean)).toHaveLength(1);
        const phases = ["expansion", "expansion_slowing", "build_up", "contraction", "recovery"];
        expect(classifyCyclePhase(now, before, high, low)).toBe(phases[rules.indexOf(true)]);
      }),
    );
  });

  it("numeric text reads back the number it prints", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        expect(parseNumericText(String(d))).toBe(d === 0 ? 0 : d);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(parseNumericText(n.toLocaleString("en-US"))).toBe(n);
        expect(parseNumericText(`${n}%`)).toBe(Number(`${n}e-2`));
      }),
    );
  });
});
