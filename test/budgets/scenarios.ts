/**
 * The workbook operations whose Office cost SPEC §8 budgets. One definition serves `npm run
 * bench` (which reports every figure in BENCHMARKS.md), test/budgets (which asserts the
 * budgets) and test/excel-real (which checks each outcome against the direct run), so the
 * figures reported and the figures asserted cannot drift apart.
 *
 * Each scenario runs `via` one of two hosts, both backed by the strict in-memory workbook:
 * - "in-memory": the adapter gets the workbook's own `run` (test/support/workbook);
 * - an Excel build ("excel-web-16.00" …): the adapter gets Microsoft's client library's
 *   `Excel.run`, whose requests the bridge answers from the workbook (test/support/officejs).
 *
 * Cost of one operation = what crossed to Excel. In memory: requests sent (`roundTrips`: each
 * context.sync with queued work, including the implicit one at the end of Excel.run) and the
 * Office API operations they carried (`apiCalls`). Through the library: the requests it sent
 * (its closing clean-up request included; SPEC §8 counts these), the actions they carried
 * (instantiations and loads included) and each request body's size in bytes. Timings of the
 * fake are not Excel's and are not reported.
 */
import { getDataset } from "../../src/core/dataset/default-dataset";
import { entitiesSummary } from "../../src/core/dataset/query";
import { buildTemplatePlan } from "../../src/core/template/build";
import { templateInputFor } from "../../src/core/template/from-dataset";
import type { FormulaStyle, TemplatePlan } from "../../src/core/template/types";
import type { Lang } from "../../src/core/errors";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import { chartFromSelection, refreshChartsCommand } from "../../src/excel/index";
import { loadTemplateWith } from "../../src/excel/load-template";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import type { ChartOutcome, ExcelEnv, LoadTemplateResult, Outcome, RefreshItem } from "../../src/excel/types";
import type { FakeExcel, FakeExcelOptions, WorkbookSnapshot } from "../support/workbook/index";
import { createOfficeJsBridge, type ExcelBuild, type OfficeJsBridge } from "../support/officejs/index";
import { fakeWorkbook } from "../excel/helpers";

/** Which host the adapter talks to (see the file comment). */
export type Via = "in-memory" | ExcelBuild;

/** What one operation sent to Excel. */
export interface OfficeCost {
  /** Requests sent: context.sync round trips in memory; the client library's requests through it. */
  readonly roundTrips: number;
  /** In memory: Office API operations; through the library: its actions. In total. */
  readonly apiCalls: number;
  /** The same per request, in order. */
  readonly perRoundTrip: readonly number[];
  /** Through the library: each request body's length in bytes, in order. */
  readonly bytes?: readonly number[];
}

/** A workbook and the adapter env for one host. */
export interface Workbench {
  readonly fake: FakeExcel;
  readonly env: ExcelEnv;
  /** The client library's bridge, when `via` is a build. */
  readonly bridge?: OfficeJsBridge;
  /** The in-memory workbook's own env, for arranging a workbook without counting. */
  readonly directEnv: ExcelEnv;
}

export function workbench(via: Via = "in-memory", options: FakeExcelOptions = {}): Workbench {
  const { fake, env } = fakeWorkbook(options);
  if (via === "in-memory") return { fake, env, directEnv: env };
  const bridge = createOfficeJsBridge(via, fake);
  return { fake, env: bridge.env, bridge, directEnv: env };
}

/** The cost of `operation` on the workbench, counted from zero. */
export async function measure<T>(bench: Workbench, operation: () => Promise<T>): Promise<{ value: T; cost: OfficeCost }> {
  bench.fake.resetCounters();
  bench.bridge?.resetRequests();
  const value = await operation();
  const { bridge } = bench;
  if (bridge) {
    if (bridge.problems.length > 0) throw new Error(`The bridge could not answer the client library: ${bridge.problems.join("; ")}`);
    const perRoundTrip = bridge.requests.map((r) => r.actions);
    return {
      value,
      cost: { roundTrips: perRoundTrip.length, apiCalls: perRoundTrip.reduce((a, b) => a + b, 0), perRoundTrip, bytes: bridge.requests.map((r) => r.bytes) },
    };
  }
  const c = bench.fake.counters;
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
  readonly lang: Lang;
  readonly via: Via;
  /** Cells in the template's grid (rows × columns): the size the budget must not depend on. */
  readonly cells: number;
  readonly tables: number;
  readonly charts: number;
  readonly cost: OfficeCost;
}

