/** Excel.ChartTitle, ChartLegend, ChartAxes, ChartAxis and ChartAxisTitle. */
import { officeError } from "./errors";
import type { AxisModel, ChartModel } from "./model";
import { ProxyBase, type ObjectSpec } from "./proxy";
import { bool, oneOf } from "./style-values";

export class FakeChartTitle extends ProxyBase<ChartModel> {
  protected _describe(): ObjectSpec<ChartModel> {
    return {
      className: "ChartTitle",
      kind: "title",
      alive: (c) => c.sheet.charts.includes(c),
      scalars: {
        text: {
          read: (c) => c.title.text,
          write: (c, v) => {
            if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "ChartTitle.text");
            c.title.text = v;
          },
        },
        visible: { read: (c) => c.title.visible, write: (c, v) => (c.title.visible = bool(v, "ChartTitle.visible")) },
      },
    };
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
}

export class FakeChartLegend extends ProxyBase<ChartModel> {
  protected _describe(): ObjectSpec<ChartModel> {
    return {
      className: "ChartLegend",
      kind: "legend",
      alive: (c) => c.sheet.charts.includes(c),
      scalars: {
        visible: { read: (c) => c.legend.visible, write: (c, v) => (c.legend.visible = bool(v, "ChartLegend.visible")) },
        position: {
          read: (c) => c.legend.position,
          write: (c, v) => (c.legend.position = oneOf(v, ["Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const, "ChartLegend.position")),
        },
      },
    };
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._set("position", v);
  }
}

type AxisKey = keyof ChartModel["axes"];

interface AxisTarget {
  readonly chart: ChartModel;
  readonly key: AxisKey;
}

export class FakeChartAxes extends ProxyBase<ChartModel> {
  protected _describe(): ObjectSpec<ChartModel> {
    return {
      className: "ChartAxes",
      kind: "axes",
      alive: (c) => c.sheet.charts.includes(c),
      scalars: {},
      navigation: { categoryAxis: () => this.categoryAxis, valueAxis: () => this.valueAxis },
    };
  }
  private axis(key: AxisKey): FakeChartAxis {
    return this._navigate(key, FakeChartAxis, (chart) => ({ chart, key }));
  }
  get categoryAxis(): FakeChartAxis {
    return this.axis("category");
  }
  get valueAxis(): FakeChartAxis {
    return this.axis("value");
  }
  /** getItem("Value" | "Category", "Primary" | "Secondary"); a secondary axis exists only when a series uses it. */
  getItem(type: string, group: string = "Primary"): FakeChartAxis {
    return this._callObject(
      "getItem",
      FakeChartAxis,
      (chart) => {
        const kind = oneOf(type, ["Category", "Value"] as const, "ChartAxes.getItem");
        const secondary = oneOf(group, ["Primary", "Secondary"] as const, "ChartAxes.getItem") === "Secondary";
        if (secondary && !chart.series.some((s) => s.axisGroup === "Secondary")) {
          throw officeError("ItemNotFound", "The chart has no secondary axis.", "ChartAxes.getItem");
        }
        const key: AxisKey = secondary ? (kind === "Value" ? "secondaryValue" : "secondaryCategory") : kind === "Value" ? "value" : "category";
        return { chart, key };
      },
      { requires: "1.7" },
    );
  }
}

export class FakeChartAxis extends ProxyBase<AxisTarget> {
  protected _describe(): ObjectSpec<AxisTarget> {
    const field = <K extends keyof AxisModel>(key: K, check: (v: unknown, loc: string) => AxisModel[K], requires?: string) => ({
      ...(requires === undefined ? {} : { requires }),
      read: (t: AxisTarget) => t.chart.axes[t.key][key],
      write: (t: AxisTarget, v: unknown) => {
        t.chart.axes[t.key][key] = check(v, `ChartAxis.${key}`);
      },
    });
    return {
      className: "ChartAxis",
      kind: "axis",
      alive: (t) => t.chart.sheet.charts.includes(t.chart),
      scalars: {
        type: { requires: "1.7", read: (t) => (t.key === "value" || t.key === "secondaryValue" ? "Value" : "Category") },
        axisGroup: { requires: "1.8", read: (t) => (t.key.startsWith("secondary") ? "Secondary" : "Primary") },
        visible: field("visible", bool, "1.7"),
        numberFormat: field(
          "numberFormat",
          (v, loc) => {
            if (typeof v !== "string") throw officeError("InvalidArgument", undefined, loc);
            return v;
          },
          "1.8",
        ),
      },
      navigation: { title: () => this.title },
    };
  }
  get type(): string {
    return this._get("type");
  }
  get axisGroup(): string {
    return this._get("axisGroup");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v);
  }
  get title(): FakeChartAxisTitle {
    return this._navigate("title", FakeChartAxisTitle, (t) => t);
  }
}

export class FakeChartAxisTitle extends ProxyBase<AxisTarget> {
  protected _describe(): ObjectSpec<AxisTarget> {
    return {
      className: "ChartAxisTitle",
      kind: "axisTitle",
      alive: (t) => t.chart.sheet.charts.includes(t.chart),
      scalars: {
        text: {
          read: (t) => t.chart.axes[t.key].title,
          write: (t, v) => {
            if (typeof v !== "string") throw officeError("InvalidArgument", undefined, "ChartAxisTitle.text");
            t.chart.axes[t.key].title = v;
            t.chart.axes[t.key].titleVisible = true;
          },
        },
        visible: { read: (t) => t.chart.axes[t.key].titleVisible, write: (t, v) => (t.chart.axes[t.key].titleVisible = bool(v, "ChartAxisTitle.visible")) },
      },
    };
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v);
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v);
  }
}
