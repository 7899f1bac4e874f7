/**
 * Runs one bench section in this process and writes its result as JSON:
 *   node --import tsx --expose-gc scripts/bench/run-section.ts <section> <out.json>
 * One process per section keeps their heaps, JIT state and globals (the shipped functions
 * install CustomFunctions) from affecting each other, and a failing section from stopping the rest.
 */
import { writeFileSync } from "node:fs";
import { DIST } from "../../test/build/production-build";
import type { RoundTripsResult, SectionName, SectionOutcome } from "./types";

const log = (line: string) => console.log(`  ${line}`);

async function roundTrips(): Promise<RoundTripsResult> {
  const s = await import("../../test/budgets/scenarios");
  const templates = [];
  for (const company of s.templateCompanies())
    for (const style of ["live", "portable"] as const) {
      const r = await s.templateLoad(company, style);
      templates.push(r);
      log(`template ${r.company} (${style}): ${r.cost.roundTrips} round trips, ${r.cost.apiCalls} API calls`);
    }
  const statuses = (outcomes: readonly { status: string }[]) => {
    const counts: Record<string, number> = {};
    for (const o of outcomes) counts[o.status] = (counts[o.status] ?? 0) + 1;
    return counts;
  };
  const recorded = [];
  for (const n of [1, 10, 100]) {
    const r = await s.refreshRecorded(n);
    const ribbon = await s.ribbonRefresh(n);
    recorded.push({
      charts: n,
      sheets: r.sheets,
      preview: r.preview,
      apply: r.apply,
      outcomes: statuses(r.outcomes),
      ribbon: ribbon.cost,
      ribbonOutcomes: statuses(ribbon.outcomes),
    });
    log(`refresh ${n} recorded charts: preview ${r.preview.roundTrips}, apply ${r.apply.roundTrips}, ribbon ${ribbon.cost.roundTrips} round trips`);
  }
  const rollForward = [];
  for (const n of [1, 10, 100]) {
    const r = await s.rollForward(n);
    rollForward.push({ charts: n, sheets: r.sheets, preview: r.preview, apply: r.apply, outcomes: statuses(r.outcomes) });
    log(`roll forward ${n} user charts: preview ${r.preview.roundTrips}, apply ${r.apply.roundTrips} round trips`);
  }
  const chartFromSelection = await s.chartFromSelectionScenario(12);
  log(`chart from selection: ${chartFromSelection.cost.roundTrips} round trips`);
  return { templates, recorded, rollForward, chartFromSelection };
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
      return runBundles(DIST, process.env.CAPCYCLE_BENCH_BUILD ?? "");
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
