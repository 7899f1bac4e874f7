/**
 * Large writes go to HyperFormula as blocks: one batch (one recalculation) and one
 * setCellContents call per write, whatever its size — cell by cell, a 350 × 110 block of
 * formulas took seconds to write or seed and about a minute to clear. Counted through
 * HyperFormula itself (calls and `valuesUpdated` events), so the tests do not depend on the
 * machine's speed.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFakeExcel, type FakeExcel } from "./index";
import { expectOfficeError } from "./office-error-matchers";

const ROWS = 350;
const COLS = 110;
/** Each big case takes about a second of CPU; the margin is for a loaded machine. */
const SLOW = 60_000;

/** Column A: 1…350; every other column: a formula over its own row (`=A5*3+ROUND(B5/2,2)`). */
function formulaBlock(): (string | number)[][] {
  return Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => (c === 0 ? r + 1 : `=A${r + 1}*${c}+ROUND(${String.fromCharCode(65 + ((c - 1) % 26))}${r + 1}/2,2)`)),
  );
}

/** Counts HyperFormula calls and recalculations from now on. */
function engineCounts(fake: FakeExcel): { calls: () => number; recalculations: () => number } {
  const spy = vi.spyOn(fake.hf, "setCellContents");
  let recalculations = 0;
  fake.hf.on("valuesUpdated", () => recalculations++);
  return { calls: () => spy.mock.calls.length, recalculations: () => recalculations };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("block writes", () => {
  it("a 350 × 110 block of formulas (with its number formats) is one engine call and one recalculation", async () => {
    const fake = createFakeExcel();
    const counts = engineCounts(fake);
    // validateFormula parses at A1, where HyperFormula's parse cache (keyed by relative shape)
    // misses for every row: syntax is checked after the write instead, only for cells in error.
    const validate = vi.spyOn(fake.hf, "validateFormula");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, ROWS, COLS);
      range.numberFormat = formulaBlock().map((row) => row.map(() => "0.00"));
      range.formulas = formulaBlock() as never;
      range.load("values");
      await context.sync();
      expect(range.values[ROWS - 1]!.slice(0, 3)).toEqual([350, 350 + 175, 700 + 262.5]);
    });
    expect(counts.calls()).toBe(1);
    expect(counts.recalculations()).toBe(1);
    expect(validate).not.toHaveBeenCalled();
    expect(fake.cell("Sheet1!C350")).toEqual({ value: 962.5, formula: "=A350*2+ROUND(B350/2,2)", numberFormat: "0.00" });
    expect(fake.formulas("Sheet1!DF350")).toEqual([["=A350*109+ROUND(E350/2,2)"]]);
  }, SLOW);

  it("seeding a 2-D block is one recalculation; formats come first, ragged rows and nulls are left alone", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("S", { C1: "keep" });
    const counts = engineCounts(fake);
    fake.seed.sheet("S", [
      [1, "=A1*2", null],
      [{ value: "=not a formula", numberFormat: "@" }],
      ["'=1+1", { formula: "=A1+B1", style: { bold: true } }, "12.5%"],
    ]);
    expect(counts.calls()).toBe(3); // one per run of adjacent cells: A1:B1, A2, A3:C3
    expect(counts.recalculations()).toBe(1);
    expect(fake.values("S!A1:C3")).toEqual([
      [1, 2, "keep"],
      ["=not a formula", "", ""],
      ["=1+1", 3, 0.125],
    ]);
    expect(fake.cell("S!B3")).toMatchObject({ formula: "=A1+B1", style: { bold: true } });
    expect(fake.cell("S!A3")).toMatchObject({ value: "=1+1", quotePrefix: true });
  });

  it("seeding 350 × 110 formulas gives the same workbook as writing them through the API", async () => {
    const seeded = createFakeExcel();
    seeded.seed.sheet("Sheet1", formulaBlock());
    const written = createFakeExcel();
    await written.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:DF350").formulas = formulaBlock() as never;
      await context.sync();
    });
    expect(seeded.snapshot()).toEqual(written.snapshot());
  }, SLOW);

  it("a sparse write (many runs) leaves the cells between its entries exactly as they were", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [
      ["'007", "=SEQUENCE(3)", true, "#N/A"],
      [5, null, "text", "=A2*2"],
    ]);
    const before = fake.snapshot().sheets["Sheet1"]!.cells;
    // Column E on every row; A–D untouched on rows 1–2, then a checkerboard that skips B3
    // (spilled from B1): about 100 runs, sent as one block over A1:E40.
    const input = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => (c === 4 ? `e${r + 1}` : r < 2 || (r + c) % 2 === 1 ? null : r * 10 + c)),
    );
    const counts = engineCounts(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E40").values = input as never;
      await context.sync();
    });
    expect(counts.calls()).toBe(1);
    const after = fake.snapshot().sheets["Sheet1"]!.cells;
    for (const key of ["A1", "B1", "C1", "D1", "A2", "B2", "C2", "D2", "B3"]) expect([key, after[key]]).toEqual([key, before[key]]);
    expect(after["A1"]).toEqual({ value: "007", quotePrefix: true });
    expect(after["B3"]).toEqual({ value: 3, spilled: true });
    expect(fake.values("Sheet1!A3:E4")).toEqual([
      [20, 3, 22, "", "e3"],
      ["", 31, "", 33, "e4"],
    ]);
  });

  it("a refused formula anywhere in a block fails the write and leaves every cell as it was", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [
      [1, "=A1+1", "'x"],
      [2, "=A2+1", "y"],
    ]);
    const before = fake.snapshot();
    const block = formulaBlock().slice(0, 40).map((row) => row.slice(0, 30));
    block[37]![12] = "=SUM(1,";
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:AD40").formulas = block as never;
      await expectOfficeError(context.sync(), "InvalidArgument", /=SUM\(1,/);
    });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.values("Sheet1!A1:C2")).toEqual([
      [1, 2, "x"],
      [2, 3, "y"],
    ]);
  });

  it("clearing a 350 × 110 block of formulas is one engine call; a spill keeps its cells unless its anchor is cleared", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", formulaBlock());
    fake.seed.sheet("Spill", { A1: "=SEQUENCE(4)", C1: "=SEQUENCE(2)" });
    const counts = engineCounts(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:DF350").clear("Contents");
      context.workbook.worksheets.getItem("Spill").getRange("A2:C3").clear();
      await context.sync();
    });
    // Spilled cells hold no content of their own: clearing A2:C3 has nothing to send.
    expect(counts.calls()).toBe(1);
    expect(counts.recalculations()).toBe(1);
    expect(fake.snapshot().sheets["Sheet1"]!.cells).toEqual({});
    expect(fake.values("Spill!A1:C4")).toEqual([
      [1, "", 1],
      [2, "", 2],
      [3, "", ""],
      [4, "", ""],
    ]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Spill").getRange("A1:A2").clear();
      await context.sync();
    });
    expect(fake.values("Spill!A1:A4")).toEqual([[""], [""], [""], [""]]);
  }, SLOW);

  it("merging keeps only the top-left value, in one engine call", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", Array.from({ length: 30 }, (_, r) => Array.from({ length: 30 }, (_, c) => (r + c) % 3 === 0 ? r * 30 + c : null)));
    const counts = engineCounts(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:AD30").merge();
      await context.sync();
    });
    expect(counts.calls()).toBe(1);
    expect(Object.keys(fake.snapshot().sheets["Sheet1"]!.cells)).toEqual(["A1"]);
  });
});
