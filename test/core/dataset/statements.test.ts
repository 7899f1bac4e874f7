import { describe, expect, it } from "vitest";
import { disagree, compareByRules, statementRange } from "../../../src/core/dataset/statements";
import { decimalsOf, exponentOf, numberTokens, printedDecimals, shiftDecimal, unitDef } from "../../../src/core/dataset/numbers";
import type { FigureInput, Statement } from "../../../src/core/dataset/types";
import { fixtureDataset } from "./fixture";

/** A statement as buildDataset makes it, from the few fields a test cares about. */
function st(value: number, unit: string, printed: string, extra: Partial<FigureInput> = {}): Statement {
  const u = unitDef(unit)!;
  const exp = exponentOf(u.factor);
  const d = printedDecimals(value, printed);
  const figure: FigureInput = { entity: "x", field: "f", period: "2024", value, unit, printed, file: "900_aaaaaaaaaaaaaaaa.txt", line: 1, ...extra };
  return { id: `s${value}${printed}`, figure, unit: u, base: shiftDecimal(value, exp), halfUnit: shiftDecimal(5, exp - d - 1), primary: false };
}

describe("decimal arithmetic", () => {
  it.each([
    [9.12, -2, 0.0912],
    [115.07, 8, 11507000000],
    [924.83, 4, 9248300],
    [0.1, 1, 1],
    [-38.87, -2, -0.3887],
    [5, 7, 50000000],
    [1.5e-7, 2, 1.5e-5],
    [0, 8, 0],
  ])("shiftDecimal(%d, %d) = %d exactly", (v, e, out) => {
    expect(shiftDecimal(v, e)).toBe(out);
  });

  it("counts decimals of a value and of its printed form", () => {
    expect(decimalsOf(115.07)).toBe(2);
    expect(decimalsOf(400)).toBe(0);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(printedDecimals(52.5, "52.50%")).toBe(2);
    expect(printedDecimals(-38.87, "-38.87%")).toBe(2);
    expect(printedDecimals(1500, "约 1,500 亿元")).toBe(0);
    expect(printedDecimals(105.45, "115.07 亿元")).toBe(2); // derived: falls back to the value
  });

  it("reads number tokens with separators and full-width digits", () => {
    expect(numberTokens("营收 1,234.50 亿元，增长 ９.１%").map((t) => [t.text, t.decimals])).toEqual([
      ["1234.50", 2],
      ["9.1", 1],
    ]);
  });
});

describe("disagree: unhedged figures", () => {
  it.each([
    [st(115.07, "亿元", "115.07 亿元"), st(115.1, "亿元", "115.1亿元"), false],
    [st(115.07, "亿元", "115.07 亿元"), st(116, "亿元", "116 亿元"), true],
    [st(115.07, "亿元", "115.07 亿元"), st(115.0, "亿元", "115.0 亿元"), true],
    [st(115.07, "亿元", "115.07 亿元"), st(1150700, "万元", "1150700 万元"), false],
    [st(115.07, "亿元", "115.07 亿元"), st(115.07, "亿美元", "115.07 亿美元"), true],
    [st(52.5, "%", "52.50%"), st(52.5, "%", "52.5%"), false],
    [st(52.5, "%", "52.5%"), st(52.55, "%", "52.55%"), false],
    [st(52.5, "%", "52.5%"), st(52.56, "%", "52.56%"), true],
    [st(12, "%", "12%"), st(12, "亿元", "12 亿元"), true],
  ])("%#: %o vs %o → %s", (a, b, out) => {
    expect(disagree(a, b)).toBe(out);
    expect(disagree(b, a)).toBe(out);
  });
});

