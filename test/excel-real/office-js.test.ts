/**
 * Every adapter scenario through Microsoft's Excel client builds (web, Windows, Mac): the
 * adapter in src/excel gets the library's `Excel.run` and nothing else changes. Each scenario
 * also runs directly against the in-memory workbook (once, shared by the three builds), and
 * the workbook must end in the same state both ways; the requests the library sent are
 * counted (SPEC §8: ≤ 4, its clean-up request included).
 */
import { describe, expect, it } from "vitest";
import { buildTemplatePlan } from "../../src/core/template/build";
import { getDataset } from "../../src/core/dataset/default-dataset";
import { applyTemplatePlan } from "../../src/excel/apply-template";
import {
  activateSheet,
  hostCapabilities,
  insertFormulaAtActiveCell,
  loadTemplate,
  onSelectionChanged,
  readActiveCell,
  refreshChartsCommand,
} from "../../src/excel/index";
import { loadTemplateWith } from "../../src/excel/load-template";
import { applyRefreshWith, previewRefreshWith } from "../../src/excel/refresh";
import type { RefreshChoices, RefreshPreview } from "../../src/excel/types";
import {
  chartFromSelectionScenario,
  refreshRecorded,
  ribbonRefresh,
  rollForward,
  templateCompanies,
  templateLoad,
  workbench,
  type Via,
  type Workbench,
} from "../budgets/scenarios";
import { acmeInput } from "../core/template/fixtures";
import { EXCEL_BUILDS, type ExcelBuild } from "../support/officejs/index";

/** SPEC §8, counted as the client library sends requests. */
const REQUEST_BUDGET = 4;

/**
 * The library sends what the in-memory workbook counts plus the clean-up request that ends
 * `Excel.run` (test/support/officejs/README.md, item 1).
 */
const CLEAN_UP = 1;

/** Excel on the web refuses a request body over 5 MB. */
const EXCEL_WEB_REQUEST_CAP = 5 * 1024 * 1024;

const LONG = 240_000;

/** Direct runs, computed by the first build that needs them and reused by the others. */
const directRuns = new Map<string, Promise<unknown>>();
function direct<T>(key: string, run: () => Promise<T>): Promise<T> {
  if (!directRuns.has(key)) directRuns.set(key, run());
  return directRuns.get(key) as Promise<T>;
}

describe.each(EXCEL_BUILDS)("through %s", (build) => adapterScenariosThrough(build));

