import { describe, expect, it } from "vitest";
import { CHART_ROWS, placeBand, rowExtents } from "../../../src/core/chart/placement";
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

describe("placeBand", () => {
  it("puts the charts side by side, each wide enough to read (about 440 points)", () => {
    const widths = [218, 62, 75, 75, 62, 56, 270];
    expect(placeBand(35, 2, widths).map((r) => rectAddress(r))).toEqual(["A36:E51", "F36:H51"]);
    expect(placeBand(35, 0, widths)).toEqual([]);
  });

  it("at the sheet's last used column, four fifths of the width will do; past it, default widths", () => {
    // B–D reach 360 points (≥ 0.8 × 440) at the last used column: the chart stops there.
    expect(rectAddress(placeBand(0, 1, [80, 120, 120, 120])[0]!)).toBe("A1:D16");
    // Past the used columns, at the default 48 points: eight columns (384 points).
    expect(rectAddress(placeBand(0, 2, [300, 150])[1]!)).toBe("C1:J16");
    expect(placeBand(5, 1, [100])[0]).toMatchObject({ row: 5, col: 0, rowCount: CHART_ROWS });
  });
});
