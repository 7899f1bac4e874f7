import { describe, expect, it } from "vitest";
import { getDataset } from "../../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../../src/core/dataset/query";
import { templateInputFor, templateInputForCompany } from "../../../src/core/template/from-dataset";
import { buildTemplatePlan } from "../../../src/core/template/build";
import { isCellError } from "../../../src/core/errors";
import { evaluatePlan } from "./evaluate";

const ds = getDataset();
const withData = entitiesSummary(ds).filter((s) => s.figures > 0 && s.entity.kind !== "industry" && s.entity.kind !== "government");

describe("template input from the bundled data", () => {
  it("resolves companies as users type them", () => {
    for (const name of ["300015.SZ", "300015", "爱尔眼科", "aier eye"]) {
      const r = templateInputForCompany(ds, name);
      expect(r.ok && r.input.entity.id, name).toBe("aier_eye");
    }
    const bad = templateInputForCompany(ds, "no such company");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason.en).toMatch(/company/i);
  });

  it("keeps every statement and the primary value in base units", () => {
    const input = templateInputFor(ds, "aier_eye")!;
    const rev = input.figures.find((f) => f.field === "revenue" && f.period === "2025H1" && !f.segment)!;
    expect(rev.value).toBe(11507000000);
    expect(rev.sources[0]!.primary).toBe(true);
    expect(rev.sources.length).toBeGreaterThan(1);
    expect(input.peers.map((p) => p.entity.id)).toEqual(expect.arrayContaining(["huaxia_eye", "puri_eye", "he_eye", "guangzheng_eye"]));
    // Industry aggregates are never peers.
    expect(input.peers.every((p) => p.entity.kind !== "industry")).toBe(true);
  });

  it.each(withData.map((s) => [s.entity.id]))("%s: a plan whose formulas agree in both styles and carry no errors from blanks", (id) => {
    const input = templateInputFor(ds, id)!;
    const live = buildTemplatePlan(input, { lang: "zh", style: "live" });
    const portable = buildTemplatePlan(input, { lang: "zh", style: "portable" });
    expect(live.sheetName.length).toBeLessThanOrEqual(31);
    expect(live.tables.some((t) => t.role === "sources")).toBe(true);
    const L = evaluatePlan(live);
    const P = evaluatePlan(portable);
    for (let r = 0; r < live.cells.length; r++)
      for (let c = 0; c < live.cells[r]!.length; c++) {
        if (live.cells[r]![c]!.kind !== "formula") continue;
        const a = L.grid[r]![c];
        const b = P.grid[r]![c];
        if (typeof a === "number" && typeof b === "number") expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
        else if (isCellError(a)) expect(isCellError(b) && b.error).toBe(a.error);
        else expect(b).toBe(a);
      }
  });
});
