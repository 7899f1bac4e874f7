/**
 * Fuzz (fast-check) of every CAPCYCLE function through the registered wrappers, with whatever a
 * workbook can pass: random shapes (empty, ragged, long, a bare value for a range), numbers
 * including NaN, ±Infinity and ±1e308, numeric and formula-looking text, booleans, blanks,
 * errors in every form Excel passes them, data-type values and odd objects. Every call must
 * return (never throw), and every position must be a finite number, text, "" or a returnable
 * error — #VALUE! and #N/A always with a message (SPEC §2, §9).
 */
import fc from "fast-check";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import "../../src/functions/dataset-entry";
import { stubCustomFunctions, stubOffice } from "../functions/stubs";
import { ANALYTIC, DATA_FUNCTIONS, anyCell, anyText, argsFor, resultProblems } from "./support";

/** Runs per analytic function, and per data function (those search the whole name index per call). */
export const ANALYTIC_RUNS = 1_000;
export const DATA_RUNS = 300;

let iterations = 0;

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", stubCustomFunctions);
  vi.stubGlobal("Office", stubOffice(Math.random() < 0.5 ? "en-US" : "zh-CN"));
});
afterEach(() => vi.unstubAllGlobals());
afterAll(() => {
  console.log(`functions fuzz: ${iterations} calls`);
});

describe("the 15 analytic functions never throw and return only what Excel can show", () => {
  it.each(ANALYTIC.map((wr) => [wr.name, wr] as const))("%s", (_, wr) => {
    fc.assert(
      fc.property(argsFor(wr), (args) => {
        iterations++;
        let result: unknown;
        expect(() => (result = wr.call(...args))).not.toThrow();
        expect(resultProblems(result, wr.result)).toEqual([]);
      }),
      { numRuns: ANALYTIC_RUNS },
    );
  });
});

/** Argument values for the data functions: names close to real ones, junk, numbers, errors. */
const dataArg: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyText },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "300015.SZ",
      "300015",
      300015,
      "aier_eye",
      "AIER EYE",
      "爱尔眼科",
      "愛爾眼科",
      "ａｉｅｒ",
      "688271.SH",
      "联影医疗",
      "neusoft_medical",
      "revenue",
      "营业收入",
      "capex",
      "revenue_yoy",
      "营收增速",
      "2024",
      2024,
      "2025H1",
      "２０２５Ｈ１",
      "2025h1",
      "2025H3",
      2024.5,
      "亿",
      "万",
      "bn",
      10000,
      "kg",
      "屈光",
      "refractive",
      "CT",
    ),
  },
  { weight: 2, arbitrary: anyCell },
);

describe("the 5 data functions never throw and return only what Excel can show", () => {
  it.each(DATA_FUNCTIONS.map((wr) => [wr.name, wr] as const))("%s", async (_, wr) => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple<unknown[]>(...wr.dims.map((_d, i) => (i < wr.required ? dataArg : fc.oneof(dataArg, fc.constant(null))))),
        async (args) => {
          iterations++;
          const result = await wr.call(...args);
          expect(resultProblems(result, wr.result)).toEqual([]);
        },
      ),
      { numRuns: wr.dims.length === 0 ? 5 : DATA_RUNS },
    );
  });
});
