import { describe, expect, it } from "vitest";
import { figureRefsInFormula } from "../../../src/core/template/formula-refs";

describe("figureRefsInFormula", () => {
  it.each([
    ['=CAPCYCLE.DATA("300015.SZ","capex","2025H1")', [{ company: "300015.SZ", field: "capex", period: "2025H1" }]],
    ['=capcycle.data("爱尔眼科", "营业收入")', [{ company: "爱尔眼科", field: "营业收入" }]],
    ['=CAPCYCLE.DATA(300015,"revenue",2024,"万","屈光")', [{ company: "300015", field: "revenue", period: "2024", segment: "屈光" }]],
    ['=CAPCYCLE.SOURCE("aier_eye","revenue","2024","refractive")', [{ company: "aier_eye", field: "revenue", period: "2024", segment: "refractive" }]],
    ['=CAPCYCLE.SERIES("aier_eye","capex",,"ct")', [{ company: "aier_eye", field: "capex", segment: "ct" }]],
    [
      '=CAPCYCLE.DATA("a","capex","2024")/CAPCYCLE.DATA("a","da","2024")',
      [
        { company: "a", field: "capex", period: "2024" },
        { company: "a", field: "da", period: "2024" },
      ],
    ],
    ['=CAPCYCLE.DATA("say ""hi""","f")', [{ company: 'say "hi"', field: "f" }]],
    ['=CAPCYCLE.DATA(A1,"capex")', []],
    ['=CAPCYCLE.DATA("a",B2)', []],
    ['=CAPCYCLE.DATA("a","capex",C3)', []],
    ['=SUM(A1:A3)', []],
    ["CAPCYCLE.DATA(\"a\",\"b\")", []],
    ['=CAPCYCLE.DATA("a","b"', []],
  ])("%s", (formula, refs) => {
    expect(figureRefsInFormula(formula)).toEqual(refs);
  });
});
