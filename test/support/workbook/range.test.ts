import { describe, expect, it } from "vitest";
import { FakeLimitationError, createFakeExcel } from "./index";
import { expectOfficeError, rejection } from "./office-error-matchers";

function write(fake: ReturnType<typeof createFakeExcel>, address: string, values: unknown, property: "values" | "formulas" = "values") {
  return fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    (range as unknown as Record<string, unknown>)[property] = values;
    await context.sync();
  });
}

describe("writes must have the range's shape", () => {
  it.each([
    ["A1:B2", [[1, 2]]],
    ["A1:B2", [[1], [2]]],
    ["A1:B2", [[1, 2], [3]]],
    ["A1:B1", [1, 2]],
    ["A1", []],
  ])("rejects %s ← %j with Excel's message", async (address, values) => {
    const fake = createFakeExcel();
    await expectOfficeError(
      write(fake, address, values),
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  });

  it("fills every cell from a single (non-array) value", async () => {
    const fake = createFakeExcel();
    await write(fake, "A1:B2", 7);
    expect(fake.values("Sheet1!A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it("leaves cells given null unchanged, clears cells given an empty string", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 1, B1: 2, C1: 3 });
    await write(fake, "A1:C1", [[null, "", 9]]);
    expect(fake.values("Sheet1!A1:C1")).toEqual([[1, "", 9]]);
    expect(fake.snapshot().sheets.Sheet1!.cells.B1).toBeUndefined();
  });

  it("sends NaN and Infinity as null (JSON), so those cells stay unchanged", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 1, B1: 2 });
    await write(fake, "A1:B1", [[Number.NaN, Number.POSITIVE_INFINITY]]);
    expect(fake.values("Sheet1!A1:B1")).toEqual([[1, 2]]);
  });

  it("rejects objects as cell values", async () => {
    await expectOfficeError(write(createFakeExcel(), "A1", [[{ a: 1 }]]), "InvalidArgument");
  });
});

describe("entries are read as typed", () => {
  it.each([
    ["=1+1", 2, "=1+1"],
    ["'=1+1", "=1+1", "=1+1"],
    ["+2*3", 6, "=+2*3"],
    ["-2*3", -6, "=-2*3"],
    ["@SUM(1,2)", 3, "=SUM(1,2)"],
    ["-abc", "#NAME?", "=-abc"],
    ["2024", 2024, 2024],
    ["'2024", "2024", "2024"],
    ["1,234", 1234, 1234],
    ["12.5%", 0.125, 0.125],
    ["-5", -5, -5],
    ["true", true, true],
    ["#N/A", "#N/A", "#N/A"],
    ["2025-06-30", 45838, 45838],
    ["2025H1", "2025H1", "2025H1"],
    ["联影医疗", "联影医疗", "联影医疗"],
    ["-", "-", "-"],
  ] as const)("%j → value %j, formula %j", async (input, value, formula) => {
    const fake = createFakeExcel();
    await write(fake, "A1", [[input]]);
    expect(fake.values("Sheet1!A1")).toEqual([[value]]);
    expect(fake.formulas("Sheet1!A1")).toEqual([[formula]]);
  });

  it("keeps text exactly in a cell formatted as text ('@') — set the format first", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.numberFormat = [["@", "@", "@"]];
      range.values = [["=1+1", "2024", "@home"]];
      await context.sync();
    });
    expect(fake.values("Sheet1!A1:C1")).toEqual([["=1+1", "2024", "@home"]]);
    // The other order does not protect the text: the formula is already there.
    const late = createFakeExcel();
    await late.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["=1+1"]];
      range.numberFormat = [["@"]];
      await context.sync();
    });
    expect(late.values("Sheet1!A1")).toEqual([[2]]);
  });

  it("records implied number formats and the apostrophe prefix", async () => {
    const fake = createFakeExcel();
    await write(fake, "A1:C1", [["12.5%", "1,234", "'x"]]);
    const cells = fake.snapshot().sheets.Sheet1!.cells;
    expect(cells.A1!.numberFormat).toBe("0.00%");
    expect(cells.B1!.numberFormat).toBe("#,##0");
    expect(cells.C1!.quotePrefix).toBe(true);
  });

  it("rejects a formula Excel would refuse (InvalidArgument) and one the engine cannot evaluate (FakeLimitationError)", async () => {
    await expectOfficeError(write(createFakeExcel(), "A1", [["=SUM(1,"]]), "InvalidArgument");
    await expectOfficeError(write(createFakeExcel(), "A1", [["-abc def"]]), "InvalidArgument");
    const error = await rejection(write(createFakeExcel(), "A1", [["=SUM(Table1[Capex])"]], "formulas"));
    expect(error).toBeInstanceOf(FakeLimitationError);
    expect((error as Error).message).toMatch(/structured/);
    // Brackets inside a string literal are fine.
    const fake = createFakeExcel();
    await write(fake, "A1", [['="[x]"']], "formulas");
    expect(fake.values("Sheet1!A1")).toEqual([["[x]"]]);
  });
});

