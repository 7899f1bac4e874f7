/**
 * Formula-level tests: CAPCYCLE.* registered in HyperFormula 3.5 and evaluated in real formulas
 * over real cell ranges, next to HyperFormula's own functions (RRI, SUM).
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { companiesGrid, dataValue, fieldsGrid } from "../../src/core/dataset/functions";
import { CAPCYCLE_FUNCTION_IDS, createCapcycleHyperFormula } from "../support/hyperformula-capcycle";

type Row = (number | string | boolean | null)[];

function sheet(rows: Row[]) {
  const hf = createCapcycleHyperFormula({ S: rows });
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
  return { hf, at };
}

function errorOf(v: unknown): { value: string; message: string } | undefined {
  return v instanceof DetailedCellError ? { value: v.value, message: v.message } : undefined;
}

describe("registration", () => {
  it("registers every CAPCYCLE function under its dotted name", () => {
    createCapcycleHyperFormula();
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    expect(CAPCYCLE_FUNCTION_IDS).toHaveLength(20);
    for (const id of CAPCYCLE_FUNCTION_IDS) expect(names).toContain(id);
  });

  it("a wrong number of arguments is an error, not a crash", () => {
    const { at } = sheet([["=CAPCYCLE.CAPEX_DA_RATIO(1)", "=CAPCYCLE.HHI(1,2,3)"]]);
    expect(errorOf(at("A1"))?.value).toBe("#N/A");
    expect(errorOf(at("B1"))?.value).toBe("#N/A");
  });
});

describe("element-wise over ranges", () => {
  it("=CAPCYCLE.CAPEX_DA_RATIO(A1:A5,B1:B5) spills per position: numbers, blank, text, errors", () => {
    const { at } = sheet([
      [-30, 20, "=CAPCYCLE.CAPEX_DA_RATIO(A1:A5,B1:B5)"],
      [null, 10],
      ["'1,500", 1000],
      ["abc", 4],
      ["=1/0", 5],
    ]);
    expect(at("C1")).toBe(1.5);
    expect(at("C2")).toBe("");
    expect(at("C3")).toBe(1.5);
    expect(errorOf(at("C4"))).toEqual({ value: "#VALUE!", message: 'CAPEX_DA_RATIO: capex must be a number, not the text "abc". Enter a number there, or clear the cell.' });
    expect(errorOf(at("C5"))?.value).toBe("#DIV/0!");
  });

  it("a single value is broadcast; mismatched ranges give one #VALUE! stating both shapes", () => {
    const { at } = sheet([
      [2, 1, "=CAPCYCLE.CAPEX_DA_RATIO(A1:A3,2)", "=CAPCYCLE.CAPEX_DA_RATIO(A1:A3,B1:B2)"],
      [4, 1],
      [6, null],
    ]);
    expect([at("C1"), at("C2"), at("C3")]).toEqual([1, 2, 3]);
    expect(errorOf(at("D1"))?.value).toBe("#VALUE!");
    expect(errorOf(at("D1"))?.message).toContain("3×1 and 2×1");
    expect(at("D2")).toBeNull(); // no spill from an error
  });

  it("an error in a single-cell argument stays per position", () => {
    const { at } = sheet([[1, "=NA()", "=CAPCYCLE.CAPEX_DA_RATIO(A1:A2,B1)"], [2]]);
    expect(errorOf(at("C1"))?.value).toBe("#N/A");
    expect(errorOf(at("C2"))?.value).toBe("#N/A");
  });

  it("rows spill across", () => {
    const { at } = sheet([
      [10, 20, 30],
      [5, 10, 10],
      ["=CAPCYCLE.NET_INVESTMENT(A1:C1,A2:C2)"],
    ]);
    expect([at("A3"), at("B3"), at("C3")]).toEqual([5, 10, 20]);
  });

  it("RECEIVABLE_DAYS: omitted or empty days argument → 365", () => {
    const { at } = sheet([[10, 100, "=CAPCYCLE.RECEIVABLE_DAYS(A1,B1)", "=CAPCYCLE.RECEIVABLE_DAYS(A1,B1,)", "=CAPCYCLE.RECEIVABLE_DAYS(A1,B1,181)"]]);
    expect(at("C1")).toBe(36.5);
    expect(at("D1")).toBe(36.5);
    expect(at("E1")).toBeCloseTo(18.1, 12);
  });
});

describe("CAGR against HyperFormula's RRI", () => {
  const cases: [number, number, number][] = [
    [100, 121, 2],
    [59.8, 209.3, 5],
    [1, 0, 3],
    [10, 5, 1.5],
    [3.2, 3.2, 7],
    [0.5, 1e6, 10],
  ];
  it.each(cases)("CAGR(%s, %s, %s) = RRI", (first, last, years) => {
    const { at } = sheet([[first, last, years, "=CAPCYCLE.CAGR(A1,B1,C1)", "=RRI(C1,A1,B1)"]]);
    expect(at("D1")).toBeCloseTo(at("E1") as number, 12);
  });

  it("over ranges, row by row", () => {
    const rows: Row[] = cases.map(([f, l, y], i) => [f, l, y, i === 0 ? `=CAPCYCLE.CAGR(A1:A${cases.length},B1:B${cases.length},C1:C${cases.length})` : null, `=RRI(C${i + 1},A${i + 1},B${i + 1})`]);
    const { at } = sheet(rows);
    cases.forEach((_, i) => expect(at(`D${i + 1}`)).toBeCloseTo(at(`E${i + 1}`) as number, 12));
  });

  it("bases ≤ 0 and years ≤ 0 follow the SPEC, not RRI", () => {
    const { at } = sheet([[0, 10, 2, "=CAPCYCLE.CAGR(A1,B1,C1)", "=CAPCYCLE.CAGR(1,2,0)"]]);
    expect(errorOf(at("D1"))?.value).toBe("#N/A");
    expect(errorOf(at("D1"))?.message).toContain("not meaningful");
    expect(errorOf(at("E1"))?.value).toBe("#NUM!");
  });
});

describe("totals and aggregates", () => {
  it("SUM(SEGMENT_MIX(...)) = 1 and GROWTH_CONTRIBUTION adds up to total growth", () => {
    const { at } = sheet([
      [30, 20, "=SUM(CAPCYCLE.SEGMENT_MIX(A1:A3))", "=SUM(CAPCYCLE.GROWTH_CONTRIBUTION(A1:A3,B1:B3))", "=SUM(A1:A3)/SUM(B1:B3)-1"],
      [50, 50],
      [20, 30],
    ]);
    expect(at("C1")).toBeCloseTo(1, 12);
    expect(at("D1")).toBeCloseTo(at("E1") as number, 12);
  });

  it("HHI, TOP_SHARE and percent text", () => {
    const { at } = sheet([
      [0.5, "=CAPCYCLE.HHI(A1:A4)", "=CAPCYCLE.TOP_SHARE(A1:A4,2)", "=CAPCYCLE.HHI(A1:A5)", "=CAPCYCLE.TOP_SHARE(A1:A4,0)"],
      ["'20%"],
      [null],
      [0.1],
      [0.9],
    ]);
    expect(at("B1")).toBeCloseTo(2500 + 400 + 100, 9);
    expect(at("C1")).toBeCloseTo(0.7, 12);
    expect(errorOf(at("D1"))?.message).toContain("more than 1");
    expect(errorOf(at("E1"))?.value).toBe("#NUM!");
  });

  it("CYCLE_PHASE over a row of periods, in both languages", () => {
    const { at } = sheet([
      [10, 12, null, 18],
      [10, 10, 10, 10],
      ['=CAPCYCLE.CYCLE_PHASE(A1:D1,A2:D2)', '=CAPCYCLE.CYCLE_PHASE(A1:D1,A2:D2,,,"zh")', "=CAPCYCLE.CYCLE_PHASE(A1:B2,A1:B2)"],
    ]);
    expect(at("A3")).toBe("Expansion");
    expect(at("B3")).toBe("扩张");
    expect(errorOf(at("C3"))?.message).toContain("one row or one column");
  });
});

describe("data functions", () => {
  it("COMPANIES spills the whole entity table", () => {
    const grid = companiesGrid();
    const { at } = sheet([["=CAPCYCLE.COMPANIES()"]]);
    expect(at("A1")).toBe(grid[0]![0]);
    expect(at(`D${grid.length}`)).toBe(grid[grid.length - 1]![3]);
  });

  it("DATA in a formula equals the dataset module", () => {
    const id = companiesGrid()[0]![0] as string;
    const fields = fieldsGrid(id) as string[][];
    const field = fields[0]![0]!;
    const { at } = sheet([[id, field, "=CAPCYCLE.DATA(A1,B1)"]]);
    const expected = dataValue(id, field, null, null, null);
    if (typeof expected === "object") expect(errorOf(at("C1"))?.value).toBe(expected.error);
    else expect(at("C1")).toBe(expected);
  });
});
