import { describe, expect, it } from "vitest";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import { refreshChartsCommand } from "../../src/excel/index";
import { buildTemplatePlan } from "../../src/core/template/build";
import { columnLetters } from "../../src/core/template/a1";
import { diffSnapshots, type FakeExcel } from "../support/workbook/index";
import { acmeInput } from "../core/template/fixtures";
import { fakeWorkbook, upTo } from "./helpers";
import type { ExcelEnv, RefreshPreview } from "../../src/excel/types";

const SHEET = "Acme Eye 600000.SH";
const FIN = "CapCycle_acme_Financials";
/** How many charts the fixture's template records, and the first (capex vs D&A) one's name: the layout decides. */
const CHARTS = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }).charts.length;
const CAPEX = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }).charts[0]!.name;

async function withTemplate(options: Parameters<typeof fakeWorkbook>[0] = {}): Promise<{ fake: FakeExcel; env: ExcelEnv }> {
  const w = fakeWorkbook(options);
  const r = await applyTemplatePlan(w.env, buildTemplatePlan(acmeInput(), { lang: "en", style: "live" }));
  if (!r.ok) throw new Error(r.reason.en);
  w.fake.resetCounters();
  return w;
}

async function preview(env: ExcelEnv): Promise<RefreshPreview> {
  const p = await previewRefreshWith(env);
  if (!p.ok) throw new Error(p.reason.en);
  return p.preview;
}

function chart(fake: FakeExcel, sheet: string, name: string) {
  return fake.snapshot().sheets[sheet]!.charts.find((c) => c.name === name);
}

/** A model the user built, with a chart over five periods and two new periods below it. */
function userModel(fake: FakeExcel, charts = 1): void {
  fake.seed.sheet("Model", [
    ["Period", "Capex", "D&A"],
    ["'2020", 10, 8],
    ["'2021", 12, 9],
    ["'2022", 15, 10],
    ["'2023", 18, 11],
    ["'2024", 20, 12],
    ["'2025", 22, 13],
    ["'2026", 25, 14],
    ["Total", 122, 77],
  ]);
  for (let i = 0; i < charts; i++)
    fake.seed.chart("Model", {
      type: "ColumnClustered",
      name: `My chart ${i + 1}`,
      series: [
        { name: "Capex", values: "Model!B2:B6", categories: "Model!A2:A6" },
        { name: "D&A", values: "Model!C2:C6", categories: "Model!A2:A6" },
      ],
      position: { from: "F2", to: "M16" },
    });
}

