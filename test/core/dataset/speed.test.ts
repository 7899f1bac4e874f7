import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/core/dataset/build";
import { createDataFunctions } from "../../../src/core/dataset/functions";
import { fixtureFolder } from "./fixture";

// Timing is reported, not asserted (machines differ); the test asserts every lookup's result.
describe("lookup speed", () => {
  it("builds the index once, then answers 100,000 DATA lookups", () => {
    const t0 = performance.now();
    const ds = buildDataset(fixtureFolder().data);
    const built = performance.now() - t0;
    let builds = 0;
    const fx = createDataFunctions(() => {
      builds += 1;
      return ds;
    });
    const calls: [string | number, string, string | number | null, string | null, string | null, number][] = [
      ["300999.SZ", "revenue", "2025H1", null, null, 115.07],
      ["艾克眼科", "营收", 2024, "万", null, 2098400],
      [300999, "gross_margin", null, null, null, 0.525],
      ["Acme Eye", "revenue", "2025H1", null, "屈光", 45.6],
      ["lianying", "营业收入", "FY2024", "元", null, 85200000],
    ];
    const t1 = performance.now();
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const [c, f, p, u, s, expected] = calls[i % calls.length]!;
      const v = fx.dataValue(c, f, p, u, s);
      if (v !== expected) throw new Error(`lookup ${i}: ${JSON.stringify(v)} ≠ ${expected}`);
      sum += v;
    }
    const looked = performance.now() - t1;
    console.info(`index built in ${built.toFixed(1)} ms; 100,000 DATA lookups in ${looked.toFixed(0)} ms (${((looked * 1000) / 100_000).toFixed(2)} µs each)`);
    expect(builds).toBe(100_000);
    expect(sum).toBeCloseTo(20_000 * (115.07 + 2098400 + 0.525 + 45.6 + 85200000), 0);
  });
});
