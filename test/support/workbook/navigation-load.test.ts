/**
 * Loads through navigation properties of collection items, in one request, as Office.js does
 * (the client turns "items/charts/items/name" into the path "charts/name" and the host expands
 * it; WorksheetCollectionLoadOptions.charts, ChartCollectionLoadOptions.series, …). Only what
 * is on a path is loaded: everything else still throws PropertyNotLoaded.
 */
import { describe, expect, it } from "vitest";
import { createFakeExcel, type FakeExcel } from "./index";
import { expectOfficeError, expectOfficeErrorNow } from "./office-error-matchers";

/** Two sheets with data, a table on each, two charts on Model (two series each) and one on Peers. */
function workbook(supported?: string[]): FakeExcel {
  const fake = createFakeExcel(supported ? { supported } : {});
  fake.seed.sheet("Model", [
    ["Period", "Capex", "D&A"],
    ["'2023", 10, 8],
    ["'2024", 12, 9],
  ]);
  fake.seed.sheet("Peers", [
    ["Peer", "Share"],
    ["A", 0.3],
    ["B", 0.2],
  ]);
  fake.seed.table("Model", "A1:C3", { name: "Financials" });
  fake.seed.table("Peers", "A1:B3", { name: "Shares" });
  fake.seed.chart("Model", { type: "ColumnClustered", source: "A1:C3", name: "Capex vs D&A" });
  fake.seed.chart("Model", { type: "Line", source: "A1:C3", name: "Trend" });
  fake.seed.chart("Peers", { type: "BarClustered", source: "A1:B3", name: "Shares" });
  return fake;
}

