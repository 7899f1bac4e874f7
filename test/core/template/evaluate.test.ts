import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildTemplatePlan } from "../../../src/core/template/build";
import type { TemplatePlan } from "../../../src/core/template/types";
import { cellAddress } from "../../../src/core/template/a1";
import { isCellError } from "../../../src/core/errors";
import { acmeInput, fig, sparseInput } from "./fixtures";
import { evaluatePlan } from "./evaluate";
import type { TemplateInput } from "../../../src/core/template/input";

function formulaCells(plan: TemplatePlan): string[] {
  const out: string[] = [];
  plan.cells.forEach((row, r) => row.forEach((c, col) => c.kind === "formula" && out.push(cellAddress(r, col))));
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (isCellError(a) && isCellError(b)) return a.error === b.error;
  return a === b;
}

describe("template formulas, evaluated (HyperFormula with CAPCYCLE registered)", () => {
  const live = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
  const portable = buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" });
  const L = evaluatePlan(live);
  const P = evaluatePlan(portable);

  it("computes the capital-cycle metrics, each in its period's column", () => {
    expect(L.at("B27")).toBeCloseTo(2, 9); // 2023: |−40| / 20
    expect(L.at("C27")).toBeCloseTo(1.4, 9); // 2024: 35 / 25
    expect(L.at("E27")).toBeCloseTo(12 / 14, 9); // H1 2025
    expect(L.at("C28")).toBeCloseTo(10, 9); // 35 − 25
    expect(L.at("C29")).toBeCloseTo(35 / 210, 9);
    expect(L.at("E30")).toBeCloseTo(16, 9); // 28 − 12
    expect(L.at("C31")).toBeCloseTo(2, 9); // 50 / 25
    expect(L.at("E32")).toBeCloseTo((33 / 115.07) * 181, 9);
    expect(L.at("C33")).toBeCloseTo(0.25, 9);
    expect(L.at("C34")).toBeCloseTo(210 / 200 - 1, 9); // 2024 over 2023
    expect(L.at("E34")).toBeCloseTo(0.1507, 9); // H1 2025 over H1 2024, never over 2024
    expect(L.at("E35")).toBeCloseTo(20.5 / 18 - 1, 9);
  });

  it("writes no metric where a column lacks an input, and a cleared input gives a blank, never 0", () => {
    expect(L.at("D27")).toBeNull(); // no capex or D&A in H1 2024: no formula at all
    expect(P.at("B30")).toBeNull();
    // The person clears D&A for H1 2025: the ratio goes blank in both styles.
    for (const plan of [live, portable]) {
      const cleared = { ...plan, cells: plan.cells.map((r, i) => (i === 18 ? r.map((c, j) => (j === 4 ? { kind: "blank" as const } : c)) : r)) };
      const v = evaluatePlan(cleared);
      expect(v.at("E27")).toBe("");
      expect(v.at("E28")).toBe("");
    }
  });

  it("gives the same numbers in both styles, in every formula cell", () => {
    const cells = formulaCells(live);
    expect(cells).toEqual(formulaCells(portable));
    for (const a of cells) expect(same(L.at(a), P.at(a)), `${a}: live ${JSON.stringify(L.at(a))} portable ${JSON.stringify(P.at(a))}`).toBe(true);
  });

  it("labels the cycle phase the same way in both styles", () => {
    // Annual periods: 1.4 in 2024 after 2.0 in 2023. (H1 2025's 0.857 is not compared with a
    // full year: the half-year group has only one period with both figures.)
    expect(L.at("B5")).toBe("Expansion slowing");
    expect(P.at("B5")).toBe("Expansion slowing");
    const zh = evaluatePlan(buildTemplatePlan(acmeInput(), { lang: "zh", style: "portable" }));
    expect(zh.at("B5")).toBe("扩张放缓");
    expect(evaluatePlan(buildTemplatePlan(acmeInput(), { lang: "zh", style: "live" })).at("B5")).toBe("扩张放缓");
  });

  it("has no error cells", () => {
    for (const plan of [live, portable, buildTemplatePlan(sparseInput(), { lang: "en", style: "portable" })]) {
      const v = evaluatePlan(plan);
      const errors = v.grid.flat().filter(isCellError);
      expect(errors).toEqual([]);
    }
  });

  it("agrees with CAPCYCLE.CYCLE_PHASE for any capex and D&A history (property)", () => {
    const amount = fc.oneof(fc.constant(null), fc.double({ min: 0.5, max: 500, noNaN: true }));
    const periods = ["2021", "2022", "2023", "2024", "2025"];
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 5, maxLength: 5 }), fc.boolean(), (pairs, zh) => {
        const base = acmeInput();
        const input: TemplateInput = {
          ...base,
          figures: pairs.flatMap(([c, d], i) => [
            ...(c === null ? [] : [fig("capex", periods[i]!, -Math.round(c * 100) / 100)]),
            ...(d === null ? [] : [fig("da", periods[i]!, Math.round(d * 100) / 100)]),
          ]),
          peers: [],
        };
        const lang = zh ? "zh" : "en";
        const l = buildTemplatePlan(input, { lang, style: "live" });
        const p = buildTemplatePlan(input, { lang, style: "portable" });
        const lv = evaluatePlan(l).at(l.phaseCell);
        const pv = evaluatePlan(p).at(p.phaseCell);
        if (l.cells[4]![1]!.kind === "text") return p.cells[4]![1]!.kind === "text";
        return lv === pv && typeof lv === "string" && lv !== "";
      }),
      { numRuns: 60 },
    );
  });
});
