import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./index";
import { expectOfficeError } from "./office-error-matchers";

async function addSheet(name: string, fake = createFakeExcel()) {
  return fake.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name).load("name, position");
    await context.sync();
    return { name: sheet.name, position: sheet.position };
  });
}

describe("sheet names follow Excel's rules", () => {
  it.each([
    ["a".repeat(32), "InvalidArgument"],
    ["", "InvalidArgument"],
    ["   ", "InvalidArgument"],
    ["Q1/Q2", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["what?", "InvalidArgument"],
    ["star*", "InvalidArgument"],
    ["[x]", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["sheet1", "ItemAlreadyExists"],
    ["SHEET1", "ItemAlreadyExists"],
  ] as const)("rejects %j with %s", async (name, code) => {
    await expectOfficeError(addSheet(name), code);
  });

  it.each(["a".repeat(31), "爱尔眼科 300015", "Bob's Data", "Capex & D&A", "=Sheet", "2024"])("accepts %j", async (name) => {
    await expect(addSheet(name)).resolves.toEqual({ name, position: 1 });
  });

  it("compares non-ASCII names without case too", async () => {
    const fake = createFakeExcel({ initialSheets: ["Été"] });
    await expectOfficeError(addSheet("ÉTÉ", fake), "ItemAlreadyExists");
  });

  it("names unnamed sheets SheetN and applies the rules to renames", async () => {
    const fake = createFakeExcel();
    const name = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Sheet2");
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet2").name = "SHEET1";
        await context.sync();
      }),
      "ItemAlreadyExists",
    );
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet2").name = "SHEET2"; // case-only rename of itself is fine
      await context.sync();
    });
    expect(fake.snapshot().sheetOrder).toEqual(["Sheet1", "SHEET2"]);
  });
});

describe("worksheet collection", () => {
  it("finds sheets by name (any case) or id, and reports missing ones", async () => {
    const fake = createFakeExcel({ initialSheets: ["Model", "Data"] });
    const id = fake.snapshot().sheets.Data!.id;
    await fake.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("model").load("name");
      const byId = context.workbook.worksheets.getItem(id).load("name");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([byName.name, byId.name, active.name]).toEqual(["Model", "Data", "Model"]);
    });
  });

  it("does not activate added sheets; activate() does", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.add("New");
      await context.sync();
    });
    expect(fake.snapshot().activeSheet).toBe("Sheet1");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("New").activate();
      await context.sync();
    });
    expect(fake.snapshot().activeSheet).toBe("New");
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const fake = createFakeExcel();
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
      "InvalidOperation",
    );
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
        await context.sync();
      }),
      "InvalidOperation",
    );
  });

  it("deleting a sheet removes its tables and charts, and later use of it fails", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Temp", { A1: "Year", B1: "Capex", A2: "'2024", B2: 1 });
    fake.seed.table("Temp", "A1:B2");
    fake.seed.chart("Temp", { type: "Line", source: "A1:B2" });
    await fake.run(async (context) => {
      const temp = context.workbook.worksheets.getItem("Temp");
      temp.delete();
      await context.sync();
      temp.getRange("A1").load("values");
      await expectOfficeError(context.sync(), "ItemNotFound");
    });
    const snap = fake.snapshot();
    expect(snap.sheetOrder).toEqual(["Sheet1"]);
    expect(snap.tables).toEqual({});
  });

  it("moves sheets with position", async () => {
    const fake = createFakeExcel({ initialSheets: ["A", "B", "C"] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 0;
      await context.sync();
    });
    expect(fake.snapshot().sheetOrder).toEqual(["C", "A", "B"]);
  });

  it("protects the structure of a protected workbook", async () => {
    const fake = createFakeExcel();
    fake.seed.protectWorkbook();
    await expectOfficeError(addSheet("New", fake), "AccessDenied");
  });
});

describe("protected sheets", () => {
  it("refuse cell, format, table and chart changes with AccessDenied", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Locked", { A1: "Year", B1: "Capex", A2: "'2024", B2: 1 }, { protected: true });
    const attempts: ((sheet: Excel.Worksheet) => void)[] = [
      (s) => (s.getRange("C1").values = [[1]]),
      (s) => (s.getRange("C1").numberFormat = [["0.00"]]),
      (s) => (s.getRange("C1").format.font.bold = true),
      (s) => s.getRange("A1:B2").clear(),
      (s) => s.tables.add("A1:B2", true),
      (s) => s.charts.add("Line", s.getRange("A1:B2")),
    ];
    for (const attempt of attempts) {
      await expectOfficeError(
        fake.run(async (context) => {
          attempt(context.workbook.worksheets.getItem("Locked"));
          await context.sync();
        }),
        "AccessDenied",
      );
    }
    expect(fake.values("Locked!A1:C2")).toEqual([
      ["Year", "Capex", ""],
      ["2024", 1, ""],
    ]);
  });

  it("reports protection and can be unprotected (with the password)", async () => {
    const fake = createFakeExcel();
    fake.seed.protect("Sheet1", "pw");
    await fake.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
      protection.unprotect("wrong");
      await expectOfficeError(context.sync(), "InvalidArgument");
      protection.unprotect("pw");
      protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(false);
    });
  });
});

describe("ranges from a worksheet", () => {
  it("getRange, getRangeByIndexes, getCell, whole sheet", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("b2:C3").load("address, rowIndex, columnIndex, rowCount, columnCount");
      const b = sheet.getRangeByIndexes(1, 1, 2, 2).load("address");
      const c = sheet.getCell(4, 0).load("address");
      const all = sheet.getRange().load("address, cellCount");
      const cols = sheet.getRange("B:D").load("address, isEntireColumn");
      await context.sync();
      expect([a.address, a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]).toEqual(["Sheet1!B2:C3", 1, 1, 2, 2]);
      expect(b.address).toBe("Sheet1!B2:C3");
      expect(c.address).toBe("Sheet1!A5");
      expect(all.address).toBe("Sheet1!1:1048576");
      expect(all.cellCount).toBe(1_048_576 * 16_384);
      expect([cols.address, cols.isEntireColumn]).toEqual(["Sheet1!B:D", true]);
    });
  });

  it("rejects bad addresses and ranges outside the grid", async () => {
    const fake = createFakeExcel({ initialSheets: ["Sheet1", "Other"] });
    for (const address of ["A0", "XFE1", "A1:B2:C3", "nonsense name", "Other!A1"]) {
      await expectOfficeError(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange(address).load("address");
          await context.sync();
        }),
        "InvalidArgument",
      );
    }
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1_048_576, 0, 1, 1).load("address");
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  it("used range: A1 for an empty sheet, null object with OrNullObject, values-only ignores formats", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
    });
    fake.seed.sheet("Sheet1", { B2: 1, D5: "=B2*2", F9: { style: { bold: true } } });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!B2:F9");
      expect(values.address).toBe("Sheet1!B2:D5");
    });
  });

});
