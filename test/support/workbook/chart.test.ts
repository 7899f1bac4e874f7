import { describe, expect, it } from "vitest";
import { createFakeExcel, type FakeExcelOptions } from "./index";
import { expectOfficeError, expectOfficeErrorNow } from "./office-error-matchers";

/** Periods down column A (as text), capex and D&A beside them. */
function model(options: FakeExcelOptions = {}) {
  const fake = createFakeExcel(options);
  fake.seed.sheet("Sheet1", [
    ["Period", "Capex", "D&A"],
    ["'2022", 10, 5],
    ["'2023", 12, 6],
    ["'2024", 15, 7],
  ]);
  return fake;
}

async function addChart(fake: ReturnType<typeof createFakeExcel>, source = "A1:C4", type = "ColumnClustered", seriesBy?: string) {
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.charts.add(type as Excel.ChartType, sheet.getRange(source), seriesBy as Excel.ChartSeriesBy | undefined);
    await context.sync();
  });
  return fake.snapshot().sheets.Sheet1!.charts.at(-1)!;
}

describe("charts.add derives series like Excel", () => {
  it("text headers name the series and a text first column gives the categories", async () => {
    const chart = await addChart(model());
    expect(chart.name).toBe("Chart 1");
    expect(chart.chartType).toBe("ColumnClustered");
    expect(chart.series).toEqual([
      { name: "Capex", chartType: "ColumnClustered", axisGroup: "Primary", values: "=Sheet1!$B$2:$B$4", categories: "=Sheet1!$A$2:$A$4" },
      { name: "D&A", chartType: "ColumnClustered", axisGroup: "Primary", values: "=Sheet1!$C$2:$C$4", categories: "=Sheet1!$A$2:$A$4" },
    ]);
  });

  it("numeric years in the first column become a series (Excel's well-known behaviour)", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [
      ["Year", "Capex"],
      [2022, 10],
      [2023, 12],
    ]);
    const chart = await addChart(fake, "A1:B3");
    expect(chart.series.map((s) => [s.name, s.values, s.categories])).toEqual([
      ["Year", "=Sheet1!$A$2:$A$3", ""],
      ["Capex", "=Sheet1!$B$2:$B$3", ""],
    ]);
  });

  it("a blank top-left cell makes the first row names and the first column categories", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [
      ["", 2021, 2022, 2023],
      ["Capex", 12.5, 15.1, 18.4],
      ["D&A", 6.1, 7.4, 8.9],
    ]);
    const chart = await addChart(fake, "A1:D3", "Line", "Rows");
    expect(chart.series.map((s) => [s.name, s.values, s.categories])).toEqual([
      ["Capex", "=Sheet1!$B$2:$D$2", "=Sheet1!$B$1:$D$1"],
      ["D&A", "=Sheet1!$B$3:$D$3", "=Sheet1!$B$1:$D$1"],
    ]);
  });

  it("Auto puts series in rows when the range is wider than tall", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Sheet1", [
      ["", "2021", "2022", "2023"],
      ["Capex", 1, 2, 3],
    ]);
    const chart = await addChart(fake, "A1:D2", "Line");
    expect(chart.series.map((s) => s.values)).toEqual(["=Sheet1!$B$2:$D$2"]);
  });

  it("rejects unknown chart types and series orientations", async () => {
    await expectOfficeError(addChart(model(), "A1:C4", "Columns3D"), "InvalidArgument");
    await expectOfficeError(addChart(model(), "A1:C4", "Line", "Diagonal"), "InvalidArgument");
  });

  it("quotes sheet names in source strings", async () => {
    const fake = createFakeExcel({ initialSheets: ["Aier 300015"] });
    fake.seed.sheet("Aier 300015", [
      ["Period", "Capex"],
      ["'2024", 1],
    ]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Aier 300015");
      sheet.charts.add("Line", sheet.getRange("A1:B2"));
      await context.sync();
    });
    expect(fake.snapshot().sheets["Aier 300015"]!.charts[0]!.series[0]!.values).toBe("='Aier 300015'!$B$2");
  });
});

