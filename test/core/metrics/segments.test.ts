/** SEGMENT_MIX and GROWTH_CONTRIBUTION: results that depend on a total of the range. */
import { describe, expect, it } from "vitest";
import { cellError } from "../../../src/core/errors";
import { growthContribution, segmentMix } from "../../../src/core/metrics/index";
import { code, codes, col, en } from "./helpers";
import { cellAt } from "../../support/at";

describe("SEGMENT_MIX", () => {
  it("errors first: an empty range is #VALUE!", () => {
    expect(codes(segmentMix([]))).toEqual([["#VALUE!"]]);
  });

  it("values adding up to zero give #DIV/0! at every number, blanks stay blank", () => {
    expect(codes(segmentMix(col(5, -5, null)))).toEqual(col("#DIV/0!", "#DIV/0!", ""));
  });

  it("text gives #VALUE! there; the mix of the rest is computed from what is known", () => {
    const r = segmentMix(col(30, "n/a", 10));
    expect(codes(r)).toEqual(col(0.75, "#VALUE!", 0.25));
    expect(en(r[1]![0])).toContain("SEGMENT_MIX: values");
  });

  it("an input error stays at its position", () => {
    const na = cellError("#N/A");
    expect(segmentMix(col(1, na, 3))).toEqual(col(0.25, na, 0.75));
  });

  it("blanks are ignored: blank in → blank out, and they don't count in the total", () => {
    expect(segmentMix(col(60, null, 40, ""))).toEqual(col(0.6, "", 0.4, ""));
  });

  it("keeps the shape of a row or a block", () => {
    expect(segmentMix([[1, 1, 2]])).toEqual([[0.25, 0.25, 0.5]]);
    expect(segmentMix([[1, 1], [1, 1]])).toEqual([[0.25, 0.25], [0.25, 0.25]]);
  });

  it("a single value is all of the total", () => {
    expect(segmentMix(7)).toEqual([[1]]);
  });

  it("an overflowing total is #NUM!, never a silent 0", () => {
    expect(codes(segmentMix(col(1e308, 1e308)))).toEqual(col("#NUM!", "#NUM!"));
  });

  it("all blank → all blank", () => {
    expect(segmentMix(col(null, ""))).toEqual(col("", ""));
  });
});

describe("GROWTH_CONTRIBUTION", () => {
  it("errors first: mismatched shapes state both", () => {
    expect(en(growthContribution(col(1, 2), col(1, 2, 3))[0]![0])).toContain("2×1 and 3×1");
  });

  it("a total prior ≤ 0 makes every contribution #N/A with the reason", () => {
    const r = growthContribution(col(5, 6), col(-3, 2));
    expect(codes(r)).toEqual(col("#N/A", "#N/A"));
    expect(en(r[0]![0])).toContain("not meaningful");
  });

  it("contributions add up to total growth", () => {
    const r = growthContribution(col(60, 55), col(50, 50)) as number[][];
    expect(cellAt(r, 0, 0)).toBeCloseTo(0.1, 12);
    expect(cellAt(r, 1, 0)).toBeCloseTo(0.05, 12);
    expect(cellAt(r, 0, 0) + cellAt(r, 1, 0)).toBeCloseTo(115 / 100 - 1, 12);
  });

  it("a new segment (prior 0) contributes its whole current value", () => {
    expect(growthContribution(col(10, 100), col(0, 100))).toEqual(col(0.1, 0));
  });

  it("positions with a blank or an error are left out of the totals and show blank / the error", () => {
    const ref = cellError("#REF!");
    const r = growthContribution(col(110, null, 50, ref), col(100, 40, "x", 10));
    expect(r[0]![0]).toBeCloseTo(0.1, 12); // total prior = 100 only
    expect(r[1]![0]).toBe("");
    expect(code(r[2]![0])).toBe("#VALUE!");
    expect(r[3]![0]).toBe(ref);
  });

  it("a single prior is broadcast to every segment", () => {
    expect(growthContribution(col(12, 14), 10)).toEqual(col(0.1, 0.2));
  });
});
