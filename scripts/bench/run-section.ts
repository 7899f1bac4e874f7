/**
 * Runs one bench section in this process and writes its result as JSON:
 *   node --import tsx --expose-gc scripts/bench/run-section.ts <section> <out.json>
 * One process per section keeps their heaps, JIT state and globals (the shipped functions
 * install CustomFunctions) from affecting each other, and a failing section from stopping the rest.
 */
import { writeFileSync } from "node:fs";
import { DIST, ROOT } from "../../test/build/production-build";
import type { OfficeCost, TemplateLoadFigures, Via } from "../../test/budgets/scenarios";
import type { OperationCosts, RoundTripsResult, SectionName, SectionOutcome } from "./types";

const log = (line: string) => console.log(`  ${line}`);

async function operationCosts(via: Via, label: string): Promise<OperationCosts> {
  const s = await import("../../test/budgets/scenarios");
  const requests = (c: OfficeCost) => `${c.roundTrips}${c.bytes ? ` (${c.bytes.map((b) => (b / 1024).toFixed(1)).join(" + ")} KB)` : ""}`;
  const templates: TemplateLoadFigures[] = [];
  for (const company of s.templateCompanies())
    for (const style of ["live", "portable"] as const) {
      // Only the figures: the result and the workbook snapshot stay out of the bench's JSON.
      const { company: id, lang, via: v, cells, tables, charts, cost } = await s.templateLoad(company, style, { via });
      templates.push({ company: id, style, lang, via: v, cells, tables, charts, cost });
      log(`${label}: template ${id} (${style}): ${requests(cost)}, ${cost.apiCalls} ${via === "in-memory" ? "API calls" : "actions"}`);
    }
  const statuses = (outcomes: readonly { status: string }[]) => {
    const counts: Record<string, number> = {};
    for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
    return counts;
  };
  const recorded = [];
  for (const n of [1, 10, 100]) {
    const r = await s.refreshRecorded(n, via);
    const ribbon = await s.ribbonRefresh(n, via);
    recorded.push({
      charts: n,
      sheets: r.sheets,
      preview: r.preview,
      apply: r.apply,
      outcomes: statuses(r.outcomes),
      ribbon: ribbon.cost,
      ribbonOutcomes: statuses(ribbon.outcomes),
    });
    log(`${label}: refresh ${n} recorded charts: preview ${requests(r.preview)}, apply ${requests(r.apply)}, ribbon ${requests(ribbon.cost)}`);
  }
  const rollForward = [];
  for (const n of [1, 10, 100]) {
    const r = await s.rollForward(n, via);
    rollForward.push({ charts: n, sheets: r.sheets, preview: r.preview, apply: r.apply, outcomes: statuses(r.outcomes) });
    log(`${label}: roll forward ${n} user charts: preview ${requests(r.preview)}, apply ${requests(r.apply)}`);
  }
  const { periods, cost } = await s.chartFromSelectionScenario(12, via);
  log(`${label}: chart from selection: ${requests(cost)}`);
  return { templates, recorded, rollForward, chartFromSelection: { periods, cost } };
}

async function roundTrips(): Promise<RoundTripsResult> {
  const { EXCEL_BUILDS } = await import("../../test/support/officejs/index");
  const inMemory = await operationCosts("in-memory", "in memory");
  const library = [];
  for (const build of EXCEL_BUILDS) library.push({ build, ...(await operationCosts(build, build)) });
  return { ...inMemory, library };
}

async function run(section: SectionName): Promise<unknown> {
  switch (section) {
    case "round-trips":
      return roundTrips();
    case "throughput": {
      const { loadShippedFunctions } = await import("./shipped");
      const { runThroughput } = await import("./throughput");
      return runThroughput(loadShippedFunctions(DIST, false), log);
    }
    case "lookups": {
      const { loadShippedFunctions } = await import("./shipped");
      const { runLookups } = await import("./lookups");
      return runLookups(loadShippedFunctions(DIST, true), log);
    }
    case "import": {
      const { runImportBench } = await import("./import");
      return runImportBench(log);
    }
    case "bundles": {
      const { runBundles } = await import("./bundles");
      return runBundles(DIST, process.env.CAPCYCLE_BENCH_BUILD ?? "", ROOT);
    }
    case "startup": {
      const { runStartup } = await import("./startup");
      const { companiesGrid } = await import("../../src/core/dataset/functions");
      // DATA(<first listed ticker>, "revenue"): the call a sheet of DATA cells starts with.
      const ticker = companiesGrid().find((row) => typeof row[1] === "string" && row[1] !== "")?.[1] ?? "";
      return runStartup(DIST, [ticker, "revenue", null, null, null], { warmups: 2, runs: 11 }, log);
    }
    default:
      throw new Error(`unknown section ${String(section)}`);
  }
}

async function main(): Promise<void> {
  const [section, out] = process.argv.slice(2) as [SectionName, string];
  const started = performance.now();
  let outcome: SectionOutcome<unknown>;
  try {
    outcome = { ok: true, seconds: 0, result: await run(section) };
  } catch (error) {
    outcome = { ok: false, seconds: 0, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  writeFileSync(out, JSON.stringify({ ...outcome, seconds: (performance.now() - started) / 1000 }));
  // Chromium, servers or timers left behind must not keep the bench waiting.
  process.exit(outcome.ok ? 0 : 1);
}

void main();
