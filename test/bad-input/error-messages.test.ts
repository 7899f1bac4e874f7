/**
 * Every #N/A and #VALUE! a CAPCYCLE function returns carries a message that says what is
 * wrong and what to do, in Chinese when Excel's display language is Chinese, else English
 * (SPEC §2, §9). Enumerated per function over the inputs that produce those errors, through
 * the registered wrappers, with Office's display language stubbed.
 *
 * "What to do" is checked by form: the English message has a sentence starting with an
 * imperative verb (Use, Enter, Select, Check…), the Chinese one a 请 clause.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../src/functions/dataset-entry";
import { createDataFunctions } from "../../src/core/dataset/functions";
import { buildDataset } from "../../src/core/dataset/build";
import { DATA_NOT_LOADED } from "../../src/functions/dataset-link";
import { toExcel } from "../../src/functions/convert";
import * as F from "../../src/functions/functions";
import { StubError, stubCustomFunctions, stubOffice } from "../functions/stubs";

afterEach(() => vi.unstubAllGlobals());

/** A sentence (or clause after a colon or dash) that starts with an imperative verb. */
export const EN_ACTION =
  /(?:^|[.:;!?)]\s+|\s[—-]\s)(Use|Give|Enter|Type|Select|Check|Fix|Remove|Leave|Write|Swap|Clear|Fill|Reload|Wait|Recalculate|Pick|Correct|Convert|Refer|Replace|Make|Add|Unprotect|Press|Delete|Choose|Open|Try|Keep|Put|Change|Move|Close|Insert|Wrap|Report|Start)\b/;
/** Chinese imperative: 请… */
export const ZH_ACTION = /请/;
const CJK = /[\u3400-\u9fff]/;

const NA = { code: "#N/A" };
const REF = { code: "#REF!" };
const SPILL = { code: "#SPILL!" };
const ENTITY = { type: "Entity", text: "Aier", properties: {} };
const GETTING = { type: "Error", errorType: "GettingData" };

type Call = () => unknown;
type Code = "#VALUE!" | "#N/A";
type Case = readonly [label: string, code: Code, call: Call];

/** Cases every element-wise function shares, built from its first figure parameter. */
function figureCases(name: string, call: (first: unknown, rest: unknown) => unknown): Case[] {
  return [
    [`${name}: text that is not a number`, "#VALUE!", () => call([["abc"]], [[1]])],
    [`${name}: a logical value`, "#VALUE!", () => call([[true]], [[1]])],
    [`${name}: an empty range`, "#VALUE!", () => call([], [[1]])],
    [`${name}: a ragged range`, "#VALUE!", () => call([[1, 2], [3]], [[1]])],
    [`${name}: a linked data type`, "#VALUE!", () => call([[ENTITY]], [[1]])],
    [`${name}: an input #N/A`, "#N/A", () => call([[NA]], [[1]])],
    [`${name}: an input #REF!`, "#VALUE!", () => call([[REF]], [[1]])],
    [`${name}: an input #SPILL!`, "#VALUE!", () => call([[SPILL]], [[1]])],
    [`${name}: an input still loading`, "#N/A", () => call([[GETTING]], [[1]])],
  ];
}

const shapes = (name: string, call: (a: unknown, b: unknown) => unknown): Case => [
  `${name}: ranges of different shapes`,
  "#VALUE!",
  () => call([[1], [2], [3]], [[1], [2]]),
];