describe("reading ranges", () => {
  it("returns values, formulas, text, number formats and value types", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", {
      A1: { value: 0.0912, numberFormat: "0.00%" },
      B1: { value: 1234.5, numberFormat: "#,##0.00" },
      C1: "=1/0",
      D1: true,
      E1: { value: 12.3456, numberFormat: '0.00"亿"' },
    });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").load("values, formulas, text, numberFormat, valueTypes");
      await context.sync();
      expect(range.values).toEqual([[0.0912, 1234.5, "#DIV/0!", true, 12.3456, ""]]);
      expect(range.formulas).toEqual([[0.0912, 1234.5, "=1/0", true, 12.3456, ""]]);
      expect(range.text).toEqual([["9.12%", "1,234.50", "#DIV/0!", "TRUE", "12.35亿", ""]]);
      expect(range.numberFormat).toEqual([["0.00%", "#,##0.00", "General", "General", '0.00"亿"', "General"]]);
      expect(range.valueTypes).toEqual([["Double", "Double", "Error", "Boolean", "Double", "Empty"]]);
    });
  });

  it("quotes sheet names in addresses when Excel does", async () => {
    const fake = createFakeExcel({ initialSheets: ["My Sheet", "联影医疗", "Bob's", "A1"] });
    const addresses = await fake.run(async (context) => {
      const ranges = ["My Sheet", "联影医疗", "Bob's", "A1"].map((n) => context.workbook.worksheets.getItem(n).getRange("B2").load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["'My Sheet'!B2", "联影医疗!B2", "'Bob''s'!B2", "'A1'!B2"]);
  });
});

describe("derived ranges", () => {
  it("offsets, resizes, rows, columns, intersections and bounding rectangles", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D4");
      const got = [
        base.getOffsetRange(1, 1),
        base.getResizedRange(1, -1),
        base.getCell(0, 1),
        base.getRow(2),
        base.getColumn(0),
        base.getLastCell(),
        base.getRowsBelow(2),
        base.getColumnsAfter(),
        base.getIntersection("C3:F9"),
        base.getBoundingRect("F9"),
        base.getEntireColumn(),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(got.map((r) => r.address.replace("Sheet1!", ""))).toEqual([
        "C3:E5",
        "B2:C5",
        "C2",
        "B4:D4",
        "B2:B4",
        "D4",
        "B5:D6",
        "E2:E4",
        "C3:D4",
        "B2:F9",
        "B:D",
      ]);
    });
  });

  it("fails outside the grid or without an intersection", async () => {
    const fake = createFakeExcel();
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
        await context.sync();
      }),
      "InvalidArgument",
    );
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getIntersection("C3").load("address");
        await context.sync();
      }),
      "ItemNotFound",
    );
    await fake.run(async (context) => {
      const none = context.workbook.worksheets.getItem("Sheet1").getRange("A1").getIntersectionOrNullObject("C3");
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
  });

  it("Range.getUsedRange throws ItemNotFound when nothing is used inside it", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 1 });
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C3:D4").getUsedRange().load("address");
        await context.sync();
      }),
      "ItemNotFound",
    );
  });
});

