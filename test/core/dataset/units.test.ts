import { describe, expect, it } from "vitest";
import { isCellError } from "../../../src/core/errors";
import { parseUnitArg, UNIT_ARG_FORMS } from "../../../src/core/dataset/unit-arg";
import { fixtureFunctions as fx } from "./fixture";

const revenue = (unit: string | number | null) => fx.dataValue("acme_eye", "revenue", "2025H1", unit, null);

describe("unit argument: error cases", () => {
  it.each(["kg", "亿股", "%", "yuan per share"])("%j → #VALUE! listing the accepted units", (unit) => {
    const v = revenue(unit);
    expect(isCellError(v) && v.error).toBe("#VALUE!");
    expect(isCellError(v) && v.message?.en).toContain("100m");
    expect(isCellError(v) && v.message?.zh).toContain("亿");
  });

  it.each([12345, 0, -1e8])("number %d that is not a power-of-ten scale → #VALUE!", (unit) => {
    expect(isCellError(revenue(unit))).toBe(true);
  });

  it("refuses a boolean", () => {
    const v = fx.dataValue("acme_eye", "revenue", "2025H1", true, null);
    expect(isCellError(v) && v.error).toBe("#VALUE!");
  });

  it.each([
    ["gross_margin", "万", "percentage"],
    ["outpatient_visits", "亿", "count"],
    ["revenue_yoy", "元", "percentage"],
  ])("a unit on %s (not money) → #VALUE! saying it is a %s", (field, unit, what) => {
    const v = fx.dataValue("acme_eye", field, "2025H1", unit, null);
    expect(isCellError(v) && v.error).toBe("#VALUE!");
    expect(isCellError(v) && v.message?.en).toContain(what);
    expect(isCellError(v) && v.message?.zh).toContain("只适用于金额");
  });
});

describe("unit argument: every accepted form", () => {
  const expected: Record<number, number> = { 0: 11507000000, 3: 11507000, 4: 1150700, 6: 11507, 8: 115.07, 9: 11.507, 12: 0.011507 };
  const cases = Object.entries(UNIT_ARG_FORMS).flatMap(([exp, forms]) => forms.map((f) => [f, Number(exp)] as const));

  it.each(cases)("%j scales money by 10^%d", (form, exp) => {
    expect(parseUnitArg(form)).toMatchObject({ ok: true, value: { exp, typed: form } });
    expect(revenue(form)).toBe(expected[exp]);
  });

  it.each([
    ["亿元", 115.07],
    ["100M", 115.07],
    ["Million", 11507],
    ["MN", 11507],
    ["BN", 11.507],
    ["Billion", 11.507],
    ["１０Ｋ", 1150700],
    [" 万 ", 1150700],
    ["Yuan", 11507000000],
    [1, 11507000000],
    [1e4, 1150700],
    [1e8, 115.07],
    [null, 115.07],
    ["", 115.07],
  ] as const)("%j (any case or width; numbers as scales; blank → 亿) → %d", (unit, value) => {
    expect(revenue(unit)).toBe(value);
  });

  it("converts a figure stated in 万元 into 亿 exactly", () => {
    expect(fx.dataValue("lianying", "revenue", "2024", null, null)).toBe(0.852);
    expect(fx.dataValue("lianying", "revenue", "2024", "元", null)).toBe(85200000);
  });
});

describe("kinds of figure", () => {
  it("percentages come back as decimals", () => {
    expect(fx.dataValue("acme_eye", "gross_margin", "2025H1", null, null)).toBe(0.525);
    expect(fx.dataValue("acme_eye", "revenue_yoy", "2025H1", null, null)).toBe(0.0912);
    expect(fx.dataValue("acme_eye", "debt_to_assets", "2025H1", null, null)).toBe(0.352);
  });

  it("counts come back as plain numbers (924.83万人次 → 9,248,300)", () => {
    expect(fx.dataValue("acme_eye", "outpatient_visits", "2025H1", null, null)).toBe(9248300);
    expect(fx.dataValue("acme_eye", "hospitals", "2025H1", null, null)).toBe(420);
    expect(fx.dataValue("acme_eye", "surgeries", "2025H1", null, "refractive")).toBe(305000);
  });

  it("multiples come back as stated", () => {
    expect(fx.dataValue("acme_eye", "capex_da_ratio", "2025H1", null, null)).toBe(0.78);
  });

  it("non-CNY money stays in its own currency, in the requested scale", () => {
    expect(fx.dataValue("global_eye_market", "market_size", "2024", null, null)).toBe(450);
    expect(fx.dataValue("global_eye_market", "market_size", "2024", "bn", null)).toBe(45);
    expect(fx.dataValue("kang_vision", "revenue", "2024", "百万", null)).toBe(1250);
  });
});
