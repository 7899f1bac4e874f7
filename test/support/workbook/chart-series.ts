/**
 * Excel.ChartSeriesCollection and ChartSeries, with the requirement sets the add-in depends on:
 * add/setValues/setXAxisValues/chartType/delete need ExcelApi 1.7, axisGroup 1.8,
 * getDimensionValues 1.12, getDimensionDataSourceString/Type 1.15. setValues and
 * setXAxisValues take a Range, not an array: chart data must live in cells.
 */
import { assertEditable } from "./cells";
import { axisGroup, chartType, seriesName, sourceString, sourceType, sourceValues } from "./chart-ops";
import { officeError } from "./errors";
import type { ChartModel, SeriesModel, SeriesSource } from "./model";
import { CollectionBase, FakeClientResult, ProxyBase, type ObjectSpec } from "./proxy";
import type { FakeRange } from "./range";

interface SeriesTarget {
  readonly chart: ChartModel;
  readonly series: SeriesModel;
}

export class FakeChartSeriesCollection extends CollectionBase<ChartModel, SeriesTarget, FakeChartSeries> {
  protected _describe(): ObjectSpec<ChartModel> {
    return {
      className: "ChartSeriesCollection",
      kind: "series",
      alive: (c) => c.sheet.charts.includes(c),
      scalars: { count: { read: (c) => c.series.length } },
    };
  }
  protected _list(chart: ChartModel): SeriesTarget[] {
    return chart.series.map((series) => ({ chart, series }));
  }
  protected _wrap(item: SeriesTarget): FakeChartSeries {
    return new FakeChartSeries(this.context, { target: item });
  }

  get count(): number {
    return this._get("count");
  }

  /** A new, empty series (set its values with setValues). */
  add(name?: string, index?: number): FakeChartSeries {
    return this._callObject(
      "add",
      FakeChartSeries,
      (chart) => {
        assertEditable(chart.sheet, "ChartSeriesCollection.add");
        const series: SeriesModel = {
          name: name ?? `Series${chart.series.length + 1}`,
          nameSource: null,
          values: null,
          categories: chart.series[0]?.categories ?? null,
          chartType: chart.chartType,
          axisGroup: "Primary",
          hasDataLabels: false,
        };
        const at = index === undefined ? chart.series.length : index;
        if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw officeError("InvalidArgument", undefined, "ChartSeriesCollection.add");
        chart.series.splice(at, 0, series);
        return { chart, series };
      },
      { requires: "1.7", args: [name, index] },
    );
  }
  getItemAt(index: number): FakeChartSeries {
    return this._callObject(
      "getItemAt",
      FakeChartSeries,
      (chart) => {
        const series = chart.series[index];
        if (!series) throw officeError("ItemNotFound", `There is no series at ${index}.`, "ChartSeriesCollection.getItemAt");
        return { chart, series };
      },
    );
  }
  getCount(): FakeClientResult<number> {
    return this._callResult("getCount", (c) => c.series.length);
  }
}

function dimension(value: unknown, location: string): "values" | "categories" {
  if (value === "Values" || value === "YValues") return "values";
  if (value === "Categories" || value === "XValues") return "categories";
  throw officeError("InvalidArgument", `Unsupported dimension ${JSON.stringify(value)}.`, location);
}

export class FakeChartSeries extends ProxyBase<SeriesTarget> {
  protected _describe(): ObjectSpec<SeriesTarget> {
    const host = this._host;
    return {
      className: "ChartSeries",
      kind: "series",
      alive: (t) => host.isAlive(t.chart.sheet) && t.chart.sheet.charts.includes(t.chart) && t.chart.series.includes(t.series),
      scalars: {
        name: {
          read: (t) => seriesName(host, t.series),
          write: (t, v) => {
            if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "ChartSeries.name");
            t.series.name = v;
            t.series.nameSource = null;
          },
        },
        chartType: { requires: "1.7", read: (t) => t.series.chartType, write: (t, v) => (t.series.chartType = chartType(v, "ChartSeries.chartType")) },
        axisGroup: { requires: "1.8", read: (t) => t.series.axisGroup, write: (t, v) => (t.series.axisGroup = axisGroup(v, "ChartSeries.axisGroup")) },
      },
    };
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
  get axisGroup(): string {
    return this._get("axisGroup");
  }
  set axisGroup(v: string) {
    this._set("axisGroup", v);
  }

  private setSource(member: "setValues" | "setXAxisValues", sourceData: FakeRange): void {
    this._argument(sourceData, member);
    this._call(
      member,
      (t) => {
        assertEditable(t.chart.sheet, `ChartSeries.${member}`);
        const target = sourceData._target();
        if (!target) throw officeError("InvalidArgument", undefined, `ChartSeries.${member}`);
        const source: SeriesSource = { kind: "range", sheet: target.sheet, rect: target.rect };
        if (member === "setValues") t.series.values = source;
        else t.series.categories = source;
      },
      { requires: "1.7" },
    );
  }
  setValues(sourceData: FakeRange): void {
    this.setSource("setValues", sourceData);
  }
  setXAxisValues(sourceData: FakeRange): void {
    this.setSource("setXAxisValues", sourceData);
  }
  getDimensionDataSourceString(dimensionName: string): FakeClientResult<string> {
    return this._callResult(
      "getDimensionDataSourceString",
      (t) => sourceString(this._host, t.series[dimension(dimensionName, "ChartSeries.getDimensionDataSourceString")]),
      { requires: "1.15" },
    );
  }
  getDimensionDataSourceType(dimensionName: string): FakeClientResult<string> {
    return this._callResult(
      "getDimensionDataSourceType",
      (t) => sourceType(this._host, t.series[dimension(dimensionName, "ChartSeries.getDimensionDataSourceType")]),
      { requires: "1.15" },
    );
  }
  getDimensionValues(dimensionName: string): FakeClientResult<string[]> {
    return this._callResult(
      "getDimensionValues",
      (t) => sourceValues(this._host, t.series[dimension(dimensionName, "ChartSeries.getDimensionValues")]),
      { requires: "1.12" },
    );
  }
  delete(): void {
    this._call(
      "delete",
      (t) => {
        assertEditable(t.chart.sheet, "ChartSeries.delete");
        t.chart.series = t.chart.series.filter((s) => s !== t.series);
      },
      { requires: "1.7" },
    );
  }
}
