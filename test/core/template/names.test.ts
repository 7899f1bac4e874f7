import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cellAddress, columnIndex, columnLetters, parseCell, parseRect, quoteSheetName, rectAddress } from "../../../src/core/template/a1";
import { companySheetName, sanitizeSheetName, sheetNameProblem, uniqueSheetName } from "../../../src/core/template/sheet-name";
import { sanitizeTableName, uniqueTableName } from "../../../src/core/template/table-name";
import { uniqueChartName } from "../../../src/core/chart/names";

describe("A1 addresses", () => {
  it("converts columns both ways", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (c) => columnIndex(columnLetters(c)) === c));
    expect(columnIndex("A1")).toBe(-1);
  });

  it("parses cells and ranges, absolute or not", () => {
    expect(parseCell("$C$5")).toEqual({ row: 4, col: 2 });
    expect(parseRect("D9:C5")).toEqual({ row: 4, col: 2, rowCount: 5, colCount: 2 });
    expect(rectAddress({ row: 4, col: 2, rowCount: 5, colCount: 1 }, true)).toBe("$C$5:$C$9");
    expect(cellAddress(0, 0)).toBe("A1");
    expect(parseCell("XFE1")).toBeNull();
    expect(parseRect("A1:B2:C3")).toBeNull();
  });

  it("quotes sheet names when needed", () => {
    expect(quoteSheetName("Model")).toBe("Model");
    expect(quoteSheetName("My model")).toBe("'My model'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("爱尔眼科")).toBe("'爱尔眼科'");
  });
});

describe("sheet names", () => {
  it("removes forbidden characters and apostrophes at the ends, within 31 characters", () => {
    expect(sanitizeSheetName("A/B\\C?D*E[F]G:H")).toBe("A B C D E F G H");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("   ")).toBe("Sheet");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    expect(companySheetName("Aier Eye", "300015.SZ")).toBe("Aier Eye 300015.SZ");
    expect(companySheetName("东软医疗", undefined)).toBe("东软医疗");
  });

  it("never splits a surrogate pair when cutting", () => {
    const s = sanitizeSheetName(`${"a".repeat(30)}😀b`);
    expect(s).toBe("a".repeat(30));
  });

  it("adds (2), (3) on a clash, case-insensitively, within 31 characters", () => {
    expect(uniqueSheetName("Aier Eye 300015.SZ", ["aier eye 300015.sz"])).toBe("Aier Eye 300015.SZ (2)");
    expect(uniqueSheetName("Aier Eye 300015.SZ", ["Aier Eye 300015.SZ", "Aier Eye 300015.SZ (2)"])).toBe("Aier Eye 300015.SZ (3)");
    const long = "L".repeat(31);
    const u = uniqueSheetName(long, [long]);
    expect(u).toBe(`${"L".repeat(27)} (2)`);
    expect(u.length).toBeLessThanOrEqual(31);
  });

  it("always gives a valid, unused name (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 45 }), fc.array(fc.string({ maxLength: 31 }), { maxLength: 8 }), (base, existing) => {
        const name = uniqueSheetName(base, existing);
        return sheetNameProblem(name) === null && !existing.some((e) => e.toUpperCase() === name.toUpperCase());
      }),
    );
  });
});

describe("table and chart names", () => {
  it("keeps Excel's table-name rules", () => {
    expect(sanitizeTableName("CapCycle_爱尔 眼科_Fin")).toBe("CapCycle_Fin");
    expect(sanitizeTableName("1abc")).toBe("_1abc");
    expect(sanitizeTableName("AB12")).toBe("_AB12");
    expect(sanitizeTableName("R1C1")).toBe("_R1C1");
    expect(uniqueTableName("CapCycle_aier_eye_Financials", ["capcycle_aier_eye_financials"])).toBe("CapCycle_aier_eye_Financials_2");
  });

  it("makes chart names unique on a sheet", () => {
    expect(uniqueChartName("Chart", ["chart", "Chart (2)"])).toBe("Chart (3)");
    expect(uniqueChartName("Chart", [])).toBe("Chart");
  });
});
