/** CASH_CONVERSION, RD_CAPITALIZATION, RECEIVABLE_DAYS, GOODWILL_TO_EQUITY. */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/values";
import { cashConversion, goodwillToEquity, rdCapitalization, receivableDays } from "../../../src/core/metrics/index";
import { codes, col } from "./helpers";

type Case = [string, CellValue, CellValue, number | string];

describe("CASH_CONVERSION", () => {
  it.each<Case>([
    ["zero net profit", 10, 0, "#DIV/0!"],
    ["boolean", true, 1, "#VALUE!"],
    ["blank", "", 1, ""],
    ["plain", 12, 10, 1.2],
    ["numeric text with percent", "50%", 1, 0.5],
  ])("%s", (_, ocf, np, expected) => {
    expect(codes(cashConversion(ocf, np))).toEqual([[expected]]);
  });
});

describe("RD_CAPITALIZATION", () => {
  it.each<Case>([
    ["zero total", 1, 0, "#DIV/0!"],
    ["text", "abc", 1, "#VALUE!"],
    ["blank total", 1, null, ""],
    ["plain", 3, 12, 0.25],
    ["nothing capitalized", 0, 12, 0],
  ])("%s", (_, cap, total, expected) => {
    expect(codes(rdCapitalization(cap, total))).toEqual([[expected]]);
  });
});

describe("RECEIVABLE_DAYS", () => {
  it.each<[string, CellValue, CellValue, CellValue | undefined, number | string]>([
    ["zero revenue", 10, 0, undefined, "#DIV/0!"],
    ["zero days", 10, 100, 0, "#NUM!"],
    ["negative days", 10, 100, -1, "#NUM!"],
    ["text days", 10, 100, "half", "#VALUE!"],
    ["blank receivables", null, 100, undefined, ""],
    ["days omitted → 365", 10, 100, undefined, 36.5],
    ["days blank → 365", 10, 100, null, 36.5],
    ["half year", 20, 181, 181, 20],
  ])("%s", (_, rec, rev, days, expected) => {
    expect(codes(receivableDays(rec, rev, days))).toEqual([[expected]]);
  });

  it("days may be a range: 365 for years, 181 for half years", () => {
    expect(receivableDays(col(10, 10), col(365, 181), col(365, 181))).toEqual(col(10, 10));
  });
});

describe("GOODWILL_TO_EQUITY", () => {
  it.each<Case>([
    ["zero equity", 5, 0, "#DIV/0!"],
    ["text", 5, "equity", "#VALUE!"],
    ["blank", null, 10, ""],
    ["plain", 5, 20, 0.25],
    ["negative equity keeps its sign", 5, -20, -0.25],
  ])("%s", (_, gw, eq, expected) => {
    expect(codes(goodwillToEquity(gw, eq))).toEqual([[expected]]);
  });
});
