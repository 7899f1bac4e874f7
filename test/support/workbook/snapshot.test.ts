import { describe, expect, it } from "vitest";
import { createFakeExcel, diffSnapshots } from "./index";

function seeded() {
  const fake = createFakeExcel({ initialSheets: ["Model"] });
  fake.seed.sheet(
    "Model",
    {
      A1: { value: "Period", style: { bold: true } },
      B1: "Capex",
      A2: "'2024",
      B2: { value: 12.5, numberFormat: "0.00" },
      C2: "=B2*2",
    },
    { columnWidths: { A: 90 } },
  );
  fake.seed.table("Model", "A1:B2", { name: "Financials" });
  fake.seed.chart("Model", { type: "ColumnClustered", source: "A1:B2", name: "Capex", position: { from: "E2", to: "K12" } });
  fake.seed.name("Rate", "=0.1");
  fake.seed.customXmlPart(`<b xmlns="urn:x"/>`);
  fake.seed.setting("k", [1, 2]);
  fake.seed.documentSetting("lang", "zh");
  return fake;
}

describe("snapshot", () => {
  it("records cells, formats, tables, charts, names, XML and settings as plain data", () => {
    const snap = seeded().snapshot();
    expect(snap.sheetOrder).toEqual(["Model"]);
    const model = snap.sheets.Model!;
    expect(model.cells).toEqual({
      A1: { value: "Period", style: { bold: true } },
      B1: { value: "Capex" },
      A2: { value: "2024", quotePrefix: true },
      B2: { value: 12.5, numberFormat: "0.00" },
      C2: { value: 25, formula: "=B2*2" },
    });
    expect(model.columnWidths).toEqual({ A: 90 });
    expect(model.charts[0]).toMatchObject({ name: "Capex", anchor: { from: "E2", to: "K12" } });
    expect(snap.tables.Financials).toMatchObject({ sheet: "Model", address: "A1:B2", dataBody: "A2:B2" });
    expect(snap.names.Rate!.formula).toBe("=0.1");
    expect(snap.customXmlParts[0]!.namespaceUri).toBe("urn:x");
    expect(snap.settings).toEqual({ k: [1, 2] });
    expect(snap.documentSettings).toEqual({ lang: "zh" });
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap); // plain data
  });

  it("is a deep copy: changing it does not change the workbook", () => {
    const fake = seeded();
    const snap = fake.snapshot();
    snap.sheets.Model!.cells.A1!.style!.bold = false;
    snap.sheets.Model!.charts[0]!.series.pop();
    expect(fake.snapshot().sheets.Model!.cells.A1!.style).toEqual({ bold: true });
    expect(fake.snapshot().sheets.Model!.charts[0]!.series).toHaveLength(1);
  });

  it("is identical after a read-only run", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Model").getUsedRange().load("values, formulas, numberFormat");
      context.workbook.tables.load("items/name");
      await context.sync();
    });
    expect(fake.snapshot()).toEqual(before);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("diffSnapshots names each change", async () => {
    const fake = seeded();
    const before = fake.snapshot();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add("New");
      sheet.getRange("A1").values = [["x"]];
      context.workbook.worksheets.getItem("Model").getRange("B2").values = [[13]];
      await context.sync();
    });
    expect(diffSnapshots(before, fake.snapshot())).toEqual([
      "sheetOrder.1: added",
      "sheets.Model.cells.B2.value: 12.5 → 13",
      "sheets.Model.cells.C2.value: 25 → 26",
      "sheets.New: added",
    ]);
  });
});

describe("seeding", () => {
  it("writes a 2-D block at an anchor, and reuses an existing sheet", () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [
      ["a", "b"],
      [1, 2],
    ], { at: "C3" });
    fake.seed.sheet("Sheet1", { E5: "=C4+D4" });
    expect(fake.values("Sheet1!C3:E5")).toEqual([
      ["a", "b", ""],
      [1, 2, ""],
      ["", "", 3],
    ]);
    expect(fake.counters.roundTrips).toBe(0);
  });

  it("applies the same rules as the API", () => {
    const fake = createFakeExcel();
    expect(() => fake.seed.sheet("bad/name")).toThrow(/cannot contain/);
    expect(() => fake.seed.sheet("Sheet1", { A1: "=SUM(" })).toThrow(/problem with this formula/);
  });

  it("charts can be seeded with explicit series, protection and selection too", () => {
    const fake = createFakeExcel({ initialSheets: ["Data"] });
    fake.seed.sheet("Data", { A1: 1, A2: 2, B1: 3, B2: 4 });
    fake.seed.chart("Data", {
      type: "ColumnClustered",
      series: [
        { name: "Capex", values: "A1:A2" },
        { name: "Ratio", values: "Data!B1:B2", chartType: "Line", axisGroup: "Secondary" },
      ],
      position: { left: 10, top: 20, width: 300, height: 200 },
    });
    fake.seed.protect("Data");
    fake.seed.select("Data!B2");
    const snap = fake.snapshot();
    expect(snap.sheets.Data!.charts[0]!.series.map((s) => [s.name, s.values, s.chartType, s.axisGroup])).toEqual([
      ["Capex", "=Data!$A$1:$A$2", "ColumnClustered", "Primary"],
      ["Ratio", "=Data!$B$1:$B$2", "Line", "Secondary"],
    ]);
    expect(snap.sheets.Data!.charts[0]!.left).toBe(10);
    expect(snap.sheets.Data!.protected).toBe(true);
    expect(snap.selection).toBe("Data!B2");
  });
});