const ANALYTIC_CASES: Case[] = [
  ...figureCases("CAPEX_DA_RATIO", (a, b) => F.capexDaRatioFn(a as never, b as never)),
  shapes("CAPEX_DA_RATIO", (a, b) => F.capexDaRatioFn(a as never, b as never)),
  ...figureCases("SEGMENT_GROWTH", (a, b) => F.segmentGrowthFn(a as never, b as never)),
  shapes("SEGMENT_GROWTH", (a, b) => F.segmentGrowthFn(a as never, b as never)),
  ["SEGMENT_GROWTH: a prior of 0", "#N/A", () => F.segmentGrowthFn([[5]], [[0]])],
  ["SEGMENT_GROWTH: a negative prior", "#N/A", () => F.segmentGrowthFn([[5]], [[-2]])],
  ...figureCases("SEGMENT_MIX", (a) => F.segmentMixFn(a as never)),
  ...figureCases("GROWTH_CONTRIBUTION", (a, b) => F.growthContributionFn(a as never, b as never)),
  shapes("GROWTH_CONTRIBUTION", (a, b) => F.growthContributionFn(a as never, b as never)),
  ["GROWTH_CONTRIBUTION: prior values adding up to 0 or less", "#N/A", () => F.growthContributionFn([[5], [6]], [[3], [-3]])],
  ...figureCases("CAGR", (a, b) => F.cagrFn(a as never, b as never, [[3]])),
  shapes("CAGR", (a, b) => F.cagrFn(a as never, b as never, [[3]])),
  ["CAGR: a first value of 0 or less", "#N/A", () => F.cagrFn([[0]], [[5]], [[3]])],
  ["CAGR: years as text", "#VALUE!", () => F.cagrFn([[1]], [[5]], [["three"]])],
  ...figureCases("CAPEX_INTENSITY", (a, b) => F.capexIntensityFn(a as never, b as never)),
  shapes("CAPEX_INTENSITY", (a, b) => F.capexIntensityFn(a as never, b as never)),
  ...figureCases("NET_INVESTMENT", (a, b) => F.netInvestmentFn(a as never, b as never)),
  shapes("NET_INVESTMENT", (a, b) => F.netInvestmentFn(a as never, b as never)),
  ...figureCases("CASH_CONVERSION", (a, b) => F.cashConversionFn(a as never, b as never)),
  shapes("CASH_CONVERSION", (a, b) => F.cashConversionFn(a as never, b as never)),
  ...figureCases("FREE_CASH_FLOW", (a, b) => F.freeCashFlowFn(a as never, b as never)),
  shapes("FREE_CASH_FLOW", (a, b) => F.freeCashFlowFn(a as never, b as never)),
  ...figureCases("RD_CAPITALIZATION", (a, b) => F.rdCapitalizationFn(a as never, b as never)),
  shapes("RD_CAPITALIZATION", (a, b) => F.rdCapitalizationFn(a as never, b as never)),
  ...figureCases("RECEIVABLE_DAYS", (a, b) => F.receivableDaysFn(a as never, b as never)),
  shapes("RECEIVABLE_DAYS", (a, b) => F.receivableDaysFn(a as never, b as never)),
  ["RECEIVABLE_DAYS: days as text", "#VALUE!", () => F.receivableDaysFn([[1]], [[5]], [["half a year"]])],
  ["RECEIVABLE_DAYS: days as a logical value", "#VALUE!", () => F.receivableDaysFn([[1]], [[5]], [[false]])],
  ...figureCases("GOODWILL_TO_EQUITY", (a, b) => F.goodwillToEquityFn(a as never, b as never)),
  shapes("GOODWILL_TO_EQUITY", (a, b) => F.goodwillToEquityFn(a as never, b as never)),
  ...figureCases("HHI", (a) => F.hhiFn(a as never)),
  ["HHI: shares adding up to more than 1", "#VALUE!", () => F.hhiFn([[35], [20]])],
  ["HHI: a negative share", "#VALUE!", () => F.hhiFn([[0.5], [-0.1]])],
  ["HHI: no numbers among the shares", "#N/A", () => F.hhiFn([[null], [""]])],
  ...figureCases("TOP_SHARE", (a) => F.topShareFn(a as never, 2)),
  ["TOP_SHARE: n blank", "#VALUE!", () => F.topShareFn([[0.5]], null)],
  ["TOP_SHARE: n as a range", "#VALUE!", () => F.topShareFn([[0.5]], [[1, 2]])],
  ["TOP_SHARE: n as text", "#VALUE!", () => F.topShareFn([[0.5]], "two")],
  ["TOP_SHARE: n as a logical value", "#VALUE!", () => F.topShareFn([[0.5]], true)],
  ["TOP_SHARE: shares adding up to more than 1", "#VALUE!", () => F.topShareFn([[0.7], [0.6]], 1)],
  ...figureCases("CYCLE_PHASE", (a) => F.cyclePhaseFn(a as never, [[1, 1]])),
  ["CYCLE_PHASE: a block of 2×2", "#VALUE!", () => F.cyclePhaseFn([[1, 2], [3, 4]], [[1, 2], [3, 4]])],
  ["CYCLE_PHASE: ranges of different shapes", "#VALUE!", () => F.cyclePhaseFn([[1, 2, 3]], [[1, 2]])],
  ["CYCLE_PHASE: fewer than two periods", "#N/A", () => F.cyclePhaseFn([[1, null]], [[1, 2]])],
  ["CYCLE_PHASE: low above high", "#VALUE!", () => F.cyclePhaseFn([[1, 2]], [[1, 1]], 1, 2)],
  ["CYCLE_PHASE: high as text", "#VALUE!", () => F.cyclePhaseFn([[1, 2]], [[1, 1]], "high")],
  ["CYCLE_PHASE: low as a range", "#VALUE!", () => F.cyclePhaseFn([[1, 2]], [[1, 1]], null, [[1, 2]])],
  ["CYCLE_PHASE: an unknown language", "#VALUE!", () => F.cyclePhaseFn([[1, 2]], [[1, 1]], null, null, "fr")],
  ["CYCLE_PHASE: language as a number", "#VALUE!", () => F.cyclePhaseFn([[1, 2]], [[1, 1]], null, null, 1)],
];

