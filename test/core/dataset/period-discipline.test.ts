/**
 * Period discipline, as properties: no series of flows mixes frequencies unless asked (over
 * every series of the bundled seeds and of generated data), and LTM = annual + interim − prior
 * interim wherever all three exist.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/core/dataset/build";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { defaultFrequency, frequencyOf, isStock, seriesPoints, type Frequency } from "../../../src/core/dataset/frequency";
import { createDataFunctions } from "../../../src/core/dataset/functions";
import { ltmFigure } from "../../../src/core/dataset/ltm";
import type { Dataset, FigureInput, SeedData } from "../../../src/core/dataset/types";
import { periodInfo } from "../../../src/core/periods";

const FREQUENCIES: readonly Frequency[] = ["annual", "half", "quarter", "nine_months", "month", "ltm"];

/** Every series of a dataset at its default and every frequency: flows hold one kind of period. */
function checkDiscipline(ds: Dataset): number {
  let checked = 0;
  for (const [key, series] of ds.series) {
    const field = ds.fieldById.get(key.split("|")[1]!)!;
    const stock = isStock(field, ds.fieldById);
    const groups = [...series.values()];
    for (const f of [defaultFrequency(groups, stock), ...FREQUENCIES]) {
      const points = seriesPoints(series, field, stock, f);
      const ends = points.map((p) => periodInfo(p.period)!.endDay);
      expect([...ends].sort((a, b) => a - b), key).toEqual(ends);
      if (stock) {
        expect(new Set(ends).size, `${key}: one point per closing date`).toBe(ends.length);
        continue;
      }
      const kinds = new Set(points.map((p) => frequencyOf(p.period)));
      if (f === "ltm") for (const k of kinds) expect(["annual", "ltm"], key).toContain(k);
      else expect(kinds.size, `${key} at ${f}: ${points.map((p) => p.period).join(",")}`).toBeLessThanOrEqual(1);
      checked++;
    }
  }
  return checked;
}

describe("no series of flows mixes frequencies unless asked", () => {
  it("over every series of the bundled seeds", () => {
    expect(checkDiscipline(getDataset())).toBeGreaterThan(500);
  });

  it("Aier capex: the default is half-year (2024H1, 2025H1), never FY2024 between them", () => {
    const fx = createDataFunctions(getDataset);
    const g = fx.seriesGrid("300015.SZ", "capex", null, null);
    expect(Array.isArray(g) && g[0]).toEqual(["2024H1", "2025H1"]);
    const r = fx.seriesGrid("300015.SZ", "capex_da_ratio", null, null);
    expect(Array.isArray(r) && r[0]).toEqual(["2024H1", "2025H1"]);
  });

  const PERIODS = ["2022", "2023", "2024", "2023H1", "2024H1", "2025H1", "2024H2", "2024Q1", "2025Q1", "2024Q1Q3", "2025Q4", "2024M09"];
  const figure = (period: string, field: string, value: number): FigureInput => ({
    entity: "e",
    field,
    period,
    value,
    unit: field === "hospitals" ? "家" : "亿元",
    printed: String(value),
    file: "900_aaaaaaaaaaaaaaaa.txt",
    line: 1 + PERIODS.indexOf(period),
  });
  const data = (fields: { field: string; periods: string[]; values: number[] }[]): SeedData => ({
    fields: [
      { id: "revenue", kind: "money", name_en: "Revenue", name_zh: "营业收入" },
      { id: "hospitals", kind: "count", stock: true, name_en: "Hospitals", name_zh: "医院" },
    ],
    groups: [
      {
        id: "g",
        entities: [{ id: "e", name_en: "E", name_zh: "E", short_en: "E", short_zh: "E", kind: "listed" }],
        segments: [],
        figures: fields.flatMap((f) => f.periods.map((p, i) => figure(p, f.field, f.values[i % f.values.length]!))),
        conflicts: [],
        checks: [],
      },
    ],
  });
  const arb = fc.record({
    revenue: fc.uniqueArray(fc.constantFrom(...PERIODS), { minLength: 1 }),
    hospitals: fc.uniqueArray(fc.constantFrom(...PERIODS), { minLength: 1 }),
    values: fc.array(fc.integer({ min: 1, max: 100000 }).map((n) => n / 100), { minLength: 1, maxLength: 12 }),
  });

  it("over generated series of flows and balances", () => {
    fc.assert(
      fc.property(arb, ({ revenue, hospitals, values }) => {
        const ds = buildDataset(
          data([
            { field: "revenue", periods: revenue, values },
            { field: "hospitals", periods: hospitals, values },
          ]),
        );
        expect(ds.problems).toEqual([]);
        checkDiscipline(ds);
      }),
      { numRuns: 200 },
    );
  });

  it("LTM = annual + interim − prior interim wherever all three exist", () => {
    fc.assert(
      fc.property(arb, fc.constantFrom("2025H1", "2025Q1", "2024H1", "2024Q1Q3"), ({ revenue, values }, interim) => {
        const ds = buildDataset(data([{ field: "revenue", periods: revenue, values }]));
        const series = ds.series.get("e|revenue|")!;
        const field = ds.fieldById.get("revenue")!;
        const y = Number(interim.slice(0, 4));
        const parts = [String(y - 1), interim, `${y - 1}${interim.slice(4)}`];
        const r = ltmFigure(series, field, `LTM${interim}`);
        const fx = createDataFunctions(() => ds);
        if (parts.every((p) => series.has(p))) {
          const [a, i, p] = parts.map((id) => series.get(id)!.primary.figure.value);
          expect(r.ok).toBe(true);
          expect(fx.dataValue("e", "revenue", `LTM ${interim}`, null, null)).toBeCloseTo(a! + i! - p!, 9);
        } else {
          expect(r.ok).toBe(false);
          const v = fx.dataValue("e", "revenue", `LTM ${interim}`, null, null);
          expect(typeof v === "object" && v !== null && "error" in v && v.error).toBe("#N/A");
          if (!r.ok) for (const m of r.missing) expect(series.has(m)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