describe("chart collection", () => {
  it("getItem by name, getItemOrNullObject, getItemAt, count and items", async () => {
    const fake = model();
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4", name: "CapexVsDA" });
    await fake.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Sheet1").charts;
      const byName = charts.getItem("capexvsda").load("name, id");
      const missing = charts.getItemOrNullObject("Nope");
      const first = charts.getItemAt(0).load("chartType");
      charts.load("count, items/name");
      await context.sync();
      expect(byName.name).toBe("CapexVsDA");
      expect(byName.id).toMatch(/^\{[0-9A-F-]+\}$/);
      expect(missing.isNullObject).toBe(true);
      expect(first.chartType).toBe("Line");
      expect(charts.count).toBe(1);
      expect(charts.items.map((c) => c.name)).toEqual(["CapexVsDA"]);
      charts.getItem("Nope");
      await expectOfficeError(context.sync(), "ItemNotFound");
    });
  });

  it("delete removes the chart; the proxy then fails", async () => {
    const fake = model();
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4" });
    await fake.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0);
      chart.delete();
      await context.sync();
      chart.load("name");
      await expectOfficeError(context.sync(), "ItemNotFound");
    });
    expect(fake.snapshot().sheets.Sheet1!.charts).toEqual([]);
  });
});

describe("chart position and look", () => {
  it("setPosition spans cells, honouring column widths; the snapshot reports the anchor cells", async () => {
    const fake = model();
    fake.seed.sheet("Sheet1", {}, { columnWidths: { E: 100 } });
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4" });
    await fake.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0);
      chart.setPosition("E2", "H10");
      chart.title.text = "Capex vs D&A";
      chart.legend.position = "Right";
      chart.load("left, top, width, height");
      await context.sync();
      expect([chart.left, chart.top, chart.width, chart.height]).toEqual([4 * 48, 15, 100 + 3 * 48, 9 * 15]);
    });
    const chart = fake.snapshot().sheets.Sheet1!.charts[0]!;
    expect(chart.anchor).toEqual({ from: "E2", to: "H10" });
    expect(chart.title).toEqual({ text: "Capex vs D&A", visible: true });
    expect(chart.legend.position).toBe("Right");
  });

  it("setPosition with only a start cell keeps the size; a backwards span is refused", async () => {
    const fake = model();
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0).setPosition("B20");
      await context.sync();
    });
    const chart = fake.snapshot().sheets.Sheet1!.charts[0]!;
    expect([chart.left, chart.top, chart.width, chart.height]).toEqual([48, 19 * 15, 360, 216]);
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0).setPosition("H10", "E2");
        await context.sync();
      }),
      "InvalidArgument",
    );
  });
});

