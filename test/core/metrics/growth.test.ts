/** SEGMENT_GROWTH and CAGR (checked against Excel's RRI by formula here, by HyperFormula in test/functions). */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/values";
import { cagr, segmentGrowth } from "../../../src/core/metrics/index";
import { codes, col, en, zh, CJK } from "./helpers";
import { single } from "../../support/at";

describe("SEGMENT_GROWTH", () => {
  it.each<[string, CellValue, CellValue, number | string]>([
    ["zero base: not meaningful (#N/A before #DIV/0!)", 5, 0, "#N/A"],
    ["negative base", 5, -2, "#N/A"],
    ["text", "x", 1, "#VALUE!"],
    ["blank current", null, 1, ""],
    ["blank prior", 1, null, ""],
    ["growth", 110, 100, 0.1],
    ["decline", 50, 100, -0.5],
    ["to zero", 0, 100, -1],
    ["negative current from a positive base", -10, 100, -1.1],
  ])("%s", (_, current, prior, expected) => {
    const [[v]] = segmentGrowth(current, prior) as [[number | string]];
    if (typeof expected === "number") expect(v).toBeCloseTo(expected, 12);
    else expect(codes([[v]])[0]![0]).toBe(expected);
  });

  it("says why a base ≤ 0 gives #N/A, in both languages", () => {
    const e = single(segmentGrowth(5, 0));
    expect(en(e)).toContain("not meaningful");
    expect(zh(e)).toMatch(CJK);
  });

  it("works element by element", () => {
    expect(codes(segmentGrowth(col(110, 30, null), col(100, 0, 5)))).toEqual([[0.10000000000000009], ["#N/A"], [""]]);
  });
});

/** Excel's RRI(n, pv, fv) by its formula. */
const rri = (n: number, pv: number, fv: number) => Math.pow(fv / pv, 1 / n) - 1;

describe("CAGR", () => {
  it.each<[string, CellValue, CellValue, CellValue, string]>([
    ["years 0", 100, 121, 0, "#NUM!"],
    ["years negative", 100, 121, -2, "#NUM!"],
    ["years ≤ 0 comes before a bad base", 0, 121, 0, "#NUM!"],
    ["first 0: not meaningful", 0, 121, 2, "#N/A"],
    ["first negative", -100, 121, 2, "#N/A"],
    ["last negative (no real root, as RRI)", 100, -121, 2, "#NUM!"],
    ["text years", 100, 121, "two", "#VALUE!"],
    ["blank years", 100, 121, null, ""],
  ])("%s", (_, first, last, years, expected) => {
    expect(codes(cagr(first, last, years))).toEqual([[expected]]);
  });

  it.each([
    [100, 121, 2],
    [59.8, 209.3, 5],
    [1, 0, 3],
    [10, 5, 1.5],
    [3.2, 3.2, 7],
  ])("CAGR(%s, %s, %s) = RRI", (first, last, years) => {
    expect(cagr(first, last, years)[0]![0]).toBeCloseTo(rri(years, first, last), 14);
  });

  it("a single years value broadcasts over ranges of first and last", () => {
    const r = cagr(col(100, 200), col(121, 242), 2) as number[][];
    expect(r[0]![0]).toBeCloseTo(0.1, 12);
    expect(r[1]![0]).toBeCloseTo(0.1, 12);
  });

  it("says why a first value ≤ 0 gives #N/A", () => {
    expect(en(cagr(0, 1, 1)[0]![0])).toContain("CAGR");
  });
});
