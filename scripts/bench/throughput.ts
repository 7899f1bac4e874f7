/**
 * Throughput of the 15 analytic functions as Excel calls them: the functions dist/functions.js
 * associates (argument conversion, the core metric, result conversion; see shipped.ts), over
 * one column of 1 thousand, 100 thousand and 1 million cells. Each call's result is checked
 * before it is timed: a function that answered an error fast must not look fast.
 *
 * Not included (not measurable here): Excel marshalling the range to the add-in and the
 * spilled result back.
 */
import { isErrorResult, type Associated } from "./shipped";
import { random, timeSync, type TimeOptions } from "./stats";
import type { ThroughputResult, ThroughputRow } from "./types";

export const SIZES = [1_000, 100_000, 1_000_000] as const;

/** Every 97th cell of the figure columns is blank (missing data), the rest numbers. */
const BLANK_EVERY = 97;
const INPUT =
  "one column of numbers (capex negative, as statements print it; every 97th cell of the figure columns blank); " +
  "shares positive and adding to less than 1; scalars (CAGR years, TOP_SHARE n) as Excel passes them";

type Column = unknown[][];

interface Columns {
  /** Capex as printed: negative. */
  readonly capex: Column;
  /** Positive figures (D&A, revenue, prior...). */
  readonly a: Column;
  readonly b: Column;
  /** Market shares: positive, summing to < 1, no blanks. */
  readonly shares: Column;
}

function columns(n: number): Columns {
  const rnd = random(n);
  const col = (make: (i: number) => number, blanks: boolean): Column =>
    Array.from({ length: n }, (_, i) => [blanks && i % BLANK_EVERY === BLANK_EVERY - 1 ? null : make(i)]);
  return {
    capex: col(() => -Math.round(1 + rnd() * 1_000_000) / 100, true),
    a: col(() => Math.round(1 + rnd() * 1_000_000) / 100, true),
    b: col(() => Math.round(1 + rnd() * 1_000_000) / 100, true),
    shares: col(() => rnd() / n, false),
  };
}

interface Case {
  readonly fn: string;
  readonly args: (c: Columns) => unknown[];
  /** null when the result is what the function must give, else what is wrong. */
  readonly check: (result: unknown, n: number) => string | null;
}

const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/** A spilled column: n rows of one number, or "" where the input was blank; no errors. */
function gridCheck(result: unknown, n: number): string | null {
  if (!Array.isArray(result) || result.length !== n) return `expected ${n} rows, got ${Array.isArray(result) ? result.length : typeof result}`;
  for (let i = 0; i < n; i++) {
    const row = result[i] as unknown[];
    const v = row?.[0];
    const blank = i % BLANK_EVERY === BLANK_EVERY - 1;
    if (row?.length !== 1 || (blank ? v !== "" : !isNumber(v))) return `row ${i + 1}: ${isErrorResult(v) ? `${v.code} ${v.message ?? ""}` : JSON.stringify(row)}`;
  }
  return null;
}

const scalarNumber = (result: unknown) =>
  isNumber(result) ? null : `expected a number, got ${isErrorResult(result) ? `${result.code} ${result.message ?? ""}` : JSON.stringify(result)}`;

/** How each function is called: figure ranges as n×1 matrices, options as Excel passes them (omitted = null). */
const CASES: readonly Case[] = [
  { fn: "CAPEX_DA_RATIO", args: (c) => [c.capex, c.a], check: gridCheck },
  { fn: "SEGMENT_GROWTH", args: (c) => [c.a, c.b], check: gridCheck },
  { fn: "SEGMENT_MIX", args: (c) => [c.a], check: gridCheck },
  { fn: "GROWTH_CONTRIBUTION", args: (c) => [c.a, c.b], check: gridCheck },
  { fn: "CAGR", args: (c) => [c.a, c.b, [[5]]], check: gridCheck },
  { fn: "CAPEX_INTENSITY", args: (c) => [c.capex, c.a], check: gridCheck },
  { fn: "NET_INVESTMENT", args: (c) => [c.capex, c.a], check: gridCheck },
  { fn: "CASH_CONVERSION", args: (c) => [c.a, c.b], check: gridCheck },
  { fn: "FREE_CASH_FLOW", args: (c) => [c.a, c.capex], check: gridCheck },
  { fn: "RD_CAPITALIZATION", args: (c) => [c.a, c.b], check: gridCheck },
  { fn: "RECEIVABLE_DAYS", args: (c) => [c.a, c.b, null], check: gridCheck },
  { fn: "GOODWILL_TO_EQUITY", args: (c) => [c.a, c.b], check: gridCheck },
  { fn: "HHI", args: (c) => [c.shares], check: scalarNumber },
  { fn: "TOP_SHARE", args: (c) => [c.shares, 5], check: scalarNumber },
  {
    fn: "CYCLE_PHASE",
    args: (c) => [c.capex, c.a, null, null, null],
    check: (r) => (typeof r === "string" && r !== "" ? null : `expected a phase label, got ${JSON.stringify(r)}`),
  },
];

/** The analytic functions timed (DATA … FIELDS are timed as lookups). */
export const ANALYTIC_FUNCTIONS = CASES.map((c) => c.fn);

/**
 * Enough repetitions for a stable median at each size, within the bench's time budget (the
 * whole bench must finish in 5 minutes on 2 cores). The checked call before them is a warm-up too.
 */
function optionsFor(n: number): TimeOptions {
  if (n <= 1_000) return { warmup: 100, samples: 7, minSampleMs: 20 };
  if (n <= 100_000) return { warmup: 1, samples: 7, minSampleMs: 0 };
  return { warmup: 0, samples: 3, minSampleMs: 0 };
}

export function runThroughput(functions: Associated, log: (line: string) => void = () => undefined): ThroughputResult {
  const rows: ThroughputRow[] = [];
  for (const n of SIZES) {
    const cols = columns(n);
    for (const c of CASES) {
      const fn = functions.get(c.fn);
      if (!fn) throw new Error(`${c.fn} is not associated by dist/functions.js`);
      const args = c.args(cols);
      const problem = c.check(fn(...args), n);
      if (problem) throw new Error(`${c.fn} over ${n} cells gave a wrong result: ${problem}`);
      const ms = timeSync(() => fn(...args), optionsFor(n));
      rows.push({ fn: c.fn, cells: n, ms });
      log(`${c.fn.padEnd(20)} ${String(n).padStart(9)} cells  ${ms.median.toFixed(3).padStart(10)} ms`);
    }
  }
  return { rows, input: INPUT };
}