const DATA_CASES: Case[] = [
  ["DATA: an unknown company", "#N/A", () => F.dataFn("Aier Eyes Hospitalz", "revenue")],
  ["DATA: a blank company", "#VALUE!", () => F.dataFn(null, "revenue")],
  ["DATA: a company given as a logical value", "#VALUE!", () => F.dataFn(true, "revenue")],
  ["DATA: a company given as NaN", "#VALUE!", () => F.dataFn(Number.NaN, "revenue")],
  ["DATA: an input #N/A as the company", "#N/A", () => F.dataFn(NA, "revenue")],
  ["DATA: an unknown field", "#N/A", () => F.dataFn("300015.SZ", "revenu")],
  ["DATA: a blank field", "#VALUE!", () => F.dataFn("300015.SZ", "")],
  ["DATA: a field the company lacks", "#N/A", () => F.dataFn("300015.SZ", "rd_capitalized")],
  ["DATA: a malformed period", "#N/A", () => F.dataFn("300015.SZ", "revenue", "2025H3")],
  ["DATA: a period without the figure", "#N/A", () => F.dataFn("300015.SZ", "revenue", "2019")],
  ["DATA: a period as a fraction", "#N/A", () => F.dataFn("300015.SZ", "revenue", 2024.5)],
  ["DATA: an unknown unit", "#VALUE!", () => F.dataFn("300015.SZ", "revenue", null, "kg")],
  ["DATA: a unit that is not a power-of-ten scale", "#VALUE!", () => F.dataFn("300015.SZ", "revenue", null, 12345)],
  ["DATA: a unit for a percentage", "#VALUE!", () => F.dataFn("300015.SZ", "debt_to_assets", null, "万")],
  ["DATA: a unit for a count", "#VALUE!", () => F.dataFn("300015.SZ", "surgeries", null, "亿")],
  ["DATA: an unknown segment", "#N/A", () => F.dataFn("300015.SZ", "revenue", null, null, "lasik-ish")],
  ["DATA: a segment without that field", "#N/A", () => F.dataFn("300015.SZ", "capex", null, null, "refractive")],
  ["DATA: a field stated only by segment, asked for the whole company", "#N/A", () => F.dataFn("300015.SZ", "hospitals")],
  ["SERIES: an unknown company", "#N/A", () => F.seriesFn("nobody at all", "revenue")],
  ["SERIES: an unknown field", "#N/A", () => F.seriesFn("300015.SZ", "revenue per bed")],
  ["SERIES: an unknown unit", "#VALUE!", () => F.seriesFn("300015.SZ", "revenue", "furlongs")],
  ["SERIES: an unknown segment", "#N/A", () => F.seriesFn("300015.SZ", "revenue", null, "mars")],
  ["SERIES: a blank company", "#VALUE!", () => F.seriesFn("", "revenue")],
  ["SOURCE: an unknown company", "#N/A", () => F.sourceFn("nobody at all", "revenue")],
  ["SOURCE: a period without the figure", "#N/A", () => F.sourceFn("300015.SZ", "capex", "2020")],
  ["SOURCE: an unknown segment", "#N/A", () => F.sourceFn("300015.SZ", "revenue", null, "mars")],
  ["SOURCE: a field given as a logical value", "#VALUE!", () => F.sourceFn("300015.SZ", false)],
  ["FIELDS: an unknown company", "#N/A", () => F.fieldsFn("nobody at all")],
  ["FIELDS: a blank company", "#VALUE!", () => F.fieldsFn(null)],
  ["FIELDS: a company without figures", "#N/A", () => F.fieldsFn("600055.SH")],
  ["COMPANIES: the data did not load", "#N/A", () => toExcel(DATA_NOT_LOADED)],
  ["COMPANIES: a dataset without companies", "#N/A", () => toExcel(createDataFunctions(() => buildDataset({ fields: [], groups: [] })).companiesGrid()[0]![0]!)],
];

