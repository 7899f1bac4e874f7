import { describe, expect, it } from "vitest";
import { parseUnit, UNIT_SPELLINGS } from "../../src/core/units";

/** Every unit spelling of SPEC §2 (and the currencies analysts attach): [typed, power of ten, currency]. */
const SPELLINGS: readonly (readonly [string | number, number, string?])[] = [
  ["亿", 8],
  ["100m", 8],
  ["亿元", 8, "CNY"],
  ["亿元人民币", 8, "CNY"],
  ["人民币亿元", 8, "CNY"],
  ["億元", 8, "CNY"],
  ["万", 4],
  ["10k", 4],
  ["万元", 4, "CNY"],
  ["萬元", 4, "CNY"],
  ["百万", 6],
  ["m", 6],
  ["mn", 6],
  ["million", 6],
  ["CNY m", 6, "CNY"],
  ["RMB mn", 6, "CNY"],
  ["(RMB mn)", 6, "CNY"],
  ["RMB million", 6, "CNY"],
  ["百万元", 6, "CNY"],
  ["十亿", 9],
  ["bn", 9],
  ["CNY bn", 9, "CNY"],
  ["RMB bn", 9, "CNY"],
  ["billion", 9],
  ["千元", 3, "CNY"],
  ["k", 3],
  ["RMB'000", 3, "CNY"],
  ["元", 0, "CNY"],
  ["1", 0],
  [1, 0],
  [1e4, 4],
  [1e8, 8],
  ["单位：万元", 4, "CNY"],
  ["Unit: RMB mn", 6, "CNY"],
  ["ＲＭＢ　ｍｎ", 6, "CNY"],
  ["USD m", 6, "USD"],
  ["亿美元", 8, "USD"],
  ["HKD bn", 9, "HKD"],
  ["亿港元", 8, "HKD"],
];

describe("every unit spelling of SPEC §2", () => {
  it.each(SPELLINGS.map(([typed, exp, currency]) => [typed, exp, currency] as const))("%j → 10^%d %s", (typed, exp, currency) => {
    const r = parseUnit(typed);
    expect(r.ok && r.unit.kind).toBe("money");
    expect(r.ok && r.unit.exp).toBe(exp);
    expect(r.ok && r.unit.currency).toBe(currency);
  });

  it("each listed spelling reads as its scale", () => {
    for (const [exp, forms] of Object.entries(UNIT_SPELLINGS))
      for (const f of forms) expect(parseUnit(f).ok && (parseUnit(f) as { unit: { exp: number } }).unit.exp, f).toBe(Number(exp));
  });

  it("% is a percentage (for import headers)", () => {
    const r = parseUnit("%");
    expect(r.ok && [r.unit.kind, r.unit.exp]).toEqual(["percent", -2]);
  });
});

describe("spellings that are not units", () => {
  it.each([
    ["kg", null],
    ["亿股", null],
    ["RMB mm bn", null],
    ["USD 亿元", null],
    ["milion", "million"],
    ["10 k yuan per share", null],
    ["百萬元人民弊", null],
  ] as const)("%j → refused, naming it and the nearest spellings in both languages", (typed, nearest) => {
    const r = parseUnit(typed);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.en).toContain(`"${typed}"`);
    expect(r.message.zh).toContain(`“${typed}”`);
    expect(r.message.en).toContain("Nearest: ");
    expect(r.message.zh).toContain("最接近的写法：");
    expect(r.nearest).toHaveLength(3);
    if (nearest) expect(r.nearest[0]).toBe(nearest);
  });

  it.each([12345, 0, -1e8, 0.5])("the number %d is not a scale", (n) => {
    expect(parseUnit(n).ok).toBe(false);
  });
});

describe("any text as a unit (property)", () => {
  it("never throws; a scale of a power of ten, or a refusal naming three nearest spellings", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.double(), fc.constantFrom("RMB mn", "亿元人民币", "CNY bn", "万元").map((s) => ` ${s.toUpperCase()} `)), (typed) => {
        const r = parseUnit(typed);
        if (r.ok) expect([-2, 0, 3, 4, 6, 7, 8, 9, 12]).toContain(r.unit.exp);
        else expect(r.nearest).toHaveLength(3);
      }),
      { numRuns: 2000 },
    );
  });
});