describe("refresh recorded charts", () => {
  it("re-binds the half-year chart to a period column added at the end of its group (≤ 3 round trips each)", async () => {
    const { fake, env } = await withTemplate();
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    const fin = plan.tables.find((t) => t.role === "financials")!;
    const half = plan.charts.find((c) => c.tableRole === "financials" && c.frequency === "half")!;
    const annual = plan.charts.filter((c) => c !== half).map((c) => c.name);
    // The half-year group is the table's last: a new period column goes at the table's end.
    expect(fin.columns.at(-1)!.header).toBe("2025H1");
    const newCol = columnLetters(fin.rect.col + fin.rect.colCount);
    const rowOf = (label: string) => fin.rect.row + plan.cells.slice(fin.rect.row, fin.rect.row + fin.rect.rowCount).findIndex((r) => r[0]!.kind === "text" && r[0]!.text === label);
    const capexRow = rowOf("Capex");
    const daRow = rowOf("D&A");
    const ratioRow = rowOf("Capex / D&A");
    const column = Array.from({ length: fin.rect.rowCount }, (_, i): [string | number] => {
      const row = fin.rect.row + i;
      if (i === 0) return ["2025H2"];
      if (row === capexRow) return [-16];
      if (row === daRow) return [15];
      if (row === ratioRow) return [`=CAPCYCLE.CAPEX_DA_RATIO(${newCol}${capexRow + 1},${newCol}${daRow + 1})`];
      return [""];
    });
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem(FIN).columns.add(undefined, column);
      await ctx.sync();
    });
    const headerRow = fin.rect.row; // 0-based: the period header row
    const lastCol = columnLetters(fin.rect.col + fin.rect.colCount - 1);
    const value = (row: number) => fake.values(`'${SHEET}'!${newCol}${row + 1}`)[0]![0];
    const grown = (row: number) => `='${SHEET}'!$${lastCol}$${row + 1}:$${newCol}$${row + 1}`;
    const was = (row: number) => `='${SHEET}'!$${lastCol}$${row + 1}`;
    // The new period has real figures, and Excel computes the row's formula.
    expect(value(headerRow)).toBe("2025H2");
    expect(value(capexRow)).toBe(-16);
    expect(value(ratioRow)).toBeCloseTo(16 / 15, 9);
    // A chart read by rows does not grow with its table: it still shows 2025H1 alone.
    expect(chart(fake, SHEET, half.name)!.series.map((s) => [s.values, s.categories])).toEqual([capexRow, daRow, ratioRow].map((row) => [was(row), was(headerRow)]));

    fake.resetCounters();
    const p = await preview(env);
    expect(p.roundTrips).toBeLessThanOrEqual(3);
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    const item = p.items.find((i) => i.chart === half.name)!;
    expect(item.action).toBe("rebind");
    expect(item.needsConsent).toBe(false);
    expect(item.changes).toEqual(
      [["Capex", capexRow], ["D&A", daRow], ["Capex / D&A", ratioRow]].flatMap(([series, row]) => [
        { series, dimension: "Values", from: was(row as number), to: grown(row as number) },
        { series, dimension: "Categories", from: was(headerRow), to: grown(headerRow) },
      ]),
    );
    // The annual charts and the other tables' charts did not gain a period: nothing to change.
    expect(p.items.filter((i) => i.chart !== half.name).map((i) => [i.chart, i.action, i.changes.length])).toEqual(annual.map((name) => [name, "rebind", 0]));

    fake.resetCounters();
    const r = await applyRefreshWith(env, p, {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.roundTrips).toBeLessThanOrEqual(3);
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    expect(r.charts.map((c) => [c.chart, c.status])).toEqual(plan.charts.map((c) => [c.name, "refreshed"]));
    // The half-year chart now shows 2025H1 and the new 2025H2.
    expect(chart(fake, SHEET, half.name)!.series.map((s) => [s.name, s.values, s.categories])).toEqual([
      ["Capex", grown(capexRow), grown(headerRow)],
      ["D&A", grown(daRow), grown(headerRow)],
      ["Capex / D&A", grown(ratioRow), grown(headerRow)],
    ]);
    expect(fake.values(grown(headerRow).slice(1).replace(/\$/g, ""))).toEqual([["2025H1", "2025H2"]]);
    expect(fake.values(grown(ratioRow).slice(1).replace(/\$/g, ""))[0]!.map((x) => Number(x).toFixed(4))).toEqual([(12 / 14).toFixed(4), (16 / 15).toFixed(4)]);
    expect(r.summary.en).toBe(`Charts: ${CHARTS} refreshed, 0 extended, 0 rebuilt, 0 skipped.`);
  });

  it("skips a chart whose table was deleted, with the reason, and changes nothing", async () => {
    const { fake, env } = await withTemplate();
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem(FIN).delete();
      await ctx.sync();
    });
    const before = fake.snapshot();
    const p = await preview(env);
    const item = p.items.find((i) => i.chart === CAPEX)!;
    expect(item).toMatchObject({ action: "skip", reason: { en: `Table ${FIN} no longer exists.`, zh: `表格 ${FIN} 已不存在。` } });
    const r = await applyRefreshWith(env, p, { rebuild: [item.id] });
    expect(r.ok && r.charts.find((c) => c.chart === CAPEX)).toMatchObject({ status: "skipped", reason: { en: `Table ${FIN} no longer exists.` } });
    expect(chart(fake, SHEET, CAPEX)).toEqual(before.sheets[SHEET]!.charts.find((c) => c.name === CAPEX));
  });

  it("skips every chart of a deleted sheet", async () => {
    const { fake, env } = await withTemplate();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).delete();
      await ctx.sync();
    });
    const p = await preview(env);
    expect(p.items.map((i) => [i.action, i.reason?.en])).toEqual(Array(CHARTS).fill(["skip", `Sheet "${SHEET}" no longer exists.`]));
  });

  it("reports a missing chart and rebuilds it only on request", async () => {
    const { fake, env } = await withTemplate();
    const original = chart(fake, SHEET, CAPEX)!;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).charts.getItem(CAPEX).delete();
      await ctx.sync();
    });
    const p = await preview(env);
    const item = p.items.find((i) => i.chart === CAPEX)!;
    expect(item).toMatchObject({ action: "rebuild", needsConsent: true, reason: { en: `Chart "${CAPEX}" is missing; it can be rebuilt from its table.` } });

    const without = await applyRefreshWith(env, p, {});
    expect(without.ok && without.charts.find((c) => c.chart === CAPEX)).toMatchObject({ status: "skipped", reason: { en: expect.stringMatching(/was not rebuilt/) } });
    expect(chart(fake, SHEET, CAPEX)).toBeUndefined();

    fake.resetCounters();
    const withIt = await applyRefreshWith(env, p, { rebuild: [item.id] });
    expect(withIt.ok && withIt.charts.find((c) => c.chart === CAPEX)!.status).toBe("rebuilt");
    expect(withIt.ok && withIt.roundTrips).toBeLessThanOrEqual(3);
    const rebuilt = chart(fake, SHEET, CAPEX)!;
    expect(rebuilt.series).toEqual(original.series);
    expect(rebuilt.anchor).toEqual(original.anchor);
    expect(rebuilt.title.text).toBe(original.title.text);
  });
});

