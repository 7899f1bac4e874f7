import { describe, expect, it } from "vitest";
import { dataFormula, excelString } from "../../../src/taskpane/data/formula";

describe("dataFormula", () => {
  it("writes the arguments given and drops trailing omitted ones", () => {
    expect(dataFormula({ company: "300015.SZ", field: "capex", period: "2025H1" })).toBe('=CAPCYCLE.DATA("300015.SZ","capex","2025H1")');
    expect(dataFormula({ company: "300015.SZ", field: "capex" })).toBe('=CAPCYCLE.DATA("300015.SZ","capex")');
    expect(dataFormula({ company: "x", field: "revenue", unit: "万" })).toBe('=CAPCYCLE.DATA("x","revenue",,"万")');
  });

  it("leaves inner omitted arguments empty so a segment keeps its position", () => {
    expect(dataFormula({ company: "united_imaging", field: "revenue", segment: "ct" })).toBe('=CAPCYCLE.DATA("united_imaging","revenue",,,"ct")');
    expect(dataFormula({ company: "u", field: "revenue", period: "2024", segment: "ct" })).toBe('=CAPCYCLE.DATA("u","revenue","2024",,"ct")');
  });

  it("doubles quotes so no name can end its string early", () => {
    expect(excelString('a"b')).toBe('"a""b"');
    expect(dataFormula({ company: '=1+1"),HYPERLINK("x', field: "f" })).toBe('=CAPCYCLE.DATA("=1+1""),HYPERLINK(""x","f")');
  });
});
