import { describe, expect, it } from "vitest";
import { FakeOfficeError, createFakeExcel } from "./index";
import { expectOfficeError, expectOfficeErrorNow, rejection } from "./office-error-matchers";

describe("proxy semantics: loading", () => {
  it("throws PropertyNotLoaded with Office.js's wording when a property was not loaded", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 5 });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const error = expectOfficeErrorNow(() => range.values, "PropertyNotLoaded");
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      range.load("values");
      expectOfficeErrorNow(() => range.values, "PropertyNotLoaded"); // queued, not yet synced
      await context.sync();
      expect(range.values).toEqual([[5]]);
      expectOfficeErrorNow(() => range.address, "PropertyNotLoaded"); // only what was asked for
    });
  });

  it("keeps a written value readable at once (Office.js echoes setters) but not the computed one", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.formulas = [["=1+1"]];
      expect(range.formulas).toEqual([["=1+1"]]);
      expectOfficeErrorNow(() => range.values, "PropertyNotLoaded");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("loads nested navigation paths, collection items and bare loads", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: { value: "x", style: { bold: true } } });
    fake.seed.sheet("Data");
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("format/font/bold, address");
      const sheets = context.workbook.worksheets.load("items/name");
      const whole = context.workbook.worksheets.getItem("Data").load();
      const shorthand = context.workbook.worksheets.load("name");
      await context.sync();
      expect(range.format.font.bold).toBe(true);
      expect(range.address).toBe("Sheet1!A1");
      expectOfficeErrorNow(() => range.format.font.italic, "PropertyNotLoaded");
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
      expectOfficeErrorNow(() => sheets.items[0]!.position, "PropertyNotLoaded");
      expect(whole.name).toBe("Data");
      expect(whole.position).toBe(1);
      expect(whole.visibility).toBe("Visible");
      expect(shorthand.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
    });
  });

  it("accepts load({ select, expand }) and context.load(object, properties)", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { B2: 3 });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.load({ select: "rowIndex", expand: "format/fill" });
      const other = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      context.load(other, "columnIndex");
      await context.sync();
      expect(range.rowIndex).toBe(1);
      expect(range.format.fill.color).toBe("#FFFFFF");
      expect(other.columnIndex).toBe(1);
    });
  });

  it("rejects loading a property that does not exist (InvalidArgument at sync)", async () => {
    const fake = createFakeExcel();
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
        await context.sync();
      }),
      "InvalidArgument",
      /valuez/,
    );
  });

  it("delivers nothing from a failed request: loads queued before the failure stay unloaded", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 1 });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing").load("name");
      await expectOfficeError(context.sync(), "ItemNotFound");
      expectOfficeErrorNow(() => range.values, "PropertyNotLoaded");
    });
  });

  it("toJSON returns what was loaded; set() assigns several properties", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.set({ values: [[1, 2]], format: { font: { bold: true }, fill: { color: "red" } } });
      range.load("address, values");
      await context.sync();
      // Written values echo locally (as in Office.js), so they show up next to the loaded ones.
      expect(range.toJSON()).toEqual({ address: "Sheet1!A1:B1", values: [[1, 2]], format: { font: { bold: true }, fill: { color: "red" } } });
    });
    expect(fake.cell("Sheet1!B1").style).toEqual({ bold: true, fillColor: "#FF0000" });
  });

  it("set() on a read-only property throws CannotUpdateReadOnlyProperty", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expectOfficeErrorNow(() => range.set({ address: "B2" } as never), "CannotUpdateReadOnlyProperty");
      await context.sync();
    });
  });

  it("refuses null for a whole property at sync (docs: null is not valid for a single property)", async () => {
    const fake = createFakeExcel();
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = null as never;
        await context.sync();
      }),
      "InvalidArgument",
    );
  });
});

describe("proxy semantics: null objects", () => {
  it("isNullObject is readable only after a sync", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expectOfficeErrorNow(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("reads a null object's properties as undefined after sync, and ignores writes and methods on it", async () => {
    const fake = createFakeExcel();
    const before = fake.snapshot();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      missing.load("name");
      missing.getRange("A1").values = [[1]];
      missing.delete(); // the Office.js "delete if it exists" idiom
      await context.sync();
      expect(missing.name).toBeUndefined();
    });
    expect(fake.snapshot()).toEqual(before);
  });

  it("getItem of a missing item fails the request with ItemNotFound even if never used", async () => {
    const fake = createFakeExcel();
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Missing");
        await context.sync();
      }),
      "ItemNotFound",
    );
  });
});

describe("proxy semantics: contexts and results", () => {
  it("ClientResult.value throws ValueNotLoaded before the sync", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expectOfficeErrorNow(() => count.value, "ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  it("objects cannot be used after their Excel.run ended (InvalidObjectPath)", async () => {
    const fake = createFakeExcel();
    const range = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("address");
      await context.sync();
      return r;
    });
    expect(range.address).toBe("Sheet1!A1"); // loaded values stay readable
    expectOfficeErrorNow(() => range.load("values"), "InvalidObjectPath");
  });

  it("objects from another request context are rejected (InvalidRequestContext)", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: "x", B1: "y", A2: 1, B2: 2 });
    await fake.run(async (outer) => {
      const range = outer.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      await fake.run(async (inner) => {
        const charts = inner.workbook.worksheets.getItem("Sheet1").charts;
        expectOfficeErrorNow(() => charts.add("Line", range), "InvalidRequestContext");
        await inner.sync();
      });
      await outer.sync();
    });
  });

  it("Excel.run rejects a batch that does not return a promise (RunMustReturnPromise)", async () => {
    const fake = createFakeExcel();
    const error = await rejection(fake.run((() => 1) as never));
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as FakeOfficeError).code).toBe("RunMustReturnPromise");
  });

  it("Excel.run(objects, batch) runs the batch too", async () => {
    const fake = createFakeExcel();
    const run = fake.run as unknown as (objects: unknown, batch: (ctx: Excel.RequestContext) => Promise<string>) => Promise<string>;
    await expect(run([], async () => "done")).resolves.toBe("done");
  });

  it("refuses assigning a property the fake does not model instead of silently accepting it", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => {
        (range as unknown as { address: string }).address = "B2";
      }).toThrow(TypeError);
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => {
        (sheet as unknown as { showGridlines: boolean }).showGridlines = false;
      }).toThrow(TypeError);
      await context.sync();
    });
  });
});
