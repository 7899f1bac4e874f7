import { describe, expect, it } from "vitest";
import { defaultPeriod, entitiesSummary, fieldsFor, isActual, segmentsWith, seriesFor, statementsFor, valueIn } from "../../../src/core/dataset/query";
import { lookupFigure } from "../../../src/core/dataset/lookup";
import { fixtureDataset } from "./fixture";

const ds = fixtureDataset();

describe("query API: misses", () => {
  it("returns empty results, never throws, for unknown ids", () => {
    expect(seriesFor(ds, "nobody", "revenue")).toEqual([]);
    expect(statementsFor(ds, "acme_eye", "revenue", "1999")).toBeUndefined();
    expect(fieldsFor(ds, "nobody")).toEqual([]);
    expect(segmentsWith(ds, "nobody")).toEqual([]);
    expect(defaultPeriod([])).toBeUndefined();
  });
});

describe("query API", () => {
  it("seriesFor: groups oldest first, primary first in each", () => {
    const s = seriesFor(ds, "acme_eye", "revenue");
    expect(s.map((g) => g.period)).toEqual(["2024H1", "2024Q1Q3", "2024", "2024Q4", "2025Q1", "2025H1", "2025"]);
    expect(s.every((g) => g.statements[0] === g.primary && g.primary.primary)).toBe(true);
    expect(seriesFor(ds, "acme_eye", "revenue", "refractive").map((g) => g.primary.figure.value)).toEqual([45.6]);
  });

  it("statementsFor: every statement of one figure", () => {
    const g = statementsFor(ds, "acme_eye", "revenue", "2025H1")!;
    expect(g.statements).toHaveLength(3);
    expect(g.conflict?.primary).toBe("900:3:acme_eye/revenue/2025H1");
  });

  it("defaultPeriod skips forecasts unless there is nothing else", () => {
    const s = seriesFor(ds, "acme_eye", "revenue");
    expect(defaultPeriod(s)).toBe("2025H1");
    expect(defaultPeriod(s.filter((g) => g.period === "2025"))).toBe("2025");
    expect(isActual(statementsFor(ds, "acme_eye", "revenue", "2025")!.primary)).toBe(false);
  });

  it("valueIn: money by scale (亿 default), others in base units", () => {
    const rev = statementsFor(ds, "acme_eye", "revenue", "2025H1")!.primary;
    expect(valueIn(rev)).toBe(115.07);
    expect(valueIn(rev, { exp: 0, typed: "元" })).toBe(11507000000);
    expect(valueIn(statementsFor(ds, "acme_eye", "gross_margin", "2025H1")!.primary, { exp: 4, typed: "万" })).toBe(0.525);
  });

  it("segmentsWith: the segments an entity has figures for", () => {
    expect(segmentsWith(ds, "acme_eye").map((s) => s.id)).toEqual(["refractive", "cataract"]);
    expect(segmentsWith(ds, "acme_eye", "surgeries").map((s) => s.id)).toEqual(["refractive"]);
    expect(segmentsWith(ds, "acme_eye", "gross_margin")).toEqual([]);
  });

  it("entitiesSummary: statements, figures, fields, periods, conflicts and latest per entity", () => {
    const acme = entitiesSummary(ds).find((s) => s.entity.id === "acme_eye")!;
    expect(acme).toMatchObject({ statements: 26, figures: 21, fields: 11, conflicts: 2, latest: "2025" });
    expect(acme.periods).toEqual(["2024H1", "2024Q1Q3", "2024", "2024Q4", "2025Q1", "2025H1", "2025"]);
    const lianying = entitiesSummary(ds).find((s) => s.entity.id === "lianying")!;
    expect(lianying).toMatchObject({ statements: 1, figures: 1, fields: 1, conflicts: 0, periods: ["2024"] });
  });

  it("lookupFigure resolves arguments as typed to a figure", () => {
    const hit = lookupFigure(ds, "艾克眼科", "营收", "H1 2025", "屈光");
    expect(hit.ok && [hit.value.entity.id, hit.value.field.id, hit.value.segment?.id, hit.value.group.period]).toEqual(["acme_eye", "revenue", "refractive", "2025H1"]);
  });
});