/** "Load template" for one company into a fresh workbook. */
export async function templateLoad(
  company: TemplateCompany,
  style: FormulaStyle,
  options: { lang?: Lang; via?: Via } = {},
): Promise<TemplateLoadFigures & { result: LoadTemplateResult; snapshot: WorkbookSnapshot }> {
  const lang = options.lang ?? "en";
  const via = options.via ?? "in-memory";
  const bench = workbench(via);
  const { value, cost } = await measure(bench, () => loadTemplateWith(bench.env, { company: company.query, lang, style }, undefined, getDataset));
  const result = unwrap(value, `Template ${company.id} (${style}, ${lang}, ${via})`);
  const plan = buildTemplatePlan(templateInputFor(getDataset(), company.id)!, { lang, style });
  return {
    company: company.id,
    style,
    lang,
    via,
    cells: plan.cells.length * (plan.cells[0]?.length ?? 0),
    tables: result.tables.length,
    charts: result.charts.length,
    cost,
    result,
    snapshot: bench.fake.snapshot(),
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
  via: Via = "in-memory",
): Promise<{ bench: Workbench; sheets: number; addPeriod: (period: string) => Promise<void> }> {
  const bench = workbench(via);
  const { fake, directEnv: env } = bench;
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
  return { bench, sheets: tables.length, addPeriod };
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
  /** The workbook after applying. */
  readonly snapshot: WorkbookSnapshot;
}

/** "Refresh charts" in the pane over `n` recorded charts after a new period: preview, then apply. */
export async function refreshRecorded(n: number, via: Via = "in-memory"): Promise<RefreshFigures> {
  const { bench, sheets, addPeriod } = await recordedChartsWorkbook(n, via);
  await addPeriod("2025H2"); // a column at the end of the half-year group, the last one in Aier's financials
  const preview = await measure(bench, () => previewRefreshWith(bench.env));
  const p = unwrap(preview.value, "Preview").preview;
  const apply = await measure(bench, () => applyRefreshWith(bench.env, p, {}));
  const outcomes = unwrap(apply.value, "Refresh").charts;
  return { charts: n, sheets, preview: preview.cost, apply: apply.cost, items: p.items, outcomes, snapshot: bench.fake.snapshot() };
}

/**
 * The ribbon's "Refresh charts" over `n` recorded charts after a new period: preview and apply
 * in one action, without the pane. (A workbook of its own: the in-memory workbook cannot grow a
 * table twice, as that would shift the cells below it.)
 */
export async function ribbonRefresh(
  n: number,
  via: Via = "in-memory",
): Promise<{ charts: number; cost: OfficeCost; outcomes: readonly ChartOutcome[]; snapshot: WorkbookSnapshot }> {
  const { bench, addPeriod } = await recordedChartsWorkbook(n, via);
  await addPeriod("2025H2"); // a column at the end of the half-year group, the last one in Aier's financials
  const { value, cost } = await measure(bench, () => refreshChartsCommand(bench.env));
  return { charts: n, cost, outcomes: unwrap(value, "Ribbon refresh").charts, snapshot: bench.fake.snapshot() };
}

// ---------------------------------------------------------------------------------------------
// Roll-forward of charts the user made

/** A user's model: five charted periods, two new ones below the charts' ranges, `n` charts over it. */
export function userChartsWorkbook(n: number, via: Via = "in-memory"): Workbench {
  const w = workbench(via);
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
export async function rollForward(n: number, via: Via = "in-memory"): Promise<RefreshFigures> {
  const bench = userChartsWorkbook(n, via);
  const { env } = bench;
  const preview = await measure(bench, () => previewRefreshWith(env));
  const p = unwrap(preview.value, "Preview").preview;
  const apply = await measure(bench, () => applyRefreshWith(env, p, { rollForward: p.items.map((i) => i.id) }));
  const outcomes = unwrap(apply.value, "Roll-forward").charts;
  return { charts: n, sheets: 1, preview: preview.cost, apply: apply.cost, items: p.items, outcomes, snapshot: bench.fake.snapshot() };
}

// ---------------------------------------------------------------------------------------------
// Chart from selection

/** Capex and D&A rows of a user's model over `periods` periods, selected with their labels. */
export async function chartFromSelectionScenario(
  periods = 12,
  via: Via = "in-memory",
): Promise<{ periods: number; cost: OfficeCost; snapshot: WorkbookSnapshot }> {
  const bench = workbench(via);
  const { fake, env } = bench;
  const years = Array.from({ length: periods }, (_, i) => `'${2014 + i}`);
  fake.seed.sheet("Model", [
    ["", ...years],
    ["Revenue", ...years.map((_, i) => 100 + 10 * i)],
    ["Capex", ...years.map((_, i) => -(30 + 3 * i))],
    ["D&A", ...years.map((_, i) => 20 + 2 * i)],
  ]);
  const last = String.fromCharCode("A".charCodeAt(0) + periods);
  fake.seed.select(`Model!A1:${last}4`);
  const { value, cost } = await measure(bench, () => chartFromSelection(env, "en"));
  const r = unwrap(value, "Chart from selection");
  return { periods: r.periods, cost, snapshot: fake.snapshot() };
}