describe("series", () => {
  it("combo chart: a line series on the secondary axis, values re-bound with setValues", async () => {
    const fake = model();
    fake.seed.sheet("Sheet1", { D1: "Ratio", D2: "=B2/C2", D3: "=B3/C3", D4: "=B4/C4", A5: "'2025", B5: 20, C5: 8 });
    fake.seed.chart("Sheet1", { type: "ColumnClustered", source: "A1:C4" });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.getItemAt(0);
      const ratio = chart.series.add("Capex/D&A");
      ratio.setValues(sheet.getRange("D2:D4"));
      ratio.setXAxisValues(sheet.getRange("A2:A4"));
      ratio.chartType = "Line";
      ratio.axisGroup = "Secondary";
      const capex = chart.series.getItemAt(0);
      capex.setValues(sheet.getRange("B2:B5"));
      const source = capex.getDimensionDataSourceString("Values");
      const kind = capex.getDimensionDataSourceType("Values");
      const values = capex.getDimensionValues("Values");
      const categories = ratio.getDimensionDataSourceString("Categories");
      const axis = chart.axes.getItem("Value", "Secondary").load("axisGroup, type");
      await context.sync();
      expect(source.value).toBe("=Sheet1!$B$2:$B$5");
      expect(kind.value).toBe("LocalRange");
      expect(values.value).toEqual(["10", "12", "15", "20"]);
      expect(categories.value).toBe("=Sheet1!$A$2:$A$4");
      expect([axis.axisGroup, axis.type]).toEqual(["Secondary", "Value"]);
    });
    const series = fake.snapshot().sheets.Sheet1!.charts[0]!.series;
    expect(series.map((s) => [s.name, s.chartType, s.axisGroup])).toEqual([
      ["Capex", "ColumnClustered", "Primary"],
      ["D&A", "ColumnClustered", "Primary"],
      ["Capex/D&A", "Line", "Secondary"],
    ]);
  });

  it("a series whose source is a literal list reports type List", async () => {
    const fake = model();
    fake.seed.chart("Sheet1", { type: "Line", series: [{ name: "Typed in", values: [1, 2, 3] }] });
    await fake.run(async (context) => {
      const series = context.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0).series.getItemAt(0);
      const type = series.getDimensionDataSourceType("Values");
      const text = series.getDimensionDataSourceString("Values");
      await context.sync();
      expect([type.value, text.value]).toEqual(["List", "={1,2,3}"]);
    });
  });

  it("series names follow their header cells", async () => {
    const fake = model();
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4" });
    fake.seed.sheet("Sheet1", { B1: "Capital expenditure" });
    expect(fake.snapshot().sheets.Sheet1!.charts[0]!.series[0]!.name).toBe("Capital expenditure");
  });

  it("the secondary axis exists only when a series uses it", async () => {
    const fake = model();
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4" });
    await expectOfficeError(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0).axes.getItem("Value", "Secondary").load("type");
        await context.sync();
      }),
      "ItemNotFound",
    );
  });
});

describe("requirement sets gate the chart APIs", () => {
  it.each([
    ["ExcelApi 1.6", "ChartSeries.setValues", "ExcelApi 1.7", (s: Excel.ChartSeries, r: Excel.Range) => s.setValues(r)],
    ["ExcelApi 1.6", "ChartSeries.setXAxisValues", "ExcelApi 1.7", (s: Excel.ChartSeries, r: Excel.Range) => s.setXAxisValues(r)],
    ["ExcelApi 1.14", "ChartSeries.getDimensionDataSourceString", "ExcelApi 1.15", (s: Excel.ChartSeries) => s.getDimensionDataSourceString("Values")],
    ["ExcelApi 1.11", "ChartSeries.getDimensionValues", "ExcelApi 1.12", (s: Excel.ChartSeries) => s.getDimensionValues("Values")],
  ] as const)("on %s, %s throws ApiNotFound when called", async (supported, api, set, call) => {
    const fake = model({ supported: [supported] });
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4" });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const series = sheet.charts.getItemAt(0).series.getItemAt(0);
      const error = expectOfficeErrorNow(() => call(series, sheet.getRange("B2:B4")), "ApiNotFound");
      expect(error.message).toBe(`The method or property ${api} is part of the ${set} requirement set, which is not available in your version of Excel.`);
      await context.sync();
    });
  });

  it("on ExcelApi 1.7, axisGroup cannot be read, and writing it fails the request", async () => {
    const fake = model({ supported: ["ExcelApi 1.7"] });
    fake.seed.chart("Sheet1", { type: "Line", source: "A1:C4" });
    await fake.run(async (context) => {
      const series = context.workbook.worksheets.getItem("Sheet1").charts.getItemAt(0).series.getItemAt(0);
      expectOfficeErrorNow(() => series.axisGroup, "ApiNotFound", /ExcelApi 1.8/);
      series.axisGroup = "Secondary";
      await expectOfficeError(context.sync(), "ApiNotFound");
      series.chartType = "Line"; // 1.7 is there
      series.load("chartType");
      await context.sync();
      expect(series.chartType).toBe("Line");
    });
  });

  it("series.add needs 1.7; charts.add and setPosition work on 1.1", async () => {
    const fake = model({ supported: ["ExcelApi 1.1"] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:C4"));
      chart.setPosition("E2", "J12");
      expectOfficeErrorNow(() => chart.series.add("x"), "ApiNotFound");
      await context.sync();
    });
    expect(fake.snapshot().sheets.Sheet1!.charts[0]!.anchor).toEqual({ from: "E2", to: "J12" });
  });
});