function adapterScenariosThrough(build: ExcelBuild): void {
  describe(`load template: same workbook as the direct run, ≤ ${REQUEST_BUDGET} requests`, () => {
    const cases = templateCompanies().flatMap((c) =>
      (["live", "portable"] as const).flatMap((style) => (["en", "zh"] as const).map((lang) => [c.id, style, lang, c] as const)),
    );

    it("covers every seed company with figures, live and portable, in both languages", () => {
      expect(cases.map(([id]) => id)).toContain("aier_eye");
      expect(cases.length).toBeGreaterThanOrEqual(4 * 10);
    });

    it.each(cases)("%s (%s, %s)", async (_, style, lang, company) => {
      const d = await direct(`template ${company.id} ${style} ${lang}`, () => templateLoad(company, style, { lang }));
      const real = await templateLoad(company, style, { lang, via: build });
      expect(real.snapshot).toEqual(d.snapshot);
      expect(real.result).toEqual(d.result);
      expect(real.cost.roundTrips).toBe(d.cost.roundTrips + CLEAN_UP);
      expect(real.cost.roundTrips).toBeLessThanOrEqual(REQUEST_BUDGET);
      expect(Math.max(...real.cost.bytes!)).toBeLessThan(EXCEL_WEB_REQUEST_CAP);
    }, LONG);
  });

  describe(`refresh N recorded charts: same outcome as the direct run, ≤ ${REQUEST_BUDGET} requests per step`, () => {
    it.each([1, 10, 100])("%i charts: preview and apply", async (n) => {
      const d = await direct(`refresh ${n}`, () => refreshRecorded(n));
      const real = await refreshRecorded(n, build);
      expect(real.items).toEqual(d.items);
      expect(real.outcomes).toEqual(d.outcomes);
      expect(real.outcomes.map((o) => o.status)).toEqual(Array(n).fill("refreshed"));
      expect(real.snapshot).toEqual(d.snapshot);
      expect([real.preview.roundTrips, real.apply.roundTrips]).toEqual([d.preview.roundTrips + CLEAN_UP, d.apply.roundTrips + CLEAN_UP]);
      expect(Math.max(...real.preview.bytes!, ...real.apply.bytes!)).toBeLessThan(EXCEL_WEB_REQUEST_CAP);
      expect(real.preview.roundTrips).toBeLessThanOrEqual(REQUEST_BUDGET);
      expect(real.apply.roundTrips).toBeLessThanOrEqual(REQUEST_BUDGET);
    }, LONG);

    it.each([1, 10, 100])("%i charts: the ribbon button", async (n) => {
      const d = await direct(`ribbon ${n}`, () => ribbonRefresh(n));
      const real = await ribbonRefresh(n, build);
      expect(real.outcomes).toEqual(d.outcomes);
      expect(real.outcomes.map((o) => o.status)).toEqual(Array(n).fill("refreshed"));
      expect(real.snapshot).toEqual(d.snapshot);
      expect(real.cost.roundTrips).toBe(d.cost.roundTrips + CLEAN_UP);
      expect(real.cost.roundTrips).toBeLessThanOrEqual(REQUEST_BUDGET);
    }, LONG);
  });

  describe(`roll forward N user charts`, () => {
    it.each([1, 10, 100])("%i charts", async (n) => {
      const d = await direct(`roll forward ${n}`, () => rollForward(n));
      const real = await rollForward(n, build);
      expect(real.items).toEqual(d.items);
      expect(real.outcomes.map((o) => o.status)).toEqual(Array(n).fill("extended"));
      expect(real.outcomes).toEqual(d.outcomes);
      expect(real.snapshot).toEqual(d.snapshot);
      expect([real.preview.roundTrips, real.apply.roundTrips]).toEqual([d.preview.roundTrips + CLEAN_UP, d.apply.roundTrips + CLEAN_UP]);
      expect(Math.max(...real.preview.bytes!, ...real.apply.bytes!)).toBeLessThan(EXCEL_WEB_REQUEST_CAP);
      expect(real.preview.roundTrips).toBeLessThanOrEqual(REQUEST_BUDGET);
      expect(real.apply.roundTrips).toBeLessThanOrEqual(REQUEST_BUDGET);
    }, LONG);
  });

  describe(`refresh when the workbook changed under the charts: same outcomes as the direct run`, () => {
    const plan = buildTemplatePlan(acmeInput(), { lang: "en", style: "live" });
    const SHEET = plan.sheetName;
    const financials = plan.tables.find((t) => t.role === "financials")!.name;
    const capex = plan.charts.find((c) => c.tableRole === "financials")!.name;
    /** A template's charts and a user's chart, then `change` (made in the workbook directly), then the pane's refresh. */
    const refreshAfter = (key: string, change: (fake: Workbench["fake"]) => Promise<void>, choose: (p: RefreshPreview) => RefreshChoices) => {
      const run = async (via: Via) => {
        const bench = workbench(via);
        const t = await applyTemplatePlan(bench.directEnv, plan);
        if (!t.ok) throw new Error(t.reason.en);
        bench.fake.seed.sheet("Model", [["Period", "Capex"], ["'2020", 10], ["'2021", 12], ["'2022", 15]]);
        bench.fake.seed.chart("Model", { type: "ColumnClustered", name: "My chart", series: [{ name: "Capex", values: "Model!B2:B3", categories: "Model!A2:A3" }] });
        await change(bench.fake);
        const preview = await previewRefreshWith(bench.env);
        if (!preview.ok) throw new Error(preview.reason.en);
        const applied = await applyRefreshWith(bench.env, preview.preview, choose(preview.preview));
        const ribbon = await refreshChartsCommand(bench.env);
        return { items: preview.preview.items, applied, ribbon, snapshot: bench.fake.snapshot(), problems: bench.bridge?.problems ?? [] };
      };
      return async () => {
        const d = await direct(`refresh after ${key}`, () => run("in-memory"));
        const real = await run(build);
        expect(real.problems).toEqual([]);
        expect(real).toEqual(d);
        return real;
      };
    };
    const all = (p: RefreshPreview): RefreshChoices => ({ rebuild: p.items.map((i) => i.id), rollForward: p.items.map((i) => i.id) });
    const edit = (batch: (context: Excel.RequestContext) => void) => (fake: Workbench["fake"]) =>
      fake.run(async (context) => {
        batch(context);
        await context.sync();
      });

    it("a table deleted: its chart skipped with the reason", async () => {
      const r = await refreshAfter("table deleted", edit((c) => c.workbook.tables.getItem(financials).delete()), all)();
      expect(r.items.find((i) => i.chart === capex)).toMatchObject({ action: "skip", reason: { en: `Table ${financials} no longer exists.` } });
    });

    it("a chart deleted: rebuilt on request; the ribbon leaves the user's chart to the pane", async () => {
      const r = await refreshAfter("chart deleted", edit((c) => c.workbook.worksheets.getItem(SHEET).charts.getItem(capex).delete()), all)();
      expect(r.applied.ok && r.applied.charts.find((c) => c.chart === capex)?.status).toBe("rebuilt");
      expect(r.ribbon.ok && r.ribbon.charts.find((c) => c.chart === "My chart")?.status).toBe("skipped");
    });

    it("new periods below a user's chart: rolled forward when chosen", async () => {
      const r = await refreshAfter("nothing", async () => undefined, all)();
      expect(r.applied.ok && r.applied.charts.find((c) => c.chart === "My chart")?.status).toBe("extended");
    });
  });

  describe(`chart from selection`, () => {
    it("builds the same chart and ratio row as the direct run", async () => {
      const d = await direct("chart from selection", () => chartFromSelectionScenario(12));
      const real = await chartFromSelectionScenario(12, build);
      expect(real.periods).toBe(12);
      expect(real.snapshot).toEqual(d.snapshot);
      expect(real.cost.roundTrips).toBe(d.cost.roundTrips + CLEAN_UP);
      expect(real.cost.roundTrips).toBeLessThanOrEqual(REQUEST_BUDGET);
    });
  });

  describe(`the active cell`, () => {
    const formula = '=CAPCYCLE.DATA("300015.SZ","revenue","2025H1")';
    const both = async <T>(scenario: (via: Via) => Promise<T>) => ({ direct: await scenario("in-memory"), real: await scenario(build) });

    it("inserts a formula at the active cell and reads back the figure behind it", async () => {
      const { direct, real } = await both(async (via) => {
        const bench = workbench(via);
        bench.fake.seed.sheet("Model", { A1: "x" });
        bench.fake.seed.select("Model!C3");
        const written = await insertFormulaAtActiveCell(formula, bench.env);
        const read = await readActiveCell(bench.env);
        return { written, read, snapshot: bench.fake.snapshot(), problems: bench.bridge?.problems ?? [] };
      });
      expect(real.written).toEqual({ ok: true, address: "Model!C3" });
      expect(real.read.ok && real.read.cell.figures).toEqual([{ company: "300015.SZ", field: "revenue", period: "2025H1" }]);
      expect(real).toEqual(direct);
    });

    it("maps a template's cells to their figures through the record", async () => {
      const load = async (via: Via) => {
        const bench = workbench(via);
        const t = await loadTemplateWith(bench.env, { company: "300015.SZ", lang: "en", style: "portable" }, undefined, getDataset);
        if (!t.ok) throw new Error(t.reason.en);
        return { bench, sheet: t.sheet };
      };
      // The cell holding Aier's revenue for 2025H1 (115.07), wherever the layout puts it.
      const probe = await load("in-memory");
      const grid = probe.bench.fake.values(`'${probe.sheet}'!A1:Z80`);
      const at = grid.flatMap((row, r) => row.map((v, c) => ({ v, r, c }))).find(({ v }) => typeof v === "number" && Math.abs(v - 115.07) < 1e-9);
      if (!at) throw new Error("No cell holds 115.07 in the template.");
      const address = `${String.fromCharCode(65 + at.c)}${at.r + 1}`;
      const { direct, real } = await both(async (via) => {
        const { bench, sheet } = await load(via);
        bench.fake.seed.select(`'${sheet}'!${address}`);
        return { read: await readActiveCell(bench.env), problems: bench.bridge?.problems ?? [] };
      });
      expect(real.read.ok && real.read.cell.value).toBeCloseTo(115.07, 9);
      // The figures behind it are test/excel/active-cell.test.ts's concern; here: the same as the direct run.
      expect(real).toEqual(direct);
    });

    it("activates a sheet, or says it does not exist (ItemNotFound from the library)", async () => {
      const { direct, real } = await both(async (via) => {
        const bench = workbench(via);
        bench.fake.seed.sheet("Other", {});
        const ok = await activateSheet("Other", bench.env);
        const missing = await activateSheet("Nope", bench.env);
        return { ok, missing, active: bench.fake.snapshot().activeSheet, problems: bench.bridge?.problems ?? [] };
      });
      expect(real).toEqual({ ok: { ok: true }, missing: { ok: false, reason: expect.objectContaining({ en: 'There is no sheet "Nope".' }) }, active: "Other", problems: [] });
      expect(real).toEqual(direct);
    });

    it("refuses text that is not a formula, as the direct run does", async () => {
      const { direct, real } = await both(async (via) => insertFormulaAtActiveCell("CAPCYCLE.DATA()", workbench(via).env));
      expect(real.ok).toBe(false);
      expect(real).toEqual(direct);
    });
  });

  describe(`failures reach the adapter as they would from Excel`, () => {
    const load = (bench: ReturnType<typeof workbench>) =>
      loadTemplateWith(bench.env, { company: "300015.SZ", lang: "zh", style: "live" }, undefined, getDataset);

    it("a request failing half-way through a template: same reason, the partial sheet removed", async () => {
      const run = async (via: Via) => {
        const bench = workbench(via);
        bench.fake.resetCounters();
        bench.fake.failNext({ sync: 2, afterOps: 40, code: "GeneralException", message: "The network dropped." });
        const before = bench.fake.snapshot();
        const r = await load(bench);
        return { r, changed: bench.fake.snapshot(), before, problems: bench.bridge?.problems ?? [] };
      };
      const d = await direct("template failing half-way", () => run("in-memory"));
      const real = await run(build);
      expect(real.r).toEqual({ ok: false, reason: expect.objectContaining({ en: expect.stringContaining("The network dropped.") }) });
      expect(real.changed).toEqual(real.before);
      expect(real).toEqual(d);
    });

    it("a protected workbook: the plain reason, nothing added", async () => {
      const run = async (via: Via) => {
        const bench = workbench(via);
        bench.fake.seed.protectWorkbook();
        const before = bench.fake.snapshot();
        const r = await load(bench);
        return { r, changed: bench.fake.snapshot(), before, problems: bench.bridge?.problems ?? [] };
      };
      const d = await direct("template in a protected workbook", () => run("in-memory"));
      const real = await run(build);
      expect(real.r.ok || real.r.reason.en).toMatch(/structure is protected/);
      expect(real.changed).toEqual(real.before);
      expect(real).toEqual(d);
    });

    it("a formula into a protected sheet: Excel's AccessDenied, read from the library's error", async () => {
      const run = async (via: Via) => {
        const bench = workbench(via);
        bench.fake.seed.sheet("Model", { A1: "x" });
        bench.fake.seed.select("Model!B2");
        bench.fake.seed.protect("Model");
        const r = await insertFormulaAtActiveCell('=CAPCYCLE.DATA("300015.SZ","capex","2024")', bench.env);
        return { r, cell: bench.fake.cell("Model!B2"), problems: bench.bridge?.problems ?? [] };
      };
      const d = await direct("formula into a protected sheet", () => run("in-memory"));
      const real = await run(build);
      expect(real.r.ok || real.r.reason.en).toMatch(/^Excel denied access/);
      expect(real.cell).toEqual({ value: "" });
      expect(real).toEqual(d);
    });
  });

  describe(`the add-in's own globals`, () => {
    it("with no env, the adapter finds the library's Excel and Office as in Excel, and loads a template", async () => {
      const bench = workbench(build, { supported: ["ExcelApi 1.7"] });
      const uninstall = bench.bridge!.install();
      try {
        const caps = hostCapabilities();
        expect(caps.inExcel).toBe(true);
        expect(caps.excelApi).toEqual({ "1.5": true, "1.7": true, "1.8": false, "1.15": false });
        const r = await loadTemplate({ company: "300015.SZ", lang: "en", style: "portable" });
        expect(r.ok, JSON.stringify(r)).toBe(true);
        expect(bench.bridge!.requests.length).toBeGreaterThan(0);
        expect(bench.bridge!.problems).toEqual([]);
      } finally {
        uninstall();
      }
      expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
    });
  });

  describe(`selection events`, () => {
    it("follows the selection until unsubscribed", async () => {
      const bench = workbench(build);
      const bridge = bench.bridge!;
      bench.fake.seed.sheet("Model", { A1: "x" });
      let calls = 0;
      const r = await onSelectionChanged(() => calls++, bench.env);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      await bridge.select("Model", "B2");
      await bridge.select("Model", "C3:D4");
      expect(calls).toBe(2);
      await r.unsubscribe();
      await bridge.select("Model", "A1");
      expect(calls).toBe(2);
      expect(bench.fake.snapshot().selection).toBe("Model!A1");
      expect(bridge.problems).toEqual([]);
    });
  });
}