describe("disagree: hedged figures are bounds", () => {
  const more400 = st(400, "家", "超过400家", { qualifier: "more_than" });
  it.each([
    [more400, st(420, "家", "420家"), false],
    [more400, st(400, "家", "400家"), true],
    [more400, st(380, "家", "380家"), true],
    [st(400, "家", "至少400家", { qualifier: "at_least" }), st(400, "家", "400家"), false],
    [st(400, "家", "不足400家", { qualifier: "under" }), st(399, "家", "399家"), false],
    [st(400, "家", "不足400家", { qualifier: "under" }), st(400, "家", "400家"), true],
    [st(10, "亿元", "近10亿元", { qualifier: "nearly" }), st(9.6, "亿元", "9.6亿元"), false],
    // 近10 (printed to the unit): [10 − 10% − 0.5, 10 + 0.5]
    [st(10, "亿元", "近10亿元", { qualifier: "nearly" }), st(8.5, "亿元", "8.5亿元"), false],
    [st(10, "亿元", "近10亿元", { qualifier: "nearly" }), st(8.4, "亿元", "8.4亿元"), true],
    [st(10, "亿元", "近10亿元", { qualifier: "nearly" }), st(10.6, "亿元", "10.6亿元"), true],
    [st(10.0, "亿元", "近10.0亿元", { qualifier: "nearly" }), st(10.2, "亿元", "10.2亿元"), true],
    [st(9.4, "亿元", "约9.4亿元", { qualifier: "about" }), st(9.35, "亿元", "9.35亿元"), false],
    [st(9.4, "亿元", "约9.4亿元", { qualifier: "about" }), st(11, "亿元", "11亿元"), true],
    [more400, st(500, "家", "不足500家", { qualifier: "under" }), false],
    [more400, st(300, "家", "不足300家", { qualifier: "under" }), true],
    [more400, st(450, "家", "超过450家", { qualifier: "more_than" }), false],
    [st(-50, "%", "亏损超过一半", { qualifier: "more_than" }), st(-53.5, "%", "-53.5%"), false],
    [st(-50, "%", "亏损超过一半", { qualifier: "more_than" }), st(-45, "%", "-45%"), true],
  ])("%#: hedged vs other → disagree %s", (a, b, out) => {
    expect(disagree(a, b)).toBe(!!out);
    expect(disagree(b, a)).toBe(!!out);
  });

  it("a negative hedged value mirrors its magnitude's range", () => {
    expect(statementRange(st(-5, "亿元", "亏损超5亿", { qualifier: "more_than" }))).toEqual({ lo: -Infinity, hi: -500000000, loOpen: false, hiOpen: true });
  });
});

describe("rule order", () => {
  it("unhedged, then most precise, then stated, then earliest", () => {
    const hedged = st(115, "亿元", "约115亿元", { qualifier: "about", line: 1 });
    const rounded = st(115.1, "亿元", "115.1亿元", { line: 2 });
    const derived = st(115.07, "亿元", "x", { line: 3, derived: { from: ["a"], method: "m" } });
    const late = st(115.07, "亿元", "115.07亿元", { line: 9 });
    const early = st(115.07, "亿元", "115.07亿元", { line: 4 });
    const sorted = [hedged, rounded, derived, late, early].sort(compareByRules);
    expect(sorted).toEqual([early, late, derived, rounded, hedged]);
  });

  it("the fixture's groups put the primary first and flag disagreement", () => {
    const ds = fixtureDataset();
    const g = ds.series.get("acme_eye|revenue|")!.get("2025H1")!;
    expect(g.statements.map((s) => s.id)).toEqual(["900:3:acme_eye/revenue/2025H1", "901:2:acme_eye/revenue/2025H1", "901:3:acme_eye/revenue/2025H1"]);
    expect(g.statements.map((s) => s.primary)).toEqual([true, false, false]);
    expect(g.disagrees).toBe(true);
    expect(g.conflict?.rule).toBe("precise_over_rounded");
    const agree = ds.series.get("acme_eye|hospitals|")!.get("2025H1")!;
    expect(agree.disagrees).toBe(false);
    expect(agree.primary.figure.value).toBe(420);
  });
});
