/**
 * Start-up in headless Chromium: a copy of dist/ served on localhost, the page loaded in a fresh
 * browser context each time (no cache), with an init script standing in for Office:
 * `CustomFunctions` (associate records each id and when) and a minimal `Office` (onReady →
 * Excel). In the copy, taskpane.html loads an empty local office-stub.js in place of the CDN's
 * office.js (intercepting the CDN request instead would add the test driver's own latency).
 *
 * Read from the page, in ms after navigation start (performance.timeOrigin):
 *   functions registered  mark "capcycle:functions-registered" (src/functions/functions.ts),
 *                         cross-checked with the stub's last associate call;
 *   pane interactive      mark "capcycle:pane-interactive" (src/taskpane/index.tsx: first commit);
 *   DATA answered         a DATA call made by the stub as soon as DATA is associated, resolved
 *                         (it imports the dataset chunk, waits for it and builds the index; the
 *                         chunk's download thus starts during registration, beside the page's
 *                         scripts, and is counted among the scripts fetched before the pane mark).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, OFFICE_JS_URL } from "../../test/e2e/support/browser";
import { serveStatic } from "../../test/e2e/support/server";
import type { StartupResult, StartupRun } from "./types";

export const FUNCTIONS_MARK = "capcycle:functions-registered";
export const PANE_MARK = "capcycle:pane-interactive";

/** Installed before any script of the page runs. `probe` is the DATA call made at association. */
function initScript(probe: readonly unknown[]): string {
  return `(() => {
  const bench = { associated: [], data: null, errors: [] };
  globalThis.__capcycleBench = bench;
  class BenchError { constructor(code, message) { this.code = code; this.message = message; } }
  globalThis.CustomFunctions = {
    associate(id, fn) {
      if (typeof id === "object" && id !== null) { for (const k of Object.keys(id)) this.associate(k, id[k]); return; }
      const name = String(id).toUpperCase();
      bench.associated.push([name, performance.now()]);
      if (name === "DATA") {
        Promise.resolve(fn(...${JSON.stringify(probe)})).then(
          (v) => { bench.data = [performance.now(), v instanceof BenchError ? v.code + " " + (v.message || "") : String(v)]; },
          (e) => { bench.errors.push(String(e)); },
        );
      }
    },
    Error: BenchError,
    ErrorCode: { divisionByZero: "#DIV/0!", invalidName: "#NAME?", invalidNumber: "#NUM!", invalidReference: "#REF!", invalidValue: "#VALUE!", notAvailable: "#N/A", nullReference: "#NULL!" },
  };
  const info = { host: "Excel", platform: "PC" };
  globalThis.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC" },
    onReady(callback) { if (callback) callback(info); return Promise.resolve(info); },
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: () => true },
      document: { settings: { get: () => null, set() {}, remove() {}, saveAsync(cb) { if (cb) cb({ status: "succeeded" }); } } },
    },
    actions: { associate() {} },
  };
})();`;
}

interface PageReadings {
  scripts: string[];
  functionsMark: number | null;
  paneMark: number | null;
  associated: [string, number][];
  data: [number, string] | null;
  errors: string[];
  domContentLoaded: number;
  load: number;
}

async function loadOnce(browser: Browser, url: string, script: string, expected: number): Promise<StartupRun> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
    await page.addInitScript({ content: script });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(
      ([pm, n]) => {
        const b = (globalThis as unknown as { __capcycleBench: { associated: unknown[]; data: unknown } }).__capcycleBench;
        return performance.getEntriesByName(pm).length > 0 && b.associated.length >= (n) && b.data !== null;
      },
      [PANE_MARK, expected] as const,
      { timeout: 20_000 },
    );
    const r: PageReadings = await page.evaluate(
      ([fm, pm]) => {
        const b = (globalThis as unknown as { __capcycleBench: { associated: [string, number][]; data: [number, string] | null; errors: string[] } }).__capcycleBench;
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        const pane = performance.getEntriesByName(pm)[0]?.startTime ?? Infinity;
        const scripts = performance
          .getEntriesByType("resource")
          .filter((e) => e.startTime < pane && e.name.startsWith(location.origin) && /\.js(\?|$)/.test(e.name) && !e.name.includes("office-stub"))
          .map((e) => new URL(e.name).pathname.replace(/^.*\//, ""));
        return {
          scripts,
          functionsMark: performance.getEntriesByName(fm)[0]?.startTime ?? null,
          paneMark: performance.getEntriesByName(pm)[0]?.startTime ?? null,
          associated: b.associated,
          data: b.data,
          errors: b.errors,
          domContentLoaded: nav?.domContentLoadedEventEnd ?? -1,
          load: nav?.loadEventEnd ?? -1,
        };
      },
      [FUNCTIONS_MARK, PANE_MARK] as const,
    );
    return {
      functionsMark: r.functionsMark,
      lastAssociate: r.associated.length > 0 ? Math.max(...r.associated.map(([, t]) => t)) : null,
      associated: new Set(r.associated.map(([id]) => id)).size,
      paneMark: r.paneMark,
      dataAnswered: r.data?.[0] ?? null,
      dataValue: r.data?.[1] ?? r.errors.join("; "),
      domContentLoaded: r.domContentLoaded,
      load: r.load,
      scripts: r.scripts,
      pageErrors: [...pageErrors, ...r.errors],
    };
  } finally {
    await context.close();
  }
}

export async function runStartup(
  dist: string,
  probe: readonly unknown[],
  options: { warmups: number; runs: number },
  log: (line: string) => void = () => undefined,
): Promise<StartupResult> {
  const expected = (JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: unknown[] }).functions.length;
  const served = mkdtempSync(join(tmpdir(), "capcycle-bench-dist-"));
  cpSync(dist, served, { recursive: true, filter: (file) => !file.endsWith(".map") });
  const html = readFileSync(join(served, "taskpane.html"), "utf8");
  if (!html.includes(OFFICE_JS_URL)) throw new Error(`dist/taskpane.html no longer loads ${OFFICE_JS_URL}`);
  writeFileSync(join(served, "taskpane.html"), html.replace(OFFICE_JS_URL, "office-stub.js"));
  writeFileSync(join(served, "office-stub.js"), "/* office.js: the bench's init script defines Office and CustomFunctions */\n");
  const server = await serveStatic(served);
  const browser = await launchChromium();
  try {
    const url = `${server.origin}/taskpane.html`;
    const script = initScript(probe);
    const runs: StartupRun[] = [];
    for (let i = 0; i < options.warmups + options.runs; i++) {
      const run = await loadOnce(browser, url, script, expected);
      if (i >= options.warmups) runs.push(run);
      log(
        `${i < options.warmups ? "warm-up" : `run ${i - options.warmups + 1}`}: functions ${run.functionsMark?.toFixed(1) ?? "no mark"} ms, ` +
          `pane ${run.paneMark?.toFixed(1) ?? "no mark"} ms, DATA ${run.dataAnswered?.toFixed(1) ?? "-"} ms (${run.dataValue})`,
      );
    }
    return { runs, warmups: options.warmups, expectedFunctions: expected };
  } finally {
    await browser.close();
    await server.close();
    rmSync(served, { recursive: true, force: true });
  }
}
