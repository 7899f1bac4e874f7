import { describe, expect, it } from "vitest";
import { CHART_ROWS, placeCharts, rowExtents } from "../../../src/core/chart/placement";
import { rectAddress } from "../../../src/core/template/a1";
import type { PlanCell } from "../../../src/core/template/types";

const t = (s: string): PlanCell => ({ kind: "text", text: s });
const n = (v: number): PlanCell => ({ kind: "number", value: v, format: "0.00" });
const b = (format?: string): PlanCell => (format ? { kind: "blank", format } : { kind: "blank" });

describe("rowExtents", () => {
  it("reaches the last non-empty cell; a formatted blank is empty", () => {
    expect(rowExtents([[t("a"), n(1), b("0.00")], [b(), b(), b()]], [48, 48, 48])).toEqual([2, 0]);
  });

  it("counts a text running on into empty cells, not past a filled one", () => {
    // 20 characters ≈ 140 points: runs from A (48) over B (48) into C (48).
    const long = t("x".repeat(20));
    expect(rowExtents([[long, b(), b(), b()]], [48, 48, 48, 48])).toEqual([3]);
    expect(rowExtents([[long, n(1), b(), b()]], [48, 48, 48, 48])).toEqual([2]);
    // Chinese characters count double: 10 of them run as far as 20 Latin ones.
    expect(rowExtents([[t("资".repeat(10)), b(), b(), b()]], [48, 48, 48, 48])).toEqual([3]);
    // Past the planned columns Excel's default width (48 points) applies.
    expect(rowExtents([[long]], [48])).toEqual([3]);
  });

  it("does not run text on inside a wrapped rectangle", () => {
    const long = t("x".repeat(20));
    expect(rowExtents([[long, b(), b()]], [48, 48, 48], [{ row: 0, col: 0, rowCount: 1, colCount: 1 }])).toEqual([1]);
  });
});

describe("placeCharts", () => {
  const stack = (extents: number[], count: number, maxCol?: number) => placeCharts(extents, count, undefined, maxCol).map((r) => rectAddress(r));

  it("stacks the charts at the top, one empty column right of every row they span", () => {
    const extents = [3, 3, 0, 20, 20, 0, ...Array(60).fill(9)];
    expect(stack(extents, 2)).toEqual(["V1:AC16", "V18:AC33"]);
    expect(stack(extents, 0)).toEqual([]);
  });

  it("starts below a block too wide to sit beside, beside the narrower ones", () => {
    const extents = [3, 0, 43, 43, 43, 0, ...Array(30).fill(11), 0, ...Array(200).fill(9)];
    // Rows 6–55 reach 11 columns at most: the stack starts at the empty row after the wide block.
    expect(stack(extents, 3)).toEqual(["M6:T21", "M23:T38", "M40:T55"]);
  });

  it("takes the first row where the whole stack fits within the column limit", () => {
    // Row 10 reaches 35 columns: a 16-row chart starting at rows 0–10 would span it.
    const extents = Array.from({ length: 60 }, (_, r) => (r === 10 ? 35 : 5));
    const [first] = placeCharts(extents, 1);
    expect(first).toEqual({ row: 11, col: 6, rowCount: CHART_ROWS, colCount: 8 });
    // With room for it, the top.
    expect(placeCharts(extents, 1, undefined, 36)[0]).toMatchObject({ row: 0, col: 36 });
  });

  it("below every row when nothing else fits, so it always terminates", () => {
    expect(stack([50, 50, 50], 1, 10)).toEqual(["B4:I19"]);
    expect(stack([], 1)).toEqual(["B1:I16"]);
  });
});
