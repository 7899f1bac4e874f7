/** Excel.ChartCollection and Chart (title, legend and axes are in chart-parts.ts, series in chart-series.ts). */
import { assertEditable } from "./cells";
import { FakeChartSeriesCollection } from "./chart-series";
import { addChart, chartType, setChartData, setPosition } from "./chart-ops";
import { officeError } from "./errors";
import { FakeChartAxes, FakeChartLegend, FakeChartTitle } from "./chart-parts";
import type { ChartModel, SheetModel } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";
import type { FakeRange } from "./range";
import { resolveAddress, type RangeTarget } from "./range-target";
import { finiteNumber } from "./style-values";
import { FakeWorksheet } from "./worksheet";

function findChart(sheet: SheetModel, name: string): ChartModel | null {
  return sheet.charts.find((c) => c.name.toUpperCase() === name.toUpperCase()) ?? null;
}

export class FakeChartCollection extends CollectionBase<SheetModel, ChartModel, FakeChart> {
  protected _describe(): ObjectSpec<SheetModel> {
    return {
      className: "ChartCollection",
      kind: "charts",
      alive: (s) => this._host.isAlive(s),
      scalars: { count: { read: (s) => s.charts.length } },
    };
  }
  protected _list(sheet: SheetModel): ChartModel[] {
    return [...sheet.charts];
  }
  protected _wrap(item: ChartModel): FakeChart {
    return new FakeChart(this.context, { target: item });
  }

  get count(): number {
    return this._get("count");
  }

  /** charts.add(type, sourceData, seriesBy): sourceData must be a Range (chart data lives in cells). */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    this._argument(sourceData, "add");
    return this._callObject(
      "add",
      FakeChart,
      (sheet) => {
        const source = sourceData._target();
        if (!source) throw officeError("InvalidArgument", "The source range does not exist.", "ChartCollection.add");
        return addChart(this._host, sheet, type, source, seriesBy, "ChartCollection.add");
      },
      { args: [type, seriesBy] },
    );
  }
  getItem(name: string): FakeChart {
    return this._callObject(
      "getItem",
      FakeChart,
      (sheet) => {
        const chart = findChart(sheet, name);
        if (!chart) throw officeError("ItemNotFound", `There is no chart "${name}".`, "ChartCollection.getItem");
        return chart;
      },
    );
  }
  getItemOrNullObject(name: string): FakeChart {
    return this._callObject("getItemOrNullObject", FakeChart, (sheet) => findChart(sheet, name), { requires: "1.4" });
  }
  getItemAt(index: number): FakeChart {
    return this._callObject(
      "getItemAt",
      FakeChart,
      (sheet) => {
        const chart = sheet.charts[index];
        if (!chart) throw officeError("ItemNotFound", `There is no chart at ${index}.`, "ChartCollection.getItemAt");
        return chart;
      },
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (sheet) => sheet.charts.length);
  }
}

export class FakeChart extends ProxyBase<ChartModel> {
  protected _describe(): ObjectSpec<ChartModel> {
    const host = this._host;
    const size = (key: "left" | "top" | "width" | "height") => ({
      read: (c: ChartModel) => c[key],
      write: (c: ChartModel, v: unknown) => {
        assertEditable(c.sheet, `Chart.${key}`);
        c[key] = finiteNumber(v, `Chart.${key}`, 0);
      },
    });
    return {
      className: "Chart",
      kind: "chart",
      alive: (c) => host.isAlive(c.sheet) && c.sheet.charts.includes(c),
      scalars: {
        id: { requires: "1.7", read: (c) => c.id },
        name: {
          read: (c) => c.name,
          write: (c, v) => {
            if (typeof v !== "string" || v === "") throw officeError("InvalidArgument", "A chart name must be non-empty text.", "Chart.name");
            c.name = v;
          },
        },
        chartType: {
          requires: "1.7",
          read: (c) => c.chartType,
          write: (c, v) => {
            assertEditable(c.sheet, "Chart.chartType");
            c.chartType = chartType(v, "Chart.chartType");
            for (const s of c.series) s.chartType = c.chartType;
          },
        },
        left: size("left"),
        top: size("top"),
        width: size("width"),
        height: size("height"),
      },
      navigation: {
        title: () => this.title,
        legend: () => this.legend,
        axes: () => this.axes,
        series: () => this.series,
        worksheet: { child: () => this.worksheet, requires: "1.2" },
      },
    };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v);
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v);
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this._set("left", v);
  }
  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this._set("top", v);
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this._set("width", v);
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this._set("height", v);
  }

  get title(): FakeChartTitle {
    return this._navigate("title", FakeChartTitle, (c) => c);
  }
  get legend(): FakeChartLegend {
    return this._navigate("legend", FakeChartLegend, (c) => c);
  }
  get axes(): FakeChartAxes {
    return this._navigate("axes", FakeChartAxes, (c) => c);
  }
  get series(): FakeChartSeriesCollection {
    return this._navigate("series", FakeChartSeriesCollection, (c) => c);
  }
  get worksheet(): FakeWorksheet {
    return this._navigate("worksheet", FakeWorksheet, (c) => c.sheet);
  }

  private cell(c: ChartModel, value: FakeRange | string, member: string): RangeTarget {
    const location = `Chart.${member}`;
    const target = typeof value === "string" ? resolveAddress(this._host, c.sheet, value, location) : value._target();
    if (!target) throw officeError("InvalidArgument", undefined, location);
    return target;
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    if (typeof startCell !== "string") this._argument(startCell, "setPosition");
    if (endCell !== undefined && typeof endCell !== "string") this._argument(endCell, "setPosition");
    this._call(
      "setPosition",
      (c) => setPosition(c, this.cell(c, startCell, "setPosition"), endCell === undefined ? null : this.cell(c, endCell, "setPosition"), "Chart.setPosition"),
      { args: [typeof startCell === "string" ? startCell : "range", typeof endCell === "string" ? endCell : "range"] },
    );
  }
  setData(sourceData: FakeRange, seriesBy?: string): void {
    this._argument(sourceData, "setData");
    this._call("setData", (c) => {
      const source = sourceData._target();
      if (!source) throw officeError("InvalidArgument", undefined, "Chart.setData");
      setChartData(this._host, c, source, seriesBy, "Chart.setData");
    });
  }
  delete(): void {
    this._call("delete", (c) => {
      assertEditable(c.sheet, "Chart.delete");
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    });
  }
  activate(): void {
    this._call("activate", () => undefined, { requires: "1.9" });
  }
}
