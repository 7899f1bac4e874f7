/**
 * "Refresh charts" when Excel refuses a read (issue 10): the one nested load of every sheet's
 * charts falls back to one load per sheet, then per chart; reading the series' sources falls
 * back to one request per chart. Only the chart that cannot be read is skipped, with the reason.
 */
import { describe, expect, it } from "vitest";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import { refreshChartsCommand } from "../../src/excel/index";
import { createFakeExcel, type FakeExcel } from "../support/workbook/index";
import type { ExcelEnv } from "../../src/excel/types";

function tenUserCharts(): { fake: FakeExcel; env: ExcelEnv } {
  const fake = createFakeExcel();
  const sheets = ["Model", "Model 2", "Model 3"];
  for (const sheet of sheets)
    fake.seed.sheet(sheet, [
      ["Period", "Capex", "D&A"],
      ["'2022", 15, 10],
      ["'2023", 18, 11],
      ["'2024", 20, 12],
      ["'2025", 22, 13],
    ]);
  for (let i = 0; i < 10; i++) {
    const sheet = sheets[i % 3]!;
    const q = sheet.includes(" ") ? `'${sheet}'` : sheet;
    fake.seed.chart(sheet, {
      type: "ColumnClustered",
      name: `Chart ${i + 1}`,
      series: [
        { name: "Capex", values: `${q}!B2:B4`, categories: `${q}!A2:A4` },
        { name: "D&A", values: `${q}!C2:C4`, categories: `${q}!A2:A4` },
      ],
    });
  }
  fake.resetCounters();
  return { fake, env: { run: fake.run, isSetSupported: (n, v) => fake.isSetSupported(n, v) } };
}

describe("refresh falls back when Excel refuses the nested load", () => {
  it("per sheet: every chart is still found when the one load of all sheets' charts fails", async () => {
    const { fake, env } = tenUserCharts();
    fake.failNext({ call: "worksheets.load", nth: 1 });
    const p = await previewRefreshWith(env);
    expect(p.ok, JSON.stringify(!p.ok && p.reason)).toBe(true);
    if (!p.ok) return;
    expect(p.preview.items.map((i) => i.action)).toEqual(Array(10).fill("roll-forward"));
    // failed load, sheets and tables again, one load per sheet (4 with Sheet1), sources, cells after the ranges
    expect(fake.counters.roundTrips).toBe(1 + 1 + 4 + 1 + 1);
  });

  it("per chart: the one chart Excel cannot read is skipped with the reason; the others are extended", async () => {
    const { fake, env } = tenUserCharts();
    // The nested load fails, then Model 2's charts (3rd sheet load: Sheet1, Model, Model 2), then
    // the series of its 2nd chart ("Chart 5": Model 2 holds charts 2, 5 and 8).
    fake.failNext({ call: "worksheets.load", nth: 1 });
    fake.failNext({ call: "charts.load", nth: 3 });
    fake.failNext({ call: "series.load", nth: 2, code: "GeneralException", message: "The chart is corrupt." });
    const p = await previewRefreshWith(env);
    if (!p.ok) throw new Error(p.reason.en);
    const skipped = p.preview.items.filter((i) => i.action === "skip");
    expect(skipped.map((i) => [i.sheet, i.chart, i.reason?.en])).toEqual([
      ["Model 2", "Chart 5", 'Excel could not read chart "Chart 5": skipped, the other charts are not affected. (Excel reported an error: The chart is corrupt. (GeneralException))'],
    ]);
    expect(skipped[0]!.reason?.zh).toMatch(/^Excel 无法读取图表“Chart 5”：已跳过，其他图表不受影响。/);
    expect(p.preview.items.filter((i) => i.action === "roll-forward")).toHaveLength(9);
  });
});

describe("refresh falls back when reading one chart's sources throws", () => {
  it("only that chart is left unchanged, with the reason; the others roll forward and apply", async () => {
    const { fake, env } = tenUserCharts();
    // Sources are read chart by chart in sheet order (Chart 1 first), 4 per chart. The 3rd fails
    // the shared request; in the per-chart retry Chart 1's 2nd read (the 5th overall) fails again.
    fake.failNext({ call: "series.getDimensionDataSourceString", nth: 3 });
    fake.failNext({ call: "series.getDimensionDataSourceString", nth: 5 });
    const p = await previewRefreshWith(env);
    if (!p.ok) throw new Error(p.reason.en);
    const skipped = p.preview.items.filter((i) => i.action === "skip");
    expect(skipped.map((i) => i.chart)).toEqual(["Chart 1"]);
    expect(skipped[0]!.reason?.en).toMatch(/^Excel could not report the source ranges of chart "Chart 1": left unchanged, the other charts are not affected\./);
    expect(p.preview.items.filter((i) => i.action === "roll-forward")).toHaveLength(9);

    const r = await applyRefreshWith(env, p.preview, { rollForward: p.preview.items.map((i) => i.id) });
    if (!r.ok) throw new Error(r.reason.en);
    expect(r.charts.filter((c) => c.status === "extended")).toHaveLength(9);
    expect(r.summary.en).toBe("Charts: 0 refreshed, 9 extended, 0 rebuilt, 1 skipped.");
  });

  it("the ribbon's refresh survives the same failure and reports it", async () => {
    const { fake, env } = tenUserCharts();
    fake.failNext({ call: "worksheets.load", nth: 1 });
    const r = await refreshChartsCommand(env);
    expect(r.ok && r.summary.en).toBe("Charts: 0 refreshed, 0 extended, 0 rebuilt, 10 skipped.");
  });
});
