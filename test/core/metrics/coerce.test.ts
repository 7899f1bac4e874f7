import { describe, expect, it } from "vitest";
import { parseNumericText, toNumber } from "../../../src/core/metrics/coerce";
import { cellError } from "../../../src/core/errors";
import { code, en, zh, CJK } from "./helpers";

describe("toNumber: values that are not numbers", () => {
  it.each([
    ["abc", "#VALUE!"],
    ["12abc", "#VALUE!"],
    ["1,23", "#VALUE!"], // thousands groups must have three digits, as Excel (en-US) reads it
    ["1.2.3", "#VALUE!"],
    ["--5", "#VALUE!"],
    ["e5", "#VALUE!"],
    [".", "#VALUE!"],
    ["%", "#VALUE!"],
    ["(-5)", "#VALUE!"],
    ["12%%", "#VALUE!"],
    [true, "#VALUE!"],
    [false, "#VALUE!"],
    [{}, "#VALUE!"],
    [Number.NaN, "#NUM!"],
    [Number.POSITIVE_INFINITY, "#NUM!"],
    [Number.NEGATIVE_INFINITY, "#NUM!"],
    ["1e999", "#NUM!"],
  ])("%j → %s", (value, expected) => {
    expect(code(toNumber(value, "CAPEX_DA_RATIO", "capex") as never)).toBe(expected);
  });

  it("names the function and the argument, in both languages", () => {
    const text = toNumber("n/a", "CAPEX_DA_RATIO", "capex");
    expect(en(text as never)).toBe('CAPEX_DA_RATIO: capex must be a number, not the text "n/a". Enter a number there, or clear the cell.');
    expect(zh(text as never)).toMatch(/CAPEX_DA_RATIO.*capex/);
    expect(zh(text as never)).toMatch(CJK);
    const bool = toNumber(true, "HHI", "shares");
    expect(en(bool as never)).toBe("HHI: shares must be a number, not the logical value TRUE. Use a number instead.");
  });

  it("clips long text in the message", () => {
    const e = toNumber("x".repeat(500), "CAGR", "first");
    expect(en(e as never)).toContain(`"${"x".repeat(39)}…"`);
    expect(en(e as never)).not.toContain("x".repeat(40));
  });

  it("passes an input error through unchanged", () => {
    const na = cellError("#N/A", { en: "from the sheet", zh: "来自工作表" });
    expect(toNumber(na, "CAGR", "first")).toBe(na);
  });
});

describe("toNumber: blanks and numbers", () => {
  it.each([
    [null, null],
    [undefined, null],
    ["", null],
    ["   ", null],
    ["\u3000", null],
    [0, 0],
    [-0.5, -0.5],
    [1e308, 1e308],
    [-1e308, -1e308],
    [5e-324, 5e-324],
  ])("%j → %j", (value, expected) => {
    expect(toNumber(value, "F", "x")).toBe(expected);
  });
});

describe("parseNumericText", () => {
  it.each([
    ["12.5", 12.5],
    [" 3 ", 3],
    ["1,234", 1234],
    ["1,234,567.25", 1234567.25],
    ["12.5%", 0.125],
    ["9.12%", 0.0912],
    ["12.5 %", 0.125],
    ["-12.5%", -0.125],
    ["+7", 7],
    ["(1,234)", -1234],
    ["1e3", 1000],
    ["1.5E-2", 0.015],
    [".5", 0.5],
    ["12.", 12],
    ["１２３", 123], // full-width digits
    ["１，２３４．５", 1234.5],
    ["１２．５％", 0.125],
    ["\u22125", -5], // U+2212 minus sign from documents
    ["\u3000８\u3000", 8],
  ])("%j → %s", (text, expected) => {
    expect(parseNumericText(text)).toBe(expected);
  });

  it.each(["abc", "1 234", "12-3", "$12", "1,2345", ""])("%j is not a number (or blank)", (text) => {
    expect(typeof parseNumericText(text)).not.toBe("number");
  });
});