describe("roll-forward of charts the user made", () => {
  it("offers the new periods after the chart's range, applies only when chosen", async () => {
    const { fake, env } = fakeWorkbook();
    userModel(fake);
    fake.resetCounters();
    const p = await preview(env);
    expect(p.roundTrips).toBe(3);
    const item = p.items.find((i) => i.chart === "My chart 1")!;
    expect(item.action).toBe("roll-forward");
    expect(item.needsConsent).toBe(true);
    expect(item.reason!.en).toBe("2 new periods after the chart's range: extend it?");
    expect(item.changes).toEqual([
      { series: "Capex", dimension: "Values", from: "=Model!$B$2:$B$6", to: "=Model!$B$2:$B$8" },
      { series: "D&A", dimension: "Values", from: "=Model!$C$2:$C$6", to: "=Model!$C$2:$C$8" },
      { series: "Capex", dimension: "Categories", from: "=Model!$A$2:$A$6", to: "=Model!$A$2:$A$8" },
      { series: "D&A", dimension: "Categories", from: "=Model!$A$2:$A$6", to: "=Model!$A$2:$A$8" },
    ]);

    const before = fake.snapshot();
    const notChosen = await applyRefreshWith(env, p, {});
    expect(notChosen.ok && notChosen.charts[0]).toMatchObject({ status: "skipped", reason: { en: "Roll-forward not chosen." } });
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);

    fake.resetCounters();
    const r = await applyRefreshWith(env, p, { rollForward: [item.id] });
    expect(r.ok && r.charts[0]!.status).toBe("extended");
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    expect(chart(fake, "Model", "My chart 1")!.series.map((s) => [s.values, s.categories])).toEqual([
      ["=Model!$B$2:$B$8", "=Model!$A$2:$A$8"],
      ["=Model!$C$2:$C$8", "=Model!$A$2:$A$8"],
    ]);
  });

  it("does not apply a roll-forward to a chart changed since the preview", async () => {
    const { fake, env } = fakeWorkbook();
    userModel(fake);
    const p = await preview(env);
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Model").charts.getItem("My chart 1").series.getItemAt(0);
      s.setValues(ctx.workbook.worksheets.getItem("Model").getRange("B3:B6"));
      await ctx.sync();
    });
    const before = fake.snapshot();
    const r = await applyRefreshWith(env, p, { rollForward: [p.items[0]!.id] });
    expect(r.ok && r.charts[0]).toMatchObject({ status: "skipped", reason: { en: "The chart changed since the preview: not changed." } });
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("never changes a chart it cannot read", async () => {
    const { fake, env } = fakeWorkbook();
    userModel(fake, 0);
    fake.seed.chart("Model", { type: "ColumnClustered", name: "Literal", series: [{ name: "x", values: [1, 2, 3] }] });
    fake.seed.chart("Model", { type: "ColumnClustered", name: "Block", source: "B2:C6", seriesBy: "Columns" });
    fake.seed.sheet("Other", [[1], [2], [3], [4], [5], [6]]);
    fake.seed.chart("Model", {
      type: "ColumnClustered",
      name: "Two sheets",
      series: [
        { name: "a", values: "Model!B2:B6" },
        { name: "b", values: "Other!A1:A5" },
      ],
    });
    const before = fake.snapshot();
    const p = await preview(env);
    const byName = Object.fromEntries(p.items.map((i) => [i.chart, i]));
    expect(byName["Literal"]).toMatchObject({ action: "skip", reason: { en: expect.stringMatching(/not a plain range/) } });
    expect(byName["Two sheets"]).toMatchObject({ action: "skip", reason: { en: "The series read from different sheets: not changed." } });
    // A chart over B2:C6 by columns has one column per series: it rolls forward like any other.
    expect(byName["Block"]!.action).toBe("roll-forward");
    const r = await applyRefreshWith(env, p, { rollForward: p.items.filter((i) => i.chart !== "Block").map((i) => i.id) });
    expect(r.ok && r.charts.filter((c) => c.chart !== "Block").every((c) => c.status === "skipped")).toBe(true);
    expect(diffSnapshots(before, fake.snapshot())).toEqual([]);
  });

  it("without ExcelApi 1.15 user charts are skipped with the reason and recorded ones still refresh", async () => {
    const { fake, env } = await withTemplate({ supported: upTo(14) });
    userModel(fake);
    const p = await preview(env);
    expect(p.unavailable.map((u) => u.en)).toContain("Reading and extending a chart's source ranges needs ExcelApi 1.15, which this version of Excel lacks.");
    expect(p.items.find((i) => i.chart === "My chart 1")).toMatchObject({ action: "skip", reason: { en: expect.stringMatching(/ExcelApi 1.15/) } });
    const r = await applyRefreshWith(env, p, {});
    expect(r.ok && r.charts.filter((c) => c.status === "refreshed")).toHaveLength(CHARTS);
  });

  it("the ribbon command re-binds recorded charts and asks nothing", async () => {
    const { fake, env } = await withTemplate();
    userModel(fake);
    const r = await refreshChartsCommand(env);
    expect(r.ok && r.charts.map((c) => c.status)).toEqual([...Array<string>(CHARTS).fill("refreshed"), "skipped"]);
    expect(chart(fake, "Model", "My chart 1")!.series[0]!.values).toBe("=Model!$B$2:$B$6");
  });

  it("the ribbon command reads once and writes once (3 round trips), leaving the user's chart to the pane", async () => {
    const { fake, env } = await withTemplate();
    userModel(fake);
    fake.resetCounters();
    const r = await refreshChartsCommand(env);
    expect(fake.counters.roundTrips).toBe(3);
    expect(r.ok && r.roundTrips).toBe(3);
    expect(r.ok && r.charts.find((c) => c.chart === "My chart 1")?.reason?.en).toBe(
      "A chart you made: extend it from the task pane's Refresh charts, which shows the change first.",
    );
    expect(r.ok && r.summary.en).toBe(`Charts: ${CHARTS} refreshed, 0 extended, 0 rebuilt, 1 skipped.`);
  });

  it("the ribbon command reports a missing recorded chart without rebuilding it", async () => {
    const { fake, env } = await withTemplate();
    const gone = fake.snapshot().sheets[SHEET]!.charts[0]!.name;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).charts.getItem(gone).delete();
      await ctx.sync();
    });
    const r = await refreshChartsCommand(env);
    expect(r.ok && r.charts.find((c) => c.chart === gone)).toMatchObject({ status: "skipped", reason: { en: expect.stringMatching(/missing and was not rebuilt/) } });
    expect(chart(fake, SHEET, gone)).toBeUndefined();
  });
});

describe("round trips stay ≤ 3 whatever the number of charts", () => {
  it.each([1, 100])("%i user charts with new periods, plus a template's charts", async (n) => {
    const { fake, env } = await withTemplate();
    userModel(fake, n);
    fake.resetCounters();
    const p = await preview(env);
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    expect(p.items).toHaveLength(n + CHARTS);
    expect(p.items.filter((i) => i.action === "roll-forward")).toHaveLength(n);
    fake.resetCounters();
    const r = await applyRefreshWith(env, p, { rollForward: p.items.map((i) => i.id) });
    expect(fake.counters.roundTrips).toBeLessThanOrEqual(3);
    expect(r.ok && r.charts.filter((c) => c.status === "extended")).toHaveLength(n);
    expect(r.ok && r.charts.filter((c) => c.status === "refreshed")).toHaveLength(CHARTS);
  });
});