/** Every #VALUE! / #N/A in a result (grid or scalar). */
function errorsIn(result: unknown): StubError[] {
  const cells = Array.isArray(result) ? result.flat() : [result];
  return cells.filter((v): v is StubError => v instanceof StubError && (v.code === "#VALUE!" || v.code === "#N/A"));
}

async function callIn(locale: string, call: Call): Promise<StubError[]> {
  vi.stubGlobal("CustomFunctions", stubCustomFunctions);
  vi.stubGlobal("Office", stubOffice(locale));
  return errorsIn(await call());
}

async function check([, code, call]: Case): Promise<void> {
  const en = await callIn("en-US", call);
  const zh = await callIn("zh-CN", call);
  expect(en.map((e) => e.code)).toContain(code);
  expect(zh.map((e) => e.code)).toContain(code);
  for (const e of en) {
    expect(e.message, `${e.code} in English`).toBeTruthy();
    expect(e.message!, "says what to do (English)").toMatch(EN_ACTION);
  }
  for (const e of zh) {
    expect(e.message, `${e.code} in Chinese`).toBeTruthy();
    expect(e.message!, "is Chinese").toMatch(CJK);
    expect(e.message!, "says what to do (Chinese)").toMatch(ZH_ACTION);
  }
  // The two languages say different things only in wording: each is a translation, not a copy.
  expect(en.map((e) => e.message)).not.toEqual(zh.map((e) => e.message));
}

describe("analytic functions: every #VALUE! and #N/A says what is wrong and what to do, in Excel's language", () => {
  it.each(ANALYTIC_CASES)("%s → %s", async (label, code, call) => {
    await check([label, code, call]);
  });
});

describe("data functions: every #VALUE! and #N/A says what is wrong and what to do, in Excel's language", () => {
  it.each(DATA_CASES)("%s → %s", async (label, code, call) => {
    await check([label, code, call]);
  });
});

describe("coverage of the enumeration", () => {
  it("names every one of the 20 CAPCYCLE functions", () => {
    const names = new Set([...ANALYTIC_CASES, ...DATA_CASES].map(([label]) => label.split(":")[0]));
    expect([...names].sort()).toEqual(
      [
        "CAGR",
        "CAPEX_DA_RATIO",
        "CAPEX_INTENSITY",
        "CASH_CONVERSION",
        "COMPANIES",
        "CYCLE_PHASE",
        "DATA",
        "FIELDS",
        "FREE_CASH_FLOW",
        "GOODWILL_TO_EQUITY",
        "GROWTH_CONTRIBUTION",
        "HHI",
        "NET_INVESTMENT",
        "RD_CAPITALIZATION",
        "RECEIVABLE_DAYS",
        "SEGMENT_GROWTH",
        "SEGMENT_MIX",
        "SERIES",
        "SOURCE",
        "TOP_SHARE",
      ].sort(),
    );
  });
});
