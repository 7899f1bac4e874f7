/**
 * Catalogue rows for function arguments not already covered by the metric, dataset and edge
 * tests (test/core/metrics, test/core/dataset, test/functions): checked through the registered
 * wrappers, with arguments as Excel passes them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import "../../src/functions/dataset-entry";
import * as F from "../../src/functions/functions";
import { StubError, stubCustomFunctions, stubOffice } from "../functions/stubs";

beforeEach(() => {
  vi.stubGlobal("CustomFunctions", stubCustomFunctions);
  vi.stubGlobal("Office", stubOffice("en-US"));
});
afterEach(() => vi.unstubAllGlobals());

const err = (v: unknown) => (v instanceof StubError ? v.code : undefined);

describe("ranges of 1,000,000 cells through the registered functions", () => {
  const N = 1_000_000;
  const column = (f: (i: number) => unknown) => Array.from({ length: N }, (_, i) => [f(i)]);

  it("element-wise (CAPEX_DA_RATIO and the 10 others built the same way): every position computed", () => {
    // Speed is a benchmark (npm run bench), not a timed test: this asserts the values only.
    const out = F.capexDaRatioFn(column((i) => -(i + 1)), [[2]]) as number[][];
    expect(out).toHaveLength(N);
    expect(out[N - 1]![0]).toBe(N / 2);
  });

  it("SEGMENT_MIX and GROWTH_CONTRIBUTION: totals over a million positions", () => {
    const mix = F.segmentMixFn(column(() => 1)) as number[][];
    expect(mix).toHaveLength(N);
    expect(mix[0]![0]).toBeCloseTo(1 / N, 15);
    const contrib = F.growthContributionFn(column(() => 2), column(() => 1)) as number[][];
    expect(contrib[N - 1]![0]).toBeCloseTo(1 / N, 15);
  });

  it("HHI, TOP_SHARE and CYCLE_PHASE: one answer from a million cells", () => {
    expect(F.hhiFn(column(() => 1 / N))).toBeCloseTo(0.01, 9);
    expect(F.topShareFn(column(() => 1 / N), 10)).toBeCloseTo(10 / N, 15);
    const capex = [Array.from({ length: N }, (_, i) => (i < N - 2 ? null : 3))];
    const da = [Array.from({ length: N }, () => 1)];
    expect(F.cyclePhaseFn(capex, da)).toBe("Expansion");
  });
});

describe("blanks", () => {
  it("very old desktop builds pass 0 for a blank cell: it is read as a real zero (documented)", () => {
    expect(err((F.capexDaRatioFn([[5]], [[0]]))[0]![0])).toBe("#DIV/0!");
    expect(F.netInvestmentFn([[5]], [[0]])).toEqual([[5]]);
    // Current builds pass null: blank in → blank out.
    expect(F.capexDaRatioFn([[5]], [[null]])).toEqual([[""]]);
  });
});

describe("option arguments", () => {
  it.each([
    ["ZH", "扩张"],
    ["中文", "扩张"],
    ["zh-CN", "扩张"],
    ["Chinese", "扩张"],
    [" EN ", "Expansion"],
    ["English", "Expansion"],
    ["", "Expansion"],
  ])("language %j → %s", (language, label) => {
    expect(F.cyclePhaseFn([[1, 3]], [[1, 2]], null, null, language)).toBe(label);
  });

  it("an error as language, high or low is that error", () => {
    expect(err(F.cyclePhaseFn([[1, 3]], [[1, 2]], null, null, { code: "#DIV/0!" }))).toBe("#DIV/0!");
    expect(err(F.cyclePhaseFn([[1, 3]], [[1, 2]], { code: "#NUM!" }))).toBe("#NUM!");
  });

  it("thresholds: numeric text reads as a number; NaN and ±Infinity give #NUM!", () => {
    expect(F.cyclePhaseFn([[1, 1.2]], [[1, 1]], "1.1", "0.5")).toBe("Expansion");
    expect(err(F.cyclePhaseFn([[1, 3]], [[1, 2]], Number.NaN))).toBe("#NUM!");
    expect(err(F.cyclePhaseFn([[1, 3]], [[1, 2]], null, -Infinity))).toBe("#NUM!");
  });

  it("years, days and n: NaN and ±Infinity give #NUM!, numeric text is read", () => {
    expect(err((F.cagrFn([[1]], [[4]], [[Infinity]]))[0]![0])).toBe("#NUM!");
    expect((F.cagrFn([[1]], [[4]], [["2"]]) as number[][])[0]![0]).toBeCloseTo(1, 12);
    expect(err((F.receivableDaysFn([[1]], [[4]], [[Number.NaN]]))[0]![0])).toBe("#NUM!");
    expect(F.receivableDaysFn([[10]], [[181]], [["181"]])).toEqual([[10]]);
    expect(err(F.topShareFn([[0.5]], Infinity))).toBe("#NUM!");
  });
});

describe("data function arguments", () => {
  it("a range where one value is expected is #VALUE! with a reason (Excel normally lifts it per cell)", async () => {
    const e = (await F.dataFn([["300015.SZ"], ["688271.SH"]], "revenue")) as StubError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/not a number, text/);
  });

  it("a date cell (a serial number) as period: a closing date reads as its period; another date is #N/A naming it", async () => {
    // 45838 is 2025-06-30 (a header cell holding a date): the period closing then.
    expect(await F.dataFn("300015.SZ", "revenue", 45838)).toBe(await F.dataFn("300015.SZ", "revenue", "2025H1"));
    const e = (await F.dataFn("300015.SZ", "revenue", 45823)) as StubError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/"2025-06-15" is a date but not a closing date.*Available here: /);
  });

  it("names that look like formulas or carry stray punctuation still resolve as names", async () => {
    const plain = await F.dataFn("300015.SZ", "revenue");
    expect(typeof plain).toBe("number");
    expect(await F.dataFn("=300015.SZ", "revenue")).toBe(plain);
    expect(await F.dataFn("  300015 . sz ", "@revenue")).toBe(plain);
  });

  it("a pasted paragraph as a name answers #N/A, quoting only its start", async () => {
    // Matching compares only the first characters (src/core/text.ts), which keeps this fast;
    // the time itself is a benchmark, not asserted here.
    const paragraph = "爱尔眼科2025年上半年营业收入115.07亿元，同比增长9.12%。".repeat(200);
    const e = (await F.dataFn("300015.SZ", paragraph)) as StubError;
    expect(e.code).toBe("#N/A");
    expect(e.message!.length).toBeLessThan(400);
  });
});