describe("merged cells", () => {
  it("keep the top-left value and refuse writes to their other cells", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: "keep", B1: "dropped" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge();
      await context.sync();
    });
    expect(fake.values("Sheet1!A1:B1")).toEqual([["keep", ""]]);
    expect(fake.snapshot().sheets.Sheet1!.merges).toEqual(["A1:B1"]);
    await expectOfficeError(write(fake, "B1", [["x"]]), "MergedRangeConflict");
    await write(fake, "A1:B1", [["new", ""]]); // writing the whole area with blanks elsewhere is fine
    expect(fake.values("Sheet1!A1")).toEqual([["new"]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").unmerge();
      await context.sync();
    });
    await write(fake, "B1", [["x"]]);
    expect(fake.values("Sheet1!A1:B1")).toEqual([["new", "x"]]);
  });

  it("merge across merges row by row", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").merge(true);
      await context.sync();
    });
    expect(fake.snapshot().sheets.Sheet1!.merges).toEqual(["A1:C1", "A2:C2"]);
  });
});

describe("formats", () => {
  it("sets and reads font, fill, alignment, widths; mixed cells read as null", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:B1");
      header.format.font.bold = true;
      header.format.fill.color = "#4472c4";
      header.format.horizontalAlignment = "Center";
      header.format.columnWidth = 80;
      const mixed = sheet.getRange("A1:A2").load("format/font/bold, format/columnWidth");
      const one = sheet.getRange("A1").load("format/fill/color, format/horizontalAlignment, format/rowHeight");
      await context.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.columnWidth).toBe(80);
      expect(one.format.fill.color).toBe("#4472C4");
      expect(one.format.horizontalAlignment).toBe("Center");
      expect(one.format.rowHeight).toBe(15);
    });
    expect(fake.snapshot().sheets.Sheet1!.columnWidths).toEqual({ A: 80, B: 80 });
  });

  it("rejects values Excel rejects", async () => {
    const fake = createFakeExcel();
    const attempts: ((r: Excel.Range) => void)[] = [
      (r) => (r.format.fill.color = "not a colour"),
      (r) => (r.format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment),
      (r) => (r.format.columnWidth = -1),
      (r) => (r.numberFormat = [[5]]),
    ];
    for (const attempt of attempts) {
      await expectOfficeError(
        fake.run(async (context) => {
          attempt(context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
          await context.sync();
        }),
        "InvalidArgument",
      );
    }
  });

  it("autofits columns to their text (wider for CJK)", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: "Capex", B1: "资本开支与折旧摊销比率", C1: "x" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").format.autofitColumns();
      await context.sync();
    });
    const widths = fake.snapshot().sheets.Sheet1!.columnWidths;
    expect(widths.A).toBeGreaterThan(20);
    expect(widths.B).toBeGreaterThan(widths.A! * 2);
    expect(widths.C).toBeLessThan(widths.A!);
    expect(widths.D).toBeUndefined(); // empty column keeps its width
  });

  it("clear(Contents) keeps formats; clear() removes both", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: { value: 1, numberFormat: "0.00" }, B1: { value: 2, numberFormat: "0.00" } });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear();
      await context.sync();
    });
    const cells = fake.snapshot().sheets.Sheet1!.cells;
    expect(cells).toEqual({ A1: { value: "", numberFormat: "0.00" } });
  });

  it("Range.insert and Range.delete are not modelled and say so", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.delete("Up")).toThrow(FakeLimitationError);
      expect(() => range.insert("Down")).toThrow(FakeLimitationError);
      await context.sync();
    });
  });
});

describe("selection", () => {
  it("getSelectedRange returns what is selected; select() changes it", async () => {
    const fake = createFakeExcel({ initialSheets: ["Sheet1", "Model"] });
    fake.seed.select("Model!B2:C6");
    await fake.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Model!B2:C6");
      context.workbook.worksheets.getItem("Sheet1").getRange("D4").select();
      const active = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect(active.address).toBe("Sheet1!D4");
    });
    expect(fake.snapshot().activeSheet).toBe("Sheet1");
  });
});
