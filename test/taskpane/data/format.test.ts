import { describe, expect, it } from "vitest";
import { moneyUnitLabel, showValue } from "../../../src/taskpane/data/format";

describe("showValue", () => {
  it("shows money with two decimals in the DATA scale of its currency", () => {
    expect(showValue(115.07, "money", "en")).toEqual({ text: "115.07", unit: "CNY 100m" });
    expect(showValue(115.07, "money", "zh")).toEqual({ text: "115.07", unit: "亿元" });
    expect(showValue(1234.5, "money", "en", { exp: 6, currency: "USD" })).toEqual({ text: "1,234.50", unit: "USD m" });
    expect(moneyUnitLabel(0, "CNY", "zh")).toBe("元");
  });

  it("shows decimals as percentages, counts with separators and the counted noun in Chinese", () => {
    expect(showValue(0.0912, "percent", "en").text).toBe("9.12%");
    expect(showValue(9248300, "count", "en")).toEqual({ text: "9,248,300", unit: "" });
    expect(showValue(9248300, "count", "zh", { unitId: "万人次" })).toEqual({ text: "9,248,300", unit: "人次" });
    expect(showValue(1.83, "multiple", "zh")).toEqual({ text: "1.83", unit: "倍" });
  });
});
