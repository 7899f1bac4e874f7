import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from "hyperformula";
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "./index";
import { expectOfficeError } from "./office-error-matchers";

/** A one-function plugin standing in for the CAPCYCLE plugin. */
class TwicePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    "FAKETEST.TWICE": { method: "twice", parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };
  twice(ast: { args: Parameters<FunctionPlugin["runFunction"]>[0] }, state: Parameters<FunctionPlugin["runFunction"]>[1]) {
    return this.runFunction(ast.args, state, this.metadata("FAKETEST.TWICE"), (x: number) => x * 2);
  }
}

describe("formulas are evaluated by HyperFormula", () => {
  it("computes functions, cross-sheet references and errors as Excel shows them", async () => {
    const fake = createFakeExcel({ initialSheets: ["Data", "Model"] });
    fake.seed.sheet("Data", { A1: 10, A2: 20, A3: 30 });
    await fake.run(async (context) => {
      const model = context.workbook.worksheets.getItem("Model");
      model.getRange("A1:E1").formulas = [["=SUM(Data!A1:A3)", "=RRI(3,100,133.1)", "=Data!A1/0", "=NA()", "=Data!Z99"]];
      const read = model.getRange("A1:E1").load("values");
      await context.sync();
      expect(read.values[0]![0]).toBe(60);
      expect(read.values[0]![1]).toBeCloseTo(0.1, 10);
      expect(read.values[0]!.slice(2)).toEqual(["#DIV/0!", "#N/A", 0]);
    });
  });

  it("sees later writes in the same request (Excel recalculates after each write)", async () => {
    const fake = createFakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").formulas = [["=A1*3"]];
      sheet.getRange("A1").values = [[4]];
      const b1 = sheet.getRange("B1").load("values");
      await context.sync();
      expect(b1.values).toEqual([[12]]);
    });
  });

  it("reads formulas back normalised (upper-case functions and references)", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 1, B1: "=sum(a1, 2)" });
    expect(fake.formulas("Sheet1!B1")).toEqual([["=SUM(A1, 2)"]]);
    expect(fake.values("Sheet1!B1")).toEqual([[3]]);
  });

  it("accepts unquoted sheet names with CJK letters (as Excel does) and follows renames", async () => {
    const fake = createFakeExcel({ initialSheets: ["联影医疗", "Model"] });
    fake.seed.sheet("联影医疗", { A1: 5 });
    fake.seed.sheet("Model", { A1: "=联影医疗!A1*2" });
    expect(fake.values("Model!A1")).toEqual([[10]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("联影医疗").name = "UIH";
      await context.sync();
    });
    expect(fake.formulas("Model!A1")).toEqual([["=UIH!A1*2"]]);
    expect(fake.values("Model!A1")).toEqual([[10]]);
  });

  it("gives #REF! when a referenced sheet is deleted", async () => {
    const fake = createFakeExcel({ initialSheets: ["Data", "Model"] });
    fake.seed.sheet("Data", { A1: 5 });
    fake.seed.sheet("Model", { A1: "=Data!A1" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(fake.values("Model!A1")).toEqual([["#REF!"]]);
  });

  it("shows 0 for a circular reference, as Excel does", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: "=B1", B1: "=A1" });
    expect(fake.values("Sheet1!A1:B1")).toEqual([[0, 0]]);
  });

  it("spills dynamic arrays into neighbouring cells", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: "=SEQUENCE(3)" });
    expect(fake.values("Sheet1!A1:A3")).toEqual([[1], [2], [3]]);
    const cells = fake.snapshot().sheets.Sheet1!.cells;
    expect(cells.A2).toEqual({ value: 2, spilled: true });
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1:A3");
    });
  });

  it("evaluates names defined through workbook.names", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 100 });
    await fake.run(async (context) => {
      context.workbook.names.add("Capex", context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").formulas = [["=Capex/4"]];
      const name = context.workbook.names.getItem("capex").load("name, formula, type, value");
      await context.sync();
      expect([name.name, name.formula, name.type, name.value]).toEqual(["Capex", "=Sheet1!$A$1", "Range", "Sheet1!$A$1"]);
    });
    expect(fake.values("Sheet1!B1")).toEqual([[25]]);
  });

  it("runs functions registered through options.registerFunctions", async () => {
    const fake = createFakeExcel({
      registerFunctions: (hf: typeof HyperFormula) => hf.registerFunctionPlugin(TwicePlugin, { enGB: { "FAKETEST.TWICE": "FAKETEST.TWICE" } }),
    });
    fake.seed.sheet("Sheet1", { A1: 21, B1: "=FAKETEST.TWICE(A1)", C1: "=NOTAFUNCTION(1)" });
    expect(fake.values("Sheet1!B1:C1")).toEqual([[42, "#NAME?"]]);
    HyperFormula.unregisterFunctionPlugin(TwicePlugin);
  });
});

describe("calculation mode", () => {
  it("Manual: entered formulas compute, dependants stay stale until calculate()", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 1, B1: "=A1*10" });
    await fake.run(async (context) => {
      const app = context.workbook.application;
      app.calculationMode = "Manual";
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[2]];
      sheet.getRange("C1").formulas = [["=A1*100"]];
      const read = sheet.getRange("A1:C1").load("values");
      await context.sync();
      expect(read.values).toEqual([[2, 10, 200]]);
      app.calculate("Full");
      read.load("values");
      app.load("calculationMode");
      await context.sync();
      expect(read.values).toEqual([[2, 20, 200]]);
      expect(app.calculationMode).toBe("Manual");
    });
    expect(fake.counters.calculate).toBe(1);
  });

  it("suspendApiCalculationUntilNextSync is counted and leaves re-calculation to the caller", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", { A1: 1, B1: "=A1*10" });
    await fake.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[3]];
      await context.sync();
    });
    expect(fake.counters.suspendCalculation).toBe(1);
    expect(fake.values("Sheet1!B1")).toEqual([[10]]);
    await fake.run(async (context) => {
      context.workbook.application.calculate("Recalculate");
      await context.sync();
    });
    expect(fake.values("Sheet1!B1")).toEqual([[30]]);
  });

  it("setting calculationMode needs ExcelApi 1.8 (a failed request); calculate needs a valid type", async () => {
    const fake = createFakeExcel({ supported: ["ExcelApi 1.7"] });
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.application.calculationMode = "Manual";
        await context.sync();
      }),
      "ApiNotFound",
    );
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.application.calculate("Sometimes" as Excel.CalculationType);
        await context.sync();
      }),
      "InvalidArgument",
    );
  });
});
