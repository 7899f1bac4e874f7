/**
 * "Refresh charts" discovers every sheet's charts and their series in ONE load through
 * navigation properties (`worksheets.load("items/charts/items/series/items/name")`), which
 * Office.js supports since ExcelApi 1.1. Checked here against the plain in-memory workbook
 * (no patches): the first request carries that load and no per-sheet chart loads, and both
 * preview and apply stay within 3 round trips whatever the number of charts.
 */
import { describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import { buildTemplatePlan } from "../../src/core/template/build";
import { createFakeExcel, type FakeExcel } from "../support/workbook/index";
import { acmeInput } from "../core/template/fixtures";
import type { ExcelEnv } from "../../src/excel/types";

function plainFake(): { fake: FakeExcel; env: ExcelEnv } {
  const fake = createFakeExcel();
  return { fake, env: { run: fake.run, isSetSupported: (n, v) => fake.isSetSupported(n, v) } };
}

/** `n` user charts over five periods with two new periods below, spread over up to 3 sheets. */
function userCharts(fake: FakeExcel, n: number): void {
  const sheets = ["Model", "Model 2", "Model 3"].slice(0, Math.min(n, 3));
  for (const sheet of sheets) {
    fake.seed.sheet(sheet, [
      ["Period", "Capex", "D&A"],
      ["'2020", 10, 8],
      ["'2021", 12, 9],
      ["'2022", 15, 10],
      ["'2023", 18, 11],
      ["'2024", 20, 12],
      ["'2025", 22, 13],
      ["'2026", 25, 14],
    ]);
  }
  for (let i = 0; i < n; i++) {
    const sheet = sheets[i % sheets.length]!;
    const q = sheet.includes(" ") ? `'${sheet}'` : sheet;
    fake.seed.chart(sheet, {
      type: "ColumnClustered",
      name: `Chart ${i + 1}`,
      series: [
        { name: "Capex", values: `${q}!B2:B6`, categories: `${q}!A2:A6` },
        { name: "D&A", values: `${q}!C2:C6`, categories: `${q}!A2:A6` },
      ],
    });
  }
}

describe("refresh discovers charts and series in one load (plain in-memory workbook)", () => {
  it.each([1, 10, 100])("%i user charts: preview and apply ≤ 3 round trips each, one discovery load", async (n) => {
    const { fake, env } = plainFake();
    userCharts(fake, n);
    fake.resetCounters();
    const p = await previewRefreshWith(env);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    expect(p.preview.roundTrips).toBeLessThanOrEqual(3);
    const first = fake.counters.opNamesPerRoundTrip[0]!;
    expect(first.filter((op) => op === "worksheets.load")).toHaveLength(1);
    expect(first.filter((op) => op === "charts.load")).toHaveLength(0);
    expect(p.preview.items.map((i) => i.action)).toEqual(Array(n).fill("roll-forward"));

    fake.resetCounters();
    const r = await applyRefreshWith(env, p.preview, { rollForward: p.preview.items.map((i) => i.id) });
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    expect(r.ok && r.charts.map((c) => c.status)).toEqual(Array(n).fill("extended"));
    const charts = Object.values(fake.snapshot().sheets).flatMap((s) => s.charts);
    expect(charts).toHaveLength(n);
    for (const c of charts) expect(c.series.map((s) => s.values.replace(/^=.*!/, ""))).toEqual(["$B$2:$B$8", "$C$2:$C$8"]);
  });

  it("recorded charts of a template are re-bound in ≤ 3 round trips, next to user charts", async () => {
    const { fake, env } = plainFake();
    const t = await applyTemplatePlan(env, buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" }));
    expect(t.ok).toBe(true);
    userCharts(fake, 10);
    fake.resetCounters();
    const p = await previewRefreshWith(env);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    const recorded = buildTemplatePlan(acmeInput(), { lang: "en", style: "portable" }).charts.length;
    expect(p.preview.items.filter((i) => i.action === "rebind")).toHaveLength(recorded);
    expect(p.preview.items.filter((i) => i.action === "roll-forward")).toHaveLength(10);
    fake.resetCounters();
    const r = await applyRefreshWith(env, p.preview, {});
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    expect(r.ok && r.charts.filter((c) => c.status === "refreshed")).toHaveLength(recorded);
  });
});
