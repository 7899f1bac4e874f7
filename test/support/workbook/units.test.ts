import { describe, expect, it } from "vitest";
import { columnIndex, columnLetters, formatRect, parseAddress, quoteSheetName, rect } from "./address";
import { dateSerial, interpretEntry } from "./entry";
import { formatText } from "./number-text";
import { definedNameProblem, looksLikeCellReference, sheetNameProblem } from "./rules";

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it.each([
    ["A1", undefined, rect(0, 0, 1, 1)],
    ["$B$2:C3", undefined, rect(1, 1, 2, 2)],
    ["C3:B2", undefined, rect(1, 1, 2, 2)],
    ["B:D", undefined, rect(0, 1, 1_048_576, 3)],
    ["2:4", undefined, rect(1, 0, 3, 16_384)],
    ["Sheet1!A1", "Sheet1", rect(0, 0, 1, 1)],
    ["'My ''Q'' Sheet'!B2", "My 'Q' Sheet", rect(1, 1, 1, 1)],
    ["联影医疗!A1:A3", "联影医疗", rect(0, 0, 3, 1)],
  ])("parses %s", (text, sheet, expected) => {
    expect(parseAddress(text)).toEqual(sheet === undefined ? { rect: expected } : { sheet, rect: expected });
  });

  it.each(["", "A0", "XFE1", "A1048577", "A", "1", "A1:B", "A1:B2:C3", "'broken!A1", "Sheet1!"])("refuses %j", (text) => {
    expect(parseAddress(text)).toBeNull();
  });

  it("formats rectangles as Excel prints them", () => {
    expect(formatRect(rect(1, 1, 2, 2))).toBe("B2:C3");
    expect(formatRect(rect(1, 1, 2, 2), true)).toBe("$B$2:$C$3");
    expect(formatRect(rect(0, 2, 1_048_576, 1))).toBe("C:C");
    expect(formatRect(rect(0, 0, 1_048_576, 16_384))).toBe("1:1048576");
  });

  it.each([
    ["Sheet1", "Sheet1"],
    ["联影医疗", "联影医疗"],
    ["My Sheet", "'My Sheet'"],
    ["2024", "'2024'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["Bob's", "'Bob''s'"],
    ["Data.2024", "Data.2024"],
  ])("quotes %j as %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe("naming rules", () => {
  it("sheet names", () => {
    expect(sheetNameProblem("Model")).toBeNull();
    expect(sheetNameProblem("x".repeat(32))).toMatch(/31/);
    expect(sheetNameProblem(42)).toMatch(/text/);
  });

  it("defined names", () => {
    expect(definedNameProblem("Capex_2024")).toBeNull();
    expect(definedNameProblem("2024")).not.toBeNull();
    expect(looksLikeCellReference("xfd1048576")).toBe(true);
    expect(looksLikeCellReference("XFE1")).toBe(false);
    expect(looksLikeCellReference("R2C3")).toBe(true);
  });
});

describe("entries", () => {
  it("reads typed text", () => {
    expect(interpretEntry("12.5%", "General")).toEqual({ kind: "number", value: 0.125, impliedFormat: "0.00%" });
    expect(interpretEntry(" 42 ", "General")).toEqual({ kind: "number", value: 42 });
    expect(interpretEntry("1,23", "General")).toEqual({ kind: "text", value: "1,23", quotePrefix: false });
    expect(interpretEntry("=1", "@")).toEqual({ kind: "text", value: "=1", quotePrefix: false });
    expect(interpretEntry("'", "General")).toEqual({ kind: "text", value: "", quotePrefix: true });
    expect(interpretEntry({}, "General")).toBe("invalid");
    expect(interpretEntry(undefined, "General")).toEqual({ kind: "skip" });
  });

  it("computes Excel date serials (1900 system)", () => {
    expect(dateSerial(2024, 12, 31)).toBe(45657);
    expect(dateSerial(1900, 3, 1)).toBe(61);
    expect(dateSerial(2025, 2, 30)).toBeNull();
  });
});

describe("displayed text", () => {
  it.each([
    [0.0912, "0.00%", "9.12%"],
    [0.5, "0%", "50%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-1234.5, "#,##0", "-1,235"],
    [-3, "0.00;(0.00)", "(3.00)"],
    [0, "0.00;-0.00;\"-\"", "-"],
    [12.3456, '0.00"亿"', "12.35亿"],
    [1500000, '0.0,,"m"', "1.5m"],
    [0.5, "#.00", ".50"],
    [45657, "yyyy-mm-dd", "2024-12-31"],
    [1 / 3, "General", "0.333333333"],
    [123456789012, "General", "1.23457E+11"],
    [2024, "@", "2024"],
  ])("%d in %s shows %s", (value, format, text) => {
    expect(formatText(value, format)).toBe(text);
  });

  it("shows booleans, text and errors as themselves", () => {
    expect(formatText(true, "0.00")).toBe("TRUE");
    expect(formatText("x", "0.00")).toBe("x");
    expect(formatText("#N/A", "0%")).toBe("#N/A");
  });
});
