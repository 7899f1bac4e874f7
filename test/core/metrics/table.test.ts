/** The metrics metadata table agrees with the function catalog, and every message exists in both languages. */
import { describe, expect, it } from "vitest";
import { CATALOG, catalogEntry } from "../../../src/core/functions/catalog";
import { METRIC_NAMES, METRICS, predictShape } from "../../../src/core/metrics/index";
import { metricMessages } from "../../../src/core/metrics/messages";
import { CJK } from "./helpers";

describe("function catalog", () => {
  it("lists the 15 analytic functions and the 5 data functions, once each", () => {
    const names = CATALOG.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...METRIC_NAMES, "DATA", "SERIES", "SOURCE", "COMPANIES", "FIELDS"]);
  });

  it.each(CATALOG.map((e) => [e.name, e] as const))("%s: descriptions in English and Chinese", (_, entry) => {
    expect(entry.description.en.trim()).not.toBe("");
    expect(entry.description.zh).toMatch(CJK);
    for (const p of entry.params) {
      expect(p.name).toMatch(/^[a-z][a-z_]*$/);
      expect(p.description.en.trim()).not.toBe("");
      expect(p.description.zh).toMatch(CJK);
      // JSDoc would misread these: braces start a type, @ a tag, a leading "-" is stripped.
      expect(p.description.en).not.toMatch(/[{}@]|^-/);
    }
    expect(entry.description.en).not.toMatch(/[{}@]/);
  });

  it("optional parameters come after the required ones", () => {
    for (const e of CATALOG) {
      const firstOptional = e.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(e.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it.each(METRIC_NAMES)("%s: same parameters, optionality and result kind as the metrics table", (name) => {
    const entry = catalogEntry(name)!;
    const metric = METRICS[name];
    expect(entry.params.map((p) => p.name)).toEqual(metric.params);
    expect(entry.params.filter((p) => !p.optional)).toHaveLength(metric.required);
    expect(entry.result).toBe(metric.result);
  });

  it("finds entries by name with or without the namespace, any case", () => {
    expect(catalogEntry("capcycle.cagr")?.name).toBe("CAGR");
    expect(catalogEntry(" Data ")?.name).toBe("DATA");
    expect(catalogEntry("SUM")).toBeUndefined();
  });
});

describe("predictShape", () => {
  it("broadcasts, follows the first argument, or gives one value", () => {
    const s = (rows: number, cols: number) => ({ rows, cols });
    expect(predictShape(METRICS.CAPEX_DA_RATIO, [s(1, 1), s(5, 1)])).toEqual(s(5, 1));
    expect(predictShape(METRICS.CAPEX_DA_RATIO, [s(3, 1), s(2, 1)])).toEqual(s(1, 1));
    expect(predictShape(METRICS.SEGMENT_MIX, [s(2, 3)])).toEqual(s(2, 3));
    expect(predictShape(METRICS.HHI, [s(9, 1)])).toEqual(s(1, 1));
    expect(predictShape(METRICS.RECEIVABLE_DAYS, [s(4, 1), s(4, 1)])).toEqual(s(4, 1));
  });
});

describe("message catalogue", () => {
  const m = metricMessages;
  const samples = [
    ["notNumber", m.notNumber("FN", "x", "abc")],
    ["notBoolean", m.notBoolean("FN", "x", true)],
    ["unsupported", m.unsupported("FN", "x")],
    ["shapeMismatch", m.shapeMismatch("FN", "a", "3×1", "b", "2×1")],
    ["notRectangular", m.notRectangular("FN", "x")],
    ["emptyRange", m.emptyRange("FN", "x")],
    ["growthBase", m.growthBase("FN")],
    ["totalGrowthBase", m.totalGrowthBase("FN")],
    ["cagrBase", m.cagrBase("FN")],
    ["sharesOverOne", m.sharesOverOne("FN", 1.2)],
    ["negativeShare", m.negativeShare("FN", -0.1)],
    ["noShares", m.noShares("FN")],
    ["notSingle", m.notSingle("FN", "n", "1×2")],
    ["required", m.required("FN", "n")],
    ["notVector", m.notVector("FN", "capex", "2×2")],
    ["fewerThanTwoPeriods", m.fewerThanTwoPeriods("FN", 1)],
    ["lowAboveHigh", m.lowAboveHigh("FN", 2, 1)],
    ["badLanguage", m.badLanguage("FN", "fr")],
  ] as const;

  it("covers every message", () => {
    expect(samples.map(([k]) => k).sort()).toEqual(Object.keys(metricMessages).sort());
  });

  it.each(samples)("%s is in English and Chinese, naming the function", (_, message) => {
    expect(message.en).toMatch(/^FN: /);
    expect(message.zh).toMatch(/^FN：/);
    expect(message.zh).toMatch(CJK);
  });
});
