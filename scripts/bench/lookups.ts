/**
 * DATA lookups per second, through the shipped custom functions (dist/functions.js and
 * the dataset chunk dist/dataset.<hash>.js; see shipped.ts). The queries are every figure of the bundled data, written
 * as users write them: the company by ticker, Chinese name, English name or id in turn, the
 * field by id or Chinese name in turn, the period, and the segment where there is one. Every
 * answer is checked (a figure, never an error) before anything is timed.
 *
 * The data functions are async (they await the dataset chunk), so two rates are reported: one
 * call awaited at a time, and all queries issued together, as when Excel recalculates a sheet
 * full of DATA cells.
 */
import { getDataset } from "../../src/core/dataset/default-dataset";
import { isErrorResult, type Associated } from "./shipped";
import { timeAsync } from "./stats";
import type { LookupRow, LookupsResult } from "./types";

type Query = readonly [company: string, field: string, period: string, unit: null, segment: string | null];

/** Every stored figure of the source dataset as a DATA call. */
function queries(): Query[] {
  const ds = getDataset();
  return ds.groups.map((g, i) => {
    const e = ds.entityById.get(g.entity)!;
    const names = [e.ticker ?? e.id, e.name_zh, e.name_en, e.id];
    const f = ds.fieldById.get(g.field);
    const field = i % 2 === 1 && f && f.name_zh && !f.yoyOf ? f.name_zh : g.field;
    return [names[i % names.length]!, field, g.period, null, g.segment ?? null] as const;
  });
}

const describe = (v: unknown) => (isErrorResult(v) ? `${v.code} ${v.message ?? ""}` : JSON.stringify(v));

export async function runLookups(functions: Associated, log: (line: string) => void = () => undefined): Promise<LookupsResult> {
  const get = (id: string) => {
    const fn = functions.get(id);
    if (!fn) throw new Error(`${id} is not associated by dist/functions.js`);
    return fn as (...args: unknown[]) => Promise<unknown>;
  };
  const DATA = get("DATA");
  const SOURCE = get("SOURCE");
  const SERIES = get("SERIES");

  // The first data call of a session builds the dataset index from the bundled seeds.
  const t0 = performance.now();
  const companies = await get("COMPANIES")();
  const firstCallMs = performance.now() - t0;
  if (!Array.isArray(companies) || companies.length === 0) throw new Error(`COMPANIES gave ${describe(companies)}`);

  const qs = queries();
  for (const q of qs) {
    const v = await DATA(...q);
    if (isErrorResult(v) || v === "" || v === null || v === undefined) throw new Error(`DATA(${JSON.stringify(q)}) gave ${describe(v)}`);
  }
  log(`${qs.length} DATA queries answered; first data call ${firstCallMs.toFixed(1)} ms`);

  const options = { warmup: 3, samples: 7, minSampleMs: 50 };
  const rows: LookupRow[] = [];
  const time = async (what: string, pass: () => Promise<unknown>) => {
    const ms = await timeAsync(pass, options);
    rows.push({ what, calls: qs.length, ms });
    log(`${what}: ${ms.median.toFixed(2)} ms for ${qs.length} calls`);
  };
  await time("DATA, each call awaited in turn", async () => {
    for (const q of qs) await DATA(...q);
  });
  await time("DATA, all calls issued together", () => Promise.all(qs.map((q) => DATA(...q))));
  await time("SOURCE, all calls issued together", () => Promise.all(qs.map(([c, f, p, , s]) => SOURCE(c, f, p, s))));
  await time("SERIES, all calls issued together", () => Promise.all(qs.map(([c, f, , u, s]) => SERIES(c, f, u, s))));
  return { firstCallMs, queries: qs.length, rows };
}
