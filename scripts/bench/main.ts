/**
 * `npm run bench`: builds dist/ if it is missing or stale, runs each section in its own
 * process (run-section.ts), then prints BENCHMARKS.md and writes it at the project root.
 *
 *   npm run bench                          every section, writes BENCHMARKS.md
 *   npm run bench -- --only throughput     some sections (comma-separated); prints only
 *   npm run bench -- --out other.md        writes elsewhere
 *   npm run bench -- --rerender            the last full run's results again (after a change to report.ts)
 *
 * Exits 1 when a section failed (the report says which and why, and shows the rest).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { ROOT, ensureProductionBuild } from "../../test/build/production-build";
import { findBrowser } from "../../test/e2e/support/find-browser";
import { renderReport, type BenchResults } from "./report";
import type { MachineInfo, SectionName, SectionOutcome } from "./types";

/** The last run's results, for --rerender. */
const LAST = join(ROOT, "node_modules", ".cache", "capcycle-bench", "results.json");

/** In this order: the quick deterministic figures first, the long timings after. */
const SECTIONS: readonly SectionName[] = ["bundles", "round-trips", "throughput", "lookups", "import", "startup"];

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

async function machine(): Promise<MachineInfo> {
  const browser = await findBrowser().catch(() => null);
  const commit = quiet("git", ["rev-parse", "--short", "HEAD"]) || "unknown";
  const dirty = quiet("git", ["status", "--porcelain"]) !== "";
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: dirty ? `${commit} + uncommitted changes` : commit,
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    os: `${type()} ${release()}`,
    chromium: browser ? `${quiet(browser.executablePath, ["--version"]) || browser.executablePath} (${browser.origin})` : "not found",
    loadAverage: loadavg()[0] ?? 0,
  };
}

function parseArgs(argv: readonly string[]): { only: SectionName[] | null; out: string | null; rerender: boolean } {
  let only: SectionName[] | null = null;
  let out: string | null = null;
  let rerender = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--rerender") rerender = true;
    else if (a === "--only") {
      const names = (argv[++i] ?? "").split(",").filter(Boolean);
      const unknown = names.filter((n) => !SECTIONS.includes(n as SectionName));
      if (unknown.length > 0) throw new Error(`Unknown section ${unknown.join(", ")}; sections: ${SECTIONS.join(", ")}`);
      only = names as SectionName[];
    } else if (a === "--out") out = argv[++i] ?? null;
    else throw new Error(`Unknown option ${a}. Usage: npm run bench [-- --only ${SECTIONS.join(",")}] [--out FILE] [--rerender]`);
  }
  return { only, out: out ?? (only ? null : join(ROOT, "BENCHMARKS.md")), rerender };
}

function runSection(name: SectionName, dir: string, build: string): SectionOutcome<unknown> {
  const file = join(dir, `${name}.json`);
  console.log(`\n[bench] ${name}`);
  const started = Date.now();
  const child = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(__dirname, "run-section.ts"), name, file], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, CAPCYCLE_BENCH_BUILD: build },
  });
  try {
    const outcome = JSON.parse(readFileSync(file, "utf8")) as SectionOutcome<unknown>;
    if (!outcome.ok) console.log(`[bench] ${name} failed: ${outcome.error?.split("\n")[0]}`);
    return outcome;
  } catch {
    return { ok: false, seconds: (Date.now() - started) / 1000, error: `The section's process ended (${child.signal ?? `exit ${child.status}`}) without a result.` };
  }
}

function write(report: string, out: string | null): void {
  console.log(`\n${report}`);
  if (out) {
    writeFileSync(out, report);
    console.log(`[bench] wrote ${out}`);
  }
}

async function main(): Promise<number> {
  const { only, out, rerender } = parseArgs(process.argv.slice(2));
  if (rerender) {
    const last = JSON.parse(readFileSync(LAST, "utf8")) as BenchResults;
    write(renderReport(last), out);
    return 0;
  }
  const started = Date.now();
  const info = await machine();
  console.log(`[bench] ${info.cores} × ${info.cpu}, ${info.memoryGiB.toFixed(1)} GiB, Node ${info.node}, load ${info.loadAverage.toFixed(2)}`);
  console.log("[bench] production build…");
  const build = ensureProductionBuild();
  console.log(`[bench] ${build}`);
  const dir = mkdtempSync(join(tmpdir(), "capcycle-bench-"));
  const sections: BenchResults["sections"] = {};
  try {
    for (const name of only ?? SECTIONS) sections[name] = runSection(name, dir, build);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const results: BenchResults = { machine: info, build, seconds: (Date.now() - started) / 1000, sections };
  if (!only) {
    mkdirSync(join(LAST, ".."), { recursive: true });
    writeFileSync(LAST, JSON.stringify(results));
  }
  write(renderReport(results), out);
  return Object.values(sections).every((s) => s.ok) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
