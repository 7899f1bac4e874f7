/**
 * Timing helpers: warm-up, then samples; the median is the figure (robust to a stray GC or a
 * busy neighbour), min and max show the spread. Each sample repeats the call until it lasts at
 * least `minSampleMs`, so short calls are not lost in the timer's resolution.
 */
import type { Timing } from "./types";

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(samples: readonly number[], cpu?: readonly number[]): Timing {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    ...(cpu && cpu.length > 0 ? { cpu: median(cpu) } : {}),
  };
}

/** CPU milliseconds this process has used (user + system, all threads). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface TimeOptions {
  /** Calls before measuring (JIT, caches). */
  readonly warmup: number;
  readonly samples: number;
  /** A sample repeats the call until at least this long. */
  readonly minSampleMs: number;
}

/** Results are kept here so the engine cannot drop a call whose result is unused. */
export let sink: unknown = null;

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Milliseconds per call of `fn`. With --expose-gc, garbage is collected before each sample. */
export function timeSync(fn: () => unknown, options: TimeOptions): Timing {
  for (let i = 0; i < options.warmup; i++) sink = fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    gc?.();
    let calls = 0;
    const c0 = cpuMs();
    const t0 = performance.now();
    let elapsed: number;
    do {
      sink = fn();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < options.minSampleMs);
    cpu.push((cpuMs() - c0) / calls);
    samples.push(elapsed / calls);
  }
  return summarize(samples, cpu);
}

/** As timeSync, for a call that returns a promise. */
export async function timeAsync(fn: () => Promise<unknown>, options: TimeOptions): Promise<Timing> {
  for (let i = 0; i < options.warmup; i++) sink = await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let s = 0; s < options.samples; s++) {
    gc?.();
    let calls = 0;
    const c0 = cpuMs();
    const t0 = performance.now();
    let elapsed: number;
    do {
      sink = await fn();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < options.minSampleMs);
    cpu.push((cpuMs() - c0) / calls);
    samples.push(elapsed / calls);
  }
  return summarize(samples, cpu);
}

/** A small deterministic generator (mulberry32), so every run times the same inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
