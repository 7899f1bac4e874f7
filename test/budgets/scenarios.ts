/**
 * The workbook operations whose Office cost SPEC §8 budgets, run against the strict in-memory
 * workbook and measured from its counters. One definition serves both `npm run bench` (which
 * reports every figure in BENCHMARKS.md) and test/budgets (which asserts the budgets), so the
 * figures reported and the figures asserted cannot drift apart.
 *
 * Cost of one operation = what crossed to Excel: requests sent (`roundTrips`: each
 * context.sync with queued work, including the implicit one at the end of Excel.run) and the
 * Office API operations they carried (`apiCalls`). Timings of the fake are not Excel's and are
 * not reported.
 */
import { getDataset } from "../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../src/core/dataset/query";
import { buildTemplatePlan } from "../../src/core/template/build";
import { templateInputFor } from "../../src/core/template/from-dataset";
import type { FormulaStyle, TemplatePlan } from "../../src/core/template/types";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { chartFromSelection, refreshChartsCommand } from "../../src/excel/index";
import { loadTemplateWith } from "../../src/excel/load-template";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import type { ChartOutcome, ExcelEnv, Outcome, RefreshItem } from "../../src/excel/types";
import type { FakeExcel } from "../support/workbook/index";
import { fakeWorkbook } from "../excel/helpers";

/** What one operation sent to Excel. */
export interface OfficeCost {
  /** Requests sent (context.sync round trips). */
  readonly roundTrips: number;
  /** Office API operations carried by those requests, in total. */
  readonly apiCalls: number;
  /** Operations per request, in order. */
  readonly perRoundTrip: readonly number[];
}

/** The cost of `operation` on `fake`, counted from zero. */
export async function measure<T>(fake: FakeExcel, operation: () => Promise<T>): Promise<{ value: T; cost: OfficeCost }> {
  fake.resetCounters();
  const value = await operation();
  const c = fake.counters;
  const perRoundTrip = [...c.opsPerRoundTrip];
  return { value, cost: { roundTrips: c.roundTrips, apiCalls: perRoundTrip.reduce((a, b) => a + b, 0), perRoundTrip } };
}

