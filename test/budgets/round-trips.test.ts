/**
 * SPEC §8's request budgets, on the same scenarios `npm run bench` reports
 * (test/budgets/scenarios.ts), counted by the in-memory workbook. SPEC §8 counts requests as
 * Microsoft's client library sends them — ≤ 4 to load a template whatever the company's size,
 * ≤ 4 to refresh N charts whatever N — and the library sends exactly the workbook's round trips
 * plus its clean-up request (test/excel-real/office-js.test.ts asserts both, through the web,
 * Windows and Mac builds). Here, without the library: ≤ 3 round trips each, for every scenario
 * the bench reports. Each scenario also checks that the operation did its work, so a cheap
 * failure cannot pass for a cheap success.
 * (The bundle-size budgets are asserted by test/functions/bundle.test.ts.)
 */
import { describe, expect, it } from "vitest";
import {
  chartFromSelectionScenario,
  refreshRecorded,
  ribbonRefresh,
  rollForward,
  templateCompanies,
  templateLoad,
} from "./scenarios";

/** SPEC §8's 4 requests, less the client library's clean-up request the workbook does not send. */
const BUDGET = 4 - 1;

describe("load one company template: ≤ 3 round trips, whatever the company's size", () => {
  const cases = templateCompanies().flatMap((c) => (["live", "portable"] as const).map((style) => [c.id, style, c] as const));

  it("covers every seed company with figures, the largest included", () => {
    expect(cases.map(([id]) => id)).toContain("aier_eye");
    expect(cases.length).toBeGreaterThanOrEqual(2 * 10);
  });

  it.each(cases)("%s (%s)", async (_, style, company) => {
    const r = await templateLoad(company, style);
    expect(r.tables).toBeGreaterThan(0);
    expect(r.cost.roundTrips).toBeGreaterThan(0);
    expect(r.cost.roundTrips).toBeLessThanOrEqual(BUDGET);
  }, 60_000);
});

describe("refresh N charts recorded by templates: ≤ 3 round trips for the preview and for applying it, whatever N", () => {
  it.each([1, 10, 100])("%i charts", async (n) => {
    const r = await refreshRecorded(n);
    // Every chart is re-bound. Periods run across (model layout): the period column added at
    // the end of the half-year group is taken into each sheet's half-year capex chart by the
    // re-bind (a series reads part of a table row, which Excel does not extend by itself).
    expect(r.items.map((i) => i.action)).toEqual(Array(n).fill("rebind"));
    expect(r.items.filter((i) => i.changes.length > 0).map((i) => i.chart)).toEqual(Array(r.sheets).fill("CapCycle capex vs D&A (half-year)"));
    expect(r.outcomes.map((o) => o.status)).toEqual(Array(n).fill("refreshed"));
    expect(r.preview.roundTrips).toBeLessThanOrEqual(BUDGET);
    expect(r.apply.roundTrips).toBeLessThanOrEqual(BUDGET);
  }, 180_000);
});

describe("refresh N recorded charts with the ribbon button: ≤ 3 round trips for the whole action, whatever N", () => {
  it.each([1, 10, 100])("%i charts", async (n) => {
    const r = await ribbonRefresh(n);
    expect(r.outcomes.map((o) => o.status)).toEqual(Array(n).fill("refreshed"));
    // One read (sheets, charts, tables, records; then the records' XML, tables' extents,
    // series' sources) and one write.
    expect(r.cost.roundTrips).toBeLessThanOrEqual(BUDGET);
  }, 180_000);
});

describe("roll forward N charts the user made: ≤ 3 round trips for the preview and for applying it, whatever N", () => {
  it.each([1, 10, 100])("%i charts", async (n) => {
    const r = await rollForward(n);
    expect(r.items.map((i) => i.action)).toEqual(Array(n).fill("roll-forward"));
    expect(r.outcomes.map((o) => o.status)).toEqual(Array(n).fill("extended"));
    expect(r.preview.roundTrips).toBeLessThanOrEqual(BUDGET);
    expect(r.apply.roundTrips).toBeLessThanOrEqual(BUDGET);
  }, 60_000);
});

describe("chart from selection", () => {
  it("builds the chart in ≤ 3 round trips", async () => {
    const r = await chartFromSelectionScenario(12);
    expect(r.periods).toBe(12);
    expect(r.cost.roundTrips).toBeLessThanOrEqual(BUDGET);
  });
});
