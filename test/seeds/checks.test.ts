import { describe, expect, it } from "vitest";
import { recomputeCheck, recomputeChecks } from "../../scripts/seeds/checks";
import { fixtureDataset } from "../core/dataset/fixture";

const ds = fixtureDataset();

describe("checks: error cases", () => {
  it("a check naming a missing figure cannot be evaluated", () => {
    const out = recomputeCheck(ds, { kind: "sum", inputs: ["900:99:acme_eye/revenue/2025H1"], result: "900:3:acme_eye/revenue/2025H1", consistent: true });
    expect(out.consistent).toBeUndefined();
    expect(out.problem).toContain("unknown figure 900:99");
  });

  it("a ratio needs exactly two inputs", () => {
    const out = recomputeCheck(ds, { kind: "ratio", inputs: ["900:10:acme_eye/capex/2025H1"], result: "900:10:acme_eye/capex_da_ratio/2025H1", consistent: true });
    expect(out.problem).toContain("needs 2 inputs");
  });
});

describe("checks: interval arithmetic", () => {
  it("recomputes every fixture check to its stated verdict", () => {
    const out = recomputeChecks(ds);
    expect(out.map((c) => c.consistent)).toEqual([true, true, false]);
    expect(out.map((c) => c.check.consistent)).toEqual([true, true, false]);
  });

  it("ratio: 9.07 / 11.6 ∈ [0.7816, 0.7823] meets 0.78 ± 0.005", () => {
    const out = recomputeCheck(ds, ds.checks[0]!);
    expect(out.computed!.lo).toBeCloseTo(9.065 / 11.65, 12);
    expect(out.computed!.hi).toBeCloseTo(9.075 / 11.55, 12);
    expect(out.consistent).toBe(true);
  });

  it("growth: 924.83 / 800.0 − 1 ≈ 15.6% does not meet 16.47%", () => {
    const out = recomputeCheck(ds, ds.checks[2]!);
    expect(out.computed!.hi).toBeLessThan(0.157);
    expect(out.consistent).toBe(false);
  });

  it("sum and difference, including a hedged input (an unbounded side)", () => {
    const sum = recomputeCheck(ds, {
      kind: "sum",
      inputs: ["900:5:acme_eye/revenue/2025H1/refractive", "900:5:acme_eye/revenue/2025H1/cataract"],
      result: "900:3:acme_eye/revenue/2025H1",
      consistent: false,
    });
    expect(sum.computed).toMatchObject({ lo: 6569000000, hi: 6571000000 });
    expect(sum.consistent).toBe(false);
    const diff = recomputeCheck(ds, {
      kind: "difference",
      inputs: ["900:12:acme_eye/hospitals/2025H1", "900:9:acme_eye/hospitals/2024"],
      result: "900:12:acme_eye/hospitals/2025H1",
      consistent: false,
    });
    // 420 ± 0.5 minus "more than 400" → (−∞, 20.5], far from 420.
    expect(diff.computed).toMatchObject({ lo: -Infinity, hi: 20.5 });
    expect(diff.consistent).toBe(false);
  });
});
