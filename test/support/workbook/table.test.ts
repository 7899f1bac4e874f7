import { describe, expect, it } from "vitest";
import { FakeLimitationError, createFakeExcel } from "./index";
import { expectOfficeError, rejection } from "./office-error-matchers";

function financials() {
  const fake = createFakeExcel();
  fake.seed.sheet("Sheet1", [
    ["Period", "Capex", "D&A", "Ratio"],
    ["'2022", 10, 5, "=B2/C2"],
    ["'2023", 12, 6, "=B3/C3"],
  ]);
  return fake;
}

describe("tables.add", () => {
  it("creates Table1 over the range with its header row, body and style", async () => {
    const fake = financials();
    await fake.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:D3", true);
      table.load("name, style, showHeaders, showTotals");
      const body = table.getDataBodyRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect([table.name, table.style, table.showHeaders, table.showTotals]).toEqual(["Table1", "TableStyleMedium2", true, false]);
      expect(body.address).toBe("Sheet1!A2:D3");
      expect(header.values).toEqual([["Period", "Capex", "D&A", "Ratio"]]);
    });
  });

  it("makes headers text, unique and non-blank, as Excel does", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [["Capex", "capex", "", 2024], [1, 2, 3, 4]]);
    fake.seed.table("Sheet1", "A1:D2");
    expect(fake.values("Sheet1!A1:D1")).toEqual([["Capex", "capex2", "Column3", "2024"]]);
  });

  it("gives a header-only range one empty data row", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [["A", "B"]]);
    expect(fake.seed.table("Sheet1", "A1:B1")).toBe("Table1");
    expect(fake.snapshot().tables.Table1!.address).toBe("A1:B2");
  });

  it("refuses to overlap another table or merged cells", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:B3");
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("B1:D3", true);
        await context.sync();
      }),
      "InvalidArgument",
      /overlap/,
    );
  });

  it("adds through workbook.tables with a sheet-qualified address", async () => {
    const fake = financials();
    await fake.run(async (context) => {
      const table = context.workbook.tables.add("Sheet1!A1:D3", true).load("name");
      const all = context.workbook.tables.load("items/name, count");
      await context.sync();
      expect(table.name).toBe("Table1");
      expect(all.items.map((t) => t.name)).toEqual(["Table1"]);
      expect(all.count).toBe(1);
    });
  });

  it("does not model tables without headers, and says so", async () => {
    const error = await rejection(
      financials().run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A1:D3", false);
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(FakeLimitationError);
  });
});

describe("table names", () => {
  it.each([
    ["1Table", "InvalidArgument"],
    ["My Table", "InvalidArgument"],
    ["A1", "InvalidArgument"],
    ["R1C1", "InvalidArgument"],
    ["r", "InvalidArgument"],
    ["Cap-ex", "InvalidArgument"],
    ["", "InvalidArgument"],
    ["x".repeat(256), "InvalidArgument"],
    ["taken", "ItemAlreadyExists"],
    ["TAKENNAME", "ItemAlreadyExists"],
  ] as const)("rejects %j with %s", async (name, code) => {
    const fake = financials();
    fake.seed.sheet("Sheet1", { F1: "x", F2: 1 });
    fake.seed.table("Sheet1", "F1:F2", { name: "Taken" });
    fake.seed.name("TakenName", "=1");
    fake.seed.table("Sheet1", "A1:D3");
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.tables.getItem("Table2").name = name;
        await context.sync();
      }),
      code,
    );
  });

  it.each(["CapCycle_300015_Financials", "_x", "\\x", "财务数据", "XFE1", "T.2025"])("accepts %j", async (name) => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").name = name;
      await context.sync();
    });
    expect(Object.keys(fake.snapshot().tables)).toEqual([name]);
  });
});

