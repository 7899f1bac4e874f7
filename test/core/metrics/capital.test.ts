/** CAPEX_DA_RATIO, CAPEX_INTENSITY, NET_INVESTMENT, FREE_CASH_FLOW: errors first, then values. */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/values";
import { capexDaRatio, capexIntensity, freeCashFlow, netInvestment } from "../../../src/core/metrics/index";
import { codes, col, en } from "./helpers";

type Case = [string, CellValue, CellValue, number | string];

describe("CAPEX_DA_RATIO", () => {
  it.each<Case>([
    ["D&A of zero", 10, 0, "#DIV/0!"],
    ["text capex", "abc", 1, "#VALUE!"],
    ["boolean D&A", 1, false, "#VALUE!"],
    ["NaN", Number.NaN, 1, "#NUM!"],
    ["blank capex", null, 5, ""],
    ["blank D&A", 5, "", ""],
    ["capex as outflow (negative)", -30, 20, 1.5],
    ["both negative", -30, -20, 1.5],
    ["plain", 12, 8, 1.5],
    ["zero capex", 0, 8, 0],
    ["numeric text", "1,500", "1,000", 1.5],
  ])("%s", (_, capex, da, expected) => {
    expect(codes(capexDaRatio(capex, da))).toEqual([[expected]]);
  });

  it("the error message names the function", () => {
    expect(en(capexDaRatio("x", 1)[0]![0])).toMatch(/^CAPEX_DA_RATIO: capex/);
  });

  it("works down a column of periods (Aier-like figures)", () => {
    expect(capexDaRatio(col(-20.5, -25, null), col(10.25, 12.5, 13))).toEqual(col(2, 2, ""));
  });
});

describe("CAPEX_INTENSITY", () => {
  it.each<Case>([
    ["zero revenue", 5, 0, "#DIV/0!"],
    ["text revenue", 5, "n/a", "#VALUE!"],
    ["blank", null, 100, ""],
    ["capex as a magnitude", -15, 100, 0.15],
    ["negative revenue keeps its sign", 15, -100, -0.15],
  ])("%s", (_, capex, revenue, expected) => {
    expect(codes(capexIntensity(capex, revenue))).toEqual([[expected]]);
  });
});

describe("NET_INVESTMENT", () => {
  it.each<Case>([
    ["text", "x", 1, "#VALUE!"],
    ["huge magnitudes that cancel", 1e308, -1e308, 0],
    ["a huge capex stays finite", 1e308, 1e-300, 1e308],
    ["blank", 3, null, ""],
    ["magnitudes", -30, -20, 10],
    ["below maintenance", 10, 25, -15],
  ])("%s", (_, capex, da, expected) => {
    expect(codes(netInvestment(capex, da))).toEqual([[expected]]);
  });
});

describe("FREE_CASH_FLOW", () => {
  it.each<Case>([
    ["text", 1, "x", "#VALUE!"],
    ["overflow", -1e308, -1e308, "#NUM!"],
    ["blank", null, 1, ""],
    ["capex as an outflow", 50, -20, 30],
    ["capex positive", 50, 20, 30],
    ["negative OCF", -5, 20, -25],
  ])("%s", (_, ocf, capex, expected) => {
    expect(codes(freeCashFlow(ocf, capex))).toEqual([[expected]]);
  });
});