function unwrap<T extends object>(outcome: Outcome<T>, what: string): T {
  if (!outcome.ok) throw new Error(`${what} failed: ${outcome.reason.en}`);
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// Template load

/** A seed company that gets a template (as in test/excel/apply-template.test.ts). */
export interface TemplateCompany {
  readonly id: string;
  /** What a user would type: the ticker, else the Chinese name. */
  readonly query: string;
  readonly figures: number;
}

/** Every seed company with figures (industry aggregates and government bodies get no template). */
export function templateCompanies(): TemplateCompany[] {
  return entitiesSummary(getDataset())
    .filter((s) => s.figures > 0 && s.entity.kind !== "industry" && s.entity.kind !== "government")
    .map((s) => ({ id: s.entity.id, query: s.entity.ticker ?? s.entity.name_zh, figures: s.figures }));
}

export interface TemplateLoadFigures {
  readonly company: string;
  readonly style: FormulaStyle;
  /** Cells in the template's grid (rows × columns): the size the budget must not depend on. */
  readonly cells: number;
  readonly tables: number;
  readonly charts: number;
  readonly cost: OfficeCost;
}

/** "Load template" for one company into a fresh workbook. */
export async function templateLoad(company: TemplateCompany, style: FormulaStyle): Promise<TemplateLoadFigures> {
  const { fake, env } = fakeWorkbook();
  const { value, cost } = await measure(fake, () => loadTemplateWith(env, { company: company.query, lang: "en", style }, undefined, getDataset));
  const result = unwrap(value, `Template ${company.id} (${style})`);
  const plan = buildTemplatePlan(templateInputFor(getDataset(), company.id)!, { lang: "en", style });
  return {
    company: company.id,
    style,
    cells: plan.cells.length * (plan.cells[0]?.length ?? 0),
    tables: result.tables.length,
    charts: result.charts.length,
    cost,
  };
}

// ---------------------------------------------------------------------------------------------
// Refresh of recorded charts

/** The largest seed template (most cells) that has all three kinds of chart: the heaviest to refresh. */
export function largestChartedPlan(): TemplatePlan {
  const ds = getDataset();
  let best: TemplatePlan | undefined;
  for (const c of templateCompanies()) {
    const plan = buildTemplatePlan(templateInputFor(ds, c.id)!, { lang: "en", style: "live" });
    const size = (p: TemplatePlan) => p.cells.length * (p.cells[0]?.length ?? 0);
    if (new Set(plan.charts.map((c) => c.kind)).size === 3 && (!best || size(plan) > size(best))) best = plan;
  }
  if (!best) throw new Error("No seed company has a template with three charts.");
  return best;
}

/**
 * A workbook holding exactly `n` charts recorded by templates: ⌈n/3⌉ copies of the largest
 * seed template (the last one keeps only the first n mod 3 of its charts, as a company with
 * fewer figures would). `addPeriod` appends a period column to every financials table (periods
 * run across in the model layout), so each template's capex chart has ranges to re-bind.
 */
export async function recordedChartsWorkbook(
  n: number,
): Promise<{ fake: FakeExcel; env: ExcelEnv; sheets: number; addPeriod: (period: string) => Promise<void> }> {
  const { fake, env } = fakeWorkbook();
  const plan = largestChartedPlan();
  const financials = plan.tables.findIndex((t) => t.role === "financials");
  const height = plan.tables[financials]!.rect.rowCount;
  const tables: string[] = [];
  for (let left = n; left > 0; left -= plan.charts.length) {
    const r = unwrap(await applyTemplatePlan(env, { ...plan, charts: plan.charts.slice(0, Math.min(left, plan.charts.length)) }), "Template");
    tables.push(r.tables[financials]!);
  }
  const addPeriod = (period: string) =>
    fake.run(async (context) => {
      const column = Array.from({ length: height }, (_, i) => [i === 0 ? period : ""]);
      for (const table of tables) context.workbook.tables.getItem(table).columns.add(undefined, column);
      await context.sync();
    });
  return { fake, env, sheets: tables.length, addPeriod };
}

export interface RefreshFigures {
  readonly charts: number;
  /** Sheets the charts are spread over. */
  readonly sheets: number;
  /** previewRefresh: reads everything, proposes per chart. */
  readonly preview: OfficeCost;
  /** applyRefresh: re-checks and writes (what the pane's "Apply" costs). */
  readonly apply: OfficeCost;
  readonly items: readonly RefreshItem[];
  readonly outcomes: readonly ChartOutcome[];
}

/** "Refresh charts" in the pane over `n` recorded charts after a new period: preview, then apply. */
export async function refreshRecorded(n: number): Promise<RefreshFigures> {
  const { fake, env, sheets, addPeriod } = await recordedChartsWorkbook(n);
  await addPeriod("2025H2"); // a column at the end of the half-year group, the last one in Aier's financials
  const preview = await measure(fake, () => previewRefreshWith(env));
  const p = unwrap(preview.value, "Preview").preview;
  const apply = await measure(fake, () => applyRefreshWith(env, p, {}));
  return { charts: n, sheets, preview: preview.cost, apply: apply.cost, items: p.items, outcomes: unwrap(apply.value, "Refresh").charts };
}

/**
 * The ribbon's "Refresh charts" over `n` recorded charts after a new period: preview and apply
 * in one action, without the pane. (A workbook of its own: the in-memory workbook cannot grow a
 * table twice, as that would shift the cells below it.)
 */
export async function ribbonRefresh(n: number): Promise<{ charts: number; cost: OfficeCost; outcomes: readonly ChartOutcome[] }> {
  const { fake, env, addPeriod } = await recordedChartsWorkbook(n);
  await addPeriod("2025H2"); // a column at the end of the half-year group, the last one in Aier's financials
  const { value, cost } = await measure(fake, () => refreshChartsCommand(env));
  return { charts: n, cost, outcomes: unwrap(value, "Ribbon refresh").charts };
}

// ---------------------------------------------------------------------------------------------
// Roll-forward of charts the user made

/** A user's model: five charted periods, two new ones below the charts' ranges, `n` charts over it. */
export function userChartsWorkbook(n: number): { fake: FakeExcel; env: ExcelEnv } {
  const w = fakeWorkbook();
  w.fake.seed.sheet("Model", [
    ["Period", "Capex", "D&A"],
    ["'2019", 9, 7],
    ["'2020", 10, 8],
    ["'2021", 12, 9],
    ["'2022", 15, 10],
    ["'2023", 18, 11],
    ["'2024", 20, 12],
    ["'2025", 22, 13],
  ]);
  for (let i = 0; i < n; i++)
    w.fake.seed.chart("Model", {
      type: "ColumnClustered",
      name: `Capex chart ${i + 1}`,
      series: [
        { name: "Capex", values: "Model!B2:B6", categories: "Model!A2:A6" },
        { name: "D&A", values: "Model!C2:C6", categories: "Model!A2:A6" },
      ],
      position: { from: "E2", to: "L16" },
    });
  return w;
}

/** Preview, then roll every chart forward (the user accepts each proposal). */
export async function rollForward(n: number): Promise<RefreshFigures> {
  const { fake, env } = userChartsWorkbook(n);
  const preview = await measure(fake, () => previewRefreshWith(env));
  const p = unwrap(preview.value, "Preview").preview;
  const apply = await measure(fake, () => applyRefreshWith(env, p, { rollForward: p.items.map((i) => i.id) }));
  return { charts: n, sheets: 1, preview: preview.cost, apply: apply.cost, items: p.items, outcomes: unwrap(apply.value, "Roll-forward").charts };
}

// ---------------------------------------------------------------------------------------------
// Chart from selection

/** Capex and D&A rows of a user's model over `periods` periods, selected with their labels. */
export async function chartFromSelectionScenario(periods = 12): Promise<{ periods: number; cost: OfficeCost }> {
  const { fake, env } = fakeWorkbook();
  const years = Array.from({ length: periods }, (_, i) => `'${2014 + i}`);
  fake.seed.sheet("Model", [
    ["", ...years],
    ["Revenue", ...years.map((_, i) => 100 + 10 * i)],
    ["Capex", ...years.map((_, i) => -(30 + 3 * i))],
    ["D&A", ...years.map((_, i) => 20 + 2 * i)],
  ]);
  const last = String.fromCharCode("A".charCodeAt(0) + periods);
  fake.seed.select(`Model!A1:${last}4`);
  const { value, cost } = await measure(fake, () => chartFromSelection(env, "en"));
  const r = unwrap(value, "Chart from selection");
  return { periods: r.periods, cost };
}
