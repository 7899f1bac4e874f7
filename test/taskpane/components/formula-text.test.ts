import { describe, expect, it } from "vitest";
import { breakPoints } from "../../../src/taskpane/components/FormulaText";

describe("formula break points", () => {
  it("cut after each ( and , outside quotes, and join back to the formula", () => {
    const f = '=CAPCYCLE.DATA("300015.SZ","net_profit_deducted","2024",,"a,b(c")';
    const parts = breakPoints(f);
    expect(parts).toEqual(['=CAPCYCLE.DATA(', '"300015.SZ",', '"net_profit_deducted",', '"2024",', ",", '"a,b(c")']);
    expect(parts.join("")).toBe(f);
    expect(breakPoints("")).toEqual([]);
  });
});
