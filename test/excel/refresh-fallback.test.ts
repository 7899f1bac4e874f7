/**
 * A host that refuses nested collection loads (worksheets → charts → series in one load):
 * refresh still works, discovering in steps. This file deliberately does not import
 * ./helpers, whose in-memory workbook accepts nested loads.
 */
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../support/workbook/index";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";

describe("refresh on a host without nested loads", () => {
  it("previews and applies a roll-forward, in at most 5 round trips", async () => {
    const fake = createFakeExcel();
    fake.seed.sheet("Model", [["Period", "Capex"], ["'2020", 1], ["'2021", 2], ["'2022", 3]]);
    fake.seed.chart("Model", { type: "ColumnClustered", name: "c", series: [{ name: "Capex", values: "Model!B2:B3", categories: "Model!A2:A3" }] });
    const env = { run: fake.run, isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v) };
    const p = await previewRefreshWith(env);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.preview.roundTrips).toBeLessThanOrEqual(5);
    expect(p.preview.items.map((i) => [i.action, i.changes.map((c) => c.to)])).toEqual([["roll-forward", ["=Model!$B$2:$B$4", "=Model!$A$2:$A$4"]]]);
    const r = await applyRefreshWith(env, p.preview, { rollForward: ["Model|c"] });
    expect(r.ok && r.charts.map((c) => c.status)).toEqual(["extended"]);
    expect(fake.snapshot().sheets["Model"]!.charts[0]!.series[0]!.values).toBe("=Model!$B$2:$B$4");
  });
});