describe("loading navigation properties of items by path", () => {
  it("worksheets → charts → series and tables in one request; nothing else is loaded", async () => {
    const fake = workbook();
    fake.resetCounters();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/charts/items/name,items/charts/items/series/items/name,items/tables/items/name");
      await context.sync();
      expect(fake.counters.roundTrips).toBe(1);
      expect(fake.counters.opNamesPerRoundTrip[0]).toEqual(["worksheets.load"]);

      const byName = Object.fromEntries(
        sheets.items.map((ws) => [
          ws.name,
          {
            charts: ws.charts.items.map((c) => [c.name, c.series.items.map((s) => s.name)]),
            tables: ws.tables.items.map((t) => t.name),
          },
        ]),
      );
      expect(byName).toEqual({
        Sheet1: { charts: [], tables: [] },
        Model: {
          charts: [
            ["Capex vs D&A", ["Capex", "D&A"]],
            ["Trend", ["Capex", "D&A"]],
          ],
          tables: ["Financials"],
        },
        Peers: { charts: [["Shares", ["Share"]]], tables: ["Shares"] },
      });

      // Off the paths: unloaded, as in Office.js.
      const model = sheets.items[1]!;
      const chart = model.charts.items[0]!;
      expectOfficeErrorNow(() => model.position, "PropertyNotLoaded");
      expectOfficeErrorNow(() => model.charts.count, "PropertyNotLoaded");
      expectOfficeErrorNow(() => chart.id, "PropertyNotLoaded");
      expectOfficeErrorNow(() => chart.top, "PropertyNotLoaded");
      expectOfficeErrorNow(() => chart.series.count, "PropertyNotLoaded");
      expectOfficeErrorNow(() => chart.series.items[0]!.chartType, "PropertyNotLoaded");
      expectOfficeErrorNow(() => model.tables.items[0]!.showTotals, "PropertyNotLoaded");
      expectOfficeErrorNow(() => model.tables.items[0]!.columns.items, "PropertyNotLoaded");
    });
  });

  it("charts → series with scalars of both levels in one load; the loaded items work for later calls", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Model").charts;
      charts.load("items/name,items/id,items/series/items/name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Capex vs D&A", "Trend"]);
      expect(charts.items.every((c) => typeof c.id === "string" && c.id !== "")).toBe(true);
      expect(charts.items[1]!.series.items.map((s) => s.name)).toEqual(["Capex", "D&A"]);
      // A series reached through the nested load can be used like any other.
      const source = charts.items[1]!.series.items[0]!.getDimensionDataSourceString("Values");
      charts.items[1]!.series.items[1]!.name = "Depreciation";
      await context.sync();
      expect(source.value).toBe("=Model!$B$2:$B$3");
    });
    expect(fake.snapshot().sheets["Model"]!.charts[1]!.series[1]!.name).toBe("Depreciation");
  });

  it("a later load of the same collection replaces its items (Office.js rebuilds `items` per load result)", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Model").charts;
      charts.load("items/name,items/id");
      charts.load("items/series/items/name");
      await context.sync();
      expect(charts.items[0]!.series.items.map((s) => s.name)).toEqual(["Capex", "D&A"]);
      expectOfficeErrorNow(() => charts.items[0]!.name, "PropertyNotLoaded");
    });
  });

  it("bare navigation names load the child's scalars; object navigation works along paths", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Model").load("charts, tables/items/rows/items/values");
      const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name");
      const axes = ws.charts.getItem("Trend").load("axes/valueAxis/numberFormat,axes/categoryAxis/type");
      await context.sync();
      expect(ws.charts.items.map((c) => [c.name, c.chartType, c.width])).toEqual([
        ["Capex vs D&A", "ColumnClustered", 360],
        ["Trend", "Line", 360],
      ]);
      expect(ws.tables.items[0]!.rows.items.map((r) => r.values)).toEqual([[["2023", 10, 8]], [["2024", 12, 9]]]);
      expect(tables.items.map((t) => [t.name, t.worksheet.name, t.columns.items.map((c) => c.name)])).toEqual([
        ["Financials", "Model", ["Period", "Capex", "D&A"]],
        ["Shares", "Peers", ["Peer", "Share"]],
      ]);
      expect(axes.axes.valueAxis.numberFormat).toBe("General");
      expect(axes.axes.categoryAxis.type).toBe("Category");
      expectOfficeErrorNow(() => axes.axes.valueAxis.visible, "PropertyNotLoaded");
    });
  });

  it("toJSON shows loaded child collections as arrays of items, as Office.js does", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/charts/items/name");
      await context.sync();
      expect(sheets.toJSON()).toEqual({
        items: [
          { name: "Sheet1", charts: [] },
          { name: "Model", charts: [{ name: "Capex vs D&A" }, { name: "Trend" }] },
          { name: "Peers", charts: [{ name: "Shares" }] },
        ],
      });
    });
  });

  it("a name that is not a navigation property of the items is InvalidArgument; nothing is delivered", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/chartz/items/name");
      await expectOfficeError(context.sync(), "InvalidArgument", /chartz/);
      expectOfficeErrorNow(() => sheets.items, "PropertyNotLoaded");
      // Workbook.worksheets is not among WorkbookLoadOptions' navigation properties.
      context.workbook.load("worksheets/items/name");
      await expectOfficeError(context.sync(), "InvalidArgument", /worksheets/);
    });
  });

  it("navigation properties from a later requirement set fail with ApiNotFound on an older host", async () => {
    const fake = workbook(["ExcelApi 1.1"]);
    await fake.run(async (context) => {
      context.workbook.tables.load("items/worksheet/name");
      await expectOfficeError(context.sync(), "ApiNotFound", /Table\.worksheet/);
      const sheets = context.workbook.worksheets.load("items/charts/items/series/items/name");
      await context.sync();
      expect(sheets.items[1]!.charts.items.map((c) => c.series.items.length)).toEqual([2, 2]);
    });
  });

  it("a nested load over a deleted sheet's items fails like any use of a deleted object", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const model = sheets.items[1]!;
      model.delete();
      model.charts.load("items/name");
      await expectOfficeError(context.sync(), "ItemNotFound");
    });
  });
});