describe("rows and columns", () => {
  it("rows.add appends and the table grows; formulas in the new rows compute", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    await fake.run(async (context) => {
      const table = context.workbook.tables.getItem("Table1");
      table.rows.add(undefined, [["'2024", 15, 7, "=B4/C4"]]);
      const range = table.getRange().load("address");
      const count = table.rows.load("count");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:D4");
      expect(count.count).toBe(3);
    });
    expect(fake.values("Sheet1!A4:D4")).toEqual([["2024", 15, 7, 15 / 7]]);
  });

  it("rows.add at an index moves later rows down and references follow them", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    fake.seed.sheet("Sheet1", { F1: "=SUM(B3)" });
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").rows.add(0, [["'2021", 8, 4, "=B2/C2"]]);
      await context.sync();
    });
    expect(fake.values("Sheet1!A2:D4")).toEqual([
      ["2021", 8, 4, 2],
      ["2022", 10, 5, 2],
      ["2023", 12, 6, 2],
    ]);
    expect(fake.formulas("Sheet1!D3:D4")).toEqual([["=B3/C3"], ["=B4/C4"]]);
    expect(fake.formulas("Sheet1!F1")).toEqual([["=SUM(B4)"]]);
  });

  it("rows.add checks the values' shape", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.tables.getItem("Table1").rows.add(undefined, [["'2024", 15]]);
        await context.sync();
      }),
      "InvalidArgument",
      /doesn't match the size/,
    );
  });

  it("does not push non-empty cells below the table (Excel would shift them): FakeLimitationError", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    fake.seed.sheet("Sheet1", { B5: "note" });
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").rows.add(undefined, [["'2024", 1, 1, 1]]);
      await context.sync(); // the row below is free
    });
    const error = await rejection(
      fake.run(async (context) => {
        context.workbook.tables.getItem("Table1").rows.add(undefined, [["'2025", 1, 1, 1]]);
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(FakeLimitationError);
  });

  it("columns: find by name, read values, add at the end, delete", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    await fake.run(async (context) => {
      const columns = context.workbook.tables.getItem("Table1").columns;
      const capex = columns.getItem("capex").load("name, index, values");
      const body = columns.getItem("D&A").getDataBodyRange().load("address");
      const added = columns.add(undefined, [["Net"], ["=B2-C2"], ["=B3-C3"]]).load("name, index");
      await context.sync();
      expect([capex.name, capex.index, capex.values]).toEqual(["Capex", 1, [["Capex"], [10], [12]]]);
      expect(body.address).toBe("Sheet1!C2:C3");
      expect([added.name, added.index]).toEqual(["Net", 4]);
      columns.getItem("Ratio").delete();
      await context.sync();
    });
    expect(fake.values("Sheet1!A1:E3")).toEqual([
      ["Period", "Capex", "D&A", "Net", ""],
      ["2022", 10, 5, 5, ""],
      ["2023", 12, 6, 6, ""],
    ]);
    expect(fake.snapshot().tables.Table1!.address).toBe("A1:D3");
  });

  it("row delete closes the gap", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").rows.getItemAt(0).delete();
      await context.sync();
    });
    expect(fake.values("Sheet1!A2:D3")).toEqual([
      ["2023", 12, 6, 2],
      ["", "", "", ""],
    ]);
  });
});

describe("deleting tables", () => {
  it("delete() removes the table and its cells; convertToRange() keeps the cells", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:B3");
    fake.seed.sheet("Sheet1", { F1: "x", F2: 1 });
    fake.seed.table("Sheet1", "F1:F2");
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").delete();
      context.workbook.tables.getItem("Table2").convertToRange();
      await context.sync();
    });
    expect(fake.snapshot().tables).toEqual({});
    expect(fake.values("Sheet1!A1:B1")).toEqual([["", ""]]);
    expect(fake.values("Sheet1!F1:F2")).toEqual([["x"], [1]]);
  });

  it("a deleted table cannot be used any more; getItemOrNullObject finds nothing", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    await fake.run(async (context) => {
      const table = context.workbook.tables.getItem("Table1");
      table.delete();
      await context.sync();
      const gone = context.workbook.tables.getItemOrNullObject("Table1");
      await context.sync();
      expect(gone.isNullObject).toBe(true);
      table.load("name");
      await expectOfficeError(context.sync(), "ItemNotFound");
    });
  });
});

describe("totals row", () => {
  it("showTotals adds a total row below and removes it again", async () => {
    const fake = financials();
    fake.seed.table("Sheet1", "A1:D3");
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").showTotals = true;
      await context.sync();
    });
    expect(fake.snapshot().tables.Table1).toMatchObject({ address: "A1:D4", dataBody: "A2:D3", showTotals: true });
    expect(fake.values("Sheet1!A4")).toEqual([["Total"]]);
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Table1").showTotals = false;
      await context.sync();
    });
    expect(fake.snapshot().tables.Table1).toMatchObject({ address: "A1:D3", showTotals: false });
  });
});
