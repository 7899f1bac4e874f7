import { describe, expect, it } from "vitest";
import { withoutXlfnPrefixes, withXlfnPrefixes } from "../../src/xlsx/xlfn";

describe("_xlfn. prefixes (functions newer than Excel 2007)", () => {
  it.each([
    ["RRI(5,A1,B1)", "_xlfn.RRI(5,A1,B1)"],
    ['IFNA(VLOOKUP(A1,B:C,2,FALSE),"")', '_xlfn.IFNA(VLOOKUP(A1,B:C,2,FALSE),"")'],
    ["STDEV.S(A1:A9)+var.p(B1:B9)", "_xlfn.STDEV.S(A1:A9)+_xlfn.var.p(B1:B9)"],
    ["IF(A1>0,CONCAT(A1,B1),XLOOKUP(1,A:A,B:B))", "IF(A1>0,_xlfn.CONCAT(A1,B1),_xlfn.XLOOKUP(1,A:A,B:B))"],
    ["FILTER(A1:A9,B1:B9>0)", "_xlfn._xlws.FILTER(A1:A9,B1:B9>0)"],
  ])("%s → %s", (plain, stored) => {
    expect(withXlfnPrefixes(plain)).toBe(stored);
    expect(withoutXlfnPrefixes(stored)).toBe(plain);
  });

  it("leaves Excel 2007 functions, the portable templates' formulas, alone", () => {
    const f = 'IF(OR(F12="",G12=""),"",IF(G12<=0,NA(),ABS(F12)/ABS(G12)))';
    expect(withXlfnPrefixes(f)).toBe(f);
  });

  it("never touches text in string literals or quoted sheet names, nor references that look like names", () => {
    const f = `IF(A1="RRI(1,2,3)",'IFS(x'!B2,RRI2+DAYS)`;
    expect(withXlfnPrefixes(f)).toBe(f);
    expect(withXlfnPrefixes('"say ""IFS("" twice"&IFS(A1,1)')).toBe('"say ""IFS("" twice"&_xlfn.IFS(A1,1)');
  });

  it("is idempotent", () => {
    const once = withXlfnPrefixes("RRI(2,A1,A2)+SORT(A1:A3)");
    expect(withXlfnPrefixes(once)).toBe(once);
    expect(once).toBe("_xlfn.RRI(2,A1,A2)+_xlfn._xlws.SORT(A1:A3)");
  });
});
