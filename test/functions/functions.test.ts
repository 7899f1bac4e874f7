/**
 * The custom-functions wrappers as Excel calls them: any[][] arguments (blanks as null, errors
 * as error objects), results as Excel shows them. CustomFunctions and Office are stubbed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as F from "../../src/functions/functions";
// The data functions import the dataset chunk on their first call; importing it here only loads it sooner.
import "../../src/functions/dataset-entry";
import { companiesGrid, dataValue, fieldsGrid } from "../../src/core/dataset/functions";
import { StubError, stubCustomFunctions, stubOffice } from "./stubs";
import { single } from "../support/at";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", stubCustomFunctions);
  vi.stubGlobal("Office", stubOffice("en-US"));
});
afterEach(() => vi.unstubAllGlobals());

const div0 = new StubError("#DIV/0!");

describe("analytic wrappers", () => {
  it("CAPEX_DA_RATIO: per-position results, blanks as \"\", input errors kept", () => {
    const out = F.capexDaRatioFn([[-10], [null], [{ type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }], [4]], [[5], [5], [5], [0]]);
    expect(out).toEqual([[2], [""], [div0], [div0]]);
  });

  it("a mismatch is one #VALUE! whose message follows Excel's display language", () => {
    const en = single(F.capexDaRatioFn([[1], [2], [3]], [[1], [2]]) as StubError[][]);
    expect(en.code).toBe("#VALUE!");
    expect(en.message).toContain("3×1 and 2×1");
    vi.stubGlobal("Office", stubOffice("zh-CN"));
    const zh = single(F.capexDaRatioFn([[1], [2], [3]], [[1], [2]]) as StubError[][]);
    expect(zh.message).toContain("3×1 和 2×1");
  });

  it.each<[string, () => unknown, unknown]>([
    ["SEGMENT_GROWTH", () => F.segmentGrowthFn([[150]], [[100]]), [[0.5]]],
    ["SEGMENT_MIX", () => F.segmentMixFn([[1], [null], [3]]), [[0.25], [""], [0.75]]],
    ["GROWTH_CONTRIBUTION", () => F.growthContributionFn([[12], [14]], [[10], [10]]), [[0.1], [0.2]]],
    ["CAGR", () => F.cagrFn([[100]], [[400]], [[2]]), [[1]]],
    ["CAPEX_INTENSITY", () => F.capexIntensityFn([[-5]], [[50]]), [[0.1]]],
    ["NET_INVESTMENT", () => F.netInvestmentFn([[-5]], [[3]]), [[2]]],
    ["CASH_CONVERSION", () => F.cashConversionFn([[12]], [[10]]), [[1.2]]],
    ["FREE_CASH_FLOW", () => F.freeCashFlowFn([[12]], [[-10]]), [[2]]],
    ["RD_CAPITALIZATION", () => F.rdCapitalizationFn([[1]], [[4]]), [[0.25]]],
    ["RECEIVABLE_DAYS days omitted", () => F.receivableDaysFn([[10]], [[100]], null as never), [[36.5]]],
    ["RECEIVABLE_DAYS half year", () => F.receivableDaysFn([[20]], [[181]], [[181]]), [[20]]],
    ["GOODWILL_TO_EQUITY", () => F.goodwillToEquityFn([[5]], [[20]]), [[0.25]]],
    ["HHI", () => F.hhiFn([[0.5], [0.5]]), 5000],
    ["TOP_SHARE", () => F.topShareFn([[0.5], [0.2], [0.3]], 2), 0.8],
    ["CYCLE_PHASE default language", () => F.cyclePhaseFn([[1, 3]], [[1, 2]], null, null, null), "Expansion"],
    ["CYCLE_PHASE zh", () => F.cyclePhaseFn([[1, 3]], [[1, 2]], null, null, "zh"), "扩张"],
  ])("%s", (_, call, expected) => {
    expect(call()).toEqual(expected);
  });

  it("scalar results that are errors come back as CustomFunctions.Error", () => {
    const e = F.topShareFn([[0.5]], 0) as StubError;
    expect(e).toBeInstanceOf(StubError);
    expect(e.code).toBe("#NUM!");
    const na = F.cyclePhaseFn([[1]], [[1]]) as StubError;
    expect(na.code).toBe("#N/A");
    expect(na.message).toContain("found 1");
  });
});

describe("data wrappers", () => {
  it("COMPANIES spills one row per entity, as the dataset module gives them", async () => {
    const rows = await F.companiesFn();
    expect(rows).toEqual(companiesGrid());
    expect(rows.length).toBeGreaterThan(0);
  });

  it("DATA and FIELDS agree with the dataset module for a real company", async () => {
    const id = companiesGrid()[0]![0] as string;
    const fields = fieldsGrid(id);
    expect(Array.isArray(fields)).toBe(true);
    const [field] = (fields as string[][]).find((r) => r[2] === "") ?? (fields as string[][])[0]!;
    expect(await F.dataFn(id, field, null, null, null)).toEqual(dataValue(id, field!, null, null, null));
    expect(await F.fieldsFn(id)).toEqual(fields);
    expect(typeof (await F.sourceFn(id, field, null, null))).toBe("string");
  });

  it("an unknown company is #N/A with a message", async () => {
    const e = (await F.dataFn("No Such Company 123", "revenue")) as StubError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toBeTruthy();
    const s = (await F.seriesFn("No Such Company 123", "revenue")) as StubError[][];
    expect(s[0]![0]!.code).toBe("#N/A");
  });
});

describe("loading", () => {
  it("imports with no Office, no CustomFunctions and no window (no top-level access)", async () => {
    vi.unstubAllGlobals();
    vi.stubGlobal("Office", {
      get context(): never {
        throw new Error("Office.context read at load time");
      },
    });
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
    vi.resetModules();
    const mod = await import("../../src/functions/functions");
    expect(typeof mod.capexDaRatioFn).toBe("function");
  });
});
