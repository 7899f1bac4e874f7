import { describe, expect, it } from "vitest";
import { columnWidthToPoints, pointsToColumnWidth } from "../../src/xlsx/widths";

describe("column widths: points ↔ Excel's width unit (Calibri 11, 7-pixel digits)", () => {
  it("48 pt is Excel's default column: 64 px, stored as 9.140625", () => {
    expect(pointsToColumnWidth(48)).toBe(9.140625);
    expect(columnWidthToPoints(9.140625)).toBe(48);
  });

  it.each([48, 60, 75.5, 120, 260])("%d pt survives the round trip to the pixel (0.75 pt)", (pt) => {
    const w = pointsToColumnWidth(pt);
    expect(Math.abs(columnWidthToPoints(w) - pt)).toBeLessThanOrEqual(0.375);
    // Stored in 1/256 of a character, as Excel stores it.
    expect(Number.isInteger(w * 256)).toBe(true);
  });
});
