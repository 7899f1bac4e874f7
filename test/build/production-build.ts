/**
 * The production build in dist/, for tests that check what ships. `ensureProductionBuild()`
 * runs `webpack --mode production` unless dist/ already holds a production build newer than
 * every input. A lock keeps test files running in parallel from building at the same time,
 * and the build is written beside dist/ and swapped in, so a test serving dist/ never sees a
 * half-written one.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

/** Files every build writes; the oldest of them dates the build. */
const OUTPUTS = [
  "functions.js",
  "functions.json",
  "functions.zh-CN.json",
  "commands.js",
  "taskpane.js",
  "taskpane.html",
  "manifest.xml",
];
/** What the build reads. */
const INPUTS = ["src", "seeds", "assets", "scripts", "manifest.xml", "webpack.config.js", "tsconfig.json", "package.json"];
const CACHE = join(ROOT, "node_modules", ".cache");
const LOCK = join(CACHE, "capcycle-production-build.lock");
const NEXT = join(CACHE, "capcycle-dist-next");
const OLD = join(CACHE, "capcycle-dist-old");
const STALE_LOCK_MS = 10 * 60 * 1000;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ cannot be used as it is, or null when it is a fresh production build. */
export function staleReason(): string | null {
  const missing = OUTPUTS.filter((file) => !existsSync(join(DIST, file)));
  if (missing.length > 0) return `missing ${missing.join(", ")}`;
  // A development build (`npm run build:dev`) keeps webpack's readable runtime banner.
  if (readFileSync(join(DIST, "functions.js"), "utf8").includes("/******/")) return "a development build";
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(DIST, file)).mtimeMs));
  const changed = INPUTS.filter((input) => newestMtime(join(ROOT, input)) > built);
  return changed.length > 0 ? `older than ${changed.join(", ")}` : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(): void {
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A build that died without unlocking leaves the lock behind: take it over when old.
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(500);
    }
  }
}

/**
 * Builds dist/ for production with the default (dev server) URLs if it is not fresh.
 * Returns what it did, for the test log.
 */
export function ensureProductionBuild(): string {
  if (staleReason() === null) return "dist/ is fresh";
  acquireLock();
  try {
    // Another worker may have built while this one waited.
    const reason = staleReason();
    if (reason === null) return "dist/ was built by another test";
    const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    const started = Date.now();
    rmSync(NEXT, { recursive: true, force: true });
    try {
      execFileSync(process.execPath, [webpack, "--mode", "production", "--output-path", NEXT], {
        cwd: ROOT,
        env: { ...process.env, CAPCYCLE_PUBLIC_URL: "" },
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      throw new Error(`The production build failed:\n${stdout}\n${stderr}`, { cause: error });
    }
    rmSync(OLD, { recursive: true, force: true });
    if (existsSync(DIST)) renameSync(DIST, OLD);
    renameSync(NEXT, DIST);
    rmSync(OLD, { recursive: true, force: true });
    return `built dist/ (${reason}) in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
