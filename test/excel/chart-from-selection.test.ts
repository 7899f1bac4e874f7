import { describe, expect, it } from "vitest";
import { chartFromSelection } from "../../src/excel/index";
import { previewRefreshWith } from "../../src/excel/refresh";
import { diffSnapshots } from "../support/workbook/index";
import { rectsOverlap, parseRect } from "../../src/core/template/a1";
import { fakeWorkbook, upTo } from "./helpers";

function model() {
  const w = fakeWorkbook();
  w.fake.seed.sheet("Model", [
    ["", "'2021", "'2022", "'2023", "'2024"],
    ["Revenue", 100, 110, 120, 130],
    ["资本开支", -30, -35, -40, -45],
    ["折旧摊销", 20, 22, 25, 30],
  ]);
  return w;
}

describe("chartFromSelection", () => {
  it("builds the combo chart beside the model in 3 round trips, touching no existing cell", async () => {
    const { fake, env } = model();
    fake.seed.select("Model!A1:E4");
    const before = fake.snapshot();
    fake.resetCounters();
    const r = await chartFromSelection(env, "zh");
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r).toMatchObject({ sheet: "Model", chart: "CapCycle capex vs D&A (selection)", seriesBy: "rows", periods: 4, ratioRange: "B5:E5", roundTrips: 3 });
    expect(fake.counters.roundTrips).toBe(3);
    const chart = fake.snapshot().sheets["Model"]!.charts[0]!;
    expect(chart.series.map((s) => [s.name, s.values, s.categories, s.chartType, s.axisGroup])).toEqual([
      ["资本开支", "=Model!$B$3:$E$3", "=Model!$B$1:$E$1", "ColumnClustered", "Primary"],
      ["折旧摊销", "=Model!$B$4:$E$4", "=Model!$B$1:$E$1", "ColumnClustered", "Primary"],
      ["资本开支/折旧摊销", "=Model!$B$5:$E$5", "=Model!$B$1:$E$1", "Line", "Secondary"],
    ]);
    // The ratio is computed by native formulas in the new row; the chart overlaps no used cell.
    expect(fake.values("Model!A5:E5")[0]).toEqual(["资本开支/折旧摊销", 1.5, expect.closeTo(35 / 22, 9), 1.6, 1.5]);
    expect(rectsOverlap(parseRect(`${chart.anchor.from}:${chart.anchor.to}`)!, parseRect("A1:E5")!)).toBe(false);
    // Existing cells are unchanged: only row 5 and the chart are new.
    const changes = diffSnapshots(before, fake.snapshot()).filter((c) => !/^sheets\.Model\.(cells\.[A-E]5|charts)/.test(c));
    expect(changes).toEqual([]);
  });

  it("works on a selection of columns, and the chart can be rolled forward later", async () => {
    const { fake, env } = fakeWorkbook();
    fake.seed.sheet("M", [
      ["Period", "Capex", "D&A"],
      ["'2023", 40, 20],
      ["'2024", 35, 25],
    ]);
    fake.seed.select("M!A1:C3");
    const r = await chartFromSelection(env);
    expect(r.ok && [r.seriesBy, r.ratioRange]).toEqual(["columns", "D2:D3"]);
    fake.seed.sheet("M", { A4: "'2025", B4: 50, C4: 30, D4: '=IF(OR(B4="",C4=""),"",ABS(B4)/ABS(C4))' });
    const p = await previewRefreshWith(env);
    expect(p.ok && p.preview.items[0]).toMatchObject({ action: "roll-forward", reason: { en: "1 new period after the chart's range: extend it?" } });
  });

  it("says why when it cannot tell capex from D&A, and changes nothing", async () => {
    const { fake, env } = model();
    fake.seed.select("Model!A1:E2");
    const before = fake.snapshot();
    const r = await chartFromSelection(env);
    expect(r).toEqual({ ok: false, reason: expect.objectContaining({ en: expect.stringMatching(/^Could not tell capex from D&A/) }) });
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("needs ExcelApi 1.7", async () => {
    const { env } = fakeWorkbook({ supported: upTo(6) });
    const r = await chartFromSelection(env);
    expect(r.ok || r.reason.en).toBe("Chart from selection needs ExcelApi 1.7, which this version of Excel lacks.");
  });
});
